#pragma once

#include "asynccheck.h"
#include "dmarcrecord.h"
#include "dns/dnsresolver.h"
#include "domainname.h"

#include <QMap>

#include <optional>

namespace mt {

// DMARC (RFC 7489) of a domain: the TXT records at _dmarc.<domain>, and at
// _dmarc.<organizational domain> when the domain publishes none (both asked
// at once). Says which policy receivers apply, what p=none and the alignment
// modes mean in plain words, and proposes a record when there is none.
// Report addresses in other domains are checked for their consent (RFC 7489
// 7.1), all in one more round trip.
class DmarcCheck final : public AsyncCheck
{
    Q_OBJECT

public:
    DmarcCheck(dns::DnsResolver &resolver, DomainName domain, QObject *parent = nullptr);

    void start() override;

private:
    void onResult(bool organizational, const dns::DnsResult &result);
    void conclude();
    void evaluate(const QString &policyDomain, const QStringList &records);
    Finding &report(int caseId, const QStringList &summaryArgs, const QStringList &adviceArgs = {});
    void suggestRecord(Finding &finding, const QString &policyDomain) const;
    void verifyReportDestinations(const QString &policyDomain, const QStringList &uris);
    void onReportDestination(int index, const QString &policyDomain, const dns::DnsResult &result);

    struct ReportDestination
    {
        QString host;
        QString uri;
        QString authorizationName; // <policy domain>._report._dmarc.<host>
    };

    dns::DnsResolver &m_resolver;
    DomainName m_domain;
    QString m_organizationalDomain; // empty when it is the domain itself
    std::optional<dns::DnsResult> m_own;
    std::optional<dns::DnsResult> m_organizational;
    QList<ReportDestination> m_reportDestinations;
    QMap<int, QString> m_unauthorized; // by index, so findings keep the record's order
    int m_pendingDestinations = 0;
    Findings m_findings;
};

// This check's advice for a domain without DMARC: the record to publish for
// POLICY_DOMAIN (the organizational domain of the mail's From domain).
// A message that fails for want of it is answered with the same words.
LocalizedText dmarcMissingAdvice(const QString &policyDomain);

} // namespace mt
