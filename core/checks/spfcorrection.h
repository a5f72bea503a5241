#pragma once

#include <QString>
#include <QStringList>

namespace mt::spf {

// The provider's SPF include (the help page on bounces) and the record it recommends.
inline constexpr char defaultProviderInclude[] = "spf.tld.pl";
QString recommendedRecord(const QString &providerInclude);

// A record ready to paste in place of RECORDS (the SPF records a domain
// publishes now; several are merged into one): terms that do not parse are
// dropped, duplicates removed, the provider's include added when missing,
// and the record ends in "-all" (or "~all" when it had that) unless it hands
// over with redirect=. No records: the recommended one. ALSO_ALLOW adds
// mechanisms (the ip4: of a server seen sending for the domain) before "all".
QString correctedRecord(const QStringList &records, const QString &providerInclude, const QStringList &alsoAllow = {});

// True when RECORD includes the provider directly (include:spf.tld.pl).
bool includesProvider(const QString &record, const QString &providerInclude);

} // namespace mt::spf
