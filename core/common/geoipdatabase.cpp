#include "geoipdatabase.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QtEndian>

#include <cstring>
#include <maxminddb.h>

namespace mt {
namespace {

// A UTF-8 string at PATH (NULL-terminated list of keys) under ENTRY.
template <typename... Keys> QString stringAt(MMDB_entry_s &entry, Keys... keys)
{
    MMDB_entry_data_s data{};
    const int status = MMDB_get_value(&entry, &data, keys..., static_cast<const char *>(nullptr));
    if (status != MMDB_SUCCESS || !data.has_data || data.type != MMDB_DATA_TYPE_UTF8_STRING) {
        return {};
    }
    return QString::fromUtf8(data.utf8_string, int(data.data_size));
}

// The entry of ADDRESS (an IPv4 address mapped into IPv6 as the IPv4 one),
// looked up by its bytes: MMDB_lookup_string would print the address and
// parse it back (getaddrinfo) for every lookup.
MMDB_lookup_result_s lookupAddress(MMDB_s *db, const QHostAddress &address, int *mmdbError)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    if (isV4) {
        sockaddr_in in{};
        in.sin_family = AF_INET;
        in.sin_addr.s_addr = qToBigEndian(v4);
        return MMDB_lookup_sockaddr(db, reinterpret_cast<const sockaddr *>(&in), mmdbError);
    }
    sockaddr_in6 in6{};
    in6.sin6_family = AF_INET6;
    const Q_IPV6ADDR bytes = address.toIPv6Address();
    std::memcpy(&in6.sin6_addr, bytes.c, sizeof bytes.c);
    return MMDB_lookup_sockaddr(db, reinterpret_cast<const sockaddr *>(&in6), mmdbError);
}

// The country code of ENTRY and the field it came from: "country",
// "registered_country", or ip-location-db's "country_code".
QString countryCodeIn(MMDB_entry_s &entry, const char **source)
{
    for (const char *field : {"country", "registered_country"}) {
        const QString code = stringAt(entry, field, "iso_code");
        if (!code.isEmpty()) {
            *source = field;
            return code.toUpper();
        }
    }
    *source = "country_code";
    return stringAt(entry, "country_code").toUpper();
}

// The smallest file libmaxminddb can take: the metadata marker alone is 14 bytes.
constexpr qint64 minimumSize = 16;

} // namespace

GeoIpDatabase::GeoIpDatabase() = default;

GeoIpDatabase::~GeoIpDatabase()
{
    close();
}

void GeoIpDatabase::close()
{
    if (m_db) {
        MMDB_close(m_db);
        m_db = nullptr;
    }
    m_mmdb.reset();
}

bool GeoIpDatabase::open(const QString &path)
{
    close();
    m_path = path;
    m_detail.clear();
    const QFileInfo info(path);
    if (path.isEmpty() || !info.exists()) {
        m_problem = Problem::Missing;
        return false;
    }
    if (!info.isFile() || !info.isReadable()) {
        m_problem = Problem::Unreadable;
        return false;
    }
    if (info.size() < minimumSize) {
        m_problem = Problem::Invalid;
        m_detail = QStringLiteral("file too small (%1 bytes)").arg(info.size());
        return false;
    }
    m_mmdb = std::make_unique<MMDB_s>();
    const QByteArray encoded = QFile::encodeName(info.absoluteFilePath());
    const int status = MMDB_open(encoded.constData(), MMDB_MODE_MMAP, m_mmdb.get());
    if (status != MMDB_SUCCESS) {
        m_problem = status == MMDB_FILE_OPEN_ERROR || status == MMDB_IO_ERROR ? Problem::Unreadable : Problem::Invalid;
        m_detail = QString::fromUtf8(MMDB_strerror(status));
        m_mmdb.reset();
        return false;
    }
    m_db = m_mmdb.get();
    // A damaged search tree shows on the first lookup: try one now, so a
    // truncated file is refused here rather than failing every address.
    int gaiError = 0;
    int mmdbError = MMDB_SUCCESS;
    MMDB_lookup_result_s result = MMDB_lookup_string(m_db, "1.1.1.1", &gaiError, &mmdbError);
    if (mmdbError == MMDB_SUCCESS && result.found_entry) {
        MMDB_entry_data_list_s *list = nullptr;
        mmdbError = MMDB_get_entry_data_list(&result.entry, &list);
        MMDB_free_entry_data_list(list);
    }
    if (mmdbError != MMDB_SUCCESS) {
        m_problem = Problem::Invalid;
        m_detail = QString::fromUtf8(MMDB_strerror(mmdbError));
        close();
        return false;
    }
    m_problem = Problem::None;
    return true;
}

QDateTime GeoIpDatabase::buildDate() const
{
    if (!m_db) {
        return {};
    }
    return QDateTime::fromSecsSinceEpoch(qint64(m_db->metadata.build_epoch), Qt::UTC);
}

QString GeoIpDatabase::databaseType() const
{
    return m_db && m_db->metadata.database_type ? QString::fromUtf8(m_db->metadata.database_type) : QString();
}

int GeoIpDatabase::ipVersion() const
{
    return m_db ? int(m_db->metadata.ip_version) : 0;
}

LocalizedText GeoIpDatabase::attribution() const
{
    const QString type = databaseType();
    // ip-location-db's databases say only "country ipv4", "country ipvAll"...;
    // their file names say which one.
    if (type.startsWith(QLatin1String("country ipv"))) {
        return LocalizedText("GeoIpDatabase",
                             QT_TRANSLATE_NOOP("GeoIpDatabase",
                                               "Country data: ip-location-db (%1), from the Number Resource "
                                               "Organization (nro.net), licensed under CC BY 4.0 "
                                               "(https://creativecommons.org/licenses/by/4.0/)."),
                             {QFileInfo(m_path).completeBaseName()});
    }
    if (type.startsWith(QLatin1String("GeoLite2"))) {
        return LocalizedText("GeoIpDatabase",
                             QT_TRANSLATE_NOOP("GeoIpDatabase", "This product includes GeoLite2 data created by "
                                                                "MaxMind, available from https://www.maxmind.com."));
    }
    if (type.startsWith(QLatin1String("DBIP")) || type.startsWith(QLatin1String("dbip"))) {
        return LocalizedText("GeoIpDatabase",
                             QT_TRANSLATE_NOOP("GeoIpDatabase", "IP geolocation by DB-IP (https://db-ip.com), "
                                                                "licensed under CC BY 4.0."));
    }
    return {};
}

QString GeoIpDatabase::countryCodeOf(const QHostAddress &address)
{
    // The code alone: the rules ask this for every request.
    MMDB_lookup_result_s result{};
    if (!find(address, &result)) {
        return {};
    }
    const char *source = nullptr;
    return countryCodeIn(result.entry, &source);
}

bool GeoIpDatabase::find(const QHostAddress &address, MMDB_lookup_result_s *result)
{
    m_detail.clear();
    if (!m_db || address.isNull()) {
        return false;
    }
    int mmdbError = MMDB_SUCCESS;
    *result = lookupAddress(m_db, address, &mmdbError);
    if (mmdbError != MMDB_SUCCESS) {
        m_detail = QString::fromUtf8(MMDB_strerror(mmdbError));
        return false;
    }
    return result->found_entry;
}

std::optional<GeoIpLocation> GeoIpDatabase::lookup(const QHostAddress &address)
{
    MMDB_lookup_result_s result{};
    if (!find(address, &result)) {
        return std::nullopt;
    }
    GeoIpLocation location;
    const char *source = nullptr;
    location.countryCode = countryCodeIn(result.entry, &source);
    if (location.countryCode.isEmpty()) {
        return std::nullopt;
    }
    location.source = QLatin1String(source);
    if (location.source != QLatin1String("country_code")) {
        location.nameEnglish = stringAt(result.entry, source, "names", "en");
        location.namePolish = stringAt(result.entry, source, "names", "pl");
    }
    return location;
}

QString GeoIpDatabase::defaultFileName()
{
    return QStringLiteral("geo-whois-asn-country.mmdb");
}

QString GeoIpDatabase::defaultPath()
{
    if (!QCoreApplication::instance()) {
        return {};
    }
    // bin/../share/... is both the installed layout (/usr/bin, /usr/share)
    // and the build tree's (build/app/.., build/share); the Windows
    // installer keeps share/ beside the executable.
    const QDir appDir(QCoreApplication::applicationDirPath());
    const QString relative = QStringLiteral("share/mailtriage/geoip/") + defaultFileName();
    for (const QString &candidate : {appDir.filePath(QStringLiteral("../") + relative), appDir.filePath(relative)}) {
        if (QFileInfo::exists(candidate)) {
            return QDir::cleanPath(candidate);
        }
    }
    return {};
}

} // namespace mt
