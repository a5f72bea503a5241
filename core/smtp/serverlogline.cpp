#include "serverlogline.h"

namespace mt::smtp {

namespace {

QString say(Language language, const char *source, const QStringList &args)
{
    return LocalizedText("ServerLog", source, args).render(language);
}

// "IP TOKEN", or "IP" before a session exists.
QString where(const ServerEvent &event)
{
    return event.token.isEmpty() ? event.ip : event.ip + QLatin1Char(' ') + event.token;
}

QString connectionRefusal(const ServerEvent &event)
{
    if (event.rule == QLatin1String("auth-failures")) {
        return QStringLiteral("blocked after too many authorization failures");
    }
    if (event.rule == QLatin1String("connections")) {
        return QStringLiteral("too many connections");
    }
    return event.rule + QStringLiteral(": ") + event.reply;
}

} // namespace

QString serverLogLine(const ServerEvent &event, Language language)
{
    using Kind = ServerEvent::Kind;
    switch (event.kind) {
    case Kind::Listening:
        return say(language, QT_TRANSLATE_NOOP("ServerLog", "listening on %1, state in %2"),
                   {event.address, event.detail});
    case Kind::Stopped:
        if (event.syncs > 0) {
            return say(language, QT_TRANSLATE_NOOP("ServerLog", "stopped; %1 message(s) accepted, %2 disk sync(s)"),
                       {QString::number(event.count), QString::number(event.syncs)});
        }
        return say(language, QT_TRANSLATE_NOOP("ServerLog", "stopped; %1 message(s) accepted"),
                   {QString::number(event.count)});
    case Kind::Notice:
        return event.cause.isEmpty()
                   ? event.note.render(language)
                   : event.note.render(language) + QStringLiteral(": ") + event.cause.render(language);
    case Kind::Connected:
        return QStringLiteral("connect %1").arg(where(event));
    case Kind::ConnectionRefused:
        return QStringLiteral("refused %1: %2").arg(where(event), connectionRefusal(event));
    case Kind::Timeout:
        return QStringLiteral("timeout %1").arg(where(event));
    case Kind::Xclient:
        return QStringLiteral("xclient %1 %2 as %3%4%5")
            .arg(event.peer, event.token, event.ip,
                 event.name.isEmpty() ? QString() : QStringLiteral(" name ") + event.name,
                 event.account.isEmpty() ? QString() : QStringLiteral(" login ") + event.account);
    case Kind::AuthSucceeded:
        return QStringLiteral("auth %1 %2").arg(where(event), event.account);
    case Kind::AuthFailed:
        return QStringLiteral("auth-failed %1 %2 (%3 within the hour)")
            .arg(where(event), event.account)
            .arg(event.count);
    case Kind::Blocked:
        return QStringLiteral("blocked %1 after %2 authorization failures").arg(event.ip).arg(event.count);
    case Kind::Unblocked:
        if (event.who.isEmpty()) {
            return QStringLiteral("unblocked %1").arg(event.ip);
        }
        return QStringLiteral("unblocked %1 by %2: %3").arg(event.ip, event.who, event.why);
    case Kind::Refused:
        return QStringLiteral("reject %1 %2: %3%4")
            .arg(where(event), event.rule, event.reply,
                 event.recipient.isEmpty() ? QString() : QStringLiteral(" <%1>").arg(event.recipient));
    case Kind::Accepted:
        return QStringLiteral("accepted %1 %2 from <%3> to %4 recipient(s)")
            .arg(where(event), event.messageId, event.sender)
            .arg(event.count);
    case Kind::StoreFailed:
        return QStringLiteral("store-failed %1: %2").arg(where(event), event.detail);
    }
    return {};
}

} // namespace mt::smtp
