#include "diagnosecommand.h"

#include "clitext.h"
#include "commonoptions.h"
#include "diagnosis/appsettings.h"
#include "diagnosis/customeranswer.h"
#include "diagnosis/diagnosis.h"
#include "diagnosis/report.h"
#include "dns/stubresolver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSettings>
#include <QTextStream>

namespace {

// The greeting and signature staff set in the GUI's Settings, so that
// --format answer prints what the answer pane shows.
mt::AnswerFrame answerFrame(mt::Language answerLanguage)
{
    const QSettings settings(QStringLiteral("MailTriage"), QStringLiteral("MailTriage"));
    return mt::AppSettings::load(settings, answerLanguage).answerFrame(answerLanguage);
}

} // namespace

int runDiagnoseCommand(const QStringList &arguments)
{
    cli::Command command(
        arguments,
        {QT_TRANSLATE_NOOP("Cli", "Diagnose an e-mail address, a domain, an IP address or a pasted text."),
         QT_TRANSLATE_NOOP("Cli", "Exit status: 0 done, nothing wrong found; 1 at least one finding is an error; "
                                  "2 bad usage or unreadable input; 3 inconclusive: a check that could have "
                                  "found a problem did not finish (for example the DNS resolver did not "
                                  "answer).")});
    const mt::Language language = command.language;
    QCommandLineParser &parser = command.parser;
    auto say = [&command](const char *source) { return command.say(source); };
    parser.addPositionalArgument(QStringLiteral("INPUT"),
                                 say(QT_TRANSLATE_NOOP("Cli", "address, domain, IP, or - for standard input")));
    const QCommandLineOption dnsOption = cli::dnsOption(language);
    const QCommandLineOption timeoutOption = cli::dnsTimeoutOption(language);
    const QCommandLineOption geoipOption(
        QStringLiteral("geoip"), say(QT_TRANSLATE_NOOP("Cli", "GeoIP database (.mmdb)")), QStringLiteral("FILE"));
    const QCommandLineOption dnsblOption(QStringLiteral("dnsbl"),
                                         say(QT_TRANSLATE_NOOP("Cli", "DNS blacklist zones to ask")),
                                         QStringLiteral("ZONE[,ZONE...]"));
    const QCommandLineOption langOption =
        cli::langOption(language, QT_TRANSLATE_NOOP("Cli", "language of the findings and advice"));
    const QCommandLineOption formatOption = cli::formatOption(language, true);
    parser.addOptions({dnsOption, timeoutOption, geoipOption, dnsblOption, langOption, formatOption});
    const QCommandLineOption dkimSelectorOption(
        QStringLiteral("dkim-selector"),
        say(QT_TRANSLATE_NOOP("Cli", "DKIM selectors to look up instead of the common ones (the s= tag of a "
                                     "DKIM-Signature header)")),
        QStringLiteral("NAME[,NAME...]"));
    parser.addOption(dkimSelectorOption);
    const QCommandLineOption policyOption(
        QStringLiteral("policy"),
        say(QT_TRANSLATE_NOOP("Cli", "policy file whose domains' allowed countries apply to the IPs a bounce names")),
        QStringLiteral("FILE"));
    parser.addOption(policyOption);
    if (const auto done = cli::parseOrAnswer(parser, arguments)) {
        return *done;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        return cli::fail(language,
                         QT_TRANSLATE_NOOP("Cli", "diagnose takes exactly one INPUT (use - to read standard input)"));
    }

    if (!cli::formatAndLanguageValid(parser, formatOption, langOption, language, true)) {
        return 2;
    }
    const QString format = parser.value(formatOption);
    const std::optional<mt::dns::ResolverConfig> config =
        cli::resolverConfig(parser, dnsOption, timeoutOption, language);
    if (!config) {
        return 2;
    }
    if (parser.isSet(geoipOption) && !QFileInfo(parser.value(geoipOption)).isReadable()) {
        return cli::fail(language, QT_TRANSLATE_NOOP("Cli", "cannot read the GeoIP database \"%1\""),
                         {parser.value(geoipOption)});
    }
    mt::DiagnosisOptions options;
    options.geoipDatabase = parser.value(geoipOption);
    const auto policy = cli::policyOption(parser, policyOption, language);
    if (!policy) {
        return 2;
    }
    // The domains' allowed countries only from a policy file given.
    if (parser.isSet(policyOption)) {
        options.domains = policy->domains;
    }
    options.limits = policy->limits;
    static const QRegularExpression zonePattern(QStringLiteral("^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?$"));
    for (const QString &zone : parser.value(dnsblOption).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!zonePattern.match(zone.trimmed()).hasMatch()) {
            return cli::fail(language, QT_TRANSLATE_NOOP("Cli", "--dnsbl: \"%1\" is not a DNS zone name"), {zone});
        }
        options.dnsblZones << zone.trimmed().toLower();
    }
    // Checked by the DKIM check, which reports a name that cannot be a selector.
    options.dkimSelectors = parser.value(dkimSelectorOption).split(QLatin1Char(','), Qt::SkipEmptyParts);

    QString input = positional.first();
    if (input == QLatin1String("-")) {
        const std::optional<QByteArray> data = cli::readInput(input);
        if (!data) {
            return cli::fail(language, QT_TRANSLATE_NOOP("Cli", "cannot read standard input"));
        }
        input = QString::fromUtf8(*data); // invalid bytes become U+FFFD, nothing is lost silently
    }
    if (input.trimmed().isEmpty()) {
        return cli::fail(language, QT_TRANSLATE_NOOP("Cli", "nothing to diagnose: INPUT is empty"));
    }

    mt::dns::StubResolver resolver(*config);
    mt::Diagnosis diagnosis(resolver, options);
    QObject::connect(&diagnosis, &mt::Diagnosis::finished, QCoreApplication::instance(), &QCoreApplication::quit,
                     Qt::QueuedConnection);
    diagnosis.start(input);
    QCoreApplication::exec();

    QTextStream out(stdout);
    if (format == QLatin1String("json")) {
        out << QJsonDocument(mt::diagnosisToJson(diagnosis, language)).toJson(QJsonDocument::Indented);
    } else if (format == QLatin1String("answer")) {
        out << mt::customerAnswer(diagnosis.input(), diagnosis.findings(), language, answerFrame(language));
    } else {
        out << mt::diagnosisToText(diagnosis, language);
    }
    out.flush();
    return mt::diagnosisExitCode(diagnosis.findings());
}
