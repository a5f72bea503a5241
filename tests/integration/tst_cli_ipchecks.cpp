// `mailtriage-cli diagnose IP` end to end: one resolver (unbound) in front of
// the reverse zones (knotd) and the blacklists (rbldnsd), as in production;
// the JSON contract, exit codes and both languages.
#include "cliprocess.h"
#include "dnsfixture.h"
#include "rbldnsdfixture.h"
#include "unboundfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryFile>
#include <QTest>

using mt::test::CliRun;
using mt::test::runCli;

class TestCliIpChecks : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void json_data();
    void json();
    void polishText();
    void brokenGeoIpDatabaseIsAWarning();

private:
    QJsonObject diagnose(const QString &input, const QString &zones, int *exitCode, const QStringList &extra = {});

    std::unique_ptr<mt::test::DnsFixture> m_knot;
    std::unique_ptr<mt::test::RbldnsdFixture> m_rbldnsd;
    std::unique_ptr<mt::test::UnboundFixture> m_unbound;
};

void TestCliIpChecks::initTestCase()
{
    m_knot = std::make_unique<mt::test::DnsFixture>();
    QVERIFY2(m_knot->ok(), qPrintable(m_knot->error()));
    m_rbldnsd = std::make_unique<mt::test::RbldnsdFixture>();
    QVERIFY2(m_rbldnsd->ok(), qPrintable(m_rbldnsd->error()));
    QList<mt::test::UnboundFixture::Stub> stubs;
    for (const char *zone : {"example.test", "2.0.192.in-addr.arpa", "8.b.d.0.1.0.0.2.ip6.arpa"}) {
        stubs << mt::test::UnboundFixture::Stub{QLatin1String(zone), m_knot->port()};
    }
    for (const char *zone : {"zen.spamhaus.org", "bl.spamcop.net", "dbl.spamhaus.org", "multi.surbl.org",
                             "refused.dnsbl.test", "dead.dnsbl.test"}) {
        stubs << mt::test::UnboundFixture::Stub{QLatin1String(zone), m_rbldnsd->port()};
    }
    m_unbound = std::make_unique<mt::test::UnboundFixture>(stubs);
    QVERIFY2(m_unbound->ok(), qPrintable(m_unbound->error()));
}

QJsonObject TestCliIpChecks::diagnose(const QString &input, const QString &zones, int *exitCode,
                                      const QStringList &extra)
{
    const CliRun run =
        runCli(QStringList{QStringLiteral("diagnose"), input, QStringLiteral("--dns"), m_unbound->address(),
                           QStringLiteral("--dnsbl"), zones, QStringLiteral("--format"), QStringLiteral("json"),
                           QStringLiteral("--lang"), QStringLiteral("en")} +
               extra);
    *exitCode = run.exitCode;
    return QJsonDocument::fromJson(run.out).object();
}

void TestCliIpChecks::json_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("zones");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QStringList>("codes"); // all of these, among others

    const QString ipZones = QStringLiteral("zen.spamhaus.org,bl.spamcop.net,refused.dnsbl.test");
    QTest::newRow("listed on ZEN and SpamCop, refused by one, no PTR")
        << QStringLiteral("192.0.2.99") << ipZones << 1 << QStringLiteral("ipv4")
        << QStringList{QStringLiteral("ptr.missing"), QStringLiteral("dnsbl.listed"), QStringLiteral("dnsbl.refused"),
                       QStringLiteral("dnsbl.listed_summary")};
    QTest::newRow("clean server with FCrDNS")
        << QStringLiteral("192.0.2.25") << QStringLiteral("zen.spamhaus.org,bl.spamcop.net") << 0
        << QStringLiteral("ipv4") << QStringList{QStringLiteral("ptr.ok"), QStringLiteral("dnsbl.not_listed")};
    QTest::newRow("generic PTR name") << QStringLiteral("192.0.2.50") << QStringLiteral("zen.spamhaus.org") << 0
                                      << QStringLiteral("ipv4")
                                      << QStringList{QStringLiteral("ptr.generic"), QStringLiteral("dnsbl.not_listed")};
    QTest::newRow("IPv6 in brackets") << QStringLiteral("[IPv6:2001:db8::25]") << QStringLiteral("zen.spamhaus.org")
                                      << 0 << QStringLiteral("ipv6")
                                      << QStringList{QStringLiteral("ptr.ok"), QStringLiteral("dnsbl.not_listed")};
    QTest::newRow("domain on the RHSBLs")
        << QStringLiteral("spam.example.test") << QStringLiteral("dbl.spamhaus.org,multi.surbl.org") << 1
        << QStringLiteral("domain")
        << QStringList{QStringLiteral("dnsbl.listed"), QStringLiteral("dnsbl.listed_summary")};
}

void TestCliIpChecks::json()
{
    QFETCH(QString, input);
    QFETCH(QString, zones);
    QFETCH(int, exitCode);
    QFETCH(QString, kind);
    QFETCH(QStringList, codes);
    int got = -1;
    const QJsonObject root = diagnose(input, zones, &got);
    QCOMPARE(got, exitCode);
    QCOMPARE(root.value(QStringLiteral("kind")).toString(), kind);
    QStringList seen;
    QStringList checks;
    for (const QJsonValue &value : root.value(QStringLiteral("findings")).toArray()) {
        const QJsonObject f = value.toObject();
        seen << f.value(QStringLiteral("code")).toString();
        checks << f.value(QStringLiteral("check")).toString();
        QVERIFY(!f.value(QStringLiteral("summary")).toString().isEmpty());
    }
    for (const QString &code : std::as_const(codes)) {
        QVERIFY2(seen.contains(code), qPrintable(QStringLiteral("%1 not in %2").arg(code, seen.join(u' '))));
    }
    if (kind != QLatin1String("domain")) {
        for (const char *check : {"ptr", "dnsbl", "geoip"}) {
            QVERIFY2(checks.contains(QLatin1String(check)), check);
        }
        QVERIFY(!seen.contains(QStringLiteral("input.no_checks_yet")));
    }
}

void TestCliIpChecks::polishText()
{
    const CliRun run = runCli({QStringLiteral("diagnose"), QStringLiteral("192.0.2.99"), QStringLiteral("--dns"),
                               m_unbound->address(), QStringLiteral("--dnsbl"), QStringLiteral("zen.spamhaus.org"),
                               QStringLiteral("--lang"), QStringLiteral("pl")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(!run.out.isEmpty());
    QVERIFY(run.out.contains("192.0.2.99"));
    QVERIFY(run.out.contains("zen.spamhaus.org"));
}

void TestCliIpChecks::brokenGeoIpDatabaseIsAWarning()
{
    QTemporaryFile file;
    QVERIFY(file.open());
    file.write("not a database\n");
    file.close();
    int got = -1;
    const QJsonObject root = diagnose(QStringLiteral("192.0.2.25"), QStringLiteral("zen.spamhaus.org"), &got,
                                      {QStringLiteral("--geoip"), file.fileName()});
    QCOMPARE(got, 3); // the country rule could not be checked: inconclusive
    bool found = false;
    for (const QJsonValue &value : root.value(QStringLiteral("findings")).toArray()) {
        const QJsonObject f = value.toObject();
        if (f.value(QStringLiteral("code")).toString() == QLatin1String("geoip.database_error")) {
            found = true;
            QCOMPARE(f.value(QStringLiteral("severity")).toString(), QStringLiteral("warning"));
        }
    }
    QVERIFY(found);
}

QTEST_GUILESS_MAIN(TestCliIpChecks)
#include "tst_cli_ipchecks.moc"
