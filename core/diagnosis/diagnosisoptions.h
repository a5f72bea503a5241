#pragma once

#include <QString>
#include <QStringList>

namespace mt {

// What staff can set for a diagnosis (CLI options, GUI settings). Empty
// values mean the built-in defaults of each check.
struct DiagnosisOptions
{
    // DNSBL/RHSBL zones to ask instead of the default list.
    QStringList dnsblZones;
    // A GeoIP database (.mmdb) to use instead of the embedded one.
    QString geoipDatabase;
    // The policy file (DESIGN.md) whose domains and countries apply.
    QString policyFile;
    // The provider's SPF include that customers' records must contain
    // (the seeds' "include:spf.tld.pl" when empty).
    QString spfInclude;
    // DKIM selectors to look up instead of the common ones.
    QStringList dkimSelectors;
    // ISO codes of the countries the customer's domain may send from (the
    // policy's "countries"), for the GeoIP rule; empty = any country.
    QStringList allowedCountries;
};

} // namespace mt
