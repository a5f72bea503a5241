#pragma once

#include "checks/finding.h"
#include "rawmessage.h"

#include <QDateTime>

namespace mt::message {

// The domain of the first address in a header value ("Jan <jan@x.pl>" -> "x.pl"), lower case.
QString addressDomain(const QByteArray &value);
QString firstAddress(const QByteArray &value);

// What the headers say about the message itself, as findings of check
// "message": who it claims to be from (From, Sender, Reply-To, Return-Path
// side by side), Message-ID and Date, the bulk-mail unsubscribe headers, size.
Findings checkMessageSanity(const RawMessage &message, const QDateTime &now);

} // namespace mt::message
