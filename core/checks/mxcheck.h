#pragma once

#include "asynccheck.h"
#include "dns/dnsresolver.h"
#include "domainname.h"
#include "finding.h"
#include "policy/maildomainrule.h"

#include <optional>

namespace mt {

// The provider's "MX or A" rule (rule 3, decided by policy/maildomainrule.h
// for this check and the server alike): a domain the rule refuses gets the
// server's replies in data.reply_as_sender / reply_as_recipient ("5.1.1
// <token> invalid domain" ...; a 451 when DNS fails). Beyond the rule, says whether mail can
// really be delivered: MX hosts by preference, each resolved to A/AAAA;
// implicit MX (RFC 5321 5.1); null MX (RFC 7505); MX targets that are
// aliases or IP literals. All host lookups are in flight together.
class MxCheck final : public AsyncCheck
{
    Q_OBJECT

public:
    MxCheck(dns::DnsResolver &resolver, DomainName domain, QObject *parent = nullptr);

    void start() override;

private:
    struct Host
    {
        QString name;
        quint16 preference = 0;
        QList<dns::DnsResult> results; // A and AAAA, as they arrive
        bool ipLiteral = false;
    };

    void onMx(const dns::DnsResult &result);
    void onHostResult(int index, const dns::DnsResult &result);
    void onImplicit(const dns::DnsResult &result);
    void concludeHosts();
    void concludeImplicit();
    Finding &report(int caseId, const QStringList &extra = {}, int position = -1);
    void finish();

    dns::DnsResolver &m_resolver;
    DomainName m_domain;
    QList<Host> m_hosts;
    QList<dns::DnsResult> m_implicit;
    std::optional<policy::MailDomainVerdict> m_verdict;
    int m_pending = 0;
    Findings m_findings;
};

} // namespace mt
