// GeoIP: the pinned default database (ip-location-db schema) for well-known
// addresses, the GeoLite2 schema from small generated databases
// (tests/fixtures/geoip), broken files, country names, and the GeoIP rule's (docs/policy.md)
// rule in the check's findings.
#include "checks/geoipcheck.h"
#include "common/countrynames.h"
#include "common/geoipdatabase.h"
#include "findingsutil.h"

#include <QFile>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace mt;

Q_DECLARE_METATYPE(mt::GeoIpDatabase::Problem)

class TestGeoIp : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void countryNames_data();
    void countryNames();
    void pinnedDatabase_data();
    void pinnedDatabase();
    void pinnedDatabaseMetadata();
    void geoLite2Schema_data();
    void geoLite2Schema();
    void brokenFiles_data();
    void brokenFiles();
    void damagedDatabasesNeverCrash();
    void checkFindings_data();
    void checkFindings();
    void refusalNamesTheCustomersDomain();
    void checkDeliversAsynchronously();

private:
    QString pinned() const { return QStringLiteral(MAILTRIAGE_GEOIP_DATABASE); }
    QString fixture(const char *name) const
    {
        return QStringLiteral(MAILTRIAGE_TEST_FIXTURES "/geoip/") + QLatin1String(name);
    }
    QTemporaryDir m_dir;
};

void TestGeoIp::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestGeoIp::countryNames_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("english");
    QTest::addColumn<QString>("polish");
    QTest::newRow("Poland") << QStringLiteral("PL") << QStringLiteral("Poland") << QStringLiteral("Polska");
    QTest::newRow("lower case") << QStringLiteral("pl") << QStringLiteral("Poland") << QStringLiteral("Polska");
    QTest::newRow("Germany") << QStringLiteral("DE") << QStringLiteral("Germany") << QStringLiteral("Niemcy");
    QTest::newRow("United States") << QStringLiteral("US") << QStringLiteral("United States")
                                   << QStringLiteral("Stany Zjednoczone");
    QTest::newRow("common name") << QStringLiteral("BO") << QStringLiteral("Bolivia") << QStringLiteral("Boliwia");
    QTest::newRow("Polish letters") << QStringLiteral("CH") << QStringLiteral("Switzerland")
                                    << QStringLiteral("Szwajcaria");
    QTest::newRow("unknown code") << QStringLiteral("XX") << QString() << QString();
    QTest::newRow("three letters") << QStringLiteral("POL") << QString() << QString();
    QTest::newRow("empty") << QString() << QString() << QString();
}

void TestGeoIp::countryNames()
{
    QFETCH(QString, code);
    QFETCH(QString, english);
    QFETCH(QString, polish);
    const std::optional<CountryName> name = countryName(code);
    QCOMPARE(name.has_value(), !english.isEmpty());
    if (name) {
        QCOMPARE(name->english, english);
        QCOMPARE(name->polish, polish);
    }
    QVERIFY(countryCount() >= 249);
}

void TestGeoIp::pinnedDatabase_data()
{
    QTest::addColumn<QString>("ip");
    QTest::addColumn<QString>("country");
    QTest::newRow("Google DNS") << QStringLiteral("8.8.8.8") << QStringLiteral("US");
    QTest::newRow("Quad9") << QStringLiteral("9.9.9.9") << QStringLiteral("US");
    QTest::newRow("Google DNS IPv6") << QStringLiteral("2001:4860:4860::8888") << QStringLiteral("US");
    QTest::newRow("wp.pl (Poland)") << QStringLiteral("212.77.98.9") << QStringLiteral("PL");
    QTest::newRow("seed 003's server (Poland)") << QStringLiteral("83.238.86.34") << QStringLiteral("PL");
    QTest::newRow("RIPE NCC (Netherlands)") << QStringLiteral("193.0.6.139") << QStringLiteral("NL");
    QTest::newRow("IPv4-mapped IPv6") << QStringLiteral("::ffff:212.77.98.9") << QStringLiteral("PL");
    QTest::newRow("private range") << QStringLiteral("10.1.2.3") << QString();
    QTest::newRow("documentation range") << QStringLiteral("192.0.2.25") << QString();
}

void TestGeoIp::pinnedDatabase()
{
    QFETCH(QString, ip);
    QFETCH(QString, country);
    if (!QFile::exists(pinned())) {
        QSKIP("the default GeoIP database was not fetched (MAILTRIAGE_FETCH_GEOIP=OFF)");
    }
    GeoIpDatabase database;
    QVERIFY2(database.open(pinned()), qPrintable(database.errorDetail()));
    const std::optional<GeoIpLocation> location = database.lookup(QHostAddress(ip));
    QCOMPARE(location ? location->countryCode : QString(), country);
    if (location) {
        QCOMPARE(location->source, QStringLiteral("country_code")); // the ip-location-db schema
    }
}

void TestGeoIp::pinnedDatabaseMetadata()
{
    if (!QFile::exists(pinned())) {
        QSKIP("the default GeoIP database was not fetched (MAILTRIAGE_FETCH_GEOIP=OFF)");
    }
    GeoIpDatabase database;
    QVERIFY(database.open(pinned()));
    QVERIFY(database.buildDate().isValid());
    QVERIFY(database.buildDate().date().year() >= 2025);
    QVERIFY(!database.databaseType().isEmpty());
}

void TestGeoIp::geoLite2Schema_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("ip");
    QTest::addColumn<QString>("country");
    QTest::addColumn<QString>("english");
    QTest::addColumn<QString>("polish");
    QTest::addColumn<QString>("source");
    const QString geolite = fixture("geolite2-schema.mmdb");
    QTest::newRow("country with names") << geolite << QStringLiteral("192.0.2.1") << QStringLiteral("PL")
                                        << QStringLiteral("Poland (db)") << QStringLiteral("Polska (db)")
                                        << QStringLiteral("country");
    QTest::newRow("country, English name only")
        << geolite << QStringLiteral("198.51.100.7") << QStringLiteral("DE") << QStringLiteral("Germany (db)")
        << QString() << QStringLiteral("country");
    QTest::newRow("registered_country fallback") << geolite << QStringLiteral("203.0.113.9") << QStringLiteral("FR")
                                                 << QString() << QString() << QStringLiteral("registered_country");
    QTest::newRow("entry without country")
        << geolite << QStringLiteral("100.64.0.1") << QString() << QString() << QString() << QString();
    QTest::newRow("not in the database") << geolite << QStringLiteral("8.8.8.8") << QString() << QString() << QString()
                                         << QString();
    const QString iplocation = fixture("iplocationdb-schema.mmdb");
    QTest::newRow("ip-location-db country_code") << iplocation << QStringLiteral("192.0.2.1") << QStringLiteral("PL")
                                                 << QString() << QString() << QStringLiteral("country_code");
    QTest::newRow("ip-location-db lower case code")
        << iplocation << QStringLiteral("198.51.100.7") << QStringLiteral("US") << QString() << QString()
        << QStringLiteral("country_code");
}

void TestGeoIp::geoLite2Schema()
{
    QFETCH(QString, file);
    QFETCH(QString, ip);
    QFETCH(QString, country);
    QFETCH(QString, english);
    QFETCH(QString, polish);
    QFETCH(QString, source);
    GeoIpDatabase database;
    QVERIFY2(database.open(file), qPrintable(database.errorDetail()));
    const std::optional<GeoIpLocation> location = database.lookup(QHostAddress(ip));
    QCOMPARE(location ? location->countryCode : QString(), country);
    if (location) {
        QCOMPARE(location->nameEnglish, english);
        QCOMPARE(location->namePolish, polish);
        QCOMPARE(location->source, source);
    }
    QCOMPARE(database.buildDate(), QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC));
}

void TestGeoIp::brokenFiles_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<GeoIpDatabase::Problem>("problem");
    const QString dir = m_dir.path();
    auto write = [&](const char *name, const QByteArray &bytes) {
        QFile file(dir + QLatin1Char('/') + QLatin1String(name));
        file.open(QIODevice::WriteOnly);
        file.write(bytes);
        return file.fileName();
    };
    QByteArray random(64 * 1024, '\0');
    QRandomGenerator generator(42);
    for (char &c : random) {
        c = char(generator.bounded(256));
    }
    QFile real(fixture("geolite2-schema.mmdb"));
    real.open(QIODevice::ReadOnly);
    const QByteArray good = real.readAll();
    QVERIFY(good.size() > 100);
    using P = GeoIpDatabase::Problem;
    QTest::newRow("missing") << dir + QStringLiteral("/nothere.mmdb") << P::Missing;
    QTest::newRow("empty path") << QString() << P::Missing;
    QTest::newRow("a directory") << dir << P::Unreadable;
    QTest::newRow("empty file") << write("empty.mmdb", {}) << P::Invalid;
    QTest::newRow("random bytes") << write("random.mmdb", random) << P::Invalid;
    QTest::newRow("text file") << write("text.mmdb", QByteArray("This is not a database.\n").repeated(100))
                               << P::Invalid;
    QTest::newRow("truncated: first half") << write("half.mmdb", good.left(good.size() / 2)) << P::Invalid;
    QTest::newRow("truncated: last byte gone") << write("short.mmdb", good.chopped(1)) << P::Invalid;
    QTest::newRow("metadata only") << write("meta.mmdb", good.mid(good.lastIndexOf("\xab\xcd\xefMaxMind.com")))
                                   << P::Invalid;
    QTest::newRow("tree cut, metadata kept")
        << write("cut.mmdb", good.left(20) + good.mid(good.lastIndexOf("\xab\xcd\xefMaxMind.com"))) << P::Invalid;
}

void TestGeoIp::brokenFiles()
{
    QFETCH(QString, path);
    QFETCH(GeoIpDatabase::Problem, problem);
    GeoIpDatabase database;
    QVERIFY(!database.open(path));
    QCOMPARE(database.problem(), problem);
    QVERIFY(!database.isOpen());
    QVERIFY(!database.lookup(QHostAddress(QStringLiteral("8.8.8.8"))));

    GeoIpCheck check(QHostAddress(QStringLiteral("8.8.8.8")), path.isEmpty() ? QStringLiteral("/nonexistent") : path);
    const Findings findings = check.run();
    QCOMPARE(test::codesOf(findings), QStringList{QStringLiteral("geoip.database_error")});
    QCOMPARE(findings.first().severity, Severity::Warning);
}

void TestGeoIp::damagedDatabasesNeverCrash()
{
    // Every truncation and every single-byte change of a small database:
    // open() refuses it, or lookups answer something or nothing, never crash.
    QFile real(fixture("geolite2-schema.mmdb"));
    QVERIFY(real.open(QIODevice::ReadOnly));
    const QByteArray good = real.readAll();
    const QString path = m_dir.filePath(QStringLiteral("damaged.mmdb"));
    const QList<QHostAddress> addresses{QHostAddress(QStringLiteral("192.0.2.1")),
                                        QHostAddress(QStringLiteral("203.0.113.9")),
                                        QHostAddress(QStringLiteral("2001:db8::1"))};
    int opened = 0;
    auto attempt = [&](const QByteArray &bytes) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(bytes);
        file.close();
        GeoIpDatabase database;
        if (database.open(path)) {
            ++opened;
            for (const QHostAddress &address : addresses) {
                database.lookup(address);
            }
        }
    };
    for (int size = 0; size < good.size(); ++size) {
        attempt(good.left(size));
    }
    for (int i = 0; i < good.size(); ++i) {
        for (const char value : {'\x00', '\xff', '\x7f'}) {
            QByteArray bytes = good;
            bytes[i] = value;
            attempt(bytes);
        }
    }
    QVERIFY(opened > 0); // most single-byte changes still open: their lookups ran
}

void TestGeoIp::checkFindings_data()
{
    QTest::addColumn<QString>("ip");
    QTest::addColumn<QStringList>("allowed");
    QTest::addColumn<QString>("code");
    QTest::addColumn<Severity>("severity");
    QTest::addColumn<QString>("english");
    QTest::addColumn<QString>("polishArgument");
    QTest::newRow("any country") << QStringLiteral("192.0.2.1") << QStringList() << QStringLiteral("geoip.country")
                                 << Severity::Info << QStringLiteral("192.0.2.1 is in Poland (db) (PL).")
                                 << QStringLiteral("Polska (db)");
    QTest::newRow("allowed country") << QStringLiteral("192.0.2.1") << QStringList{QStringLiteral("pl")}
                                     << QStringLiteral("geoip.country") << Severity::Ok
                                     << QStringLiteral("one of the countries allowed") << QStringLiteral("Polska (db)");
    QTest::newRow("not allowed: the GeoIP rule (docs/policy.md, rule 8)")
        << QStringLiteral("198.51.100.7") << QStringList{QStringLiteral("PL"), QStringLiteral("CZ")}
        << QStringLiteral("geoip.country_not_allowed") << Severity::Error
        << QStringLiteral("\"5.1.0 <john.smith@domain.com> sender rejected\"") << QStringLiteral("Niemcy");
    QTest::newRow("registered country, names from our table")
        << QStringLiteral("203.0.113.9") << QStringList() << QStringLiteral("geoip.country") << Severity::Info
        << QStringLiteral("203.0.113.9 is in France (FR).") << QStringLiteral("Francja");
    QTest::newRow("IPv6 in an IPv4-only database")
        << QStringLiteral("2001:db8::1") << QStringList() << QStringLiteral("geoip.no_ipv6") << Severity::Info
        << QStringLiteral("IPv4 addresses only") << QString();
    QTest::newRow("unknown address") << QStringLiteral("8.8.8.8") << QStringList{QStringLiteral("PL")}
                                     << QStringLiteral("geoip.not_found") << Severity::Info
                                     << QStringLiteral("does not know 8.8.8.8") << QString();
}

void TestGeoIp::checkFindings()
{
    QFETCH(QString, ip);
    QFETCH(QStringList, allowed);
    QFETCH(QString, code);
    QFETCH(Severity, severity);
    QFETCH(QString, english);
    QFETCH(QString, polishArgument);
    GeoIpCheck check(QHostAddress(ip), fixture("geolite2-schema.mmdb"), allowed);
    const Findings findings = check.run();
    QCOMPARE(findings.size(), 1);
    const Finding &f = findings.first();
    QCOMPARE(f.check, QStringLiteral("geoip"));
    QCOMPARE(f.code, code);
    QCOMPARE(f.severity, severity);
    const QString text = f.summary.render(Language::English);
    QVERIFY2(text.contains(english), qPrintable(text));
    QCOMPARE(f.data.value(QStringLiteral("build_date")).toString(), QStringLiteral("2026-01-02"));
    if (!polishArgument.isEmpty()) {
        // The Polish text names the country with %4 (see the translator's comment).
        QCOMPARE(f.summary.args.value(3), polishArgument);
        QCOMPARE(f.data.value(QStringLiteral("country_pl")).toString(), polishArgument);
        QVERIFY(substitute(QStringLiteral("%1: %4 (%3)"), f.summary.args).contains(polishArgument));
    }
    if (code == QLatin1String("geoip.country_not_allowed")) {
        QCOMPARE(f.data.value(QStringLiteral("reply")).toString(),
                 QStringLiteral("550 5.1.0 <john.smith@domain.com> sender rejected"));
        QVERIFY(!f.advice.isEmpty());
    }
}

void TestGeoIp::refusalNamesTheCustomersDomain()
{
    // The GUI's "Allow this country for the domain" button grants to this domain.
    GeoIpCheck known(QHostAddress(QStringLiteral("198.51.100.7")), fixture("geolite2-schema.mmdb"),
                     {QStringLiteral("PL")}, QStringLiteral("jan@Kowalski.PL"));
    const Findings refused = known.run();
    QCOMPARE(refused.first().code, QStringLiteral("geoip.country_not_allowed"));
    QCOMPARE(refused.first().data.value(QStringLiteral("domain")).toString(), QStringLiteral("kowalski.pl"));
    // Without the customer's address the reply quotes an example and no domain is named.
    GeoIpCheck unknown(QHostAddress(QStringLiteral("198.51.100.7")), fixture("geolite2-schema.mmdb"),
                       {QStringLiteral("PL")});
    QVERIFY(!unknown.run().first().data.contains(QStringLiteral("domain")));
}

void TestGeoIp::checkDeliversAsynchronously()
{
    GeoIpCheck check(QHostAddress(QStringLiteral("192.0.2.1")), fixture("geolite2-schema.mmdb"));
    QSignalSpy finished(&check, &AsyncCheck::finished);
    check.start();
    QCOMPARE(finished.size(), 0);
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.size(), 1);
}

QTEST_GUILESS_MAIN(TestGeoIp)
#include "tst_geoip.moc"
