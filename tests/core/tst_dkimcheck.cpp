// DKIM findings over zone data served from memory: keys under the common
// selectors or named ones, weak, revoked, malformed and test keys. The same
// cases run against a real DNS server in integration/tst_dmarcdkim_dns.
#include "checks/dkimcheck.h"
#include "dkimkeys.h"
#include "fakeresolver.h"
#include "findingsutil.h"

#include <QSignalSpy>
#include <QTest>

using namespace mt;
using namespace mt::test::dkimkeys;
using dns::DnsStatus;
using dns::RecordType;
using test::domainName;
using test::strings;

Q_DECLARE_METATYPE(mt::Severity)

class TestDkimCheck : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void findings_data();
    void findings();
    void keyFactsAreInTheData();
    void notFoundSaysWhereTheSelectorIs();
    void namedSelectors();
    void invalidSelectorsAreNotAsked();
    void allSelectorsAreInFlightTogether();
    void destroyingTheCheckCancelsIt();

private:
    Findings run(const QString &domain, const QStringList &selectors = {});

    test::FakeResolver m_dns;
};

void TestDkimCheck::initTestCase()
{
    auto key = [this](const char *name, const char *prefix, const char *key) {
        m_dns.add(QString::fromLatin1(name), RecordType::TXT, QString::fromLatin1(prefix) + QString::fromLatin1(key));
    };
    key("default._domainkey.rsa2048.pl", "v=DKIM1; k=rsa; p=", rsa2048);
    key("selector1._domainkey.rsa1024.pl", "v=DKIM1; k=rsa; p=", rsa1024);
    key("google._domainkey.rsa512.pl", "v=DKIM1; k=rsa; p=", rsa512);
    key("k1._domainkey.ed.pl", "v=DKIM1; k=ed25519; p=", ed25519);
    key("s1._domainkey.revoked.pl", "v=DKIM1; k=rsa; p=", "");
    key("mail._domainkey.malformed.pl", "v=DKIM1; k=rsa; p=", "MIGfMA0GCSqGSIb3DQEB!!");
    key("dkim._domainkey.testing.pl", "v=DKIM1; t=y; p=", rsa2048);
    key("selector1._domainkey.m365.pl", "v=DKIM1; k=rsa; p=", rsa2048);
    key("selector2._domainkey.m365.pl", "v=DKIM1; k=rsa; p=", rsa2048);
    key("s2._domainkey.twice.pl", "v=DKIM1; p=", rsa2048);
    key("s2._domainkey.twice.pl", "v=DKIM1; p=", rsa1024);
    key("default._domainkey.sha1.pl", "v=DKIM1; h=sha1; p=", rsa2048);
    key("default._domainkey.dsa.pl", "v=DKIM1; k=dsa; p=", rsa2048);
    key("default._domainkey.half.pl", "v=DKIM1; p=", rsa2048);
    key("sel1._domainkey.custom.pl", "v=DKIM1; p=", rsa2048);
    m_dns.add(QStringLiteral("nodkim.pl"), RecordType::MX, QStringLiteral("10 mx.nodkim.pl"));
    for (const char *selector : {"default", "selector1", "google", "s1"}) {
        // What a wildcard TXT record (*.wildcard.pl) answers.
        m_dns.add(QString::fromLatin1(selector) + QStringLiteral("._domainkey.wildcard.pl"), RecordType::TXT,
                  QStringLiteral("v=spf1 -all"));
    }
    m_dns.setStatus(QStringLiteral("google._domainkey.slow.pl"), RecordType::TXT, DnsStatus::Timeout);
    m_dns.setStatus(QStringLiteral("mail._domainkey.half.pl"), RecordType::TXT, DnsStatus::ServFail);
}

Findings TestDkimCheck::run(const QString &domain, const QStringList &selectors)
{
    DkimCheck check(m_dns, domainName(domain), selectors);
    return test::findingsOf(check);
}

void TestDkimCheck::findings_data()
{
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QStringList>("codes");
    QTest::addColumn<Severity>("worst");

    auto row = [](const char *name, const char *domain, std::initializer_list<const char *> codes, Severity worst) {
        QTest::newRow(name) << QString::fromLatin1(domain) << strings(codes) << worst;
    };
    row("RSA 2048 under default", "rsa2048.pl", {"dkim.ok"}, Severity::Ok);
    row("RSA 1024: accepted, 2048 recommended", "rsa1024.pl", {"dkim.ok", "dkim.short_key"}, Severity::Info);
    row("RSA 512 is weak", "rsa512.pl", {"dkim.weak_key"}, Severity::Error);
    row("Ed25519", "ed.pl", {"dkim.ok", "dkim.ed25519"}, Severity::Info);
    row("revoked key", "revoked.pl", {"dkim.revoked"}, Severity::Warning);
    row("malformed key", "malformed.pl", {"dkim.malformed_key"}, Severity::Error);
    row("testing mode", "testing.pl", {"dkim.ok", "dkim.testing"}, Severity::Info);
    row("Microsoft 365 pair", "m365.pl", {"dkim.ok", "dkim.ok"}, Severity::Ok);
    row("two records under one selector", "twice.pl", {"dkim.multiple", "dkim.ok", "dkim.ok", "dkim.short_key"},
        Severity::Warning);
    row("SHA-1 only", "sha1.pl", {"dkim.ok", "dkim.sha1_only"}, Severity::Warning);
    row("unknown key type", "dsa.pl", {"dkim.unknown_key_type"}, Severity::Error);
    row("nothing under the common selectors", "nodkim.pl", {"dkim.not_found"}, Severity::Info);
    row("nonexistent domain", "nothere.pl", {"dkim.not_found"}, Severity::Info);
    row("a timeout is not 'not found'", "slow.pl", {"dkim.dns_failure"}, Severity::Warning);
    row("one key found, one selector failed", "half.pl", {"dkim.ok", "dkim.dns_failure"}, Severity::Warning);
    row("unusual selector is not guessed", "custom.pl", {"dkim.not_found"}, Severity::Info);
    row("wildcard TXT answers are no keys", "wildcard.pl", {"dkim.not_found"}, Severity::Info);
}

void TestDkimCheck::findings()
{
    QFETCH(QString, domain);
    QFETCH(QStringList, codes);
    QFETCH(Severity, worst);

    const Findings findings = run(domain);
    for (const Finding &f : findings) {
        QCOMPARE(f.check, QStringLiteral("dkim"));
        QCOMPARE(f.subject, domain);
        const QString problem = test::renderingProblem(f);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
    QCOMPARE(test::codesOf(findings), codes);
    QCOMPARE(test::worstOf(findings), worst);
}

void TestDkimCheck::keyFactsAreInTheData()
{
    const Findings good = run(QStringLiteral("rsa2048.pl"));
    QCOMPARE(good.size(), 1);
    QCOMPARE(good[0].data.value(QStringLiteral("selector")).toString(), QStringLiteral("default"));
    QCOMPARE(good[0].data.value(QStringLiteral("name")).toString(), QStringLiteral("default._domainkey.rsa2048.pl"));
    QCOMPARE(good[0].data.value(QStringLiteral("key_type")).toString(), QStringLiteral("rsa"));
    QCOMPARE(good[0].data.value(QStringLiteral("key_bits")).toInt(), 2048);
    QVERIFY(good[0].summary.render(Language::English).contains(QLatin1String("RSA, 2048 bits")));

    const Findings weak = run(QStringLiteral("rsa512.pl"));
    QCOMPARE(weak[0].data.value(QStringLiteral("key_bits")).toInt(), 512);
    QVERIFY(weak[0].summary.render(Language::English).contains(QLatin1String("only 512 bits")));

    const Findings ed = run(QStringLiteral("ed.pl"));
    QCOMPARE(ed[0].data.value(QStringLiteral("key_type")).toString(), QStringLiteral("ed25519"));
    QCOMPARE(ed[0].data.value(QStringLiteral("key_bits")).toInt(), 256);

    const Findings malformed = run(QStringLiteral("malformed.pl"));
    QVERIFY(!malformed[0].data.contains(QStringLiteral("key_bits")));
    QCOMPARE(malformed[0].data.value(QStringLiteral("tag")).toString(), QStringLiteral("p"));
}

void TestDkimCheck::notFoundSaysWhereTheSelectorIs()
{
    const Findings findings = run(QStringLiteral("nodkim.pl"));
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings[0].severity, Severity::Info);
    QCOMPARE(findings[0].data.value(QStringLiteral("selectors")).toStringList(), DkimCheck::commonSelectors());
    const QString advice = findings[0].advice.render(Language::English);
    QVERIFY(advice.contains(QLatin1String("DKIM-Signature")));
    QVERIFY(advice.contains(QLatin1String("s=")));
    QVERIFY(findings[0].summary.render(Language::English).contains(QLatin1String("selector1, selector2, google")));
}

void TestDkimCheck::namedSelectors()
{
    // Named selectors replace the common ones; a missing one is a fault then.
    const Findings findings =
        run(QStringLiteral("custom.pl"), {QStringLiteral(" SEL1 "), QStringLiteral("sel1"), QStringLiteral("gone")});
    QCOMPARE(test::codesOf(findings), strings({"dkim.ok", "dkim.selector_not_found"}));
    QCOMPARE(findings[0].data.value(QStringLiteral("selector")).toString(), QStringLiteral("sel1"));
    QCOMPARE(findings[1].data.value(QStringLiteral("name")).toString(), QStringLiteral("gone._domainkey.custom.pl"));
    QCOMPARE(findings[1].severity, Severity::Warning);

    // A named selector is judged whatever is there.
    QCOMPARE(test::codesOf(run(QStringLiteral("wildcard.pl"), {QStringLiteral("default")})),
             strings({"dkim.bad_version", "dkim.missing_key"}));
}

void TestDkimCheck::invalidSelectorsAreNotAsked()
{
    const int before = m_dns.queries();
    const Findings mixed = run(QStringLiteral("custom.pl"), {QStringLiteral("s= sel1"), QStringLiteral("sel1")});
    QCOMPARE(test::codesOf(mixed), strings({"dkim.ok", "dkim.invalid_selector"}));
    QCOMPARE(mixed[1].data.value(QStringLiteral("selector")).toString(), QStringLiteral("s= sel1"));
    QCOMPARE(m_dns.queries() - before, 1);

    for (const QString &bad : {QStringLiteral("../etc"), QStringLiteral("a..b"), QStringLiteral("-x"),
                               QString(64, QLatin1Char('a')), QStringLiteral("zażółć")}) {
        const Findings findings = run(QStringLiteral("custom.pl"), {bad});
        QCOMPARE(test::codesOf(findings), strings({"dkim.invalid_selector"}));
        QCOMPARE(findings[0].severity, Severity::Warning);
    }
    QCOMPARE(m_dns.queries() - before, 1);
}

void TestDkimCheck::allSelectorsAreInFlightTogether()
{
    const int before = m_dns.queries();
    DkimCheck check(m_dns, domainName(QStringLiteral("nodkim.pl")));
    QSignalSpy spy(&check, &DkimCheck::finished);
    check.start();
    QCOMPARE(m_dns.queries() - before, int(DkimCheck::commonSelectors().size()));
    QVERIFY(spy.wait(1000));
    QCOMPARE(m_dns.queries() - before, 9);
}

void TestDkimCheck::destroyingTheCheckCancelsIt()
{
    auto *check = new DkimCheck(m_dns, domainName(QStringLiteral("rsa2048.pl")));
    QSignalSpy spy(check, &DkimCheck::finished);
    check->start();
    delete check;
    QTest::qWait(20); // the queued answers must find nobody and crash nothing
}

QTEST_GUILESS_MAIN(TestDkimCheck)
#include "tst_dkimcheck.moc"
