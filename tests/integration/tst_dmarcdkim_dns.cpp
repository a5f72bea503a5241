// DMARC and DKIM against a real DNS server on loopback (knotd serving
// tests/fixtures/dns): records split into several strings, the fallback to
// the organizational domain, real RSA and Ed25519 keys; and the same through
// `mailtriage-cli diagnose` as support staff run it.
#include "checks/dkimcheck.h"
#include "checks/dmarccheck.h"
#include "cliprocess.h"
#include "dns/stubresolver.h"
#include "dnsfixture.h"
#include "findingsutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace mt;
using test::domainName;
using test::findingWith;
using test::strings;

class TestDmarcDkimDns : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void dmarc_data();
    void dmarc();
    void splitRecordIsJoined();
    void fallbackSkipsTheLevelsBetween();
    void dkim_data();
    void dkim();
    void namedSelector();
    void cliReportsBothChecks();
    void cliTakesSelectors();

private:
    std::unique_ptr<test::DnsFixture> m_fixture;
    std::unique_ptr<dns::StubResolver> m_resolver;
};

void TestDmarcDkimDns::initTestCase()
{
    m_fixture = std::make_unique<test::DnsFixture>();
    QVERIFY2(m_fixture->ok(), qPrintable(m_fixture->error()));
    m_resolver = std::make_unique<dns::StubResolver>(m_fixture->resolverConfig());
}

void TestDmarcDkimDns::dmarc_data()
{
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QStringList>("codes");

    auto row = [](const char *name, const char *domain, std::initializer_list<const char *> codes) {
        QTest::newRow(name) << QString::fromLatin1(domain) << strings(codes);
    };
    row("reject", "example.test", {"dmarc.ok", "dmarc.alignment"});
    row("p=none", "weak.example.test", {"dmarc.policy_none", "dmarc.alignment", "dmarc.no_reports"});
    row("falls back to example.test", "nodmarc.example.test", {"dmarc.ok", "dmarc.inherited", "dmarc.alignment"});
    row("quarantine for half", "quarantine.example.test", {"dmarc.ok", "dmarc.partial", "dmarc.alignment"});
    row("two records", "twodmarc.example.test", {"dmarc.multiple"});
    row("broken record", "brokendmarc.example.test",
        {"dmarc.ignored", "dmarc.invalid_value", "dmarc.invalid_value", "dmarc.unknown_tag"});
    row("version not first", "notfirst.example.test", {"dmarc.ignored", "dmarc.version_not_first"});
    row("strict alignment", "strict.example.test", {"dmarc.ok", "dmarc.alignment"});
    row("SERVFAIL", "servfail.example.test", {"dmarc.dns_failure"});
}

void TestDmarcDkimDns::dmarc()
{
    QFETCH(QString, domain);
    QFETCH(QStringList, codes);
    DmarcCheck check(*m_resolver, domainName(domain));
    QCOMPARE(test::codesOf(test::findingsOf(check)), codes);
}

void TestDmarcDkimDns::splitRecordIsJoined()
{
    DmarcCheck check(*m_resolver, domainName(QStringLiteral("split.example.test")));
    const Findings findings = test::findingsOf(check);
    QCOMPARE(test::codesOf(findings), strings({"dmarc.ok", "dmarc.alignment"}));
    QCOMPARE(findings[0].data.value(QStringLiteral("record")).toString(),
             QStringLiteral("v=DMARC1; p=quarantine; rua=mailto:dmarc@example.test"));
    QCOMPARE(findings[0].data.value(QStringLiteral("policy")).toString(), QStringLiteral("quarantine"));
}

void TestDmarcDkimDns::fallbackSkipsTheLevelsBetween()
{
    // RFC 7489 6.6.3: only the organizational domain is asked, not
    // parent.example.test, whose own sp=quarantine therefore does not count.
    DmarcCheck check(*m_resolver, domainName(QStringLiteral("child.parent.example.test")));
    const Findings findings = test::findingsOf(check);
    QCOMPARE(test::codesOf(findings), strings({"dmarc.ok", "dmarc.inherited", "dmarc.alignment"}));
    QCOMPARE(findings[0].data.value(QStringLiteral("policy")).toString(), QStringLiteral("reject"));
    QCOMPARE(findings[0].data.value(QStringLiteral("name")).toString(), QStringLiteral("_dmarc.example.test"));
    const Finding *inherited = findingWith(findings, QStringLiteral("dmarc.inherited"));
    QVERIFY(inherited);
    QVERIFY(inherited->summary.render(Language::English).contains(QLatin1String("organizational domain example.test")));
}

void TestDmarcDkimDns::dkim_data()
{
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QStringList>("codes");
    QTest::addColumn<int>("bits");

    auto row = [](const char *name, const char *domain, std::initializer_list<const char *> codes, int bits) {
        QTest::newRow(name) << QString::fromLatin1(domain) << strings(codes) << bits;
    };
    row("RSA 2048 in two strings", "dkim2048.example.test", {"dkim.ok"}, 2048);
    row("RSA 1024", "dkim1024.example.test", {"dkim.ok", "dkim.short_key"}, 1024);
    row("RSA 512", "dkim512.example.test", {"dkim.weak_key"}, 512);
    row("Ed25519", "dkimed.example.test", {"dkim.ok", "dkim.ed25519"}, 256);
    row("bare PKCS#1 key", "dkimpkcs1.example.test", {"dkim.ok", "dkim.short_key"}, 1024);
    row("testing mode", "dkimtesting.example.test", {"dkim.ok", "dkim.testing"}, 2048);
    row("revoked", "dkimrevoked.example.test", {"dkim.revoked"}, 0);
    row("not base64", "dkimbroken.example.test", {"dkim.malformed_key"}, 0);
    row("key under an unusual selector", "example.test", {"dkim.not_found"}, 0);
    row("no such domain", "nothere.example.test", {"dkim.not_found"}, 0);
    row("wildcard TXT is no key", "wild.example.test", {"dkim.not_found"}, 0);
}

void TestDmarcDkimDns::dkim()
{
    QFETCH(QString, domain);
    QFETCH(QStringList, codes);
    QFETCH(int, bits);
    DkimCheck check(*m_resolver, domainName(domain));
    const Findings findings = test::findingsOf(check);
    QCOMPARE(test::codesOf(findings), codes);
    QCOMPARE(findings.first().data.value(QStringLiteral("key_bits")).toInt(), bits);
}

void TestDmarcDkimDns::namedSelector()
{
    // example.test publishes a cut-off key under "sel1".
    DkimCheck check(*m_resolver, domainName(QStringLiteral("example.test")),
                    {QStringLiteral("sel1"), QStringLiteral("default")});
    const Findings findings = test::findingsOf(check);
    QCOMPARE(test::codesOf(findings), strings({"dkim.malformed_key", "dkim.selector_not_found"}));
    QCOMPARE(findings[0].data.value(QStringLiteral("name")).toString(), QStringLiteral("sel1._domainkey.example.test"));
}

void TestDmarcDkimDns::cliReportsBothChecks()
{
    QVERIFY2(!qEnvironmentVariable("MAILTRIAGE_CLI").isEmpty(), "MAILTRIAGE_CLI must name the binary");
    const test::CliRun run =
        test::runCli({QStringLiteral("diagnose"), QStringLiteral("jan@dkim512.example.test"), QStringLiteral("--dns"),
                      m_fixture->address(), QStringLiteral("--format"), QStringLiteral("json")});
    const QJsonObject root = QJsonDocument::fromJson(run.out).object();
    QStringList codes;
    for (const QJsonValue &value : root.value(QStringLiteral("findings")).toArray()) {
        const QJsonObject f = value.toObject();
        codes << f.value(QStringLiteral("code")).toString();
        if (f.value(QStringLiteral("check")).toString() == QLatin1String("dkim")) {
            QCOMPARE(f.value(QStringLiteral("subject")).toString(), QStringLiteral("dkim512.example.test"));
            QCOMPARE(f.value(QStringLiteral("data")).toObject().value(QStringLiteral("key_bits")).toInt(), 512);
        }
    }
    QVERIFY2(codes.contains(QStringLiteral("dmarc.inherited")), qPrintable(codes.join(QLatin1Char(' '))));
    QVERIFY2(codes.contains(QStringLiteral("dkim.weak_key")), qPrintable(codes.join(QLatin1Char(' '))));
    QCOMPARE(run.exitCode, 1); // the weak key is an error
}

void TestDmarcDkimDns::cliTakesSelectors()
{
    QVERIFY2(!qEnvironmentVariable("MAILTRIAGE_CLI").isEmpty(), "MAILTRIAGE_CLI must name the binary");
    const test::CliRun run =
        test::runCli({QStringLiteral("diagnose"), QStringLiteral("example.test"), QStringLiteral("--dkim-selector"),
                      QStringLiteral("sel1,bad selector"), QStringLiteral("--dns"), m_fixture->address(),
                      QStringLiteral("--format"), QStringLiteral("json")});
    QStringList dkim;
    for (const QJsonValue &value :
         QJsonDocument::fromJson(run.out).object().value(QStringLiteral("findings")).toArray()) {
        if (value.toObject().value(QStringLiteral("check")).toString() == QLatin1String("dkim")) {
            dkim << value.toObject().value(QStringLiteral("code")).toString();
        }
    }
    QCOMPARE(dkim, strings({"dkim.malformed_key", "dkim.invalid_selector"}));
    QCOMPARE(run.exitCode, 1); // the cut-off key is an error
}

QTEST_GUILESS_MAIN(TestDmarcDkimDns)
#include "tst_dmarcdkim_dns.moc"
