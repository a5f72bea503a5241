#include "messagecommand.h"

#include "clitext.h"
#include "commonoptions.h"
#include "diagnosis/diagnosis.h"
#include "diagnosis/report.h"
#include "dns/stubresolver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QTextStream>

int runMessageCommand(const QStringList &arguments)
{
    cli::Command command(
        arguments,
        {QT_TRANSLATE_NOOP(
            "Cli", "Analyze a message or its headers: the path it took with the delays, its DKIM signatures and ARC "
                   "chain verified, SPF and DMARC for the real path, and its sanity.")});
    const mt::Language language = command.language;
    QCommandLineParser &parser = command.parser;
    auto say = [&command](const char *source) { return command.say(source); };
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 say(QT_TRANSLATE_NOOP("Cli", "the message (.eml), or - for standard input")));
    const QCommandLineOption dnsOption = cli::dnsOption(language);
    const QCommandLineOption timeoutOption = cli::dnsTimeoutOption(language);
    const QCommandLineOption langOption =
        cli::langOption(language, QT_TRANSLATE_NOOP("Cli", "language of the findings and advice"));
    const QCommandLineOption formatOption = cli::formatOption(language);
    parser.addOptions({dnsOption, timeoutOption, langOption, formatOption});
    if (const auto done = cli::parseOrAnswer(parser, arguments)) {
        return *done;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1) {
        return cli::fail(language, QT_TRANSLATE_NOOP("Cli", "message takes at most one FILE"));
    }
    if (!cli::formatAndLanguageValid(parser, formatOption, langOption, language)) {
        return 2;
    }
    const std::optional<mt::dns::ResolverConfig> config =
        cli::resolverConfig(parser, dnsOption, timeoutOption, language);
    if (!config) {
        return 2;
    }
    const QString path = positional.value(0, QStringLiteral("-"));
    const std::optional<QByteArray> data = cli::readInput(path);
    if (!data) {
        return cli::fail(language, QT_TRANSLATE_NOOP("Cli", "cannot read \"%1\""), {path});
    }
    if (data->trimmed().isEmpty()) {
        return cli::fail(language, QT_TRANSLATE_NOOP("Cli", "nothing to analyze: the message is empty"));
    }

    mt::dns::StubResolver resolver(*config);
    mt::Diagnosis diagnosis(resolver, mt::DiagnosisOptions{});
    QObject::connect(&diagnosis, &mt::Diagnosis::finished, QCoreApplication::instance(), &QCoreApplication::quit,
                     Qt::QueuedConnection);
    diagnosis.startMessage(path, *data);
    QCoreApplication::exec();

    QTextStream out(stdout);
    if (parser.value(formatOption) == QLatin1String("json")) {
        out << QJsonDocument(mt::diagnosisToJson(diagnosis, language)).toJson(QJsonDocument::Indented);
    } else {
        out << mt::diagnosisToText(diagnosis, language);
    }
    out.flush();
    return 0;
}
