// The DNSBL code tables: what each return code of each zone means, which
// answers are the zones' refusals rather than listings, and the query names.
#include "checks/dnsblzone.h"

#include <QTest>

using namespace mt;

class TestDnsblZone : public QObject
{
    Q_OBJECT

private slots:
    void interpret_data();
    void interpret();
    void queryNames_data();
    void queryNames();
    void defaultsAreCurrentLists();
    void userZones();
    void everyMeaningRenders();
};

void TestDnsblZone::interpret_data()
{
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QString>("answer");
    QTest::addColumn<int>("listings");
    QTest::addColumn<int>("errors");
    QTest::addColumn<QString>("meaningContains");

    auto row = [](const char *name, const char *zone, const char *answer, int listings, int errors,
                  const char *meaning) {
        QTest::newRow(name) << QString::fromLatin1(zone) << QString::fromLatin1(answer) << listings << errors
                            << QString::fromLatin1(meaning);
    };
    row("ZEN SBL", "zen.spamhaus.org", "127.0.0.2", 1, 0, "SBL:");
    row("ZEN CSS", "zen.spamhaus.org", "127.0.0.3", 1, 0, "SBL CSS");
    row("ZEN XBL .4", "zen.spamhaus.org", "127.0.0.4", 1, 0, "XBL");
    row("ZEN XBL .7 (range end)", "zen.spamhaus.org", "127.0.0.7", 1, 0, "XBL");
    row("ZEN DROP", "zen.spamhaus.org", "127.0.0.9", 1, 0, "DROP");
    row("ZEN PBL ISP", "zen.spamhaus.org", "127.0.0.10", 1, 0, "PBL (set by the ISP)");
    row("ZEN PBL Spamhaus", "zen.spamhaus.org", "127.0.0.11", 1, 0, "PBL (set by Spamhaus)");
    row("ZEN undocumented code .8", "zen.spamhaus.org", "127.0.0.8", 1, 0, "return code");
    row("Spamhaus typo", "zen.spamhaus.org", "127.255.255.252", 0, 1, "typing error");
    row("Spamhaus public resolver", "zen.spamhaus.org", "127.255.255.254", 0, 1, "public or open resolver");
    row("Spamhaus over quota", "zen.spamhaus.org", "127.255.255.255", 0, 1, "too many queries");
    row("DBL spam", "dbl.spamhaus.org", "127.0.1.2", 1, 0, "a spam domain");
    row("DBL phish", "dbl.spamhaus.org", "127.0.1.4", 1, 0, "phishing");
    row("DBL malware", "dbl.spamhaus.org", "127.0.1.5", 1, 0, "malware");
    row("DBL abused redirector", "dbl.spamhaus.org", "127.0.1.103", 1, 0, "redirector");
    row("DBL public resolver", "dbl.spamhaus.org", "127.255.255.254", 0, 1, "public or open resolver");
    row("ZRD hours", "zrd.spamhaus.org", "127.0.2.17", 1, 0, "24 hours");
    row("SpamCop", "bl.spamcop.net", "127.0.0.2", 1, 0, "reported spam");
    row("SpamCop undocumented code", "bl.spamcop.net", "127.0.0.3", 1, 0, "return code");
    row("SpamRATS NoPtr", "all.spamrats.com", "127.0.0.37", 1, 0, "no reverse DNS");
    row("SpamRATS Dyna", "all.spamrats.com", "127.0.0.36", 1, 0, "dynamic");
    row("SURBL PH+ABUSE bits", "multi.surbl.org", "127.0.0.72", 2, 0, "PH:");
    row("SURBL blocked", "multi.surbl.org", "127.0.0.1", 0, 1, "SURBL blocks");
    row("URIBL black", "multi.uribl.com", "127.0.0.2", 1, 0, "black");
    row("URIBL blocked", "multi.uribl.com", "127.0.0.1", 0, 1, "URIBL blocks");
    row("unknown zone listing", "bl.example.test", "127.0.0.2", 1, 0, "return code");
    row("unknown zone high code", "bl.example.test", "127.1.2.3", 1, 0, "return code");
    row("unknown zone 127.0.0.1", "bl.example.test", "127.0.0.1", 0, 1, "not a listing code");
    row("unknown zone refusal", "bl.example.test", "127.255.255.254", 0, 1, "blocks this resolver");
    row("non-127 answer (dead list)", "bl.example.test", "192.0.2.1", 0, 0, "");
    row("non-127 answer on ZEN", "zen.spamhaus.org", "10.0.0.2", 0, 0, "");
}

void TestDnsblZone::interpret()
{
    QFETCH(QString, zone);
    QFETCH(QString, answer);
    QFETCH(int, listings);
    QFETCH(int, errors);
    QFETCH(QString, meaningContains);
    const QList<DnsblCode> codes = dnsblZone(zone).interpret(QHostAddress(answer));
    int gotListings = 0;
    int gotErrors = 0;
    QString meanings;
    for (const DnsblCode &code : codes) {
        (code.kind == DnsblCode::Kind::Error ? gotErrors : gotListings) += 1;
        meanings += QLatin1String(code.meaning);
    }
    QCOMPARE(gotListings, listings);
    QCOMPARE(gotErrors, errors);
    QVERIFY2(meanings.contains(meaningContains), qPrintable(meanings));
}

void TestDnsblZone::queryNames_data()
{
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QString>("name");
    QTest::newRow("IPv4") << QStringLiteral("192.0.2.99") << QStringLiteral("zen.spamhaus.org")
                          << QStringLiteral("99.2.0.192.zen.spamhaus.org");
    QTest::newRow("IPv6 nibbles (RFC 5782)")
        << QStringLiteral("2001:db8::99") << QStringLiteral("zen.spamhaus.org")
        << QStringLiteral("9.9.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.zen.spamhaus.org");
    QTest::newRow("domain") << QStringLiteral("spam.example.test") << QStringLiteral("dbl.spamhaus.org")
                            << QStringLiteral("spam.example.test.dbl.spamhaus.org");
}

void TestDnsblZone::queryNames()
{
    QFETCH(QString, subject);
    QFETCH(QString, zone);
    QFETCH(QString, name);
    const DnsblZone z = dnsblZone(zone);
    const QHostAddress address(subject);
    QCOMPARE(address.isNull() ? z.queryName(subject) : z.queryName(address), name);
}

void TestDnsblZone::defaultsAreCurrentLists()
{
    QStringList names;
    for (const DnsblZone &zone : defaultDnsblZones()) {
        names << zone.name;
        QVERIFY(zone.known);
        QVERIFY(!zone.codes.isEmpty());
        QVERIFY2(zone.ipv4 || zone.ipv6 || zone.domains, qPrintable(zone.name));
    }
    for (const char *wanted : {"zen.spamhaus.org", "dbl.spamhaus.org", "bl.spamcop.net", "b.barracudacentral.org",
                               "dnsbl-1.uceprotect.net", "psbl.surriel.com", "bl.mailspike.net", "all.spamrats.com"}) {
        QVERIFY2(names.contains(QLatin1String(wanted)), wanted);
    }
    // Closed lists answer nothing, or everything: never ask them by default.
    for (const QString &name : std::as_const(names)) {
        for (const char *dead : {"sorbs.net", "njabl.org", "ahbl.org", "dsbl.org", "spamcannibal.org"}) {
            QVERIFY2(!name.endsWith(QLatin1String(dead)), qPrintable(name));
        }
    }
    names.removeDuplicates();
    QCOMPARE(names.size(), defaultDnsblZones().size());
    QCOMPARE(dnsblZone(QStringLiteral("zen.spamhaus.org")).impact, DnsblImpact::Major);
    // PBL and SpamRATS Dyna/NoPtr say what kind of address it is, not that it sent spam.
    const DnsblZone zen = dnsblZone(QStringLiteral("zen.spamhaus.org"));
    for (const char *answer : {"127.0.0.10", "127.0.0.11"}) {
        QVERIFY(zen.interpret(QHostAddress(QLatin1String(answer))).value(0).endUserRange);
    }
    QVERIFY(!zen.interpret(QHostAddress(QStringLiteral("127.0.0.2"))).value(0).endUserRange);
    QVERIFY(dnsblZone(QStringLiteral("all.spamrats.com"))
                .interpret(QHostAddress(QStringLiteral("127.0.0.36")))
                .value(0)
                .endUserRange);
    QVERIFY(!dnsblZone(QStringLiteral("all.spamrats.com"))
                 .interpret(QHostAddress(QStringLiteral("127.0.0.38")))
                 .value(0)
                 .endUserRange);
    QVERIFY(dnsblZone(QStringLiteral("zen.spamhaus.org")).ipv6);
    QVERIFY(!dnsblZone(QStringLiteral("bl.spamcop.net")).ipv6);
    QVERIFY(dnsblZone(QStringLiteral("dbl.spamhaus.org")).domains);
    QVERIFY(!dnsblZone(QStringLiteral("dbl.spamhaus.org")).ipv4);
}

void TestDnsblZone::userZones()
{
    const QList<DnsblZone> zones = dnsblZones({QStringLiteral("ZEN.Spamhaus.org"), QStringLiteral("rbl.example.test")});
    QCOMPARE(zones.size(), 2);
    QCOMPARE(zones.at(0).name, QStringLiteral("zen.spamhaus.org"));
    QVERIFY(zones.at(0).known);
    QCOMPARE(zones.at(1).name, QStringLiteral("rbl.example.test"));
    QVERIFY(!zones.at(1).known);
    QCOMPARE(zones.at(1).impact, DnsblImpact::Minor);
    QCOMPARE(dnsblZones({}).size(), defaultDnsblZones().size());
    // Asked once each, however often they are named.
    QCOMPARE(dnsblZones({QStringLiteral("bl.spamcop.net"), QStringLiteral("BL.SPAMCOP.NET "), QString()}).size(), 1);
    QCOMPARE(dnsblZone(QStringLiteral("bl.spamcop.net")).delistingLink(QStringLiteral("192.0.2.99")),
             QStringLiteral("https://www.spamcop.net/bl.shtml?192.0.2.99"));
}

void TestDnsblZone::everyMeaningRenders()
{
    // Every meaning is a whole sentence with the subject, list and zone in it.
    QList<DnsblZone> zones = defaultDnsblZones();
    zones << dnsblZone(QStringLiteral("rbl.example.test"));
    for (const DnsblZone &zone : std::as_const(zones)) {
        for (const DnsblCode &code : zone.codes) {
            const QString text = LocalizedText("Dnsbl", code.meaning,
                                               {QStringLiteral("IP"), QStringLiteral("LIST"), QStringLiteral("ZONE"),
                                                QStringLiteral("ANSWER")})
                                     .render(Language::English);
            QVERIFY2(text.contains(QLatin1String("IP")) && text.contains(QLatin1String("LIST (ZONE)")),
                     qPrintable(text));
            QVERIFY2(!text.contains(QLatin1Char('%')), qPrintable(text));
        }
    }
}

QTEST_GUILESS_MAIN(TestDnsblZone)
#include "tst_dnsblzone.moc"
