#pragma once

#include "localizedtext.h"

#include <QDateTime>
#include <QHostAddress>
#include <QString>

#include <memory>
#include <optional>

struct MMDB_s;
struct MMDB_lookup_result_s;

namespace mt {

// Where an address is, as a GeoIP database says.
struct GeoIpLocation
{
    QString countryCode; // ISO 3166-1 alpha-2, upper case
    QString nameEnglish; // from the database when it has names, else empty
    QString namePolish;  // likewise
    QString source;      // the field read: "country", "registered_country", "country_code"
};

// A MaxMind DB (.mmdb) file read with libmaxminddb. Reads both common
// schemas: GeoLite2/GeoIP2/DB-IP (country.iso_code, country.names.*, with
// registered_country as a fallback) and ip-location-db (country_code).
// A missing, empty, truncated or foreign file is refused by open() with a
// reason; nothing here may crash on a bad file.
class GeoIpDatabase final
{
public:
    enum class Problem
    {
        None,
        Missing,    // no such file
        Unreadable, // exists, cannot be read (permissions, a directory)
        Invalid,    // not a MaxMind DB, or damaged (empty, truncated)
    };

    GeoIpDatabase();
    ~GeoIpDatabase();
    GeoIpDatabase(const GeoIpDatabase &) = delete;
    GeoIpDatabase &operator=(const GeoIpDatabase &) = delete;

    bool open(const QString &path);
    bool isOpen() const { return m_db != nullptr; }
    Problem problem() const { return m_problem; }
    QString errorDetail() const { return m_detail; } // libmaxminddb's words, for the raw view
    QString path() const { return m_path; }

    QDateTime buildDate() const;  // UTC
    QString databaseType() const; // "GeoLite2-Country", "geo-whois-asn-country", ...
    int ipVersion() const;        // 4: IPv4 addresses only; 6: both
    // The credit the data's licence asks for, to show beside it (About box):
    // the NRO's CC BY 4.0 for ip-location-db, MaxMind's or DB-IP's notice for
    // theirs; empty for a database we do not know.
    LocalizedText attribution() const;

    // The country of ADDRESS; nullopt when the database has no country for
    // it (private or unassigned ranges) or the lookup failed (see errorDetail()).
    std::optional<GeoIpLocation> lookup(const QHostAddress &address);
    // Just the country code of ADDRESS, empty when unknown: what the
    // server's country rule asks.
    QString countryCodeOf(const QHostAddress &address);

    // The database installed with the application, found beside the
    // executable (build tree and installed layout); empty when there is none.
    static QString defaultPath();
    // Its file name inside share/mailtriage/geoip.
    static QString defaultFileName();

private:
    void close();
    // RESULT for ADDRESS; false when there is no entry or the lookup failed (m_detail says why).
    bool find(const QHostAddress &address, MMDB_lookup_result_s *result);

    std::unique_ptr<MMDB_s> m_mmdb;
    MMDB_s *m_db = nullptr;
    Problem m_problem = Problem::None;
    QString m_detail;
    QString m_path;
};

} // namespace mt
