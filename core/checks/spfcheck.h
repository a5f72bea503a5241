#pragma once

#include "asynccheck.h"
#include "dns/dnsresolver.h"
#include "domainname.h"
#include "spfevaluator.h"

#include <optional>

namespace mt {

// What staff see about a domain's SPF (the help page on bounces, "550 BLAD SPF"): its
// record, how many of the 10 DNS lookups it uses, whether the provider's
// servers are authorized (include:spf.tld.pl, configurable), and a corrected
// record ready to paste when it is missing or broken: several records, a
// syntax error, +all or ?all, too many lookups.
class SpfCheck final : public AsyncCheck
{
    Q_OBJECT

public:
    // Lookup counts from here on are reported as close to the limit.
    static constexpr int nearLimit = 8;

    SpfCheck(dns::DnsResolver &resolver, DomainName domain, QString providerInclude = {}, QObject *parent = nullptr);

    void start() override;

private:
    void onRecords(const dns::DnsResult &result);
    void onEvaluation(const spf::Evaluation &evaluation);
    void conclude();
    Finding &report(int caseId, const QStringList &extra = {});

    dns::DnsResolver &m_resolver;
    DomainName m_domain;
    QString m_include;
    spf::Evaluator *m_evaluator = nullptr;
    std::optional<dns::DnsResult> m_records;
    std::optional<spf::Evaluation> m_evaluation;
    Findings m_findings;
};

// The domain check's advice that fixes DOMAIN's SPF record (RECORDS as
// published now, none when it has none): the corrected record to publish,
// with ALSO_ALLOW added (the ip4: of a server seen sending for it). Other
// analyzers that find an SPF fault quote it, so the customer reads one text.
LocalizedText spfRecordAdvice(const QString &domain, const QStringList &records, const QString &providerInclude,
                              const QStringList &alsoAllow = {});

} // namespace mt
