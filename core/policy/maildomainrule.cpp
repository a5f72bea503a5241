#include "maildomainrule.h"

#include <algorithm>

namespace mt::policy {

using dns::DnsResult;
using dns::DnsStatus;

std::optional<MailDomainVerdict> mailDomainByMx(const DnsResult &mx)
{
    if (dns::isTemporaryFailure(mx.status)) {
        // A silent or failing server says nothing about the domain: defer,
        // even if an A record happens to answer (Postfix defers too).
        return MailDomainVerdict::TemporaryFailure;
    }
    if (mx.status == DnsStatus::NxDomain || mx.status == DnsStatus::InvalidName) {
        return MailDomainVerdict::Invalid;
    }
    if (mx.status != DnsStatus::Answer || mx.records.isEmpty()) {
        return std::nullopt; // NODATA: the implicit MX decides
    }
    const bool realHost = std::any_of(mx.records.cbegin(), mx.records.cend(),
                                      [](const dns::ResourceRecord &record) { return !record.target.isEmpty(); });
    return realHost ? MailDomainVerdict::Valid : MailDomainVerdict::Invalid;
}

MailDomainVerdict mailDomainByAddress(const DnsResult &a)
{
    if (dns::isTemporaryFailure(a.status)) {
        return MailDomainVerdict::TemporaryFailure;
    }
    const bool address =
        a.ok() && std::any_of(a.records.cbegin(), a.records.cend(), [](const dns::ResourceRecord &record) {
            return record.type == dns::RecordType::A && !record.address.isNull();
        });
    return address ? MailDomainVerdict::Valid : MailDomainVerdict::Invalid;
}

MailDomainVerdict mailDomainVerdict(const DnsResult &mx, const DnsResult &a)
{
    return mailDomainByMx(mx).value_or(mailDomainByAddress(a));
}

} // namespace mt::policy
