#include "bouncecommand.h"

#include "bounce/bounceadvice.h"
#include "bounce/bounceanalyzer.h"
#include "checks/bouncecheck.h"
#include "clitext.h"
#include "commonoptions.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace {

QJsonObject recipientToJson(const mt::bounce::BounceRecipient &r, const mt::policy::Limits &limits,
                            mt::Language language)
{
    const mt::BounceAdvice advice = mt::adviceFor(r, limits);
    QJsonObject object = QJsonObject::fromVariantMap(mt::recipientFacts(r));
    object.insert(QStringLiteral("summary"), advice.summary.render(language));
    object.insert(QStringLiteral("advice"), advice.advice.isEmpty() ? QString() : advice.advice.render(language));
    return object;
}

QJsonObject reportToJson(const mt::bounce::BounceReport &report, const mt::policy::Limits &limits,
                         mt::Language language)
{
    QJsonObject root;
    if (report.recipients.size() == 1) {
        root = recipientToJson(report.recipients.first(), limits, language);
    } else {
        QJsonArray recipients;
        for (const auto &r : report.recipients) {
            recipients.append(recipientToJson(r, limits, language));
        }
        root.insert(QStringLiteral("recipients"), recipients);
    }
    const QVariantMap facts = mt::reportFacts(report);
    for (auto it = facts.cbegin(); it != facts.cend(); ++it) {
        root.insert(it.key(), QJsonValue::fromVariant(it.value()));
    }
    return root;
}

QString reportToText(const mt::bounce::BounceReport &report, const mt::policy::Limits &limits, mt::Language language)
{
    auto say = [language](const char *source, const QStringList &args = {}) {
        return cli::text(language, source, args);
    };
    QString out;
    QTextStream stream(&out);
    for (const auto &r : report.recipients) {
        const mt::BounceAdvice advice = mt::adviceFor(r, limits);
        stream << (r.recipient.isEmpty() ? say(QT_TRANSLATE_NOOP("Cli", "(recipient not named)")) : r.recipient) << ": "
               << r.reason << " (" << r.rule << ")\n";
        stream << "  " << advice.summary.render(language) << '\n';
        if (!advice.advice.isEmpty()) {
            stream << "  " << advice.advice.render(language) << '\n';
        }
        if (!r.status.isEmpty() || !r.replyCode.isEmpty()) {
            stream << "  "
                   << say(QT_TRANSLATE_NOOP("Cli", "codes: %1"),
                          {QStringList{r.replyCode, r.status}.join(QLatin1Char(' ')).trimmed()})
                   << '\n';
        }
        if (!r.remoteHost.isEmpty() || !r.remoteIp.isEmpty()) {
            stream << "  "
                   << say(QT_TRANSLATE_NOOP("Cli", "refused by: %1"),
                          {QStringList{r.remoteHost, r.remoteIp}.join(QLatin1Char(' ')).trimmed()})
                   << '\n';
        }
        if (!r.diagnostic.isEmpty()) {
            stream << "  " << say(QT_TRANSLATE_NOOP("Cli", "server said: %1"), {r.diagnostic.left(500)}) << '\n';
        }
        if (!r.evidence.isEmpty()) {
            stream << "  " << say(QT_TRANSLATE_NOOP("Cli", "decided by the words: \"%1\""), {r.evidence}) << '\n';
        }
    }
    if (!report.producer.isEmpty()) {
        stream << say(QT_TRANSLATE_NOOP("Cli", "notice written by: %1"), {report.producer}) << '\n';
    }
    if (!report.originalSender.isEmpty() || !report.originalSubject.isEmpty()) {
        stream << say(QT_TRANSLATE_NOOP("Cli", "returned message: from %1, subject \"%2\""),
                      {report.originalSender, report.originalSubject})
               << '\n';
    }
    if (!report.sendingIp.isEmpty()) {
        stream << say(QT_TRANSLATE_NOOP("Cli", "sending IP: %1"), {report.sendingIp}) << '\n';
    }
    return out;
}

} // namespace

int runBounceCommand(const QStringList &arguments)
{
    cli::Command command(arguments,
                         {QT_TRANSLATE_NOOP("Cli", "Explain a bounce, a fragment of one, or a server's reply line.")});
    const mt::Language language = command.language;
    QCommandLineParser &parser = command.parser;
    auto say = [&command](const char *source) { return command.say(source); };
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 say(QT_TRANSLATE_NOOP("Cli", "the bounce, or - for standard input (the default)")));
    const QCommandLineOption langOption =
        cli::langOption(language, QT_TRANSLATE_NOOP("Cli", "language of the explanations and advice"));
    const QCommandLineOption formatOption = cli::formatOption(language);
    const QCommandLineOption policyOption(
        QStringLiteral("policy"),
        say(QT_TRANSLATE_NOOP("Cli", "policy file whose limits the advice quotes (default: the built-in policy)")),
        QStringLiteral("FILE"));
    parser.addOptions({langOption, formatOption, policyOption});
    if (const auto done = cli::parseOrAnswer(parser, arguments)) {
        return *done;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1) {
        return cli::fail(language, QT_TRANSLATE_NOOP("Cli", "bounce takes at most one FILE (or - for standard input)"));
    }
    if (!cli::formatAndLanguageValid(parser, formatOption, langOption, language)) {
        return 2;
    }
    const QString format = parser.value(formatOption);
    // The advice quotes the limits of the policy the server runs with.
    const auto policy = cli::policyOption(parser, policyOption, language);
    if (!policy) {
        return 2;
    }
    const mt::policy::Limits limits = policy->limits;

    const QString path = positional.value(0, QStringLiteral("-"));
    const std::optional<QByteArray> input = cli::readInput(path);
    if (!input) {
        return cli::fail(language, QT_TRANSLATE_NOOP("Cli", "cannot read \"%1\""), {path});
    }
    const QByteArray &data = *input;
    if (data.trimmed().isEmpty()) {
        return cli::fail(language, QT_TRANSLATE_NOOP("Cli", "nothing to analyze: the input is empty"));
    }

    const mt::bounce::BounceReport report = mt::bounce::analyzeBounce(data);
    QTextStream out(stdout);
    if (format == QLatin1String("json")) {
        out << QJsonDocument(reportToJson(report, limits, language)).toJson(QJsonDocument::Indented);
    } else {
        out << reportToText(report, limits, language);
    }
    out.flush();
    return 0;
}
