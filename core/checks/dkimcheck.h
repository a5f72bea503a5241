#pragma once

#include "asynccheck.h"
#include "dns/dnsresolver.h"
#include "domainname.h"

#include <optional>

namespace mt {

struct DkimRecord;

// DKIM public keys of a domain (RFC 6376, RFC 8463): the TXT record at
// <selector>._domainkey.<domain> for each selector, all asked at once. With
// no selectors given it tries the common ones; not finding a key there is
// no fault, the domain may simply use another selector.
class DkimCheck final : public AsyncCheck
{
    Q_OBJECT

public:
    DkimCheck(dns::DnsResolver &resolver, DomainName domain, QStringList selectors = {}, QObject *parent = nullptr);

    // default, selector1, selector2 (Microsoft 365), google, k1 (Mailchimp),
    // dkim, mail, s1, s2.
    static QStringList commonSelectors();

    void start() override;

private:
    void onResult(int index, const dns::DnsResult &result);
    void conclude();
    void evaluate(const QString &selector, const QString &name, const DkimRecord &record);
    Finding &report(int caseId, const QStringList &summaryArgs, const QStringList &adviceArgs = {});

    dns::DnsResolver &m_resolver;
    DomainName m_domain;
    QStringList m_selectors;
    QStringList m_invalidSelectors; // named by staff, not askable
    bool m_explicit = false;        // the selectors were named by staff, not guessed
    QList<std::optional<dns::DnsResult>> m_results;
    int m_pending = 0;
    Findings m_findings;
};

// A key fault that a message's signature can meet as well as this check.
enum class DkimKeyFault
{
    NotFound,
    Revoked,
    TooShort,
    Malformed,
};

// This check's advice for FAULT in the key of DOMAIN published at
// RECORD_NAME: a failing signature of a message is answered with the same words.
LocalizedText dkimKeyAdvice(DkimKeyFault fault, const QString &domain, const QString &recordName);

} // namespace mt
