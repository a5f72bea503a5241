#pragma once

#include "mimeparser.h"

#include <QString>

namespace mt::bounce {

// The software that wrote a notice (Postfix, Exim, Sendmail, qmail,
// Exchange, Gmail...), read off its headers, sender and body markers; empty
// when none is recognized. Staff see it beside the verdict: it tells how
// much of the notice is the remote server's own words.
QString producerOf(const MimeHeaders &headers, const QString &notice);

} // namespace mt::bounce
