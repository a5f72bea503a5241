#pragma once

#include "rawmessage.h"

#include <QList>
#include <QString>

namespace mt::message {

// One method's result in an Authentication-Results header (RFC 8601).
struct AuthClaim
{
    QString method;   // spf, dkim, dmarc, arc (lower case)
    QString result;   // pass, fail, ... (lower case)
    QString property; // header.d / header.i for dkim, smtp.mailfrom for spf, header.from for dmarc
};

struct ReceiverVerdict
{
    QString authservId; // who wrote it
    QList<AuthClaim> claims;
    bool receivedSpf = false; // from a Received-SPF header
};

// The Authentication-Results headers, top (the last receiver) first, and a
// Received-SPF header's result as a claim of method "spf".
QList<ReceiverVerdict> parseAuthenticationResults(const RawMessage &message);

} // namespace mt::message
