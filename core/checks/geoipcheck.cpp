#include "geoipcheck.h"

#include "common/countrynames.h"
#include "common/geoipdatabase.h"
#include "common/textutil.h"
#include "policy/serverreplies.h"

#include <QCoreApplication>
#include <QDir>

namespace mt {
namespace {

// The help pages' example sender, quoted when the sender is not known.
const char exampleSender[] = "john.smith@domain.com";

const char chooseDatabaseAdvice[] =
    QT_TRANSLATE_NOOP("Advice", "Choose a GeoIP database (.mmdb: GeoLite2 or GeoIP2 Country or City, DB-IP, "
                                "ip-location-db) in the settings, or give one with --geoip FILE.");

} // namespace

GeoIpCheck::GeoIpCheck(const QHostAddress &address, QString databasePath, QStringList allowedCountries, QString sender,
                       QObject *parent)
    : AsyncCheck(parent)
    , m_address(address)
    , m_databasePath(std::move(databasePath))
    , m_sender(std::move(sender))
{
    for (const QString &country : std::as_const(allowedCountries)) {
        m_allowedCountries << country.trimmed().toUpper();
    }
    bool mapped = false;
    const quint32 v4 = address.toIPv4Address(&mapped);
    if (mapped) {
        m_address = QHostAddress(v4);
    }
}

void GeoIpCheck::start()
{
    QMetaObject::invokeMethod(
        this, [this] { emit finished(run()); }, Qt::QueuedConnection);
}

Findings GeoIpCheck::run()
{
    const QString ip = m_address.toString();
    const QString path = m_databasePath.isEmpty() ? GeoIpDatabase::defaultPath() : m_databasePath;
    auto make = [&](Severity severity, const char *code, LocalizedText summary, LocalizedText advice = {}) {
        Finding f(QStringLiteral("geoip"), ip, severity, QLatin1String(code), std::move(summary), std::move(advice));
        f.data.insert(QStringLiteral("database"), QDir::toNativeSeparators(path));
        return f;
    };
    if (path.isEmpty()) {
        return {make(Severity::Info, "geoip.no_database",
                     text::summary(QT_TRANSLATE_NOOP("Findings", "No GeoIP database is installed, so the country of "
                                                                 "%1 is unknown."),
                                   {ip}),
                     text::advice(chooseDatabaseAdvice))
                    .markStaffOnly()};
    }

    GeoIpDatabase database;
    if (!database.open(path)) {
        const QString shownPath = QDir::toNativeSeparators(path);
        LocalizedText summary;
        switch (database.problem()) {
        case GeoIpDatabase::Problem::Missing:
            summary = text::summary(QT_TRANSLATE_NOOP("Findings", "The GeoIP database %2 does not exist, so the "
                                                                  "country of %1 is unknown."),
                                    {ip, shownPath});
            break;
        case GeoIpDatabase::Problem::Unreadable:
            summary = text::summary(QT_TRANSLATE_NOOP("Findings", "The GeoIP database %2 cannot be read, so the "
                                                                  "country of %1 is unknown."),
                                    {ip, shownPath});
            break;
        case GeoIpDatabase::Problem::Invalid:
        case GeoIpDatabase::Problem::None:
            summary = text::summary(QT_TRANSLATE_NOOP("Findings", "The file %2 is not a usable GeoIP database (not "
                                                                  "a MaxMind DB file, or damaged or truncated), so "
                                                                  "the country of %1 is unknown."),
                                    {ip, shownPath});
            break;
        }
        Finding f = make(Severity::Warning, "geoip.database_error", summary, text::advice(chooseDatabaseAdvice));
        f.markInconclusive();
        f.data.insert(QStringLiteral("error"), database.errorDetail());
        return {f};
    }

    const std::optional<GeoIpLocation> location = database.lookup(m_address);
    auto describe = [&](Finding f) {
        f.data.insert(QStringLiteral("database_type"), database.databaseType());
        f.data.insert(QStringLiteral("build_date"), database.buildDate().date().toString(Qt::ISODate));
        return f;
    };
    if (!location && database.ipVersion() == 4 && m_address.protocol() == QAbstractSocket::IPv6Protocol) {
        return {describe(make(Severity::Info, "geoip.no_ipv6",
                              text::summary(QT_TRANSLATE_NOOP("Findings", "The GeoIP database has IPv4 addresses "
                                                                          "only, so the country of %1 is unknown."),
                                            {ip}),
                              text::advice(chooseDatabaseAdvice)))};
    }
    if (!location) {
        Finding f = describe(make(Severity::Info, "geoip.not_found",
                                  text::summary(QT_TRANSLATE_NOOP("Findings", "The GeoIP database does not know %1 "
                                                                              "(a private, reserved or unassigned "
                                                                              "address), so its country is unknown."),
                                                {ip})));
        if (!database.errorDetail().isEmpty()) {
            f.markInconclusive();
            f.data.insert(QStringLiteral("error"), database.errorDetail());
        }
        return {f};
    }

    // Names: the database's own when it has them, else our table, else the code.
    const std::optional<CountryName> known = countryName(location->countryCode);
    const QString english = !location->nameEnglish.isEmpty() ? location->nameEnglish
                            : known                          ? known->english
                                                             : location->countryCode;
    const QString polish = !location->namePolish.isEmpty() ? location->namePolish : known ? known->polish : english;
    const bool restricted = !m_allowedCountries.isEmpty();
    const bool allowed = !restricted || m_allowedCountries.contains(location->countryCode);

    Finding f;
    if (allowed) {
        // The English text names the country with %2, the Polish one with %4.
        f = make(restricted ? Severity::Ok : Severity::Info, "geoip.country",
                 restricted
                     ? text::summary(
                           //: %2 is the country's English name, %4 its Polish name: use %4 in Polish.
                           QT_TRANSLATE_NOOP("Findings", "%1 is in %2 (%3), one of the countries allowed for "
                                                         "the customer's domain (%5)."),
                           {ip, english, location->countryCode, polish, m_allowedCountries.join(QStringLiteral(", "))})
                     : text::summary(
                           //: %2 is the country's English name, %4 its Polish name: use %4 in Polish.
                           QT_TRANSLATE_NOOP("Findings", "%1 is in %2 (%3)."),
                           {ip, english, location->countryCode, polish}));
    } else {
        const QString sender = m_sender.isEmpty() ? QLatin1String(exampleSender) : m_sender;
        const QString reply = policy::replyText(policy::ServerReply::SenderRejected, sender);
        f = make(
            Severity::Error, "geoip.country_not_allowed",
            text::summary(
                //: %2 is the country's English name, %4 its Polish name: use %4 in Polish.
                QT_TRANSLATE_NOOP("Findings", "%1 is in %2 (%3), which is not among the countries allowed for "
                                              "the customer's domain (%5). Our server's GeoIP protection refuses "
                                              "mail sent from there with \"%6\"."),
                {ip, english, location->countryCode, polish, m_allowedCountries.join(QStringLiteral(", ")), reply}),
            text::advice(QT_TRANSLATE_NOOP("Advice", "If you send from %2 on purpose (for example while "
                                                     "travelling), contact our Customer Service through the "
                                                     "authorised chat or a ticket: we will allow connections "
                                                     "from that country without delay."),
                         {ip, location->countryCode}));
        f.data.insert(QStringLiteral("reply"), policy::replyLine(policy::ServerReply::SenderRejected, sender));
        if (m_sender.contains(QLatin1Char('@'))) {
            // The domain staff may grant this country to (the GUI's "Allow this country" button).
            f.data.insert(QStringLiteral("domain"), m_sender.section(QLatin1Char('@'), -1).toLower());
        }
    }
    f.data.insert(QStringLiteral("country_code"), location->countryCode);
    f.data.insert(QStringLiteral("country_en"), english);
    f.data.insert(QStringLiteral("country_pl"), polish);
    f.data.insert(QStringLiteral("source"), location->source);
    if (restricted) {
        f.data.insert(QStringLiteral("allowed_countries"), m_allowedCountries);
    }
    return {describe(f)};
}

} // namespace mt
