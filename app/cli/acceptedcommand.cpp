#include "acceptedcommand.h"

#include "clitext.h"
#include "commonoptions.h"
#include "smtp/messagestore.h"
#include "statedir.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

#ifdef Q_OS_WIN
#include <io.h>
#endif

namespace {

using mt::smtp::MessageStore;

// The keys and the time form of the envelope line the store writes
// (client_ip, login, received, recipients, sender, token), with the id and
// the size beside them.
QJsonObject storedToJson(const MessageStore::Stored &stored)
{
    const mt::smtp::Envelope &envelope = stored.envelope;
    return QJsonObject{
        {QStringLiteral("id"), stored.id},
        {QStringLiteral("received"),
         QDateTime::fromMSecsSinceEpoch(envelope.receivedMs, Qt::UTC).toString(Qt::ISODateWithMs)},
        {QStringLiteral("sender"), envelope.sender},
        {QStringLiteral("recipients"), QJsonArray::fromStringList(envelope.recipients)},
        {QStringLiteral("client_ip"), envelope.clientIp},
        {QStringLiteral("login"), envelope.login},
        {QStringLiteral("token"), envelope.token},
        {QStringLiteral("size"), stored.size},
    };
}

QString storedToText(const MessageStore::Stored &stored, mt::Language language)
{
    const mt::smtp::Envelope &envelope = stored.envelope;
    const QString none = QStringLiteral("-");
    return cli::text(language, QT_TRANSLATE_NOOP("Cli", "%1  %2  from %3 to %4, client %5, login %6, %7 bytes"),
                     {QDateTime::fromMSecsSinceEpoch(envelope.receivedMs, Qt::UTC).toString(Qt::ISODate), stored.id,
                      envelope.sender.isEmpty() ? QStringLiteral("<>") : envelope.sender,
                      envelope.recipients.join(QStringLiteral(", ")),
                      envelope.clientIp.isEmpty() ? none : envelope.clientIp,
                      envelope.login.isEmpty() ? none : envelope.login, QString::number(stored.size)});
}

int list(const MessageStore &store, bool json, mt::Language language)
{
    const QList<MessageStore::Stored> messages = store.list();
    QTextStream out(stdout);
    if (json) {
        QJsonArray array;
        for (const MessageStore::Stored &stored : messages) {
            array << storedToJson(stored);
        }
        out << QJsonDocument(QJsonObject{{QStringLiteral("accepted"), array}}).toJson(QJsonDocument::Indented);
        return 0;
    }
    if (messages.isEmpty()) {
        out << cli::text(language, QT_TRANSLATE_NOOP("Cli", "No accepted messages in %1."),
                         {QDir::toNativeSeparators(store.directory())})
            << Qt::endl;
    }
    for (const MessageStore::Stored &stored : messages) {
        out << storedToText(stored, language) << Qt::endl;
    }
    return 0;
}

// Writes the bytes as they are: no newline conversion, also on Windows.
bool writeToStandardOutput(const QByteArray &bytes)
{
#ifdef Q_OS_WIN
    // _O_BINARY: its header, <fcntl.h>, is POSIX-only for the portability check.
    const int binaryMode = 0x8000;
    _setmode(_fileno(stdout), binaryMode);
#endif
    const size_t written = std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    return std::fflush(stdout) == 0 && written == size_t(bytes.size());
}

int show(const MessageStore &store, const QString &id, mt::Language language)
{
    const std::optional<QByteArray> message = store.read(id);
    const QString directory = QDir::toNativeSeparators(store.directory());
    if (!message) {
        const QList<MessageStore::Stored> messages = store.list();
        const bool listed = std::any_of(messages.cbegin(), messages.cend(),
                                        [&id](const MessageStore::Stored &stored) { return stored.id == id; });
        return listed ? cli::fail(language, QT_TRANSLATE_NOOP("Cli", "the message %1 in %2 cannot be read"),
                                  {id, directory})
                      : cli::fail(language, QT_TRANSLATE_NOOP("Cli", "no accepted message has the id \"%1\" in %2"),
                                  {id, directory});
    }
    if (!writeToStandardOutput(*message)) {
        return cli::fail(language, QT_TRANSLATE_NOOP("Cli", "cannot write the message to standard output"));
    }
    return 0;
}

} // namespace

int runAcceptedCommand(const QStringList &arguments)
{
    cli::Command command(
        arguments,
        {QT_TRANSLATE_NOOP("Cli", "List the messages the built-in server accepted, with who sent them to whom, "
                                  "or write one to standard output exactly as it was received.")});
    const mt::Language language = command.language;
    QCommandLineParser &parser = command.parser;
    auto say = [&command](const char *source) { return command.say(source); };
    parser.addPositionalArgument(QStringLiteral("list|show"), say(QT_TRANSLATE_NOOP("Cli", "what to do")));
    parser.addPositionalArgument(QStringLiteral("ID"),
                                 say(QT_TRANSLATE_NOOP("Cli", "show: the message's id, as list prints it")));
    const QCommandLineOption stateOption = cli::stateOption(language);
    const QCommandLineOption formatOption = cli::formatOption(language);
    const QCommandLineOption langOption = cli::langOption(language);
    parser.addOptions({stateOption, formatOption, langOption});
    if (const auto done = cli::parseOrAnswer(parser, arguments)) {
        return *done;
    }
    if (!cli::formatAndLanguageValid(parser, formatOption, langOption, language)) {
        return 2;
    }
    // Read-only: the store is not opened, so nothing is created.
    const MessageStore store(parser.value(stateOption));
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    if (action == QLatin1String("list") && positional.size() == 1) {
        return list(store, parser.value(formatOption) == QLatin1String("json"), language);
    }
    if (action == QLatin1String("show") && positional.size() == 2) {
        return show(store, positional.at(1), language);
    }
    return cli::fail(language, QT_TRANSLATE_NOOP("Cli", "use: accepted list [--format text|json], accepted show ID"));
}
