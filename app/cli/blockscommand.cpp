#include "blockscommand.h"

#include "clitext.h"
#include "commonoptions.h"
#include "policy/blockstore.h"
#include "statedir.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace {

QString timeText(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

QString whoAmI()
{
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return user.isEmpty() ? QStringLiteral("unknown") : user;
}

} // namespace

int runBlocksCommand(const QStringList &arguments)
{
    const mt::Language language = mt::languageOfArguments(arguments);
    cli::installQtTranslator(language);
    auto say = [language](const char *source) { return cli::text(language, source); };

    QCommandLineParser parser;
    parser.setApplicationDescription(
        say(QT_TRANSLATE_NOOP("Cli", "List the IP addresses blocked after too many failed logins, or unblock one.")));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("list|unblock"), say(QT_TRANSLATE_NOOP("Cli", "what to do")));
    parser.addPositionalArgument(QStringLiteral("IP"), say(QT_TRANSLATE_NOOP("Cli", "the address to unblock")));
    const QCommandLineOption stateOption(QStringLiteral("state"),
                                         say(QT_TRANSLATE_NOOP("Cli", "the server's state directory")),
                                         QStringLiteral("DIR"), cli::defaultStateDir());
    const QCommandLineOption reasonOption(
        QStringLiteral("reason"), say(QT_TRANSLATE_NOOP("Cli", "why it is unblocked (kept in the audit trail)")),
        QStringLiteral("TEXT"));
    const QCommandLineOption byOption(QStringLiteral("by"),
                                      say(QT_TRANSLATE_NOOP("Cli", "who unblocks (default: the user name)")),
                                      QStringLiteral("NAME"), whoAmI());
    const QCommandLineOption formatOption = cli::formatOption(language);
    const QCommandLineOption langOption(QStringLiteral("lang"), say(QT_TRANSLATE_NOOP("Cli", "language of messages")),
                                        QStringLiteral("pl|en"));
    parser.addOptions({stateOption, reasonOption, byOption, formatOption, langOption});
    if (const auto done = cli::parseOrAnswer(parser, arguments)) {
        return *done;
    }
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    const QString format = parser.value(formatOption);
    if (format != QLatin1String("text") && format != QLatin1String("json")) {
        return cli::fail(language, QT_TRANSLATE_NOOP("Cli", "--format must be text or json, not \"%1\""), {format});
    }

    mt::policy::BlockStore store(parser.value(stateOption), mt::policy::Clock::system());
    QList<mt::LocalizedText> messages;
    const bool opened = store.open(&messages);
    for (const mt::LocalizedText &message : std::as_const(messages)) {
        // A missing file just means nothing was ever blocked.
        if (!QByteArray(message.source).startsWith("no block list")) {
            QTextStream(stderr) << "mailtriage-cli: " << message.render(language) << Qt::endl;
        }
    }
    if (!opened) {
        return 2;
    }

    if (action == QLatin1String("list") && positional.size() == 1) {
        const QList<mt::policy::BlockStore::Entry> entries = store.activeBlocks();
        QTextStream out(stdout);
        if (format == QLatin1String("json")) {
            QJsonArray list;
            for (const auto &entry : entries) {
                list << QJsonObject{{QStringLiteral("ip"), entry.ip},
                                    {QStringLiteral("failures"), entry.failures},
                                    {QStringLiteral("first_failure"), timeText(entry.firstFailureMs)},
                                    {QStringLiteral("last_failure"), timeText(entry.lastFailureMs)},
                                    {QStringLiteral("blocked_until"), timeText(entry.blockedUntilMs)}};
            }
            out << QJsonDocument(QJsonObject{{QStringLiteral("blocked"), list}}).toJson(QJsonDocument::Indented);
            return 0;
        }
        if (entries.isEmpty()) {
            out << say(QT_TRANSLATE_NOOP("Cli", "No IP address is blocked.")) << Qt::endl;
            return 0;
        }
        for (const auto &entry : entries) {
            out << cli::text(language, QT_TRANSLATE_NOOP("Cli", "%1  %2 failed logins (%3 to %4), blocked until %5"),
                             {entry.ip, QString::number(entry.failures), timeText(entry.firstFailureMs),
                              timeText(entry.lastFailureMs), timeText(entry.blockedUntilMs)})
                << Qt::endl;
        }
        return 0;
    }
    if (action == QLatin1String("unblock") && positional.size() == 2) {
        const QHostAddress address(positional.at(1));
        if (address.isNull()) {
            return cli::fail(language, QT_TRANSLATE_NOOP("Cli", "\"%1\" is not an IP address"), {positional.at(1)});
        }
        const QString reason = parser.value(reasonOption).trimmed();
        if (reason.isEmpty()) {
            return cli::fail(language, QT_TRANSLATE_NOOP("Cli", "unblock needs --reason TEXT for the audit trail"));
        }
        mt::LocalizedText error;
        if (!store.unblock(address.toString(), parser.value(byOption), reason, &error)) {
            return cli::fail(language, QT_TRANSLATE_NOOP("Cli", "cannot unblock %1: %2"),
                             {address.toString(), error.render(language)});
        }
        QTextStream(stdout) << cli::text(language, QT_TRANSLATE_NOOP("Cli", "%1 is unblocked."), {address.toString()})
                            << Qt::endl;
        return 0;
    }
    return cli::fail(language, QT_TRANSLATE_NOOP("Cli", "use: blocks list, or blocks unblock IP --reason TEXT"));
}
