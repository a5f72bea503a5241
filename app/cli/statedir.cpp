#include "statedir.h"

#include <QDir>
#include <QStandardPaths>

namespace cli {

QString defaultStateDir()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
        .filePath(QStringLiteral("mailtriage/server"));
}

} // namespace cli
