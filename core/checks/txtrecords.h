#pragma once

#include "dns/dnstypes.h"

#include <QStringList>

#include <functional>

// What the checks of TXT-published policies (SPF, DMARC, DKIM) read alike.
namespace mt::txt {

// A record's character-strings joined without separator, as SPF (RFC 7208
// 3.3), DKIM (RFC 6376 3.6.2.2) and DMARC (RFC 7489 6.6.3) read them.
QString joined(const dns::ResourceRecord &record);

// The joined texts of RESULT's records that ACCEPT takes, in DNS order.
QStringList recordsWhere(const dns::DnsResult &result, const std::function<bool(const QString &)> &accept);

} // namespace mt::txt
