#include "mxcheck.h"

#include "casetable.h"
#include "common/textutil.h"
#include "policy/maildomainrule.h"
#include "policy/serverreplies.h"

#include <QCoreApplication>

#include <algorithm>

namespace mt {
namespace {

using dns::DnsResult;
using dns::DnsStatus;
using dns::RecordType;

QStringList addressesOf(const QList<DnsResult> &results)
{
    QStringList addresses;
    for (const DnsResult &result : results) {
        for (const dns::ResourceRecord &record : result.records) {
            addresses << record.address.toString();
        }
    }
    return addresses;
}

const DnsResult *firstTemporaryFailure(const QList<DnsResult> &results)
{
    for (const DnsResult &result : results) {
        if (dns::isTemporaryFailure(result.status)) {
            return &result;
        }
    }
    return nullptr;
}

bool looksLikeIpLiteral(const QString &name)
{
    QStringView bare(name);
    if (bare.startsWith(u'[') && bare.endsWith(u']')) {
        bare = bare.mid(1, bare.size() - 2);
    }
    return text::isStrictIpv4(bare) || text::isIpv6(bare);
}

// Every case the check reports, with its severity and its words: one table,
// so the texts read in one place. Whether the provider's server refuses the
// domain is not decided here but by rule 3 (policy/maildomainrule.h); the
// cases reported for a refused domain get the two replies as their last
// summary arguments.
enum class MxCase
{
    Ok,
    NxDomain,
    DnsFailure,
    NullMx,
    NullMxMixed,
    IpLiteral,
    Cname,
    HostDnsFailure,
    HostMissing,
    HostNoAddress,
    NoUsableHost,
    ImplicitMx,
    ImplicitDnsFailure,
    ImplicitIpv6Only,
    NoMxNoA,
};

struct CaseText
{
    MxCase id;
    const char *code;
    Severity severity;
    const char *summary;
    const char *advice;
    bool inconclusive = false; // the check could not tell (DNS failed)
};

const char retryAdvice[] = QT_TRANSLATE_NOOP("Advice", "Try again in a few minutes. If the problem persists, the "
                                                       "domain's DNS servers are not answering: its owner should "
                                                       "contact their DNS provider.");

constexpr CaseText cases[] = {
    {MxCase::Ok, "mx.ok", Severity::Ok,
     QT_TRANSLATE_NOOP("Findings", "%1 accepts mail. MX hosts, most preferred first: %2."), nullptr},
    {MxCase::NxDomain, "mx.nxdomain", Severity::Error,
     QT_TRANSLATE_NOOP("Findings", "The domain %1 does not exist in DNS (NXDOMAIN). It may be misspelt, expired, or "
                                   "not yet registered. Our server rejects mail from it with \"%2\" and to it with "
                                   "\"%3\"."),
     QT_TRANSLATE_NOOP("Advice", "Check the spelling of the domain %1. If it is your own domain, check with your "
                                 "registrar that it has not expired and that its DNS records are set. If it is a "
                                 "recipient's domain, correct the address or remove it from the recipients.")},
    {MxCase::DnsFailure, "mx.dns_failure", Severity::Warning,
     QT_TRANSLATE_NOOP("Findings", "The MX records of %1 could not be read: %2. This says nothing about the domain "
                                   "itself; our server defers mail for it with a temporary (4xx) error until DNS "
                                   "answers."),
     retryAdvice, true},
    {MxCase::NullMx, "mx.null_mx", Severity::Error,
     QT_TRANSLATE_NOOP("Findings", "The domain %1 publishes a null MX record (\"MX 0 .\", RFC 7505): it declares "
                                   "that it accepts no mail at all. Mail to it cannot be delivered, and our server "
                                   "treats it as a domain without MX: \"%2\" as a sender, \"%3\" as a recipient."),
     QT_TRANSLATE_NOOP("Advice", "The owner of %1 has said it receives no e-mail. Use another address for this "
                                 "recipient. If it is your own domain and it should receive mail, replace the null "
                                 "MX with your mail server's MX record.")},
    {MxCase::NullMxMixed, "mx.null_mx_mixed", Severity::Warning,
     QT_TRANSLATE_NOOP("Findings", "The domain %1 has a null MX record (\"MX 0 .\") next to real MX records. RFC "
                                   "7505 forbids this; senders may treat the domain as accepting no mail."),
     QT_TRANSLATE_NOOP("Advice", "Remove the \"MX 0 .\" record from the DNS of %1.")},
    {MxCase::IpLiteral, "mx.ip_literal", Severity::Warning,
     QT_TRANSLATE_NOOP("Findings", "The MX record of %1 points to an IP address (%2) instead of a host name. Many "
                                   "mail servers ignore such a record, so mail may not arrive."),
     QT_TRANSLATE_NOOP("Advice", "In the DNS of %1, create a host name (for example mail.%1) with an A record for "
                                 "%2 and point the MX record to that name.")},
    {MxCase::Cname, "mx.cname", Severity::Warning,
     QT_TRANSLATE_NOOP("Findings", "The MX host %2 of %1 is an alias (CNAME). RFC 2181 forbids this; most servers "
                                   "cope, some refuse to deliver."),
     QT_TRANSLATE_NOOP("Advice", "Point the MX record of %1 directly to the canonical host name instead of the "
                                 "alias %2.")},
    {MxCase::HostDnsFailure, "mx.host_dns_failure", Severity::Warning,
     QT_TRANSLATE_NOOP("Findings", "The address of the MX host %2 of %1 could not be read: %3."), retryAdvice, true},
    {MxCase::HostMissing, "mx.host_unresolvable", Severity::Error,
     QT_TRANSLATE_NOOP("Findings", "The MX host %2 of %1 does not exist in DNS, so no mail can be delivered through "
                                   "it."),
     QT_TRANSLATE_NOOP("Advice", "In the DNS of %1, give the host %2 an A record with the mail server's address, or "
                                 "point the MX record to a host that has one.")},
    {MxCase::HostNoAddress, "mx.host_unresolvable", Severity::Error,
     QT_TRANSLATE_NOOP("Findings", "The MX host %2 of %1 has no address (no A or AAAA record), so no mail can be "
                                   "delivered through it."),
     QT_TRANSLATE_NOOP("Advice", "In the DNS of %1, give the host %2 an A record with the mail server's address, or "
                                 "point the MX record to a host that has one.")},
    {MxCase::NoUsableHost, "mx.no_usable_host", Severity::Error,
     QT_TRANSLATE_NOOP("Findings", "%1 has MX records, but none of its MX hosts can be reached by name: mail to this "
                                   "domain cannot be delivered and comes back as a bounce."),
     QT_TRANSLATE_NOOP("Advice", "The owner of %1 must correct the MX records so that they point to mail servers "
                                 "with valid addresses.")},
    {MxCase::ImplicitMx, "mx.implicit_mx", Severity::Info,
     QT_TRANSLATE_NOOP("Findings", "%1 has no MX record, but it has an address (%2): mail is delivered to that "
                                   "address (implicit MX, RFC 5321). Our server accepts the domain."),
     QT_TRANSLATE_NOOP("Advice", "This works, but an explicit MX record for %1 is more reliable: add one that points "
                                 "to the server that should receive its mail.")},
    {MxCase::ImplicitDnsFailure, "mx.dns_failure", Severity::Warning,
     QT_TRANSLATE_NOOP("Findings", "%1 has no MX record, and its address could not be read: %2. Our server defers "
                                   "mail for it with a temporary (4xx) error until DNS answers."),
     retryAdvice, true},
    {MxCase::ImplicitIpv6Only, "mx.implicit_ipv6_only", Severity::Error,
     // RFC 5321 allows an AAAA-only implicit MX, but the provider's rule asks
     // for "MX or A" (docs/policy.md, rule 3): an IPv6-only domain is rejected.
     QT_TRANSLATE_NOOP("Findings", "%1 has no MX record and only an IPv6 address (%2). Our server requires an MX or "
                                   "A record and rejects it: \"%3\" as a sender, \"%4\" as a recipient."),
     QT_TRANSLATE_NOOP("Advice", "Add an MX record (or an A record) for %1 in its DNS.")},
    {MxCase::NoMxNoA, "mx.no_mx_no_a", Severity::Error,
     QT_TRANSLATE_NOOP("Findings", "%1 exists but has neither an MX nor an A record, so no mail can be delivered to "
                                   "it. Our server rejects it: \"%2\" as a sender, \"%3\" as a recipient."),
     QT_TRANSLATE_NOOP("Advice", "If %1 is your domain, set its MX record (or at least an A record) in DNS; the "
                                 "records may not be set yet. If it is a recipient's domain, check the address with "
                                 "the recipient.")},
};

const CaseText &caseText(MxCase id)
{
    return caseEntry(cases, id);
}

} // namespace

MxCheck::MxCheck(dns::DnsResolver &resolver, DomainName domain, QObject *parent)
    : AsyncCheck(parent)
    , m_resolver(resolver)
    , m_domain(std::move(domain))
{}

void MxCheck::start()
{
    m_resolver.resolve(m_domain.ascii, RecordType::MX, this, [this](const DnsResult &result) { onMx(result); });
}

// The summary's first argument is always the domain as the customer knows
// it, the advice's the domain as it is written in DNS; EXTRA follows in both.
// The finding is added at POSITION (default: the end).
Finding &MxCheck::report(int caseId, const QStringList &extra, int position)
{
    using policy::ServerReply;
    const CaseText &text = caseText(static_cast<MxCase>(caseId));
    const QString token = QLatin1String(policy::exampleToken);
    const QStringList replies = m_verdict == policy::MailDomainVerdict::Invalid
                                    ? QStringList{policy::replyText(ServerReply::InvalidDomain, token),
                                                  policy::replyText(ServerReply::InvalidDestinationDomain, token)}
                                    : QStringList();
    Finding f = caseFinding(QStringLiteral("mx"), m_domain, text, extra + replies, QStringList{m_domain.ascii} + extra);
    if (m_domain.isIdn()) {
        f.data.insert(QStringLiteral("domain_unicode"), m_domain.unicode);
    }
    if (position < 0) {
        position = int(m_findings.size());
    }
    m_findings.insert(position, f);
    return m_findings[position];
}

void MxCheck::onMx(const DnsResult &result)
{
    QStringList raw;
    for (const dns::ResourceRecord &record : result.records) {
        raw << QStringLiteral("%1 MX %2").arg(record.name, record.text);
    }
    m_verdict = policy::mailDomainByMx(result);
    if (!m_verdict) {
        // No MX: mail goes to the domain's own address (RFC 5321 5.1).
        m_pending = 2;
        for (const RecordType type : {RecordType::A, RecordType::AAAA}) {
            m_resolver.resolve(m_domain.ascii, type, this, [this](const DnsResult &r) { onImplicit(r); });
        }
        return;
    }
    switch (result.status) {
    case DnsStatus::NxDomain:
    case DnsStatus::InvalidName:
        report(int(MxCase::NxDomain));
        finish();
        return;
    case DnsStatus::Answer:
        break;
    default: {
        Finding &f = report(int(MxCase::DnsFailure), {text::dnsFailure(result)});
        f.data.insert(QStringLiteral("dns_status"), dns::statusName(result.status));
        f.data.insert(QStringLiteral("dns_detail"), result.detail);
        finish();
        return;
    }
    }

    QList<dns::ResourceRecord> records = result.records;
    std::stable_sort(records.begin(), records.end(),
                     [](const auto &a, const auto &b) { return a.preference < b.preference; });
    const bool hasNullMx =
        std::any_of(records.cbegin(), records.cend(), [](const auto &r) { return r.target.isEmpty(); });
    if (hasNullMx) {
        // Only null MX records: rule 3 found no host, the domain takes no mail.
        const bool onlyNull = m_verdict == policy::MailDomainVerdict::Invalid;
        Finding &f = report(int(onlyNull ? MxCase::NullMx : MxCase::NullMxMixed));
        f.data.insert(QStringLiteral("records"), raw);
        if (onlyNull) {
            finish();
            return;
        }
    }

    for (const dns::ResourceRecord &record : std::as_const(records)) {
        if (!record.target.isEmpty()) {
            m_hosts << Host{record.target, record.preference, {}, looksLikeIpLiteral(record.target)};
        }
    }
    for (int i = 0; i < m_hosts.size(); ++i) {
        if (m_hosts[i].ipLiteral) {
            continue;
        }
        m_pending += 2;
        for (const RecordType type : {RecordType::A, RecordType::AAAA}) {
            m_resolver.resolve(m_hosts[i].name, type, this, [this, i](const DnsResult &r) { onHostResult(i, r); });
        }
    }
    if (m_pending == 0) {
        concludeHosts();
    }
}

void MxCheck::onHostResult(int index, const DnsResult &result)
{
    m_hosts[index].results << result;
    if (--m_pending == 0) {
        concludeHosts();
    }
}

void MxCheck::concludeHosts()
{
    QVariantList hostData;
    QStringList summaryLines;
    int usable = 0;
    bool temporaryProblem = false;
    for (const Host &host : std::as_const(m_hosts)) {
        const QStringList addresses = addressesOf(host.results);
        const bool alias = std::any_of(host.results.cbegin(), host.results.cend(),
                                       [](const DnsResult &r) { return !r.cnameChain.isEmpty(); });
        QVariantMap entry{{QStringLiteral("host"), host.name},
                          {QStringLiteral("preference"), host.preference},
                          {QStringLiteral("addresses"), addresses}};
        if (alias) {
            entry.insert(QStringLiteral("cname"), true);
        }
        hostData << entry;
        summaryLines << QStringLiteral("%1 (%2)").arg(host.name).arg(host.preference);

        if (host.ipLiteral) {
            report(int(MxCase::IpLiteral), {host.name}).data.insert(QStringLiteral("host"), host.name);
            continue;
        }
        if (alias) {
            report(int(MxCase::Cname), {host.name}).data.insert(QStringLiteral("host"), host.name);
        }
        if (!addresses.isEmpty()) {
            ++usable;
        } else if (const DnsResult *failure = firstTemporaryFailure(host.results)) {
            temporaryProblem = true;
            report(int(MxCase::HostDnsFailure), {host.name, text::dnsFailure(*failure)})
                .data.insert(QStringLiteral("host"), host.name);
        } else {
            const bool missing = std::all_of(host.results.cbegin(), host.results.cend(),
                                             [](const DnsResult &r) { return r.status == DnsStatus::NxDomain; });
            report(int(missing ? MxCase::HostMissing : MxCase::HostNoAddress), {host.name})
                .data.insert(QStringLiteral("host"), host.name);
        }
    }

    // The verdict on the domain goes first, before the details.
    if (usable > 0) {
        report(int(MxCase::Ok), {summaryLines.join(QStringLiteral(", "))}, 0)
            .data.insert(QStringLiteral("hosts"), hostData);
    } else if (!temporaryProblem) {
        report(int(MxCase::NoUsableHost), {}, 0).data.insert(QStringLiteral("hosts"), hostData);
    }
    finish();
}

void MxCheck::onImplicit(const DnsResult &result)
{
    m_implicit << result;
    if (--m_pending == 0) {
        concludeImplicit();
    }
}

void MxCheck::concludeImplicit()
{
    QStringList ipv4;
    QStringList ipv6;
    for (const DnsResult &result : std::as_const(m_implicit)) {
        if (result.type == RecordType::A) {
            m_verdict = policy::mailDomainByAddress(result);
        }
        for (const dns::ResourceRecord &record : result.records) {
            (result.type == RecordType::A ? ipv4 : ipv6) << record.address.toString();
        }
    }
    switch (m_verdict.value_or(policy::MailDomainVerdict::TemporaryFailure)) {
    case policy::MailDomainVerdict::Valid:
        report(int(MxCase::ImplicitMx), {(ipv4 + ipv6).join(QStringLiteral(", "))})
            .data.insert(QStringLiteral("addresses"), ipv4 + ipv6);
        break;
    case policy::MailDomainVerdict::TemporaryFailure: {
        const DnsResult *failure = firstTemporaryFailure(m_implicit);
        report(int(MxCase::ImplicitDnsFailure), {failure ? text::dnsFailure(*failure) : QString()})
            .data.insert(QStringLiteral("dns_status"), failure ? dns::statusName(failure->status) : QString());
        break;
    }
    case policy::MailDomainVerdict::Invalid:
        if (!ipv6.isEmpty()) {
            report(int(MxCase::ImplicitIpv6Only), {ipv6.join(QStringLiteral(", "))})
                .data.insert(QStringLiteral("addresses"), ipv6);
        } else {
            report(int(MxCase::NoMxNoA));
        }
        break;
    }
    finish();
}

// The verdict's finding comes first; it carries the replies the server
// gives for this domain when it does not simply accept it.
void MxCheck::finish()
{
    using policy::MailDomainVerdict;
    using policy::ServerReply;
    if (m_verdict && *m_verdict != MailDomainVerdict::Valid && !m_findings.isEmpty()) {
        const QString token = QLatin1String(policy::exampleToken);
        const bool invalid = *m_verdict == MailDomainVerdict::Invalid;
        QVariantMap &data = m_findings.first().data;
        data.insert(QStringLiteral("reply_as_sender"),
                    policy::replyLine(invalid ? ServerReply::InvalidDomain : ServerReply::TemporaryDnsFailure, token));
        data.insert(QStringLiteral("reply_as_recipient"),
                    policy::replyLine(
                        invalid ? ServerReply::InvalidDestinationDomain : ServerReply::TemporaryDnsFailure, token));
    }
    emit finished(m_findings);
}

} // namespace mt
