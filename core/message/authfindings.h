#pragma once

#include "checks/finding.h"
#include "checks/spfevaluator.h"
#include "messageanalysis.h"

#include <QHash>

#include <optional>

namespace mt::message {

// What DNS said for one message: the keys by name (selector._domainkey.d),
// SPF for the envelope sender and for the HELO, the _dmarc records by name.
struct AuthAnswers
{
    QHash<QString, dns::DnsResult> keys;
    std::optional<spf::Evaluation> spf;
    std::optional<spf::Evaluation> heloSpf;
    QHash<QString, dns::DnsResult> dmarc;
};

// The _dmarc names to ask for FROM_DOMAIN: its own and its organizational domain's.
QStringList dmarcNames(const QString &fromDomain);

// The findings of checks "dkim_verify" (one per signature), "arc" and
// "auth" (SPF and DMARC of the real path, and where the receivers'
// Authentication-Results disagree with them). PROVIDER_INCLUDE is the
// provider's SPF include that a corrected record gets (DiagnosisOptions).
Findings authFindings(const MessageAnalysis &analysis, const AuthAnswers &answers, const QString &providerInclude = {});

} // namespace mt::message
