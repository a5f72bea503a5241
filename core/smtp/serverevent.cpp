#include "serverevent.h"

#include <limits>

namespace mt::smtp {

namespace {

ServerEvent make(ServerEvent::Kind kind, const QString &ip = {}, const QString &token = {})
{
    ServerEvent event;
    event.kind = kind;
    event.ip = ip;
    event.token = token;
    return event;
}

} // namespace

ServerEvent ServerEvent::listening(const QString &address, const QString &stateDir)
{
    ServerEvent event = make(Kind::Listening);
    event.detail = stateDir;
    event.address = address;
    return event;
}

ServerEvent ServerEvent::stopped(quint64 accepted, quint64 syncs)
{
    ServerEvent event = make(Kind::Stopped);
    event.syncs = syncs;
    event.count = int(qMin<quint64>(accepted, quint64(std::numeric_limits<int>::max())));
    return event;
}

ServerEvent ServerEvent::notice(const LocalizedText &note, const LocalizedText &cause)
{
    ServerEvent event = make(Kind::Notice);
    event.note = note;
    event.cause = cause;
    return event;
}

ServerEvent ServerEvent::storeAvailability(bool available, const QString &store)
{
    // Said by serve (ServerRuntime) and policyd alike, in the runtime's words.
    return notice(
        available ? LocalizedText("ServerRuntime",
                                  QT_TRANSLATE_NOOP("ServerRuntime", "The state store %1 answers again."), {store})
                  : LocalizedText("ServerRuntime",
                                  QT_TRANSLATE_NOOP("ServerRuntime", "The state store %1 is unreachable: messages are "
                                                                     "deferred (451 4.3.0) until it answers."),
                                  {store}));
}

ServerEvent ServerEvent::connected(const QString &ip, const QString &token)
{
    return make(Kind::Connected, ip, token);
}

ServerEvent ServerEvent::connectionRefused(const QString &ip, const QString &token, const QString &rule,
                                           const QString &reply)
{
    ServerEvent event = make(Kind::ConnectionRefused, ip, token);
    event.rule = rule;
    event.reply = reply;
    return event;
}

ServerEvent ServerEvent::timeout(const QString &ip, const QString &token)
{
    return make(Kind::Timeout, ip, token);
}

ServerEvent ServerEvent::xclient(const QString &peer, const QString &token, const QString &ip, const QString &name,
                                 const QString &account)
{
    ServerEvent event = make(Kind::Xclient, ip, token);
    event.peer = peer;
    event.name = name;
    event.account = account;
    return event;
}

ServerEvent ServerEvent::authSucceeded(const QString &ip, const QString &token, const QString &account)
{
    ServerEvent event = make(Kind::AuthSucceeded, ip, token);
    event.account = account;
    return event;
}

ServerEvent ServerEvent::authFailed(const QString &ip, const QString &token, const QString &account,
                                    int failuresWithinHour)
{
    ServerEvent event = make(Kind::AuthFailed, ip, token);
    event.account = account;
    event.count = failuresWithinHour;
    return event;
}

ServerEvent ServerEvent::blocked(const QString &ip, int failures, qint64 untilMs)
{
    ServerEvent event = make(Kind::Blocked, ip);
    event.count = failures;
    event.untilMs = untilMs;
    return event;
}

ServerEvent ServerEvent::unblocked(const QString &ip, const QString &who, const QString &why)
{
    ServerEvent event = make(Kind::Unblocked, ip);
    event.who = who;
    event.why = why;
    return event;
}

ServerEvent ServerEvent::refused(const QString &ip, const QString &token, const QString &rule, const QString &reply,
                                 const QString &recipient)
{
    ServerEvent event = make(Kind::Refused, ip, token);
    event.rule = rule;
    event.reply = reply;
    event.recipient = recipient;
    return event;
}

ServerEvent ServerEvent::accepted(const QString &ip, const QString &token, const QString &messageId,
                                  const QString &sender, int recipients, qint64 size)
{
    ServerEvent event = make(Kind::Accepted, ip, token);
    event.messageId = messageId;
    event.sender = sender;
    event.count = recipients;
    event.size = size;
    return event;
}

ServerEvent ServerEvent::storeFailed(const QString &ip, const QString &token, const QString &detail)
{
    ServerEvent event = make(Kind::StoreFailed, ip, token);
    event.detail = detail;
    return event;
}

} // namespace mt::smtp
