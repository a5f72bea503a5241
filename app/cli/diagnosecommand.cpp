#include "diagnosecommand.h"

#include "diagnosis/diagnosis.h"
#include "diagnosis/report.h"
#include "dns/stubresolver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTextStream>

#include <cstdio>

namespace {

int fail(const QString &message)
{
    QTextStream(stderr) << "mailtriage-cli: " << message << Qt::endl;
    return 2;
}

} // namespace

int runDiagnoseCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Diagnose an address, a domain, an IP or a pasted text."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("INPUT"),
                                 QStringLiteral("address, domain, IP, or - for standard input"));
    const QCommandLineOption dnsOption(QStringLiteral("dns"), QStringLiteral("nameserver to ask (repeatable)"),
                                       QStringLiteral("HOST[:PORT]"));
    const QCommandLineOption timeoutOption(QStringLiteral("dns-timeout"),
                                           QStringLiteral("per-try DNS timeout in milliseconds (default 2000)"),
                                           QStringLiteral("MS"), QStringLiteral("2000"));
    const QCommandLineOption geoipOption(QStringLiteral("geoip"), QStringLiteral("GeoIP database (.mmdb)"),
                                         QStringLiteral("FILE"));
    const QCommandLineOption dnsblOption(QStringLiteral("dnsbl"), QStringLiteral("DNS blacklist zones"),
                                         QStringLiteral("ZONE[,ZONE...]"));
    const QCommandLineOption langOption(QStringLiteral("lang"), QStringLiteral("language of the texts: pl or en"),
                                        QStringLiteral("pl|en"));
    const QCommandLineOption formatOption(QStringLiteral("format"), QStringLiteral("text or json"),
                                          QStringLiteral("text|json"), QStringLiteral("text"));
    parser.addOptions({dnsOption, timeoutOption, geoipOption, dnsblOption, langOption, formatOption});
    if (!parser.parse(arguments)) {
        return fail(parser.errorText());
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return 0;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        return fail(QStringLiteral("diagnose takes exactly one INPUT (use - to read standard input)"));
    }

    const QString format = parser.value(formatOption);
    if (format != QLatin1String("text") && format != QLatin1String("json")) {
        return fail(QStringLiteral("--format must be text or json, not \"%1\"").arg(format));
    }
    mt::Language language = mt::systemLanguage();
    if (parser.isSet(langOption)) {
        const auto parsed = mt::parseLanguage(parser.value(langOption));
        if (!parsed) {
            return fail(QStringLiteral("--lang must be pl or en, not \"%1\"").arg(parser.value(langOption)));
        }
        language = *parsed;
    }
    mt::dns::ResolverConfig config;
    for (const QString &server : parser.values(dnsOption)) {
        const auto parsed = mt::dns::Nameserver::parse(server);
        if (!parsed) {
            return fail(QStringLiteral("--dns \"%1\" is not HOST[:PORT] with a literal IPv4 or IPv6 address "
                                       "(IPv6 with a port: [::1]:5300)")
                            .arg(server));
        }
        config.servers << *parsed;
    }
    bool timeoutOk = false;
    config.timeoutMs = parser.value(timeoutOption).toInt(&timeoutOk);
    if (!timeoutOk || config.timeoutMs <= 0) {
        return fail(QStringLiteral("--dns-timeout must be a positive number of milliseconds"));
    }
    // Accepted now so scripts can pass them; the IP checks will use them.
    if (parser.isSet(geoipOption) && !QFileInfo(parser.value(geoipOption)).isReadable()) {
        return fail(QStringLiteral("cannot read the GeoIP database \"%1\"").arg(parser.value(geoipOption)));
    }
    static const QRegularExpression zonePattern(QStringLiteral("^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?$"));
    for (const QString &zone : parser.value(dnsblOption).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!zonePattern.match(zone.trimmed()).hasMatch()) {
            return fail(QStringLiteral("--dnsbl: \"%1\" is not a DNS zone name").arg(zone));
        }
    }

    QString input = positional.first();
    if (input == QLatin1String("-")) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly)) {
            return fail(QStringLiteral("cannot read standard input"));
        }
        input = QString::fromUtf8(in.readAll()); // invalid bytes become U+FFFD, nothing is lost silently
    }
    if (input.trimmed().isEmpty()) {
        return fail(QStringLiteral("nothing to diagnose: INPUT is empty"));
    }

    mt::dns::StubResolver resolver(config);
    mt::Diagnosis diagnosis(resolver);
    QObject::connect(&diagnosis, &mt::Diagnosis::finished, QCoreApplication::instance(), &QCoreApplication::quit,
                     Qt::QueuedConnection);
    diagnosis.start(input);
    QCoreApplication::exec();

    QTextStream out(stdout);
    if (format == QLatin1String("json")) {
        out << QJsonDocument(mt::diagnosisToJson(diagnosis, language)).toJson(QJsonDocument::Indented);
    } else {
        out << mt::diagnosisToText(diagnosis, language);
    }
    out.flush();
    return mt::hasErrors(diagnosis.findings()) ? 1 : 0;
}
