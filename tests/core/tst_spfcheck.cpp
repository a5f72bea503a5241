// What staff see about a domain's SPF, over zone data served from memory.
// The same kinds of records run against knotd in integration/tst_spf.
#include "checks/spfcheck.h"
#include "checks/spfcorrection.h"
#include "fakeresolver.h"
#include "findingsutil.h"

#include <QSignalSpy>
#include <QTest>

using namespace mt;
using dns::DnsStatus;
using dns::RecordType;

Q_DECLARE_METATYPE(mt::Severity)

class TestSpfCheck : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void findings_data();
    void findings();
    void correctedRecord_data();
    void correctedRecord();
    void recordAdviceAllowsServer_data();
    void recordAdviceAllowsServer();
    void configuredInclude();
    void summariesNameTheFaultyTerm_data();
    void summariesNameTheFaultyTerm();
    void adviceRendersInBothLanguages();

private:
    Findings run(const QString &domain, const QString &include = {});

    test::FakeResolver m_dns;
};

void TestSpfCheck::initTestCase()
{
    auto txt = [this](const char *name, const char *record) {
        m_dns.add(QLatin1String(name), RecordType::TXT, QLatin1String(record));
    };
    txt("spf.tld.pl", "v=spf1 ip4:94.152.0.0/16 -all");
    txt("good.test", "v=spf1 a mx include:spf.tld.pl -all");
    m_dns.add(QStringLiteral("good.test"), RecordType::A, QStringLiteral("198.51.100.1"));
    m_dns.add(QStringLiteral("good.test"), RecordType::MX, QStringLiteral("10 mail.good.test"));
    m_dns.add(QStringLiteral("mail.good.test"), RecordType::A, QStringLiteral("198.51.100.2"));
    txt("nested.test", "v=spf1 include:_spf.nested.test -all");
    txt("_spf.nested.test", "v=spf1 include:spf.tld.pl ~all");
    txt("redirected.test", "v=spf1 redirect=spf.tld.pl");
    txt("nospf.test", "google-site-verification=abc");
    txt("two.test", "v=spf1 mx -all");
    txt("two.test", "v=spf1 include:spf.tld.pl ~all");
    txt("broken.test", "v=spf1 a mx include:spf.tld.pl -al");
    txt("passall.test", "v=spf1 include:spf.tld.pl +all");
    txt("neutralall.test", "v=spf1 include:spf.tld.pl ?all");
    txt("other.test", "v=spf1 include:_spf.google.com -all");
    txt("_spf.google.com", "v=spf1 ip4:203.0.113.0/24 -all");
    // 11 includes: one over the limit.
    QStringList many;
    for (int i = 1; i <= 11; ++i) {
        const QString name = QStringLiteral("i%1.many.test").arg(i);
        many << QStringLiteral("include:") + name;
        m_dns.add(name, RecordType::TXT, QStringLiteral("v=spf1 ip4:203.0.113.%1 -all").arg(i));
    }
    m_dns.add(QStringLiteral("many.test"), RecordType::TXT,
              QStringLiteral("v=spf1 %1 include:spf.tld.pl -all").arg(many.join(QLatin1Char(' '))));
    many = many.mid(0, 8);
    m_dns.add(QStringLiteral("eight.test"), RecordType::TXT,
              QStringLiteral("v=spf1 %1 include:spf.tld.pl -all").arg(many.join(QLatin1Char(' '))));
    m_dns.setStatus(QStringLiteral("servfail.test"), RecordType::TXT, DnsStatus::ServFail);
    txt("halfdown.test", "v=spf1 include:down.test include:spf.tld.pl -all");
    m_dns.setStatus(QStringLiteral("down.test"), RecordType::TXT, DnsStatus::Timeout);
    txt("voids.test", "v=spf1 a:n1.voids.test a:n2.voids.test a:n3.voids.test include:spf.tld.pl -all");
    txt("noinclude.test", "v=spf1 include:nothere.test include:spf.tld.pl -all");
}

Findings TestSpfCheck::run(const QString &domain, const QString &include)
{
    SpfCheck check(m_dns, DomainName{domain, domain, domain}, include);
    return test::findingsOf(check);
}

void TestSpfCheck::findings_data()
{
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QStringList>("codes");
    QTest::addColumn<Severity>("worst");
    QTest::addColumn<int>("lookups");
    QTest::addColumn<QString>("corrected");

    auto row = [](const char *name, const char *domain, QStringList codes, Severity worst, int lookups,
                  const char *corrected) {
        QTest::newRow(name) << QString::fromLatin1(domain) << codes << worst << lookups
                            << QString::fromLatin1(corrected);
    };
    row("the seeds' recommended record", "good.test", {QStringLiteral("spf.ok")}, Severity::Ok, 3, "");
    row("provider included one level down", "nested.test", {QStringLiteral("spf.ok")}, Severity::Ok, 2, "");
    row("redirect to the provider", "redirected.test", {QStringLiteral("spf.ok")}, Severity::Ok, 1, "");
    row("no SPF record among TXT", "nospf.test", {QStringLiteral("spf.missing")}, Severity::Warning, 0,
        "v=spf1 a mx include:spf.tld.pl -all");
    row("domain does not exist", "nothere.test", {QStringLiteral("spf.missing")}, Severity::Warning, 0,
        "v=spf1 a mx include:spf.tld.pl -all");
    row("two records merged", "two.test", {QStringLiteral("spf.multiple")}, Severity::Error, 0,
        "v=spf1 mx include:spf.tld.pl -all");
    row("syntax error", "broken.test", {QStringLiteral("spf.syntax")}, Severity::Error, 0,
        "v=spf1 a mx include:spf.tld.pl -all");
    row("+all", "passall.test", {QStringLiteral("spf.pass_all")}, Severity::Error, 1, "v=spf1 include:spf.tld.pl -all");
    row("?all", "neutralall.test", {QStringLiteral("spf.neutral_all")}, Severity::Warning, 1,
        "v=spf1 include:spf.tld.pl -all");
    row("provider missing", "other.test", {QStringLiteral("spf.provider_missing")}, Severity::Warning, 1,
        "v=spf1 include:_spf.google.com include:spf.tld.pl -all");
    row("11 includes", "many.test", {QStringLiteral("spf.too_many_lookups")}, Severity::Error, 11,
        "v=spf1 include:i1.many.test include:i2.many.test include:i3.many.test include:i4.many.test "
        "include:i5.many.test include:i6.many.test include:i7.many.test include:i8.many.test include:i9.many.test "
        "include:i10.many.test include:i11.many.test include:spf.tld.pl -all");
    row("9 lookups: near the limit", "eight.test", {QStringLiteral("spf.lookups_near_limit")}, Severity::Warning, 9,
        "");
    row("SERVFAIL is not 'no record'", "servfail.test", {QStringLiteral("spf.dns_failure")}, Severity::Warning, 0, "");
    row("an include times out", "halfdown.test", {QStringLiteral("spf.temperror")}, Severity::Warning, 1, "");
    row("three void lookups", "voids.test", {QStringLiteral("spf.void_lookups")}, Severity::Error, 3,
        "v=spf1 a:n1.voids.test a:n2.voids.test a:n3.voids.test include:spf.tld.pl -all");
    row("include of a domain without SPF", "noinclude.test", {QStringLiteral("spf.permerror")}, Severity::Error, 1,
        "v=spf1 include:nothere.test include:spf.tld.pl -all");
}

void TestSpfCheck::findings()
{
    QFETCH(QString, domain);
    QFETCH(QStringList, codes);
    QFETCH(Severity, worst);
    QFETCH(int, lookups);
    QFETCH(QString, corrected);

    const Findings findings = run(domain);
    QCOMPARE(test::codesOf(findings), codes);
    QCOMPARE(test::worstOf(findings), worst);
    for (const Finding &f : findings) {
        QCOMPARE(f.check, QStringLiteral("spf"));
        QCOMPARE(f.subject, domain);
        QVERIFY(!f.summary.render(Language::English).isEmpty());
        QCOMPARE(f.data.value(QStringLiteral("lookups")).toInt(), lookups);
        QVERIFY(!f.data.value(QStringLiteral("trace")).toStringList().isEmpty());
        QCOMPARE(f.data.value(QStringLiteral("corrected_record")).toString(), corrected);
        if (!corrected.isEmpty()) {
            QVERIFY(f.advice.render(Language::English).contains(corrected));
        }
    }
}

void TestSpfCheck::correctedRecord_data()
{
    QTest::addColumn<QStringList>("records");
    QTest::addColumn<QString>("corrected");

    QTest::newRow("nothing") << QStringList() << QStringLiteral("v=spf1 a mx include:spf.tld.pl -all");
    QTest::newRow("merge, duplicates once, -all wins")
        << QStringList{QStringLiteral("v=spf1 a mx ~all"), QStringLiteral("v=spf1 mx ip4:192.0.2.0/24 -all")}
        << QStringLiteral("v=spf1 a mx ip4:192.0.2.0/24 include:spf.tld.pl -all");
    QTest::newRow("~all kept") << QStringList{QStringLiteral("v=spf1 mx ~all")}
                               << QStringLiteral("v=spf1 mx include:spf.tld.pl ~all");
    QTest::newRow("+all and ?all become -all")
        << QStringList{QStringLiteral("v=spf1 +mx +all")} << QStringLiteral("v=spf1 mx include:spf.tld.pl -all");
    QTest::newRow("broken terms dropped") << QStringList{QStringLiteral("v=spf1 a:1.2.3.4 ip4:300.1.1.1 mx ?all")}
                                          << QStringLiteral("v=spf1 mx include:spf.tld.pl -all");
    QTest::newRow("redirect kept without all")
        << QStringList{QStringLiteral("v=spf1 redirect=_spf.example.test")}
        << QStringLiteral("v=spf1 include:spf.tld.pl redirect=_spf.example.test");
    QTest::newRow("provider already there, case-insensitive")
        << QStringList{QStringLiteral("v=spf1 INCLUDE:SPF.TLD.PL -all")}
        << QStringLiteral("v=spf1 INCLUDE:SPF.TLD.PL -all");
}

void TestSpfCheck::correctedRecord()
{
    QFETCH(QStringList, records);
    QFETCH(QString, corrected);
    QCOMPARE(spf::correctedRecord(records, QStringLiteral("spf.tld.pl")), corrected);
}

void TestSpfCheck::recordAdviceAllowsServer_data()
{
    // What a message's SPF failure is answered with: the domain check's advice, the sending server allowed.
    QTest::addColumn<QStringList>("records");
    QTest::addColumn<QString>("allow");
    QTest::addColumn<QString>("english");
    QTest::addColumn<QString>("polish");
    QTest::newRow("no record: the recommended one, and the server")
        << QStringList() << QStringLiteral("ip4:192.0.2.40")
        << QStringLiteral("Add this TXT record to the DNS of a.test (name: a.test itself):\n"
                          "v=spf1 a mx include:spf.tld.pl ip4:192.0.2.40 -all")
        << QStringLiteral("Prosimy dodać do DNS domeny a.test");
    QTest::newRow("~all kept, the server added before it")
        << QStringList{QStringLiteral("v=spf1 mx ~all")} << QStringLiteral("ip4:192.0.2.40")
        << QStringLiteral("In the DNS of a.test, replace the SPF record (the TXT record starting with \"v=spf1\") "
                          "with this one:\nv=spf1 mx include:spf.tld.pl ip4:192.0.2.40 ~all")
        << QStringLiteral("W DNS domeny a.test prosimy zastąpić rekord SPF");
    QTest::newRow("IPv6 server") << QStringList{QStringLiteral("v=spf1 include:spf.tld.pl -all")}
                                 << QStringLiteral("ip6:2001:db8::5")
                                 << QStringLiteral("v=spf1 include:spf.tld.pl ip6:2001:db8::5 -all")
                                 << QStringLiteral("v=spf1 include:spf.tld.pl ip6:2001:db8::5 -all");
    QTest::newRow("server listed already: once")
        << QStringList{QStringLiteral("v=spf1 ip4:192.0.2.40 -all")} << QStringLiteral("ip4:192.0.2.40")
        << QStringLiteral("v=spf1 ip4:192.0.2.40 include:spf.tld.pl -all")
        << QStringLiteral("v=spf1 ip4:192.0.2.40 include:spf.tld.pl -all");
}

void TestSpfCheck::recordAdviceAllowsServer()
{
    QFETCH(QStringList, records);
    QFETCH(QString, allow);
    QFETCH(QString, english);
    QFETCH(QString, polish);
    const LocalizedText advice = spfRecordAdvice(QStringLiteral("a.test"), records, QString(), {allow});
    QVERIFY2(advice.render(Language::English).contains(english), qPrintable(advice.render(Language::English)));
    QVERIFY2(advice.render(Language::Polish).contains(polish), qPrintable(advice.render(Language::Polish)));
}

void TestSpfCheck::configuredInclude()
{
    // Another provider include: good.test no longer authorizes "our" servers.
    const Findings findings = run(QStringLiteral("good.test"), QStringLiteral("_spf.google.com"));
    QCOMPARE(test::codesOf(findings), QStringList{QStringLiteral("spf.provider_missing")});
    QCOMPARE(findings.first().data.value(QStringLiteral("corrected_record")).toString(),
             QStringLiteral("v=spf1 a mx include:spf.tld.pl include:_spf.google.com -all"));
}

void TestSpfCheck::summariesNameTheFaultyTerm_data()
{
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QString>("quoted");
    QTest::newRow("unknown mechanism") << QStringLiteral("broken.test") << QStringLiteral("\"-al\"");
    QTest::newRow("include without SPF") << QStringLiteral("noinclude.test")
                                         << QStringLiteral("\"include:nothere.test\" in the record of noinclude.test");
    QTest::newRow("void lookups") << QStringLiteral("voids.test") << QStringLiteral("\"a:n3.voids.test\"");
    QTest::newRow("include times out") << QStringLiteral("halfdown.test") << QStringLiteral("\"down.test\"");
}

void TestSpfCheck::summariesNameTheFaultyTerm()
{
    QFETCH(QString, domain);
    QFETCH(QString, quoted);
    const Findings findings = run(domain);
    QCOMPARE(findings.size(), 1);
    const QString summary = findings.first().summary.render(Language::English);
    QVERIFY2(summary.contains(quoted), qPrintable(summary));
}

void TestSpfCheck::adviceRendersInBothLanguages()
{
    const Findings findings = run(QStringLiteral("nospf.test"));
    QCOMPARE(findings.size(), 1);
    for (const Language language : {Language::English, Language::Polish}) {
        QVERIFY(
            findings.first().advice.render(language).contains(QStringLiteral("v=spf1 a mx include:spf.tld.pl -all")));
    }
}

QTEST_GUILESS_MAIN(TestSpfCheck)
#include "tst_spfcheck.moc"
