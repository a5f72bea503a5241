#pragma once

#include <QString>

#include <optional>

namespace mt {

// A country's name in both languages staff answer in. The table is
// generated from Debian's iso-codes (scripts/gen-countrynames.py), not kept
// in the .ts files: it is data, not UI text.
struct CountryName
{
    QString code; // ISO 3166-1 alpha-2, upper case
    QString english;
    QString polish;
};

// CODE is an ISO 3166-1 alpha-2 code in any case; nullopt when unknown.
std::optional<CountryName> countryName(const QString &code);
int countryCount();

} // namespace mt
