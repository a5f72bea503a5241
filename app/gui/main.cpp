#include "dns/stubresolver.h"
#include "languagemanager.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("MailTriage"));
    QApplication::setOrganizationName(QStringLiteral("MailTriage"));
    QApplication::setApplicationVersion(QStringLiteral(MAILTRIAGE_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/mailtriage.svg")));

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dnsOption(QStringLiteral("dns"), QStringLiteral("nameserver to ask (repeatable)"),
                                       QStringLiteral("HOST[:PORT]"));
    const QCommandLineOption langOption(QStringLiteral("lang"), QStringLiteral("pl or en"), QStringLiteral("pl|en"));
    parser.addOptions({dnsOption, langOption});
    parser.process(app);

    mt::dns::ResolverConfig config;
    for (const QString &server : parser.values(dnsOption)) {
        if (const auto parsed = mt::dns::Nameserver::parse(server)) {
            config.servers << *parsed;
        } else {
            qWarning("ignoring --dns %s: not HOST[:PORT]", qPrintable(server));
        }
    }
    mt::dns::StubResolver resolver(config);

    mt::LanguageManager languages;
    languages.setLanguage(mt::parseLanguage(parser.value(langOption)).value_or(mt::systemLanguage()));

    mt::MainWindow window(resolver, languages);
    window.show();
    return app.exec();
}
