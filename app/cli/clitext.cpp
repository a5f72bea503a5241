#include "clitext.h"

#include "common/qttranslation.h"

#include <QCoreApplication>
#include <QTextStream>
#include <QTranslator>

namespace cli {

void installQtTranslator(mt::Language language)
{
    if (language != mt::Language::Polish) {
        return;
    }
    static QTranslator qt;
    if (mt::loadQtPolish(&qt)) {
        QCoreApplication::installTranslator(&qt);
    }
}

QString text(mt::Language language, const char *source, const QStringList &args)
{
    return mt::LocalizedText("Cli", source, args).render(language);
}

int fail(const QString &message)
{
    QTextStream(stderr) << "mailtriage-cli: " << message << Qt::endl;
    return 2;
}

int fail(mt::Language language, const char *source, const QStringList &args)
{
    return fail(text(language, source, args));
}

} // namespace cli
