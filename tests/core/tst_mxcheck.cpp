// The MX-or-A rule's findings, over zone data served from memory. The same
// cases run against a real DNS server in integration/tst_diagnosis.
#include "checks/mxcheck.h"
#include "fakeresolver.h"
#include "findingsutil.h"

#include <QSignalSpy>
#include <QTest>

using namespace mt;
using dns::DnsStatus;
using dns::RecordType;

Q_DECLARE_METATYPE(mt::Severity)

class TestMxCheck : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void findings_data();
    void findings();
    void repliesQuoteTheServer();
    void hostsAreOrderedByPreference();
    void allHostLookupsAreInFlightTogether();
    void destroyingTheCheckCancelsIt();

private:
    Findings run(const QString &domain);

    test::FakeResolver m_dns;
};

void TestMxCheck::initTestCase()
{
    m_dns.add(QStringLiteral("example.test"), RecordType::MX, QStringLiteral("20 mx2.example.test"));
    m_dns.add(QStringLiteral("example.test"), RecordType::MX, QStringLiteral("10 mx1.example.test"));
    m_dns.add(QStringLiteral("mx1.example.test"), RecordType::A, QStringLiteral("192.0.2.25"));
    m_dns.add(QStringLiteral("mx1.example.test"), RecordType::AAAA, QStringLiteral("2001:db8::25"));
    m_dns.add(QStringLiteral("mx2.example.test"), RecordType::A, QStringLiteral("192.0.2.26"));
    m_dns.add(QStringLiteral("implicit.example.test"), RecordType::A, QStringLiteral("192.0.2.30"));
    m_dns.add(QStringLiteral("nullmx.example.test"), RecordType::MX, QStringLiteral("0 ."));
    m_dns.add(QStringLiteral("nullmx-a.example.test"), RecordType::MX, QStringLiteral("0 ."));
    m_dns.add(QStringLiteral("nullmx-a.example.test"), RecordType::A, QStringLiteral("192.0.2.31"));
    m_dns.add(QStringLiteral("mixednull.example.test"), RecordType::MX, QStringLiteral("0 ."));
    m_dns.add(QStringLiteral("mixednull.example.test"), RecordType::MX, QStringLiteral("10 mx1.example.test"));
    m_dns.add(QStringLiteral("nomail.example.test"), RecordType::TXT, QStringLiteral("v=spf1 -all"));
    m_dns.add(QStringLiteral("v6only.example.test"), RecordType::AAAA, QStringLiteral("2001:db8::99"));
    m_dns.add(QStringLiteral("deadmx.example.test"), RecordType::MX, QStringLiteral("10 nowhere.example.test"));
    m_dns.add(QStringLiteral("halfdead.example.test"), RecordType::MX, QStringLiteral("10 mx1.example.test"));
    m_dns.add(QStringLiteral("halfdead.example.test"), RecordType::MX, QStringLiteral("20 nowhere.example.test"));
    m_dns.add(QStringLiteral("noaddrmx.example.test"), RecordType::MX, QStringLiteral("10 textonly.example.test"));
    m_dns.add(QStringLiteral("textonly.example.test"), RecordType::TXT, QStringLiteral("no address"));
    m_dns.add(QStringLiteral("cnamemx.example.test"), RecordType::MX, QStringLiteral("10 alias.example.test"));
    m_dns.addCname(QStringLiteral("alias.example.test"), QStringLiteral("mx1.example.test"));
    m_dns.add(QStringLiteral("iplitmx.example.test"), RecordType::MX, QStringLiteral("10 192.0.2.25"));
    m_dns.setStatus(QStringLiteral("servfail.example.test"), RecordType::MX, DnsStatus::ServFail);
    m_dns.setStatus(QStringLiteral("slow.example.test"), RecordType::MX, DnsStatus::Timeout);
    m_dns.add(QStringLiteral("slowhost.example.test"), RecordType::MX, QStringLiteral("10 slow-mx.example.test"));
    m_dns.setStatus(QStringLiteral("slow-mx.example.test"), RecordType::A, DnsStatus::Timeout);
    m_dns.setStatus(QStringLiteral("slow-mx.example.test"), RecordType::AAAA, DnsStatus::Timeout);
    m_dns.add(QStringLiteral("v6slow.example.test"), RecordType::MX, QStringLiteral("10 v6slow-mx.example.test"));
    m_dns.add(QStringLiteral("v6slow-mx.example.test"), RecordType::A, QStringLiteral("192.0.2.77"));
    m_dns.setStatus(QStringLiteral("v6slow-mx.example.test"), RecordType::AAAA, DnsStatus::Timeout);
    m_dns.add(QStringLiteral("noaaaa.example.test"), RecordType::A, QStringLiteral("192.0.2.31"));
    m_dns.setStatus(QStringLiteral("noaaaa.example.test"), RecordType::MX, DnsStatus::NoData);
    m_dns.setStatus(QStringLiteral("refused.example.test"), RecordType::MX, DnsStatus::Refused);
}

Findings TestMxCheck::run(const QString &domain)
{
    DomainName name{domain, domain, domain};
    MxCheck check(m_dns, name);
    return test::findingsOf(check);
}

void TestMxCheck::findings_data()
{
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QStringList>("codes");
    QTest::addColumn<Severity>("worst");
    QTest::addColumn<bool>("rejectedByOurServer");

    auto row = [](const char *name, const char *domain, QStringList codes, Severity worst, bool rejected) {
        QTest::newRow(name) << QString::fromLatin1(domain) << codes << worst << rejected;
    };
    row("two MX hosts", "example.test", {QStringLiteral("mx.ok")}, Severity::Ok, false);
    row("implicit MX (A only)", "implicit.example.test", {QStringLiteral("mx.implicit_mx")}, Severity::Info, false);
    row("null MX", "nullmx.example.test", {QStringLiteral("mx.null_mx")}, Severity::Error, true);
    row("null MX beside an A record: still no mail", "nullmx-a.example.test", {QStringLiteral("mx.null_mx")},
        Severity::Error, true);
    row("null MX next to a real MX", "mixednull.example.test",
        {QStringLiteral("mx.ok"), QStringLiteral("mx.null_mx_mixed")}, Severity::Warning, false);
    row("NXDOMAIN: expired or misspelt", "nothere.example.test", {QStringLiteral("mx.nxdomain")}, Severity::Error,
        true);
    row("neither MX nor A", "nomail.example.test", {QStringLiteral("mx.no_mx_no_a")}, Severity::Error, true);
    row("AAAA only: our rule wants MX or A", "v6only.example.test", {QStringLiteral("mx.implicit_ipv6_only")},
        Severity::Error, true);
    row("MX host does not exist", "deadmx.example.test",
        {QStringLiteral("mx.no_usable_host"), QStringLiteral("mx.host_unresolvable")}, Severity::Error, false);
    row("MX host without address", "noaddrmx.example.test",
        {QStringLiteral("mx.no_usable_host"), QStringLiteral("mx.host_unresolvable")}, Severity::Error, false);
    row("one of two MX hosts dead", "halfdead.example.test",
        {QStringLiteral("mx.ok"), QStringLiteral("mx.host_unresolvable")}, Severity::Error, false);
    row("MX target is a CNAME", "cnamemx.example.test", {QStringLiteral("mx.ok"), QStringLiteral("mx.cname")},
        Severity::Warning, false);
    row("MX target is an IP literal", "iplitmx.example.test",
        {QStringLiteral("mx.no_usable_host"), QStringLiteral("mx.ip_literal")}, Severity::Error, false);
    row("SERVFAIL is not 'no MX'", "servfail.example.test", {QStringLiteral("mx.dns_failure")}, Severity::Warning,
        false);
    row("REFUSED is not 'no MX'", "refused.example.test", {QStringLiteral("mx.dns_failure")}, Severity::Warning, false);
    row("timeout is not 'no MX'", "slow.example.test", {QStringLiteral("mx.dns_failure")}, Severity::Warning, false);
    row("MX host lookups time out", "slowhost.example.test", {QStringLiteral("mx.host_dns_failure")}, Severity::Warning,
        false);
    row("IPv4 answers while AAAA times out", "v6slow.example.test", {QStringLiteral("mx.ok")}, Severity::Ok, false);
    row("explicit NODATA then A", "noaaaa.example.test", {QStringLiteral("mx.implicit_mx")}, Severity::Info, false);
}

void TestMxCheck::findings()
{
    QFETCH(QString, domain);
    QFETCH(QStringList, codes);
    QFETCH(Severity, worst);
    QFETCH(bool, rejectedByOurServer);

    const Findings findings = run(domain);
    for (const Finding &f : findings) {
        QCOMPARE(f.check, QStringLiteral("mx"));
        QCOMPARE(f.subject, domain);
        QVERIFY2(!f.summary.render(Language::English).isEmpty(), qPrintable(f.code));
        QVERIFY2(!f.summary.render(Language::English).contains(QLatin1String("%1")), qPrintable(f.code));
        if (f.severity >= Severity::Warning) {
            QVERIFY2(!f.advice.isEmpty(), qPrintable(f.code + QStringLiteral(" has no advice")));
        }
    }
    QCOMPARE(test::codesOf(findings), codes);
    QCOMPARE(test::worstOf(findings), worst);
    // A refusal is a 550; a DNS failure says nothing of the domain, so the
    // server defers (451) and the check predicts that instead.
    const QString reply =
        findings.isEmpty() ? QString() : findings.first().data.value(QStringLiteral("reply_as_sender")).toString();
    QCOMPARE(reply.startsWith(QLatin1String("550 ")), rejectedByOurServer);
    if (findings.first().code == QLatin1String("mx.dns_failure")) {
        QCOMPARE(reply, QStringLiteral("451 4.4.3 piWs1j0010jifNx01iWsdh temporary DNS failure, try again later"));
    }
}

void TestMxCheck::repliesQuoteTheServer()
{
    const Findings findings = run(QStringLiteral("nothere.example.test"));
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings[0].data.value(QStringLiteral("reply_as_sender")).toString(),
             QStringLiteral("550 5.1.1 piWs1j0010jifNx01iWsdh invalid domain"));
    QCOMPARE(findings[0].data.value(QStringLiteral("reply_as_recipient")).toString(),
             QStringLiteral("550 5.1.1 piWs1j0010jifNx01iWsdh invalid destination domain"));
    QVERIFY(findings[0]
                .summary.render(Language::English)
                .contains(QLatin1String("5.1.1 piWs1j0010jifNx01iWsdh invalid destination domain")));
}

void TestMxCheck::hostsAreOrderedByPreference()
{
    const Findings findings = run(QStringLiteral("example.test"));
    QCOMPARE(findings.size(), 1);
    const QVariantList hosts = findings[0].data.value(QStringLiteral("hosts")).toList();
    QCOMPARE(hosts.size(), 2);
    QCOMPARE(hosts[0].toMap().value(QStringLiteral("host")).toString(), QStringLiteral("mx1.example.test"));
    QCOMPARE(hosts[0].toMap().value(QStringLiteral("addresses")).toStringList(),
             (QStringList{QStringLiteral("192.0.2.25"), QStringLiteral("2001:db8::25")}));
    QCOMPARE(hosts[1].toMap().value(QStringLiteral("host")).toString(), QStringLiteral("mx2.example.test"));
    QVERIFY(findings[0]
                .summary.render(Language::English)
                .contains(QLatin1String("mx1.example.test (10), mx2.example.test (20)")));
}

void TestMxCheck::allHostLookupsAreInFlightTogether()
{
    // 1 MX query, then A and AAAA of both hosts at once: 5 queries, 2 rounds.
    const int before = m_dns.queries();
    DomainName name{QStringLiteral("example.test"), QStringLiteral("example.test"), QStringLiteral("example.test")};
    MxCheck check(m_dns, name);
    QSignalSpy spy(&check, &MxCheck::finished);
    check.start();
    QCoreApplication::processEvents(); // round 1: MX answered
    QCOMPARE(m_dns.queries() - before, 5);
    QVERIFY(spy.wait(1000));
}

void TestMxCheck::destroyingTheCheckCancelsIt()
{
    DomainName name{QStringLiteral("example.test"), QStringLiteral("example.test"), QStringLiteral("example.test")};
    auto *check = new MxCheck(m_dns, name);
    QSignalSpy spy(check, &MxCheck::finished);
    check->start();
    delete check;
    QTest::qWait(20); // the queued answer must find nobody and crash nothing
}

QTEST_GUILESS_MAIN(TestMxCheck)
#include "tst_mxcheck.moc"
