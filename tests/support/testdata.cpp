#include "testdata.h"

#include <QDir>
#include <QFileInfo>

namespace mt::test {

QString testDataRoot()
{
    const QString configured = qEnvironmentVariable("MAILTRIAGE_TESTDATA");
    if (!configured.isEmpty()) {
        return QDir(configured).absolutePath();
    }
    // CI keeps the data sets beside the clone.
    return QDir::cleanPath(QStringLiteral(MAILTRIAGE_SOURCE_DIR "/../shared"));
}

QString testDataPath(const QString &relative, QString *missing)
{
    const QString path = QDir(testDataRoot()).filePath(relative);
    if (QFileInfo::exists(path)) {
        return path;
    }
    *missing = QStringLiteral("third-party test data not found: %1 (set MAILTRIAGE_TESTDATA to the folder that "
                              "holds %2)")
                   .arg(QDir::toNativeSeparators(path), relative);
    return {};
}

} // namespace mt::test
