#include "qttranslation.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace mt {

bool loadQtPolish(QTranslator *translator)
{
    const QString directories[] = {
        QLibraryInfo::path(QLibraryInfo::TranslationsPath),
        QCoreApplication::applicationDirPath() + QStringLiteral("/translations"),
    };
    // "qt" is the catalogue that pulls in qtbase and the other modules;
    // windeployqt ships only that one.
    for (const QString &directory : directories) {
        for (const QString &catalogue : {QStringLiteral("qt"), QStringLiteral("qtbase")}) {
            if (translator->load(QLocale(QLocale::Polish), catalogue, QStringLiteral("_"), directory)) {
                return true;
            }
        }
    }
    return false;
}

} // namespace mt
