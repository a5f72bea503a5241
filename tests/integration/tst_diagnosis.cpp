// Whole diagnoses of pasted inputs against a real DNS server on loopback:
// every MX-or-A and address case a customer brings.
#include "diagnosis/diagnosis.h"
#include "dns/stubresolver.h"
#include "dnsfixture.h"
#include "findingsutil.h"

#include <QSignalSpy>
#include <QTest>

using namespace mt;

Q_DECLARE_METATYPE(mt::Severity)
Q_DECLARE_METATYPE(mt::InputKind)

class TestDiagnosis : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void diagnose_data();
    void diagnose();
    void idnIsShownInBothForms();
    void findingsArriveBeforeTheEnd();
    void nonexistentDomainGetsNoSenderAuthenticationFindings_data();
    void nonexistentDomainGetsNoSenderAuthenticationFindings();

private:
    std::unique_ptr<test::DnsFixture> m_fixture;
    std::unique_ptr<dns::StubResolver> m_resolver;
};

void TestDiagnosis::initTestCase()
{
    m_fixture = std::make_unique<test::DnsFixture>();
    QVERIFY2(m_fixture->ok(), qPrintable(m_fixture->error()));
    m_resolver = std::make_unique<dns::StubResolver>(m_fixture->resolverConfig());
}

void TestDiagnosis::diagnose_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<InputKind>("kind");
    QTest::addColumn<QStringList>("codes"); // all of these, among others
    QTest::addColumn<Severity>("worst");    // of the address and MX findings

    auto row = [](const char *name, const QString &input, InputKind kind, QStringList codes, Severity worst) {
        QTest::newRow(name) << input << kind << codes << worst;
    };
    row("good address", QStringLiteral("jan@example.test"), InputKind::Address,
        {QStringLiteral("address.ok"), QStringLiteral("mx.ok")}, Severity::Ok);
    row("seed 5.1.2: address in apostrophes", QStringLiteral("'test@example.test'"), InputKind::Address,
        {QStringLiteral("address.quoted"), QStringLiteral("mx.ok")}, Severity::Error);
    row("address with a display name", QStringLiteral("Jan Kowalski <jan@example.test>"), InputKind::Address,
        {QStringLiteral("address.display_name"), QStringLiteral("mx.ok")}, Severity::Info);
    row("two @", QStringLiteral("jan@@example.test"), InputKind::Address, {QStringLiteral("address.two_at")},
        Severity::Error);
    row("space in the address", QStringLiteral("jan @example.test"), InputKind::Address,
        {QStringLiteral("address.whitespace"), QStringLiteral("mx.ok")}, Severity::Error);
    row("trailing dot", QStringLiteral("jan@example.test."), InputKind::Address,
        {QStringLiteral("address.trailing_dot"), QStringLiteral("mx.ok")}, Severity::Warning);
    row("no @", QStringLiteral("jan.example.test"), InputKind::Domain, {QStringLiteral("mx.nxdomain")},
        Severity::Error);
    row("expired or misspelt domain", QStringLiteral("jan@nothere.example.test"), InputKind::Address,
        {QStringLiteral("mx.nxdomain")}, Severity::Error);
    row("domain with MX", QStringLiteral("example.test"), InputKind::Domain, {QStringLiteral("mx.ok")}, Severity::Ok);
    row("implicit MX", QStringLiteral("implicit.example.test"), InputKind::Domain, {QStringLiteral("mx.implicit_mx")},
        Severity::Info);
    row("null MX", QStringLiteral("nullmx.example.test"), InputKind::Domain, {QStringLiteral("mx.null_mx")},
        Severity::Error);
    row("null MX mixed", QStringLiteral("mixednull.example.test"), InputKind::Domain,
        {QStringLiteral("mx.ok"), QStringLiteral("mx.null_mx_mixed")}, Severity::Warning);
    row("neither MX nor A", QStringLiteral("nomail.example.test"), InputKind::Domain, {QStringLiteral("mx.no_mx_no_a")},
        Severity::Error);
    row("IPv6 only", QStringLiteral("v6only.example.test"), InputKind::Domain,
        {QStringLiteral("mx.implicit_ipv6_only")}, Severity::Error);
    row("MX host does not resolve", QStringLiteral("deadmx.example.test"), InputKind::Domain,
        {QStringLiteral("mx.no_usable_host"), QStringLiteral("mx.host_unresolvable")}, Severity::Error);
    row("MX host has no address", QStringLiteral("noaddrmx.example.test"), InputKind::Domain,
        {QStringLiteral("mx.host_unresolvable")}, Severity::Error);
    row("one MX host of two dead", QStringLiteral("halfdead.example.test"), InputKind::Domain,
        {QStringLiteral("mx.ok"), QStringLiteral("mx.host_unresolvable")}, Severity::Error);
    row("MX target is a CNAME", QStringLiteral("cnamemx.example.test"), InputKind::Domain,
        {QStringLiteral("mx.ok"), QStringLiteral("mx.cname")}, Severity::Warning);
    row("MX target is an IP literal", QStringLiteral("iplitmx.example.test"), InputKind::Domain,
        {QStringLiteral("mx.ip_literal"), QStringLiteral("mx.no_usable_host")}, Severity::Error);
    row("SERVFAIL", QStringLiteral("servfail.example.test"), InputKind::Domain, {QStringLiteral("mx.dns_failure")},
        Severity::Warning);
    row("IDN domain", QStringLiteral("bücher.example.test"), InputKind::Domain, {QStringLiteral("mx.ok")},
        Severity::Info);
    row("IDN address", QStringLiteral("jan@żółw.example.test"), InputKind::Address, {QStringLiteral("mx.ok")},
        Severity::Info);
    row("eight MX hosts", QStringLiteral("eightmx.example.test"), InputKind::Domain, {QStringLiteral("mx.ok")},
        Severity::Ok);
    row("IPv4 address", QStringLiteral("192.0.2.25"), InputKind::IPv4,
        {QStringLiteral("ptr.ok"), QStringLiteral("dnsbl.not_listed")}, Severity::Info); // GeoIP: not in the database
    // A pasted bounce: the analyzer's finding, then the checks it asks for.
    row("bounce: unknown recipient domain runs its MX check",
        QStringLiteral("<jan@nothere.example.test>:\nSorry, I couldn't find any host named nothere.example.test. "
                       "(#5.1.2)\n"),
        InputKind::Text, {QStringLiteral("bounce.hostunknown"), QStringLiteral("mx.nxdomain")}, Severity::Error);
    row("bounce: provider's reply line", QStringLiteral("550 5.1.0 piWs1j0010jifNx01iWsdh authentication failed"),
        InputKind::Text, {QStringLiteral("bounce.securityerror")}, Severity::Error);
}

void TestDiagnosis::diagnose()
{
    QFETCH(QString, input);
    QFETCH(InputKind, kind);
    QFETCH(QStringList, codes);
    QFETCH(Severity, worst);

    // The fixture serves no blacklist: ask one zone it answers NXDOMAIN for,
    // so each row's worst severity stays its own checks'.
    DiagnosisOptions options;
    options.dnsblZones = QStringList{QStringLiteral("rhsbl.example.test")};
    Diagnosis diagnosis(*m_resolver, options);
    QSignalSpy finished(&diagnosis, &Diagnosis::finished);
    diagnosis.start(input);
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(diagnosis.kind(), kind);
    const QStringList got = test::codesOf(diagnosis.findings());
    for (const QString &code : codes) {
        QVERIFY2(got.contains(code), qPrintable(QStringLiteral("%1 not in %2").arg(code, got.join(QLatin1Char(' ')))));
    }
    // SPF, DMARC and DKIM have their own suites; a domain's worst is its
    // address and MX verdict, an IP's that of its IP checks.
    const QStringList checks{QStringLiteral("address"), QStringLiteral("mx"),    QStringLiteral("input"),
                             QStringLiteral("ptr"),     QStringLiteral("dnsbl"), QStringLiteral("geoip"),
                             QStringLiteral("bounce")};
    Findings mxAndAddress;
    std::copy_if(diagnosis.findings().cbegin(), diagnosis.findings().cend(), std::back_inserter(mxAndAddress),
                 [&](const Finding &f) { return checks.contains(f.check); });
    QCOMPARE(test::worstOf(mxAndAddress), worst);
}

void TestDiagnosis::idnIsShownInBothForms()
{
    Diagnosis diagnosis(*m_resolver);
    QSignalSpy finished(&diagnosis, &Diagnosis::finished);
    diagnosis.start(QStringLiteral("bücher.example.test"));
    QVERIFY(finished.wait(10000));
    const Finding *mx = test::findingWith(diagnosis.findings(), QStringLiteral("mx.ok"));
    QVERIFY(mx != nullptr);
    QCOMPARE(mx->subject, QStringLiteral("bücher.example.test"));
    QCOMPARE(mx->data.value(QStringLiteral("domain")).toString(), QStringLiteral("xn--bcher-kva.example.test"));
    QCOMPARE(mx->data.value(QStringLiteral("domain_unicode")).toString(), QStringLiteral("bücher.example.test"));
}

void TestDiagnosis::findingsArriveBeforeTheEnd()
{
    Diagnosis diagnosis(*m_resolver);
    QSignalSpy added(&diagnosis, &Diagnosis::findingsAdded);
    QSignalSpy finished(&diagnosis, &Diagnosis::finished);
    diagnosis.start(QStringLiteral("'jan@example.test'"));
    QCOMPARE(added.size(), 1); // the syntax findings need no network
    QCOMPARE(finished.size(), 0);
    QVERIFY(finished.wait(10000));
    QVERIFY(added.size() >= 2); // then each network check's findings
}

void TestDiagnosis::nonexistentDomainGetsNoSenderAuthenticationFindings_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QStringList>("checks"); // that report on it

    QTest::newRow("NXDOMAIN: MX only") << QStringLiteral("jan@nothere.example.test")
                                       << QStringList{QStringLiteral("address"), QStringLiteral("mx"),
                                                      QStringLiteral("dnsbl")};
    QTest::newRow("existing domain: SPF, DMARC and DKIM too")
        << QStringLiteral("jan@example.test")
        << QStringList{QStringLiteral("address"), QStringLiteral("mx"),    QStringLiteral("dnsbl"),
                       QStringLiteral("spf"),     QStringLiteral("dmarc"), QStringLiteral("dkim")};
}

void TestDiagnosis::nonexistentDomainGetsNoSenderAuthenticationFindings()
{
    QFETCH(QString, input);
    QFETCH(QStringList, checks);
    DiagnosisOptions options;
    options.dnsblZones = {QStringLiteral("rhsbl.example.test")};
    Diagnosis diagnosis(*m_resolver, options);
    QSignalSpy finished(&diagnosis, &Diagnosis::finished);
    diagnosis.start(input);
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.size(), 1);
    QStringList got;
    for (const Finding &finding : diagnosis.findings()) {
        if (!got.contains(finding.check)) {
            got << finding.check;
        }
    }
    got.sort();
    checks.sort();
    QCOMPARE(got, checks);
}

QTEST_GUILESS_MAIN(TestDiagnosis)
#include "tst_diagnosis.moc"
