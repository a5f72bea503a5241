// Reverse DNS against a real authoritative server (knotd) and DNS
// blacklists against a real DNSBL server (rbldnsd), through the real
// resolver; a server that never answers for timeouts.
#include "checks/dnsblcheck.h"
#include "checks/reversednscheck.h"
#include "diagnosis/diagnosis.h"
#include "dns/stubresolver.h"
#include "dnsfixture.h"
#include "findingsutil.h"
#include "freeport.h"
#include "rbldnsdfixture.h"

#include <QNetworkDatagram>
#include <QSignalSpy>
#include <QTest>
#include <QUdpSocket>

using namespace mt;

Q_DECLARE_METATYPE(mt::Severity)

class TestIpChecks : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void reverseDns_data();
    void reverseDns();
    void dnsbl_data();
    void dnsbl();
    void listingsCarryMeaningAndDelisting();
    void zonesReportAsTheyAnswer();
    void silentZonesAreUnknownNotClean();
    void diagnosisOfAnIp();

private:
    struct Run
    {
        Findings progress;
        Findings final;
        int progressSignals = 0;
    };
    Run runCheck(AsyncCheck &check, int waitMs = 10000);

    std::unique_ptr<test::DnsFixture> m_knot;
    std::unique_ptr<test::RbldnsdFixture> m_rbldnsd;
    std::unique_ptr<dns::StubResolver> m_authResolver;
    std::unique_ptr<dns::StubResolver> m_dnsblResolver;
};

void TestIpChecks::initTestCase()
{
    m_knot = std::make_unique<test::DnsFixture>();
    QVERIFY2(m_knot->ok(), qPrintable(m_knot->error()));
    m_rbldnsd = std::make_unique<test::RbldnsdFixture>();
    QVERIFY2(m_rbldnsd->ok(), qPrintable(m_rbldnsd->error()));
    m_authResolver = std::make_unique<dns::StubResolver>(m_knot->resolverConfig());
    dns::ResolverConfig dnsbl;
    dnsbl.servers = {m_rbldnsd->nameserver()};
    dnsbl.timeoutMs = 1000;
    m_dnsblResolver = std::make_unique<dns::StubResolver>(dnsbl);
}

TestIpChecks::Run TestIpChecks::runCheck(AsyncCheck &check, int waitMs)
{
    Run run;
    QSignalSpy finished(&check, &AsyncCheck::finished);
    connect(&check, &AsyncCheck::progress, this, [&run, &finished](const Findings &findings) {
        // Nothing may arrive after the end.
        QVERIFY(finished.isEmpty());
        run.progress += findings;
        ++run.progressSignals;
    });
    check.start();
    if (!finished.wait(waitMs) || finished.size() != 1) {
        return run;
    }
    run.final = finished.first().first().value<Findings>();
    return run;
}

void TestIpChecks::reverseDns_data()
{
    QTest::addColumn<QString>("ip");
    QTest::addColumn<QStringList>("codes");
    QTest::addColumn<Severity>("worst");
    QTest::newRow("FCrDNS ok") << QStringLiteral("192.0.2.25") << QStringList{QStringLiteral("ptr.ok")} << Severity::Ok;
    QTest::newRow("two PTRs") << QStringLiteral("192.0.2.31") << QStringList{QStringLiteral("ptr.not_confirmed")}
                              << Severity::Error;
    QTest::newRow("no PTR") << QStringLiteral("192.0.2.40") << QStringList{QStringLiteral("ptr.missing")}
                            << Severity::Error;
    QTest::newRow("PTR name without A") << QStringLiteral("192.0.2.30")
                                        << QStringList{QStringLiteral("ptr.not_confirmed")} << Severity::Error;
    QTest::newRow("PTR name with another address")
        << QStringLiteral("192.0.2.51") << QStringList{QStringLiteral("ptr.not_confirmed")} << Severity::Error;
    QTest::newRow("generic name") << QStringLiteral("192.0.2.50")
                                  << QStringList{QStringLiteral("ptr.ok"), QStringLiteral("ptr.generic")}
                                  << Severity::Warning;
    QTest::newRow("forward SERVFAIL") << QStringLiteral("192.0.2.52")
                                      << QStringList{QStringLiteral("ptr.forward_unknown")} << Severity::Warning;
    QTest::newRow("IPv6 nibble PTR") << QStringLiteral("2001:db8::25") << QStringList{QStringLiteral("ptr.ok")}
                                     << Severity::Ok;
    QTest::newRow("outside the served zones: REFUSED is unknown")
        << QStringLiteral("198.51.100.1") << QStringList{QStringLiteral("ptr.unknown")} << Severity::Warning;
}

void TestIpChecks::reverseDns()
{
    QFETCH(QString, ip);
    QFETCH(QStringList, codes);
    QFETCH(Severity, worst);
    ReverseDnsCheck check(*m_authResolver, QHostAddress(ip));
    const Run run = runCheck(check);
    QCOMPARE(test::codesOf(run.final), codes);
    QCOMPARE(test::worstOf(run.final), worst);
}

void TestIpChecks::dnsbl_data()
{
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QStringList>("zones");
    QTest::addColumn<QStringList>("zoneCodes"); // per-zone rows, in any order
    QTest::addColumn<QString>("summaryCode");
    QTest::addColumn<Severity>("summarySeverity");
    QTest::addColumn<int>("listed");
    QTest::addColumn<int>("major");

    const QStringList ipZones{QStringLiteral("zen.spamhaus.org"), QStringLiteral("bl.spamcop.net"),
                              QStringLiteral("refused.dnsbl.test"), QStringLiteral("dead.dnsbl.test")};
    const QStringList cleanZones{QStringLiteral("zen.spamhaus.org"), QStringLiteral("bl.spamcop.net")};
    const QStringList domainZones{QStringLiteral("dbl.spamhaus.org"), QStringLiteral("multi.surbl.org")};
    const QString listed = QStringLiteral("dnsbl.listed");
    QTest::newRow("RFC 5782 test entry: SBL+XBL+PBL, SpamCop; refusal and dead list are not listings")
        << QStringLiteral("127.0.0.2") << ipZones << QStringList{listed,
                                                                 listed,
                                                                 listed,
                                                                 listed,
                                                                 QStringLiteral("dnsbl.refused"),
                                                                 QStringLiteral("dnsbl.unusable")}
        << QStringLiteral("dnsbl.listed_summary") << Severity::Error << 2 << 1;
    QTest::newRow("listed on 2 lists, one of them major")
        << QStringLiteral("192.0.2.99") << cleanZones << QStringList{listed, listed}
        << QStringLiteral("dnsbl.listed_summary") << Severity::Error << 2 << 1;
    QTest::newRow("minor list only") << QStringLiteral("192.0.2.200") << cleanZones << QStringList{listed}
                                     << QStringLiteral("dnsbl.listed_summary") << Severity::Warning << 1 << 0;
    QTest::newRow("PBL only: an end-user range, not a spam listing")
        << QStringLiteral("192.0.2.102") << cleanZones << QStringList{listed} << QStringLiteral("dnsbl.listed_summary")
        << Severity::Warning << 1 << 0;
    QTest::newRow("not listed") << QStringLiteral("192.0.2.25") << cleanZones << QStringList{}
                                << QStringLiteral("dnsbl.not_listed") << Severity::Ok << 0 << 0;
    QTest::newRow("excluded from a listed range") << QStringLiteral("198.51.100.7") << cleanZones << QStringList{}
                                                  << QStringLiteral("dnsbl.not_listed") << Severity::Ok << 0 << 0;
    QTest::newRow("not listed, but refused: incomplete")
        << QStringLiteral("192.0.2.25") << ipZones
        << QStringList{QStringLiteral("dnsbl.refused"), QStringLiteral("dnsbl.unusable")}
        << QStringLiteral("dnsbl.incomplete") << Severity::Warning << 0 << 0;
    QTest::newRow("IPv6 listing (SpamCop has no IPv6 list)")
        << QStringLiteral("2001:db8::99") << cleanZones << QStringList{listed} << QStringLiteral("dnsbl.listed_summary")
        << Severity::Error << 1 << 1;
    QTest::newRow("IPv6 range code") << QStringLiteral("2001:db8:bad::1") << cleanZones << QStringList{listed}
                                     << QStringLiteral("dnsbl.listed_summary") << Severity::Error << 1 << 1;
    QTest::newRow("RHSBL: DBL and SURBL")
        << QStringLiteral("spam.example.test") << domainZones << QStringList{listed, listed}
        << QStringLiteral("dnsbl.listed_summary") << Severity::Error << 2 << 1;
    QTest::newRow("RHSBL: SURBL bits PH+ABUSE")
        << QStringLiteral("phishspam.example.test") << domainZones << QStringList{listed, listed}
        << QStringLiteral("dnsbl.listed_summary") << Severity::Warning << 1 << 0;
    QTest::newRow("RHSBL: DBL wildcard entry")
        << QStringLiteral("x.malware.example.test") << domainZones << QStringList{listed}
        << QStringLiteral("dnsbl.listed_summary") << Severity::Error << 1 << 1;
    QTest::newRow("RHSBL: SURBL's 127.0.0.1 is a refusal")
        << QStringLiteral("blocked.example.test") << domainZones << QStringList{QStringLiteral("dnsbl.refused")}
        << QStringLiteral("dnsbl.incomplete") << Severity::Warning << 0 << 0;
    QTest::newRow("RHSBL: clean domain") << QStringLiteral("example.test") << domainZones << QStringList{}
                                         << QStringLiteral("dnsbl.not_listed") << Severity::Ok << 0 << 0;
    QTest::newRow("RHSBL zones are not asked about IPs")
        << QStringLiteral("127.0.0.2") << domainZones << QStringList{} << QStringLiteral("dnsbl.no_zones")
        << Severity::Info << 0 << 0;
}

void TestIpChecks::dnsbl()
{
    QFETCH(QString, subject);
    QFETCH(QStringList, zones);
    QFETCH(QStringList, zoneCodes);
    QFETCH(QString, summaryCode);
    QFETCH(Severity, summarySeverity);
    QFETCH(int, listed);
    QFETCH(int, major);
    const QHostAddress address(subject);
    std::unique_ptr<DnsblCheck> check =
        address.isNull() ? std::make_unique<DnsblCheck>(*m_dnsblResolver, subject, dnsblZones(zones))
                         : std::make_unique<DnsblCheck>(*m_dnsblResolver, address, dnsblZones(zones));
    const Run run = runCheck(*check);
    QStringList got = test::codesOf(run.progress);
    got.sort();
    zoneCodes.sort();
    QCOMPARE(got, zoneCodes);
    QCOMPARE(test::codesOf(run.final), QStringList{summaryCode});
    const Finding &summary = run.final.first();
    QCOMPARE(summary.severity, summarySeverity);
    QCOMPARE(summary.check, QStringLiteral("dnsbl"));
    QCOMPARE(summary.data.value(QStringLiteral("listed")).toInt(), listed);
    QCOMPARE(summary.data.value(QStringLiteral("major")).toInt(), major);
    for (const Finding &f : run.progress + run.final) {
        QVERIFY(!f.summary.render(Language::English).contains(QLatin1Char('%')));
    }
}

void TestIpChecks::listingsCarryMeaningAndDelisting()
{
    DnsblCheck check(*m_dnsblResolver, QHostAddress(QStringLiteral("192.0.2.103")),
                     dnsblZones({QStringLiteral("zen.spamhaus.org")}));
    const Run run = runCheck(check);
    QCOMPARE(run.progress.size(), 1);
    const Finding &f = run.progress.first();
    QCOMPARE(f.code, QStringLiteral("dnsbl.listed"));
    QCOMPARE(f.data.value(QStringLiteral("answers")).toStringList(), QStringList{QStringLiteral("127.0.0.3")});
    QCOMPARE(f.data.value(QStringLiteral("impact")).toString(), QStringLiteral("major"));
    QCOMPARE(f.data.value(QStringLiteral("delisting_url")).toString(),
             QStringLiteral("https://check.spamhaus.org/results/?query=192.0.2.103"));
    QCOMPARE(f.summary.render(Language::English),
             QStringLiteral("192.0.2.103 is listed on Spamhaus ZEN (zen.spamhaus.org): SBL CSS: the address sent "
                            "low-reputation (snowshoe) spam."));
    QVERIFY(f.advice.render(Language::English).contains(QLatin1String("https://check.spamhaus.org/")));

    DnsblCheck refused(*m_dnsblResolver, QHostAddress(QStringLiteral("192.0.2.1")),
                       dnsblZones({QStringLiteral("refused.dnsbl.test")}));
    const Run refusal = runCheck(refused);
    QCOMPARE(test::codesOf(refusal.progress), QStringList{QStringLiteral("dnsbl.refused")});
    QVERIFY(refusal.progress.first().advice.render(Language::English).contains(QLatin1String("use your own resolver")));
}

void TestIpChecks::zonesReportAsTheyAnswer()
{
    // Each zone's row is delivered by its own progress() before the end.
    DnsblCheck check(*m_dnsblResolver, QHostAddress(QStringLiteral("127.0.0.2")),
                     dnsblZones({QStringLiteral("bl.spamcop.net"), QStringLiteral("refused.dnsbl.test"),
                                 QStringLiteral("dead.dnsbl.test")}));
    const Run run = runCheck(check);
    QCOMPARE(run.progressSignals, 3);
    QCOMPARE(run.final.size(), 1);
}

void TestIpChecks::silentZonesAreUnknownNotClean()
{
    // A nameserver that reads the queries and never answers.
    QUdpSocket silent;
    QVERIFY(silent.bind(QHostAddress::LocalHost, test::freePort()));
    dns::ResolverConfig config;
    config.servers = {{QHostAddress(QHostAddress::LocalHost), silent.localPort()}};
    config.timeoutMs = 3000; // long enough that every query is read before the first times out
    config.attempts = 1;
    dns::StubResolver resolver(config);
    const QList<DnsblZone> zones = dnsblZones({});
    DnsblCheck check(resolver, QHostAddress(QStringLiteral("192.0.2.99")), zones);
    int received = 0;
    int receivedAtFirstTimeout = -1;
    connect(&silent, &QUdpSocket::readyRead, this, [&] {
        while (silent.hasPendingDatagrams()) {
            silent.receiveDatagram();
            ++received;
        }
    });
    // When the first zone times out, every zone has been asked already: all
    // queries are in flight together (one after another, this would be 1).
    connect(&check, &AsyncCheck::progress, this, [&] {
        if (receivedAtFirstTimeout < 0) {
            receivedAtFirstTimeout = received;
        }
    });
    const Run run = runCheck(check, 20000);
    int ipv4Zones = 0;
    for (const DnsblZone &zone : zones) {
        ipv4Zones += zone.ipv4 ? 1 : 0;
    }
    QCOMPARE(receivedAtFirstTimeout, ipv4Zones);
    QCOMPARE(received, ipv4Zones);
    QCOMPARE(test::codesOf(run.progress), QStringList(ipv4Zones, QStringLiteral("dnsbl.unknown")));
    QCOMPARE(test::codesOf(run.final), QStringList{QStringLiteral("dnsbl.incomplete")});
    QCOMPARE(run.final.first().data.value(QStringLiteral("not_checked")).toInt(), ipv4Zones);
}

void TestIpChecks::diagnosisOfAnIp()
{
    // A pasted IP runs the three checks; the customer's domain allows only
    // Poland and the address is in Germany: the GeoIP rule (docs/policy.md, rule 8).
    DiagnosisOptions options;
    options.dnsblZones = QStringList{QStringLiteral("rhsbl.example.test")};
    options.geoipDatabase = QStringLiteral(MAILTRIAGE_TEST_FIXTURES "/geoip/geolite2-schema.mmdb");
    options.allowedCountries = QStringList{QStringLiteral("PL")};
    Diagnosis diagnosis(*m_authResolver, options);
    QSignalSpy finished(&diagnosis, &Diagnosis::finished);
    diagnosis.start(QStringLiteral(" [198.51.100.7]\n"));
    QVERIFY(finished.wait(10000));
    QCOMPARE(diagnosis.kind(), InputKind::IPv4);
    const QStringList codes = test::codesOf(diagnosis.findings());
    QVERIFY2(codes.contains(QStringLiteral("geoip.country_not_allowed")), qPrintable(codes.join(u' ')));
    QVERIFY(codes.contains(QStringLiteral("ptr.unknown"))); // knotd does not serve 100.51.198.in-addr.arpa
    QVERIFY(codes.contains(QStringLiteral("dnsbl.not_listed")));
    QCOMPARE(test::worstOf(diagnosis.findings()), Severity::Error);
}

QTEST_GUILESS_MAIN(TestIpChecks)
#include "tst_ipchecks.moc"
