// DMARC findings over zone data served from memory: the policy and its
// fallback to the organizational domain, broken and missing records. The
// same cases run against a real DNS server in integration/tst_dmarcdkim_dns.
#include "checks/dmarccheck.h"
#include "fakeresolver.h"
#include "findingsutil.h"

#include <QSignalSpy>
#include <QTest>

using namespace mt;
using dns::DnsStatus;
using dns::RecordType;
using test::domainName;
using test::findingWith;
using test::strings;

Q_DECLARE_METATYPE(mt::Severity)

class TestDmarcCheck : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void findings_data();
    void findings();
    void missingRecordComesWithASuggestion_data();
    void missingRecordComesWithASuggestion();
    void policyAndAlignmentInPlainWords();
    void problemsNameTheTag();
    void reportDestinationsAreVerified();
    void bothLookupsAreInFlightTogether();
    void organizationalDomainIsNotAskedTwice();
    void destroyingTheCheckCancelsIt();

private:
    Findings run(const QString &domain);

    test::FakeResolver m_dns;
};

void TestDmarcCheck::initTestCase()
{
    auto txt = [this](const char *name, const char *text) {
        m_dns.add(QString::fromLatin1(name), RecordType::TXT, QString::fromLatin1(text));
    };
    txt("_dmarc.example.test", "v=DMARC1; p=reject; rua=mailto:dmarc@example.test; adkim=s; aspf=r; pct=100");
    txt("_dmarc.weak.example.test", "v=DMARC1; p=none");
    txt("_dmarc.kowalski.pl", "v=DMARC1; p=reject; sp=none; rua=mailto:d@kowalski.pl");
    txt("_dmarc.quarantine.pl", "v=DMARC1; p=quarantine; pct=50; rua=mailto:d@quarantine.pl");
    txt("_dmarc.strict.pl", "v=DMARC1; p=reject; adkim=s; aspf=s; rua=mailto:d@strict.pl");
    txt("_dmarc.strictdkim.pl", "v=DMARC1; p=reject; adkim=s; rua=mailto:d@strictdkim.pl");
    txt("_dmarc.strictspf.pl", "v=DMARC1; p=reject; aspf=s; rua=mailto:d@strictspf.pl");
    txt("_dmarc.two.pl", "v=DMARC1; p=reject");
    txt("_dmarc.two.pl", "v=DMARC1; p=none");
    txt("_dmarc.notfirst.pl", "p=reject; v=DMARC1");
    txt("_dmarc.broken.pl", "v=DMARC1; p=rejectt; rua=dmarc@broken.pl; foo=bar");
    txt("_dmarc.badp.pl", "v=DMARC1; p=block; rua=mailto:d@badp.pl");
    txt("_dmarc.nop.pl", "v=DMARC1; rua=mailto:d@nop.pl");
    txt("_dmarc.typo.pl", "v=DMARC1; p=quarantine; ruaa=mailto:d@typo.pl; pct=200");
    txt("_dmarc.spfhere.pl", "v=spf1 -all");
    txt("_dmarc.withspf.pl", "v=spf1 -all");
    txt("_dmarc.withspf.pl", "v=DMARC1; p=reject; rua=mailto:d@withspf.pl");
    txt("_dmarc.orgslow.pl", "v=DMARC1; p=quarantine; rua=mailto:d@orgslow.pl");
    txt("_dmarc.thirdparty.pl",
        "v=DMARC1; p=none; rua=mailto:a@reports.example.net,mailto:b@dmarc.vendor.com!10m; ruf=mailto:c@example.org");
    txt("thirdparty.pl._report._dmarc.dmarc.vendor.com", "v=DMARC1");
    txt("thirdparty.pl._report._dmarc.example.org", "v=spf1 -all");
    txt("_dmarc.ownreports.pl", "v=DMARC1; p=reject; rua=mailto:d@reports.ownreports.pl");
    txt("_dmarc.slowreports.pl", "v=DMARC1; p=reject; rua=mailto:d@slow.example.net");
    m_dns.add(QStringLiteral("nodmarc.pl"), RecordType::MX, QStringLiteral("10 mx.nodmarc.pl"));
    m_dns.setStatus(QStringLiteral("_dmarc.servfail.pl"), RecordType::TXT, DnsStatus::ServFail);
    m_dns.setStatus(QStringLiteral("slowreports.pl._report._dmarc.slow.example.net"), RecordType::TXT,
                    DnsStatus::Timeout);
    m_dns.setStatus(QStringLiteral("_dmarc.sub.slow.pl"), RecordType::TXT, DnsStatus::Timeout);
    m_dns.setStatus(QStringLiteral("_dmarc.slow.pl"), RecordType::TXT, DnsStatus::Timeout);
    m_dns.setStatus(QStringLiteral("_dmarc.orgslow2.pl"), RecordType::TXT, DnsStatus::Timeout);
    m_dns.add(QStringLiteral("_dmarc.a.orgslow2.pl"), RecordType::TXT, QStringLiteral("v=DMARC1; p=reject"));
}

Findings TestDmarcCheck::run(const QString &domain)
{
    DmarcCheck check(m_dns, domainName(domain));
    return test::findingsOf(check);
}

void TestDmarcCheck::findings_data()
{
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QStringList>("codes");
    QTest::addColumn<Severity>("worst");

    auto row = [](const char *name, const char *domain, std::initializer_list<const char *> codes, Severity worst) {
        QTest::newRow(name) << QString::fromLatin1(domain) << strings(codes) << worst;
    };
    row("reject, strict DKIM alignment", "example.test", {"dmarc.ok", "dmarc.alignment"}, Severity::Info);
    row("p=none, no reports", "weak.example.test", {"dmarc.policy_none", "dmarc.alignment", "dmarc.no_reports"},
        Severity::Info);
    row("subdomain falls back to the organizational domain", "mail.example.test",
        {"dmarc.ok", "dmarc.inherited", "dmarc.alignment"}, Severity::Info);
    row("deep subdomain skips the levels between", "a.b.weak.example.test",
        {"dmarc.ok", "dmarc.inherited", "dmarc.alignment"}, Severity::Info);
    row("subdomain gets sp, not p", "poczta.kowalski.pl", {"dmarc.policy_none", "dmarc.inherited", "dmarc.alignment"},
        Severity::Info);
    row("the domain itself gets p", "kowalski.pl", {"dmarc.ok", "dmarc.alignment"}, Severity::Ok);
    row("quarantine for half of the mail", "quarantine.pl", {"dmarc.ok", "dmarc.partial", "dmarc.alignment"},
        Severity::Info);
    row("strict alignment", "strict.pl", {"dmarc.ok", "dmarc.alignment"}, Severity::Info);
    row("no record anywhere", "nodmarc.pl", {"dmarc.missing"}, Severity::Warning);
    row("no record at subdomain nor parent", "shop.nodmarc.pl", {"dmarc.missing"}, Severity::Warning);
    row("under a two-label suffix", "sklep.com.pl", {"dmarc.missing"}, Severity::Warning);
    row("SPF record at _dmarc is no DMARC", "spfhere.pl", {"dmarc.missing"}, Severity::Warning);
    row("SPF record next to DMARC is skipped", "withspf.pl", {"dmarc.ok", "dmarc.alignment"}, Severity::Ok);
    row("two records", "two.pl", {"dmarc.multiple"}, Severity::Error);
    row("version not first", "notfirst.pl", {"dmarc.ignored", "dmarc.version_not_first"}, Severity::Error);
    row("bad p, rua without mailto, unknown tag", "broken.pl",
        {"dmarc.ignored", "dmarc.invalid_value", "dmarc.invalid_value", "dmarc.unknown_tag"}, Severity::Error);
    row("bad p with rua counts as none", "badp.pl", {"dmarc.policy_none", "dmarc.invalid_value", "dmarc.alignment"},
        Severity::Error);
    row("no p with rua counts as none", "nop.pl", {"dmarc.policy_none", "dmarc.missing_policy", "dmarc.alignment"},
        Severity::Error);
    row("typo in a tag, pct out of range", "typo.pl",
        {"dmarc.ok", "dmarc.unknown_tag", "dmarc.invalid_value", "dmarc.alignment", "dmarc.no_reports"},
        Severity::Warning);
    row("reports to domains that did not agree", "thirdparty.pl",
        {"dmarc.policy_none", "dmarc.alignment", "dmarc.reports_not_authorized", "dmarc.reports_not_authorized"},
        Severity::Info);
    row("reports within the own organization", "ownreports.pl", {"dmarc.ok", "dmarc.alignment"}, Severity::Ok);
    row("report authorization unknown", "slowreports.pl", {"dmarc.ok", "dmarc.alignment"}, Severity::Ok);
    row("SERVFAIL is not 'no record'", "servfail.pl", {"dmarc.dns_failure"}, Severity::Warning);
    row("own name times out", "sub.slow.pl", {"dmarc.dns_failure"}, Severity::Warning);
    row("fallback times out", "x.slow.pl", {"dmarc.dns_failure"}, Severity::Warning);
    row("own record answers, fallback timed out", "a.orgslow2.pl", {"dmarc.ok", "dmarc.alignment", "dmarc.no_reports"},
        Severity::Info);
}

void TestDmarcCheck::findings()
{
    QFETCH(QString, domain);
    QFETCH(QStringList, codes);
    QFETCH(Severity, worst);

    const Findings findings = run(domain);
    for (const Finding &f : findings) {
        QCOMPARE(f.check, QStringLiteral("dmarc"));
        QCOMPARE(f.subject, domain);
        const QString problem = test::renderingProblem(f);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
    QCOMPARE(test::codesOf(findings), codes);
    QCOMPARE(test::worstOf(findings), worst);
}

void TestDmarcCheck::missingRecordComesWithASuggestion_data()
{
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("record");
    QTest::newRow("domain") << QStringLiteral("nodmarc.pl") << QStringLiteral("_dmarc.nodmarc.pl")
                            << QStringLiteral("v=DMARC1; p=none; rua=mailto:postmaster@nodmarc.pl");
    QTest::newRow("subdomain: at the organizational domain")
        << QStringLiteral("shop.nodmarc.pl") << QStringLiteral("_dmarc.nodmarc.pl")
        << QStringLiteral("v=DMARC1; p=none; rua=mailto:postmaster@nodmarc.pl");
    QTest::newRow("under com.pl") << QStringLiteral("sklep.com.pl") << QStringLiteral("_dmarc.sklep.com.pl")
                                  << QStringLiteral("v=DMARC1; p=none; rua=mailto:postmaster@sklep.com.pl");
}

void TestDmarcCheck::missingRecordComesWithASuggestion()
{
    QFETCH(QString, domain);
    QFETCH(QString, name);
    QFETCH(QString, record);
    const Findings findings = run(domain);
    QCOMPARE(findings.size(), 1);
    const Finding &f = findings.first();
    QCOMPARE(f.data.value(QStringLiteral("suggested_name")).toString(), name);
    QCOMPARE(f.data.value(QStringLiteral("suggested_record")).toString(), record);
    // Ready to paste: the advice carries name and value in both languages.
    for (const Language language : {Language::English, Language::Polish}) {
        QVERIFY(f.advice.render(language).contains(name));
        QVERIFY(f.advice.render(language).contains(record));
    }
}

void TestDmarcCheck::policyAndAlignmentInPlainWords()
{
    auto render = [](const Finding *f) { return f ? f->summary.render(Language::English) : QString(); };
    const Findings none = run(QStringLiteral("weak.example.test"));
    QVERIFY(render(findingWith(none, QStringLiteral("dmarc.policy_none"))).contains(QLatin1String("only report")));
    QVERIFY(render(findingWith(none, QStringLiteral("dmarc.alignment"))).contains(QLatin1String("relaxed for both")));

    const Findings strict = run(QStringLiteral("strict.pl"));
    QVERIFY(render(findingWith(strict, QStringLiteral("dmarc.alignment"))).contains(QLatin1String("strict for both")));
    QVERIFY(!findingWith(strict, QStringLiteral("dmarc.alignment"))->advice.isEmpty());
    QVERIFY(render(findingWith(run(QStringLiteral("strictdkim.pl")), QStringLiteral("dmarc.alignment")))
                .contains(QLatin1String("strict for DKIM")));
    QVERIFY(render(findingWith(run(QStringLiteral("strictspf.pl")), QStringLiteral("dmarc.alignment")))
                .contains(QLatin1String("strict for SPF")));

    const Findings inherited = run(QStringLiteral("poczta.kowalski.pl"));
    const Finding *verdict = findingWith(inherited, QStringLiteral("dmarc.policy_none"));
    QVERIFY(verdict);
    QCOMPARE(verdict->data.value(QStringLiteral("policy")).toString(), QStringLiteral("none"));
    QCOMPARE(verdict->data.value(QStringLiteral("organizational_domain")).toString(), QStringLiteral("kowalski.pl"));
    QCOMPARE(verdict->data.value(QStringLiteral("name")).toString(), QStringLiteral("_dmarc.kowalski.pl"));
    QVERIFY(render(findingWith(inherited, QStringLiteral("dmarc.inherited"))).contains(QLatin1String("kowalski.pl")));

    const Findings partial = run(QStringLiteral("quarantine.pl"));
    QVERIFY(render(findingWith(partial, QStringLiteral("dmarc.partial"))).contains(QLatin1String("only 50% ")));
}

void TestDmarcCheck::problemsNameTheTag()
{
    const Findings findings = run(QStringLiteral("broken.pl"));
    QStringList tags;
    for (const Finding &f : findings) {
        if (f.code == QLatin1String("dmarc.invalid_value") || f.code == QLatin1String("dmarc.unknown_tag")) {
            tags << f.data.value(QStringLiteral("tag")).toString() + QLatin1Char('=') +
                        f.data.value(QStringLiteral("value")).toString();
        }
    }
    QCOMPARE(tags, strings({"p=rejectt", "rua=dmarc@broken.pl", "foo=bar"}));
    const Finding *p = findingWith(findings, QStringLiteral("dmarc.invalid_value"));
    QCOMPARE(p->severity, Severity::Error); // an invalid policy voids the record
    QVERIFY(p->summary.render(Language::English).contains(QLatin1String("p=rejectt")));
    QCOMPARE(findings[2].severity, Severity::Warning); // a bad rua only loses the reports

    // The verdict proposes the record corrected, not a generic one.
    const Findings notFirst = run(QStringLiteral("notfirst.pl"));
    QCOMPARE(notFirst[0].data.value(QStringLiteral("suggested_record")).toString(),
             QStringLiteral("v=DMARC1; p=reject; rua=mailto:postmaster@notfirst.pl"));
    QVERIFY(notFirst[0].advice.render(Language::English).contains(QLatin1String("v=DMARC1; p=reject;")));
}

void TestDmarcCheck::reportDestinationsAreVerified()
{
    // RFC 7489 7.1: one round for the record, one for all destinations.
    const int before = m_dns.queries();
    const Findings findings = run(QStringLiteral("thirdparty.pl"));
    QCOMPARE(m_dns.queries() - before, 1 + 3);
    QStringList names;
    for (const Finding &f : findings) {
        if (f.code == QLatin1String("dmarc.reports_not_authorized")) {
            names << f.data.value(QStringLiteral("authorization_name")).toString();
            QVERIFY(f.advice.render(Language::English).contains(names.last()));
        }
    }
    QCOMPARE(names,
             strings({"thirdparty.pl._report._dmarc.reports.example.net", "thirdparty.pl._report._dmarc.example.org"}));

    const int own = m_dns.queries();
    run(QStringLiteral("ownreports.pl"));
    QCOMPARE(m_dns.queries() - own, 1); // same organization: nothing to verify
}

void TestDmarcCheck::bothLookupsAreInFlightTogether()
{
    const int before = m_dns.queries();
    DmarcCheck check(m_dns, domainName(QStringLiteral("mail.nodmarc.pl")));
    QSignalSpy spy(&check, &DmarcCheck::finished);
    check.start();
    // Both questions are asked before any answer has come back.
    QCOMPARE(m_dns.queries() - before, 2);
    QVERIFY(spy.wait(1000));
    QCOMPARE(m_dns.queries() - before, 2);
}

void TestDmarcCheck::organizationalDomainIsNotAskedTwice()
{
    const int before = m_dns.queries();
    QCOMPARE(test::codesOf(run(QStringLiteral("nodmarc.pl"))), strings({"dmarc.missing"}));
    QCOMPARE(m_dns.queries() - before, 1);
}

void TestDmarcCheck::destroyingTheCheckCancelsIt()
{
    auto *check = new DmarcCheck(m_dns, domainName(QStringLiteral("mail.example.test")));
    QSignalSpy spy(check, &DmarcCheck::finished);
    check->start();
    delete check;
    QTest::qWait(20); // the queued answers must find nobody and crash nothing
}

QTEST_GUILESS_MAIN(TestDmarcCheck)
#include "tst_dmarccheck.moc"
