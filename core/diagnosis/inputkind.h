#pragma once

#include "common/localizedtext.h"

namespace mt {

enum class InputKind
{
    Empty,
    Address,
    Domain,
    IPv4,
    IPv6,
    Text,    // a bounce, a reply line, anything else
    Message, // a message or its header block that is not a bounce
};

QString inputKindId(InputKind kind); // "empty", "address", "domain", "ipv4", "ipv6", "text", "message"
LocalizedText inputKindLabel(InputKind kind);

// What was pasted. Generous with the customers' mistakes: "'jan@x.pl'",
// "<jan@x.pl>", "Jan <jan@x.pl>", "jan@ x.pl" are addresses (the address
// check then says what is wrong); "[192.0.2.1]" is an IPv4 address;
// several lines, or a line that reads like a reply, are text; a header
// block (Received, From, DKIM-Signature...) that is no delivery report is
// a message.
InputKind detectInputKind(const QString &input);

// Whether TEXT starts with the header block of a message that is not a
// bounce (a delivery status notification or a "failure notice").
bool looksLikeMessage(QStringView text);
// Whether TEXT is a bounce by its headers (a delivery report, a mailer
// daemon's From, a bounce Subject) or by a notice's opening words.
bool looksLikeBounce(QStringView text);

} // namespace mt
