// Settings: what is wrong is said, what is stored comes back, what is
// applied reaches the diagnosis options. Always a settings file of the
// test's own, never the user's.
#include "diagnosis/appsettings.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace mt;

class TestAppSettings : public QObject
{
    Q_OBJECT

private slots:
    void problems_data();
    void problems();
    void storeUrlProblems_data();
    void storeUrlProblems();
    void roundTrip();
    void badStoredValuesFallBack();
    void diagnosisOptions();
    void splitList_data();
    void splitList();

private:
    QTemporaryDir m_dir;
};

void TestAppSettings::problems_data()
{
    QTest::addColumn<QStringList>("dns");
    QTest::addColumn<QStringList>("zones");
    QTest::addColumn<QString>("geoip");
    QTest::addColumn<QString>("spf");
    QTest::addColumn<int>("port");
    QTest::addColumn<QStringList>("expected"); // parts of the problems, in order

    QTest::newRow("defaults are fine") << QStringList{} << QStringList{} << QString() << QString() << 2525
                                       << QStringList{};
    QTest::newRow("servers with ports, IPv6, zones, include")
        << QStringList{QStringLiteral("192.0.2.53"), QStringLiteral("198.51.100.1:5353"), QStringLiteral("::1")}
        << QStringList{QStringLiteral("zen.spamhaus.org"), QStringLiteral("bl.example.test")} << QString()
        << QStringLiteral("spf.tld.pl") << 25 << QStringList{};
    QTest::newRow("a host name is not a DNS server")
        << QStringList{QStringLiteral("dns.google")} << QStringList{} << QString() << QString() << 2525
        << QStringList{QStringLiteral("\"dns.google\" is not a DNS server")};
    QTest::newRow("bad zone") << QStringList{} << QStringList{QStringLiteral("ok.test"), QStringLiteral("bad zone!")}
                              << QString() << QString() << 2525
                              << QStringList{QStringLiteral("\"bad zone!\" is not a DNS zone name")};
    QTest::newRow("missing GeoIP file") << QStringList{} << QStringList{}
                                        << QStringLiteral("/nonexistent/GeoLite2-Country.mmdb") << QString() << 2525
                                        << QStringList{QStringLiteral("/nonexistent/GeoLite2-Country.mmdb")};
    QTest::newRow("SPF include with a mechanism")
        << QStringList{} << QStringList{} << QString() << QStringLiteral("include:spf.tld.pl") << 2525
        << QStringList{QStringLiteral("not a domain name for the SPF include")};
    QTest::newRow("port out of range") << QStringList{} << QStringList{} << QString() << QString() << 70000
                                       << QStringList{QStringLiteral("between 1 and 65535")};
    QTest::newRow("several at once, in form order")
        << QStringList{QStringLiteral("x")} << QStringList{QStringLiteral("a..b")} << QString() << QString() << 0
        << QStringList{QStringLiteral("\"x\""), QStringLiteral("\"a..b\""), QStringLiteral("65535")};
}

void TestAppSettings::problems()
{
    QFETCH(QStringList, dns);
    QFETCH(QStringList, zones);
    QFETCH(QString, geoip);
    QFETCH(QString, spf);
    QFETCH(int, port);
    QFETCH(QStringList, expected);
    AppSettings settings;
    settings.dnsServers = dns;
    settings.dnsblZones = zones;
    settings.geoipDatabase = geoip;
    settings.spfInclude = spf;
    settings.serverPort = port;
    const QList<LocalizedText> problems = settings.problems();
    QCOMPARE(problems.size(), expected.size());
    for (int i = 0; i < expected.size(); ++i) {
        const QString text = problems.at(i).render(Language::English);
        QVERIFY2(text.contains(expected.at(i)), qPrintable(text));
    }
}

void TestAppSettings::storeUrlProblems_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("expected"); // empty: no problem
    QTest::newRow("empty: files in the state directory") << QString() << QString();
    QTest::newRow("a directory") << QStringLiteral("/srv/mailtriage") << QString();
    QTest::newRow("redis") << QStringLiteral("redis://127.0.0.1:6379/0") << QString();
    QTest::newRow("redis with credentials") << QStringLiteral("redis://desk:pw@redis.example.test/1") << QString();
    QTest::newRow("database not a number") << QStringLiteral("redis://desk:pw@127.0.0.1/x")
                                           << QStringLiteral("redis://127.0.0.1/x: the database must be a number");
    QTest::newRow("not redis") << QStringLiteral("mysql://127.0.0.1/") << QStringLiteral("is not a store");
}

void TestAppSettings::storeUrlProblems()
{
    QFETCH(QString, url);
    QFETCH(QString, expected);
    AppSettings settings;
    settings.storeUrl = url;
    const QList<LocalizedText> problems = settings.problems();
    QCOMPARE(problems.size(), expected.isEmpty() ? 0 : 1);
    if (!expected.isEmpty()) {
        const QString text = problems.first().render(Language::English);
        QVERIFY2(text.contains(expected), qPrintable(text));
        QVERIFY(!text.contains(QLatin1String(":pw@"))); // never the password
    }
}

void TestAppSettings::roundTrip()
{
    const QString path = m_dir.filePath(QStringLiteral("roundtrip.ini"));
    AppSettings settings;
    settings.language = Language::Polish;
    settings.dnsServers = {QStringLiteral("192.0.2.53"), QStringLiteral("198.51.100.1:5353")};
    settings.dnsblZones = {QStringLiteral("zen.spamhaus.org")};
    settings.geoipDatabase = QStringLiteral("/tmp/zażółć.mmdb");
    settings.spfInclude = QStringLiteral("spf.example.test");
    settings.serverPort = 2626;
    settings.storeUrl = QStringLiteral("redis://desk:s3cret@127.0.0.1:6380/2");
    {
        QSettings store(path, QSettings::IniFormat);
        settings.save(store);
        QCOMPARE(store.status(), QSettings::NoError);
    }
    QSettings store(path, QSettings::IniFormat);
    QCOMPARE(AppSettings::load(store, Language::English), settings);
#ifdef Q_OS_UNIX
    // It holds the Redis password: nobody but its owner reads it, after a
    // second save too.
    const auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    const auto others =
        QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup | QFileDevice::WriteOther;
    QCOMPARE(QFile::permissions(path) & (ownerOnly | others), ownerOnly);
    settings.serverPort = 2627;
    settings.save(store);
    QCOMPARE(QFile::permissions(path) & (ownerOnly | others), ownerOnly);
#endif
}

void TestAppSettings::badStoredValuesFallBack()
{
    const QString path = m_dir.filePath(QStringLiteral("bad.ini"));
    {
        QSettings store(path, QSettings::IniFormat);
        store.setValue(QStringLiteral("ui/language"), QStringLiteral("klingon"));
        store.setValue(QStringLiteral("server/port"), QStringLiteral("many"));
    }
    QSettings store(path, QSettings::IniFormat);
    const AppSettings loaded = AppSettings::load(store, Language::Polish);
    QCOMPARE(loaded.language, Language::Polish);
    QCOMPARE(loaded.serverPort, AppSettings::defaultServerPort);
    QVERIFY(loaded.problems().isEmpty());

    QSettings empty(m_dir.filePath(QStringLiteral("missing.ini")), QSettings::IniFormat);
    QCOMPARE(AppSettings::load(empty, Language::English), AppSettings());
}

void TestAppSettings::diagnosisOptions()
{
    AppSettings settings;
    settings.dnsblZones = {QStringLiteral("BL.Example.TEST")};
    settings.spfInclude = QStringLiteral("SPF.tld.pl");
    settings.geoipDatabase = QStringLiteral("/data/country.mmdb");
    const DiagnosisOptions options = settings.diagnosisOptions();
    QCOMPARE(options.dnsblZones, QStringList{QStringLiteral("bl.example.test")});
    QCOMPARE(options.spfInclude, QStringLiteral("spf.tld.pl"));
    QCOMPARE(options.geoipDatabase, QStringLiteral("/data/country.mmdb"));
}

void TestAppSettings::splitList_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("empty") << QString() << QStringList{};
    QTest::newRow("commas and spaces") << QStringLiteral(" a.test,b.test ,  c.test ")
                                       << QStringList{QStringLiteral("a.test"), QStringLiteral("b.test"),
                                                      QStringLiteral("c.test")};
    QTest::newRow("lines and semicolons")
        << QStringLiteral("a.test\n\nb.test;c.test\r\n")
        << QStringList{QStringLiteral("a.test"), QStringLiteral("b.test"), QStringLiteral("c.test")};
}

void TestAppSettings::splitList()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QCOMPARE(mt::splitList(text), expected);
}

QTEST_GUILESS_MAIN(TestAppSettings)
#include "tst_appsettings.moc"
