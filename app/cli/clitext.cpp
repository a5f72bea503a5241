#include "clitext.h"

#include "checks/qttranslation.h"

#include <QCoreApplication>
#include <QTextStream>
#include <QTranslator>

namespace cli {

mt::Language languageOf(const QStringList &arguments)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        QString value;
        if (arguments.at(i) == QLatin1String("--lang") && i + 1 < arguments.size()) {
            value = arguments.at(i + 1);
        } else if (arguments.at(i).startsWith(QLatin1String("--lang="))) {
            value = arguments.at(i).mid(7);
        }
        if (const auto language = mt::parseLanguage(value)) {
            return *language;
        }
    }
    return mt::systemLanguage();
}

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
