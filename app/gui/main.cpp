#include "dns/stubresolver.h"
#include "languagemanager.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("MailTriage"));
    QApplication::setOrganizationName(QStringLiteral("MailTriage"));
    QApplication::setApplicationVersion(QStringLiteral(MAILTRIAGE_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/mailtriage.svg")));

    // Read before parsing, so that --help speaks it too (Qt's headings included).
    const mt::Language language = mt::languageOfArguments(QApplication::arguments());
    mt::LanguageManager languages;
    languages.setLanguage(language);
    auto say = [language](const char *source) { return mt::LocalizedText("App", source).render(language); };
    QCommandLineParser parser;
    parser.setApplicationDescription(
        say(QT_TRANSLATE_NOOP("App", "Tells what is wrong with a customer's e-mail and what to answer.")));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dnsOption(QStringLiteral("dns"),
                                       say(QT_TRANSLATE_NOOP("App", "nameserver to ask (repeatable)")),
                                       QStringLiteral("HOST[:PORT]"));
    const QCommandLineOption langOption(QStringLiteral("lang"), say(QT_TRANSLATE_NOOP("App", "pl or en")),
                                        QStringLiteral("pl|en"));
    parser.addOptions({dnsOption, langOption});
    parser.process(app);

    QStringList invalid;
    const mt::dns::ResolverConfig config = mt::dns::ResolverConfig::forServers(parser.values(dnsOption), &invalid);
    for (const QString &server : std::as_const(invalid)) {
        QTextStream(stderr) << mt::LocalizedText("App",
                                                 QT_TRANSLATE_NOOP("App", "mailtriage: ignoring --dns \"%1\": "
                                                                          "not HOST[:PORT] with an IP address"),
                                                 {server})
                                   .render(language)
                            << Qt::endl;
    }
    mt::dns::StubResolver resolver(config);

    mt::MainWindow window(resolver, languages);
    // Stored settings apply unless the command line says otherwise.
    window.setDnsFromSettings(!parser.isSet(dnsOption));
    window.loadSettings();
    if (parser.isSet(langOption)) {
        languages.setLanguage(language);
    }
    window.show();
    return app.exec();
}
