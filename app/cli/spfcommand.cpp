#include "spfcommand.h"

#include "checks/spfevaluator.h"
#include "clitext.h"
#include "common/textutil.h"
#include "commonoptions.h"
#include "dns/stubresolver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace {

// What each result means, in the words staff pass on.
const char *meaningOf(mt::spf::Result result)
{
    using mt::spf::Result;
    switch (result) {
    case Result::Pass:
        return QT_TRANSLATE_NOOP("Cli", "the domain authorizes this server to send its mail");
    case Result::Fail:
        return QT_TRANSLATE_NOOP("Cli", "the domain says this server must not send its mail: receivers reject it");
    case Result::SoftFail:
        return QT_TRANSLATE_NOOP("Cli", "the domain says this server probably should not send its mail: receivers "
                                        "often mark it as spam");
    case Result::Neutral:
        return QT_TRANSLATE_NOOP("Cli", "the domain says nothing about this server");
    case Result::None:
        return QT_TRANSLATE_NOOP("Cli", "the domain has no SPF record");
    case Result::TempError:
        return QT_TRANSLATE_NOOP("Cli", "DNS did not answer; receivers defer the mail and try again later");
    case Result::PermError:
        return QT_TRANSLATE_NOOP("Cli", "the SPF record is broken; many receivers reject the mail");
    }
    return "";
}

QJsonObject toJson(const mt::spf::Evaluation &evaluation, const QHostAddress &ip)
{
    QJsonArray trace;
    for (const mt::spf::TraceStep &step : evaluation.trace) {
        trace.append(QJsonObject{{QStringLiteral("depth"), step.depth},
                                 {QStringLiteral("domain"), step.domain},
                                 {QStringLiteral("term"), step.term},
                                 {QStringLiteral("outcome"), mt::spf::outcomeName(step.outcome)},
                                 {QStringLiteral("detail"), step.detail}});
    }
    return QJsonObject{{QStringLiteral("result"), mt::spf::resultName(evaluation.result)},
                       {QStringLiteral("explanation"), evaluation.explanation},
                       {QStringLiteral("lookups"), evaluation.lookups},
                       {QStringLiteral("void_lookups"), evaluation.voidLookups},
                       {QStringLiteral("domain"), evaluation.domain},
                       {QStringLiteral("ip"), ip.toString()},
                       {QStringLiteral("record"), evaluation.record},
                       {QStringLiteral("error"), evaluation.error},
                       {QStringLiteral("trace"), trace}};
}

QString toText(const mt::spf::Evaluation &evaluation, const QHostAddress &ip, mt::Language language)
{
    auto say = [language](const char *source, const QStringList &args = {}) {
        return cli::text(language, source, args);
    };
    QString out;
    QTextStream stream(&out);
    stream << say(QT_TRANSLATE_NOOP("Cli", "SPF of %1 for %2: %3 (%4)"),
                  {evaluation.domain, ip.toString(), mt::spf::resultName(evaluation.result),
                   say(meaningOf(evaluation.result))})
           << '\n';
    if (!evaluation.record.isEmpty()) {
        stream << say(QT_TRANSLATE_NOOP("Cli", "Record: %1"), {evaluation.record}) << '\n';
    }
    if (!evaluation.explanation.isEmpty()) {
        stream << say(QT_TRANSLATE_NOOP("Cli", "Explanation: %1"), {evaluation.explanation}) << '\n';
    }
    if (!evaluation.error.isEmpty()) {
        stream << say(QT_TRANSLATE_NOOP("Cli", "Error: %1"), {evaluation.error}) << '\n';
    }
    stream << say(QT_TRANSLATE_NOOP("Cli", "DNS lookups: %1 of %2; void lookups: %3 of %4"),
                  {QString::number(evaluation.lookups), QString::number(mt::spf::Evaluator::maxDnsTerms),
                   QString::number(evaluation.voidLookups), QString::number(mt::spf::Evaluator::maxVoidLookups)})
           << '\n'
           << say(QT_TRANSLATE_NOOP("Cli", "Trace:")) << '\n';
    for (const mt::spf::TraceStep &step : evaluation.trace) {
        stream << mt::spf::traceLine(step, 1) << '\n';
    }
    stream.flush();
    return out;
}

} // namespace

int runSpfCommand(const QStringList &arguments)
{
    cli::Command command(
        arguments,
        {QT_TRANSLATE_NOOP(
            "Cli", "Evaluate SPF (RFC 7208 check_host) for a client IP and an envelope sender, with the trace.")});
    const mt::Language language = command.language;
    QCommandLineParser &parser = command.parser;
    auto say = [&command](const char *source) { return command.say(source); };
    const QCommandLineOption ipOption(QStringLiteral("ip"),
                                      say(QT_TRANSLATE_NOOP("Cli", "the IP address of the sending server")),
                                      QStringLiteral("IP"));
    const QCommandLineOption senderOption(
        QStringLiteral("sender"), say(QT_TRANSLATE_NOOP("Cli", "the envelope sender (MAIL FROM); \"\" for a bounce")),
        QStringLiteral("ADDR"));
    const QCommandLineOption heloOption(
        QStringLiteral("helo"), say(QT_TRANSLATE_NOOP("Cli", "the HELO/EHLO name (default: the sender's domain)")),
        QStringLiteral("NAME"));
    const QCommandLineOption dnsOption = cli::dnsOption(language);
    const QCommandLineOption timeoutOption = cli::dnsTimeoutOption(language);
    const QCommandLineOption langOption = cli::langOption(language, QT_TRANSLATE_NOOP("Cli", "language of the output"));
    const QCommandLineOption formatOption = cli::formatOption(language);
    parser.addOptions({ipOption, senderOption, heloOption, dnsOption, timeoutOption, langOption, formatOption});
    if (const auto done = cli::parseOrAnswer(parser, arguments)) {
        return *done;
    }
    if (!parser.positionalArguments().isEmpty()) {
        return cli::fail(language, QT_TRANSLATE_NOOP("Cli", "spf takes no INPUT, only options (see --help): \"%1\""),
                         {parser.positionalArguments().first()});
    }
    if (!cli::formatAndLanguageValid(parser, formatOption, langOption, language)) {
        return 2;
    }
    const QString format = parser.value(formatOption);
    const QString ipText = parser.value(ipOption).trimmed();
    if (!parser.isSet(ipOption) || !(mt::text::isStrictIpv4(ipText) || mt::text::isIpv6(ipText))) {
        return cli::fail(language, QT_TRANSLATE_NOOP("Cli", "--ip must be an IPv4 or IPv6 address, not \"%1\""),
                         {ipText});
    }
    if (!parser.isSet(senderOption)) {
        return cli::fail(language, QT_TRANSLATE_NOOP("Cli", "--sender is required (use --sender \"\" and --helo "
                                                            "NAME for a bounce)"));
    }
    mt::spf::Query query;
    query.ip = QHostAddress(ipText);
    query.sender = parser.value(senderOption).trimmed();
    if (query.sender.startsWith(QLatin1Char('<')) && query.sender.endsWith(QLatin1Char('>'))) {
        query.sender = query.sender.mid(1, query.sender.size() - 2); // as quoted from MAIL FROM:<...>
    }
    query.helo = parser.value(heloOption).trimmed();
    if (query.helo.isEmpty()) {
        if (query.sender.isEmpty()) {
            return cli::fail(language, QT_TRANSLATE_NOOP("Cli", "an empty --sender needs --helo NAME"));
        }
        query.helo = query.sender.section(QLatin1Char('@'), -1);
    }
    for (const QString &name : {query.sender, query.helo}) {
        for (const QChar c : name) {
            if (c.isSpace() || c.category() == QChar::Other_Control) {
                return cli::fail(language,
                                 QT_TRANSLATE_NOOP("Cli", "\"%1\" contains white space or control "
                                                          "characters"),
                                 {name});
            }
        }
    }

    const std::optional<mt::dns::ResolverConfig> config =
        cli::resolverConfig(parser, dnsOption, timeoutOption, language);
    if (!config) {
        return 2;
    }

    mt::dns::StubResolver resolver(*config);
    mt::spf::Evaluator evaluator(resolver, query);
    QObject::connect(&evaluator, &mt::spf::Evaluator::finished, QCoreApplication::instance(), &QCoreApplication::quit,
                     Qt::QueuedConnection);
    evaluator.start();
    QCoreApplication::exec();

    QTextStream out(stdout);
    if (format == QLatin1String("json")) {
        out << QJsonDocument(toJson(evaluator.evaluation(), query.ip)).toJson(QJsonDocument::Indented);
    } else {
        out << toText(evaluator.evaluation(), query.ip, language);
    }
    out.flush();
    return 0;
}
