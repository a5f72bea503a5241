#pragma once

#include "policy/policy.h"

#include <QList>
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
    // The provider's domains (policy file, docs/policy.md) with their allowed
    // countries: an IP a customer's bounce names is judged by them.
    QList<policy::DomainPolicy> domains;
    // The provider's limits, quoted by the advice on its replies.
    policy::Limits limits;
    // The provider's SPF include that customers' records must contain
    // (the help pages' "include:spf.tld.pl" when empty).
    QString spfInclude;
    // DKIM selectors to look up instead of the common ones.
    QStringList dkimSelectors;
    // ISO codes of the countries the customer's domain may send from (the
    // policy's "countries"), for the GeoIP rule; empty = any country.
    QStringList allowedCountries;
};

} // namespace mt
