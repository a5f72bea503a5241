#pragma once

#include "common/localizedtext.h"

#include <QMetaType>
#include <QString>

namespace mt::smtp {

// One thing the built-in server did, as data: SmtpServer, its sessions and
// ServerRuntime emit these, and each front end renders them in its own
// words (the CLI's English log line in core/smtp/serverlogline.cpp, the
// GUI's translated event log in ui/servereventmodel.cpp). Only the fields
// its kind names are set.
struct ServerEvent
{
    enum class Kind
    {
        Listening,         // address ("127.0.0.1:2525", "[::1]:2525"), detail (the state directory)
        Stopped,           // count (messages accepted), syncs (the message store's disk syncs for them)
        Notice,            // note, cause (may be empty): what staff should know (no TLS, a damaged file...)
        Connected,         // ip, token
        ConnectionRefused, // ip, token (none before a session), rule, reply: turned away at the greeting
        Timeout,           // ip, token
        Xclient,           // peer (the real one), token, ip (claimed), name, account
        AuthSucceeded,     // ip, token, account
        AuthFailed,        // ip, token, account (as the client gave it), count (failures within the hour)
        Blocked,           // ip, count (failures), untilMs
        Unblocked,         // ip, who, why (empty when another process's record is not readable)
        Refused,           // ip, token, rule, reply, recipient (for a refused RCPT)
        Accepted,          // ip, token, messageId, sender, count (recipients), size
        StoreFailed,       // ip, token, detail
    };

    Kind kind = Kind::Notice;
    QString address;
    QString ip;
    QString token;
    QString peer;
    QString name;
    QString account;
    QString rule; // SubmissionPolicy's short id: "sender", "mx", "rate", "spam", "size", "auth-failures"...
    QString reply;
    QString sender;
    QString recipient;
    QString messageId;
    QString who;
    QString why;
    QString detail;
    LocalizedText note;
    LocalizedText cause;
    int count = 0;
    qint64 size = 0;
    qint64 untilMs = 0;
    quint64 syncs = 0;

    static ServerEvent listening(const QString &address, const QString &stateDir);
    static ServerEvent stopped(quint64 accepted, quint64 syncs = 0);
    static ServerEvent notice(const LocalizedText &note, const LocalizedText &cause = {});
    // The state store STORE (its description) stopped answering, or answers again.
    static ServerEvent storeAvailability(bool available, const QString &store);
    static ServerEvent connected(const QString &ip, const QString &token);
    static ServerEvent connectionRefused(const QString &ip, const QString &token, const QString &rule,
                                         const QString &reply);
    static ServerEvent timeout(const QString &ip, const QString &token);
    static ServerEvent xclient(const QString &peer, const QString &token, const QString &ip, const QString &name,
                               const QString &account);
    static ServerEvent authSucceeded(const QString &ip, const QString &token, const QString &account);
    static ServerEvent authFailed(const QString &ip, const QString &token, const QString &account,
                                  int failuresWithinHour);
    static ServerEvent blocked(const QString &ip, int failures, qint64 untilMs);
    static ServerEvent unblocked(const QString &ip, const QString &who, const QString &why);
    static ServerEvent refused(const QString &ip, const QString &token, const QString &rule, const QString &reply,
                               const QString &recipient = {});
    static ServerEvent accepted(const QString &ip, const QString &token, const QString &messageId,
                                const QString &sender, int recipients, qint64 size);
    static ServerEvent storeFailed(const QString &ip, const QString &token, const QString &detail);
};

} // namespace mt::smtp

Q_DECLARE_METATYPE(mt::smtp::ServerEvent)
