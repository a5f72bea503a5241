#pragma once

#include "dns/dnstypes.h"

#include <optional>

namespace mt::policy {

// Rule 3 of the submission rules (docs/policy.md): a sender or recipient
// domain must take mail, by an MX record or else an A record. This is the
// rule's only home: the server's DomainValidator and the diagnosis's MxCheck
// both ask it, so what `diagnose` predicts is what `serve` answers.
enum class MailDomainVerdict
{
    Valid,
    Invalid,          // 550 5.1.1 <token> invalid (destination) domain
    TemporaryFailure, // DNS said nothing about the domain: 451, try again later
};

// The verdict from the MX answer alone, or nullopt when the domain has no
// MX records and its A records decide. A null MX ("MX 0 .") alone means no
// mail even beside an A record, as Postfix's reject_unknown_*_domain has
// it; beside real MX hosts it is ignored. A dangling or aliased MX host
// still counts: the rule asks whether the domain says where its mail goes,
// not whether delivery works (MxCheck reports that separately).
std::optional<MailDomainVerdict> mailDomainByMx(const dns::DnsResult &mx);

// The verdict on a domain without MX records from its A answer (implicit
// MX). AAAA alone is not enough: the provider asks for "MX or A".
MailDomainVerdict mailDomainByAddress(const dns::DnsResult &a);

// Both answers at hand (the server asks MX and A at once).
MailDomainVerdict mailDomainVerdict(const dns::DnsResult &mx, const dns::DnsResult &a);

} // namespace mt::policy
