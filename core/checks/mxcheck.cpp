#include "mxcheck.h"

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

QString failureText(const DnsResult &result)
{
    QString text = dns::statusName(result.status).toUpper();
    if (!result.server.isEmpty()) {
        text += QStringLiteral(" (%1)").arg(result.server);
    }
    return text;
}

bool looksLikeIpLiteral(const QString &name)
{
    QString bare = name;
    if (bare.startsWith(QLatin1Char('[')) && bare.endsWith(QLatin1Char(']'))) {
        bare = bare.mid(1, bare.size() - 2);
    }
    QHostAddress address;
    return address.setAddress(bare) && (bare.count(QLatin1Char('.')) == 3 || bare.contains(QLatin1Char(':')));
}

} // namespace

MxCheck::MxCheck(dns::DnsResolver &resolver, DomainName domain, QObject *parent)
    : QObject(parent)
    , m_resolver(resolver)
    , m_domain(std::move(domain))
{}

void MxCheck::start()
{
    m_resolver.resolve(m_domain.ascii, RecordType::MX, this, [this](const DnsResult &result) { onMx(result); });
}

Finding MxCheck::finding(Severity severity, const QString &code, LocalizedText summary, LocalizedText advice) const
{
    Finding f;
    f.check = QStringLiteral("mx");
    f.subject = m_domain.unicode;
    f.severity = severity;
    f.code = code;
    f.summary = std::move(summary);
    f.advice = std::move(advice);
    f.data.insert(QStringLiteral("domain"), m_domain.ascii);
    if (m_domain.isIdn()) {
        f.data.insert(QStringLiteral("domain_unicode"), m_domain.unicode);
    }
    return f;
}

// The two replies the provider's server gives for a domain it rejects,
// depending on where the domain appears in the envelope.
void MxCheck::addRejectionReplies(Finding &finding) const
{
    using policy::ServerReply;
    finding.data.insert(QStringLiteral("reply_as_sender"),
                        policy::replyLine(ServerReply::InvalidDomain, QLatin1String(policy::exampleToken)));
    finding.data.insert(QStringLiteral("reply_as_recipient"),
                        policy::replyLine(ServerReply::InvalidDestinationDomain, QLatin1String(policy::exampleToken)));
}

void MxCheck::onMx(const DnsResult &result)
{
    QStringList raw;
    for (const dns::ResourceRecord &record : result.records) {
        raw << QStringLiteral("%1 MX %2").arg(record.name, record.text);
    }
    switch (result.status) {
    case DnsStatus::NxDomain: {
        Finding f = finding(
            Severity::Error, QStringLiteral("mx.nxdomain"),
            {"Findings",
             QT_TRANSLATE_NOOP("Findings",
                               "The domain %1 does not exist in DNS (NXDOMAIN). It may be misspelt, expired, or not "
                               "yet registered. Our server rejects mail from it with \"%2\" and to it with \"%3\"."),
             {m_domain.unicode,
              policy::replyText(policy::ServerReply::InvalidDomain, QLatin1String(policy::exampleToken)),
              policy::replyText(policy::ServerReply::InvalidDestinationDomain, QLatin1String(policy::exampleToken))}},
            {"Advice",
             QT_TRANSLATE_NOOP("Advice", "Check the spelling of the domain %1. If it is your own domain, "
                                         "check with your registrar that it has not expired and that its DNS "
                                         "records are set. If it is a recipient's domain, correct the address "
                                         "or remove it from the recipients."),
             {m_domain.unicode}});
        addRejectionReplies(f);
        m_findings << f;
        finish();
        return;
    }
    case DnsStatus::NoData:
        // No MX: mail goes to the domain's own address (RFC 5321 5.1).
        m_pending = 2;
        for (const RecordType type : {RecordType::A, RecordType::AAAA}) {
            m_resolver.resolve(m_domain.ascii, type, this, [this](const DnsResult &r) { onImplicit(r); });
        }
        return;
    case DnsStatus::Answer:
        break;
    default: {
        Finding f = finding(
            Severity::Warning, QStringLiteral("mx.dns_failure"),
            {"Findings",
             QT_TRANSLATE_NOOP("Findings", "The MX records of %1 could not be read: %2. This says nothing about the "
                                           "domain itself; our server defers mail for it with a temporary (4xx) "
                                           "error until DNS answers."),
             {m_domain.unicode, failureText(result)}},
            {"Advice", QT_TRANSLATE_NOOP("Advice", "Try again in a few minutes. If the problem persists, the "
                                                   "domain's DNS servers are not answering: its owner should contact "
                                                   "their DNS provider.")});
        f.data.insert(QStringLiteral("dns_status"), dns::statusName(result.status));
        f.data.insert(QStringLiteral("dns_detail"), result.detail);
        m_findings << f;
        finish();
        return;
    }
    }

    QList<dns::ResourceRecord> records = result.records;
    std::stable_sort(records.begin(), records.end(),
                     [](const auto &a, const auto &b) { return a.preference < b.preference; });
    const bool hasNullMx =
        std::any_of(records.cbegin(), records.cend(), [](const auto &r) { return r.target.isEmpty(); });
    if (hasNullMx && records.size() == 1) {
        Finding f = finding(
            Severity::Error, QStringLiteral("mx.null_mx"),
            {"Findings",
             QT_TRANSLATE_NOOP("Findings", "The domain %1 publishes a null MX record (\"MX 0 .\", RFC 7505): it "
                                           "declares that it accepts no mail at all. Mail to it cannot be delivered, "
                                           "and our server treats it as a domain without MX: \"%2\"."),
             {m_domain.unicode,
              policy::replyText(policy::ServerReply::InvalidDestinationDomain, QLatin1String(policy::exampleToken))}},
            {"Advice",
             QT_TRANSLATE_NOOP("Advice", "The owner of %1 has said it receives no e-mail. Use another "
                                         "address for this recipient. If it is your own domain and it "
                                         "should receive mail, replace the null MX with your mail server's "
                                         "MX record."),
             {m_domain.unicode}});
        f.data.insert(QStringLiteral("records"), raw);
        addRejectionReplies(f);
        m_findings << f;
        finish();
        return;
    }
    if (hasNullMx) {
        Finding f =
            finding(Severity::Warning, QStringLiteral("mx.null_mx_mixed"),
                    {"Findings",
                     QT_TRANSLATE_NOOP("Findings", "The domain %1 has a null MX record (\"MX 0 .\") next to real "
                                                   "MX records. RFC 7505 forbids this; senders may treat the "
                                                   "domain as accepting no mail."),
                     {m_domain.unicode}},
                    {"Advice",
                     QT_TRANSLATE_NOOP("Advice", "Remove the \"MX 0 .\" record from the DNS of %1."),
                     {m_domain.unicode}});
        f.data.insert(QStringLiteral("records"), raw);
        m_findings << f;
    }

    for (const dns::ResourceRecord &record : std::as_const(records)) {
        if (record.target.isEmpty()) {
            continue;
        }
        Host host;
        host.name = record.target;
        host.preference = record.preference;
        host.ipLiteral = looksLikeIpLiteral(record.target);
        m_hosts << host;
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
    int usable = 0;
    bool temporaryProblem = false;
    QStringList summaryLines;
    for (const Host &host : std::as_const(m_hosts)) {
        const QStringList addresses = addressesOf(host.results);
        QStringList aliases;
        for (const DnsResult &result : host.results) {
            for (const QString &alias : result.cnameChain) {
                if (!aliases.contains(alias)) {
                    aliases << alias;
                }
            }
        }
        QVariantMap entry{{QStringLiteral("host"), host.name},
                          {QStringLiteral("preference"), host.preference},
                          {QStringLiteral("addresses"), addresses}};
        if (!aliases.isEmpty()) {
            entry.insert(QStringLiteral("cname"), true);
        }
        hostData << entry;
        summaryLines << QStringLiteral("%1 (%2)").arg(host.name).arg(host.preference);

        if (host.ipLiteral) {
            m_findings << finding(
                Severity::Warning, QStringLiteral("mx.ip_literal"),
                {"Findings",
                 QT_TRANSLATE_NOOP("Findings", "The MX record of %1 points to an IP address (%2) instead of a host "
                                               "name. Many mail servers ignore such a record, so mail may not arrive."),
                 {m_domain.unicode, host.name}},
                {"Advice",
                 QT_TRANSLATE_NOOP("Advice", "In the DNS of %1, create a host name (for example mail.%1) "
                                             "with an A record for %2 and point the MX record to that name."),
                 {m_domain.ascii, host.name}});
            continue;
        }
        if (!aliases.isEmpty()) {
            m_findings << finding(
                Severity::Warning, QStringLiteral("mx.cname"),
                {"Findings",
                 QT_TRANSLATE_NOOP("Findings", "The MX host %1 of %2 is an alias (CNAME). RFC 2181 "
                                               "forbids this; most servers cope, some refuse to deliver."),
                 {host.name, m_domain.unicode}},
                {"Advice",
                 QT_TRANSLATE_NOOP("Advice", "Point the MX record of %1 directly to the canonical host "
                                             "name instead of the alias %2."),
                 {m_domain.ascii, host.name}});
        }
        if (!addresses.isEmpty()) {
            ++usable;
            continue;
        }
        if (const DnsResult *failure = firstTemporaryFailure(host.results)) {
            temporaryProblem = true;
            Finding f = finding(
                Severity::Warning, QStringLiteral("mx.host_dns_failure"),
                {"Findings",
                 QT_TRANSLATE_NOOP("Findings", "The address of the MX host %1 could not be read: %2."),
                 {host.name, failureText(*failure)}},
                {"Advice",
                 QT_TRANSLATE_NOOP("Advice", "Try again in a few minutes; if it persists, the DNS servers of %1 are "
                                             "not answering."),
                 {host.name}});
            m_findings << f;
            continue;
        }
        const bool missing = std::all_of(host.results.cbegin(), host.results.cend(),
                                         [](const DnsResult &r) { return r.status == DnsStatus::NxDomain; });
        m_findings << finding(
            Severity::Error, QStringLiteral("mx.host_unresolvable"),
            missing ? LocalizedText{"Findings",
                                    QT_TRANSLATE_NOOP("Findings", "The MX host %1 of %2 does not exist in DNS, so no "
                                                                  "mail can be delivered through it."),
                                    {host.name, m_domain.unicode}}
                    : LocalizedText{"Findings",
                                    QT_TRANSLATE_NOOP("Findings", "The MX host %1 of %2 has no address (no A or AAAA "
                                                                  "record), so no mail can be delivered through it."),
                                    {host.name, m_domain.unicode}},
            {"Advice",
             QT_TRANSLATE_NOOP("Advice", "In the DNS of %1, give the host %2 an A record with the mail "
                                         "server's address, or point the MX record to a host that has one."),
             {m_domain.ascii, host.name}});
    }

    if (usable > 0) {
        Finding f = finding(Severity::Ok, QStringLiteral("mx.ok"),
                            {"Findings",
                             QT_TRANSLATE_NOOP("Findings", "%1 accepts mail. MX hosts, most preferred first: %2."),
                             {m_domain.unicode, summaryLines.join(QStringLiteral(", "))}},
                            {});
        f.data.insert(QStringLiteral("hosts"), hostData);
        m_findings.prepend(f);
    } else if (!temporaryProblem) {
        Finding f =
            finding(Severity::Error, QStringLiteral("mx.no_usable_host"),
                    {"Findings",
                     QT_TRANSLATE_NOOP("Findings", "%1 has MX records, but none of its MX hosts can be reached "
                                                   "by name: mail to this domain cannot be delivered and comes "
                                                   "back as a bounce."),
                     {m_domain.unicode}},
                    {"Advice",
                     QT_TRANSLATE_NOOP("Advice", "The owner of %1 must correct the MX records so that they point "
                                                 "to mail servers with valid addresses."),
                     {m_domain.ascii}});
        f.data.insert(QStringLiteral("hosts"), hostData);
        m_findings.prepend(f);
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
        for (const dns::ResourceRecord &record : result.records) {
            (result.type == RecordType::A ? ipv4 : ipv6) << record.address.toString();
        }
    }
    if (!ipv4.isEmpty()) {
        Finding f =
            finding(Severity::Info, QStringLiteral("mx.implicit_mx"),
                    {"Findings",
                     QT_TRANSLATE_NOOP("Findings", "%1 has no MX record, but it has an address (%2): mail is "
                                                   "delivered to that address (implicit MX, RFC 5321). Our "
                                                   "server accepts the domain."),
                     {m_domain.unicode, (ipv4 + ipv6).join(QStringLiteral(", "))}},
                    {"Advice",
                     QT_TRANSLATE_NOOP("Advice", "This works, but an explicit MX record for %1 is more reliable: "
                                                 "add one that points to the server that should receive its mail."),
                     {m_domain.ascii}});
        f.data.insert(QStringLiteral("addresses"), ipv4 + ipv6);
        m_findings << f;
    } else if (const DnsResult *failure = firstTemporaryFailure(m_implicit)) {
        Finding f = finding(
            Severity::Warning, QStringLiteral("mx.dns_failure"),
            {"Findings",
             QT_TRANSLATE_NOOP("Findings", "%1 has no MX record, and its address could not be read: %2. Our server "
                                           "defers mail for it with a temporary (4xx) error until DNS answers."),
             {m_domain.unicode, failureText(*failure)}},
            {"Advice", QT_TRANSLATE_NOOP("Advice", "Try again in a few minutes. If the problem persists, the "
                                                   "domain's DNS servers are not answering: its owner should contact "
                                                   "their DNS provider.")});
        f.data.insert(QStringLiteral("dns_status"), dns::statusName(failure->status));
        m_findings << f;
    } else if (!ipv6.isEmpty()) {
        // RFC 5321 allows an AAAA-only implicit MX, but the provider's rule
        // asks for "MX or A" (seed 000): an IPv6-only domain is rejected.
        Finding f = finding(
            Severity::Error, QStringLiteral("mx.implicit_ipv6_only"),
            {"Findings",
             QT_TRANSLATE_NOOP("Findings", "%1 has no MX record and only an IPv6 address (%2). Our server requires an "
                                           "MX or A record and rejects it: \"%3\" as a sender, \"%4\" as a recipient."),
             {m_domain.unicode, ipv6.join(QStringLiteral(", ")),
              policy::replyText(policy::ServerReply::InvalidDomain, QLatin1String(policy::exampleToken)),
              policy::replyText(policy::ServerReply::InvalidDestinationDomain, QLatin1String(policy::exampleToken))}},
            {"Advice",
             QT_TRANSLATE_NOOP("Advice", "Add an MX record (or an A record) for %1 in its DNS."),
             {m_domain.ascii}});
        f.data.insert(QStringLiteral("addresses"), ipv6);
        addRejectionReplies(f);
        m_findings << f;
    } else {
        Finding f = finding(
            Severity::Error, QStringLiteral("mx.no_mx_no_a"),
            {"Findings",
             QT_TRANSLATE_NOOP("Findings", "%1 exists but has neither an MX nor an A record, so no mail can be "
                                           "delivered to it. Our server rejects it: \"%2\" as a sender, \"%3\" as a "
                                           "recipient."),
             {m_domain.unicode,
              policy::replyText(policy::ServerReply::InvalidDomain, QLatin1String(policy::exampleToken)),
              policy::replyText(policy::ServerReply::InvalidDestinationDomain, QLatin1String(policy::exampleToken))}},
            {"Advice",
             QT_TRANSLATE_NOOP("Advice", "If %1 is your domain, set its MX record (or at least an A "
                                         "record) in DNS; the records may not be set yet. If it is a "
                                         "recipient's domain, check the address with the recipient."),
             {m_domain.ascii}});
        addRejectionReplies(f);
        m_findings << f;
    }
    finish();
}

void MxCheck::finish()
{
    emit finished(m_findings);
}

} // namespace mt
