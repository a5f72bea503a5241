#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace mt::message {

// One Received: header field read into its clauses (RFC 5321 4.4), in the
// forms Postfix, Exim, Sendmail, qmail, Exchange / Microsoft 365, Gmail,
// Yahoo, Courier and Dovecot LMTP write.
struct ReceivedLine
{
    QString helo;     // the name the client gave ("from HELO")
    QString fromHost; // its reverse DNS name, as the receiver wrote it
    QString fromIp;   // its address, IPv4 or IPv6, "" when not written
    QString by;       // the receiving host
    QString with;     // ESMTP, ESMTPS, ESMTPSA, LMTP, SMTP, HTTP, ...
    QString tls;      // TLS version and cipher, when written
    QString id;
    QString forAddress;
    QDateTime date;             // invalid when missing or unreadable
    bool authenticated = false; // ESMTPA/ESMTPSA, "authenticated sender"
};

ReceivedLine parseReceivedLine(const QByteArray &value);

// Whether ADDRESS is loopback, private, link-local or otherwise not on the
// Internet (a hop inside one network).
bool isInternalAddress(const QString &address);

} // namespace mt::message
