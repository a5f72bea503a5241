// SPF against a real DNS server on loopback (knotd serving
// tests/fixtures/dns, "; --- SPF ---" block): check_host() results for given
// clients, and what a diagnosis of a domain shows.
#include "checks/spfevaluator.h"
#include "diagnosis/diagnosis.h"
#include "dns/stubresolver.h"
#include "dnsfixture.h"
#include "findingsutil.h"

#include <QSignalSpy>
#include <QTest>

using namespace mt;

class TestSpf : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void checkHost_data();
    void checkHost();
    void diagnosis_data();
    void diagnosis();

private:
    std::unique_ptr<test::DnsFixture> m_fixture;
    std::unique_ptr<dns::StubResolver> m_resolver;
};

void TestSpf::initTestCase()
{
    m_fixture = std::make_unique<test::DnsFixture>();
    QVERIFY2(m_fixture->ok(), qPrintable(m_fixture->error()));
    m_resolver = std::make_unique<dns::StubResolver>(m_fixture->resolverConfig());
}

void TestSpf::checkHost_data()
{
    QTest::addColumn<QString>("ip");
    QTest::addColumn<QString>("sender");
    QTest::addColumn<QString>("result");
    QTest::addColumn<int>("lookups");
    QTest::addColumn<QString>("explanation");

    auto row = [](const char *name, const char *ip, const char *sender, const char *result, int lookups,
                  const char *explanation = "") {
        QTest::newRow(name) << QString::fromLatin1(ip) << QString::fromLatin1(sender) << QString::fromLatin1(result)
                            << lookups << QString::fromLatin1(explanation);
    };
    row("ip4 range", "192.0.2.40", "jan@example.test", "pass", 0);
    row("ip6 range", "2001:db8::77", "jan@example.test", "pass", 0);
    row("softfail of an include is no match; -all decides", "203.0.113.5", "jan@example.test", "fail", 1);
    row("include passes", "198.51.100.7", "jan@example.test", "pass", 1);
    row("a mechanism", "198.51.100.10", "jan@spf-good.example.test", "pass", 1);
    row("mx mechanism through the MX host's A", "192.0.2.25", "jan@spf-good.example.test", "pass", 2);
    row("provider's include", "203.0.113.80", "jan@spf-good.example.test", "pass", 3);
    row("nobody", "192.0.2.200", "jan@spf-good.example.test", "fail", 3);
    row("two records", "192.0.2.25", "jan@spf-two.example.test", "permerror", 0);
    row("syntax error", "192.0.2.25", "jan@spf-broken.example.test", "permerror", 0);
    row("11 includes", "192.0.2.1", "jan@spf-many.example.test", "permerror", 11);
    row("no record", "192.0.2.1", "jan@implicit.example.test", "none", 0);
    row("no domain", "192.0.2.1", "jan@nothere.example.test", "none", 0);
    row("record in two strings", "198.51.100.99", "jan@split.example.test", "pass", 0);
    row("exp= with macros", "192.0.2.9", "jan@spf-exp.example.test", "fail", 0,
        "192.0.2.9 is not one of spf-exp.example.test's designated mail servers.");
    row("exists with reversed macros", "192.0.2.40", "jan-kowalski@spf-macro.example.test", "pass", 1);
    row("exists: other local part", "192.0.2.40", "anna-nowak@spf-macro.example.test", "fail", 1);
    row("three void lookups", "192.0.2.1", "jan@spf-void.example.test", "permerror", 3);
    row("bounce: HELO identity", "192.0.2.40", "", "pass", 0);
    row("include loop", "192.0.2.1", "jan@loop.example.test", "permerror", 11);
}

void TestSpf::checkHost()
{
    QFETCH(QString, ip);
    QFETCH(QString, sender);
    QFETCH(QString, result);
    QFETCH(int, lookups);
    QFETCH(QString, explanation);

    spf::Query query;
    query.ip = QHostAddress(ip);
    query.sender = sender;
    query.helo = QStringLiteral("example.test");
    spf::Evaluator evaluator(*m_resolver, query);
    QSignalSpy finished(&evaluator, &spf::Evaluator::finished);
    evaluator.start();
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.size(), 1);
    const spf::Evaluation &evaluation = evaluator.evaluation();
    QCOMPARE(spf::resultName(evaluation.result), result);
    QCOMPARE(evaluation.lookups, lookups);
    QCOMPARE(evaluation.explanation, explanation);
    QVERIFY(!evaluation.trace.isEmpty());
}

void TestSpf::diagnosis_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QStringList>("codes");
    QTest::addColumn<QString>("corrected");

    const QString provider = QStringLiteral("include:spf-provider.example.test");
    QTest::newRow("good") << QStringLiteral("jan@spf-good.example.test") << QStringList{QStringLiteral("spf.ok")}
                          << QString();
    QTest::newRow("missing") << QStringLiteral("implicit.example.test") << QStringList{QStringLiteral("spf.missing")}
                             << QStringLiteral("v=spf1 a mx %1 -all").arg(provider);
    QTest::newRow("two records") << QStringLiteral("spf-two.example.test")
                                 << QStringList{QStringLiteral("spf.multiple")}
                                 << QStringLiteral("v=spf1 a %1 -all").arg(provider);
    QTest::newRow("syntax") << QStringLiteral("spf-broken.example.test") << QStringList{QStringLiteral("spf.syntax")}
                            << QStringLiteral("v=spf1 a mx %1 -all").arg(provider);
    QTest::newRow("+all") << QStringLiteral("spf-passall.example.test") << QStringList{QStringLiteral("spf.pass_all")}
                          << QStringLiteral("v=spf1 %1 -all").arg(provider);
    QTest::newRow("provider missing") << QStringLiteral("spf-other.example.test")
                                      << QStringList{QStringLiteral("spf.provider_missing")}
                                      << QStringLiteral("v=spf1 ip4:198.51.100.0/24 %1 -all").arg(provider);
    QTest::newRow("too many lookups") << QStringLiteral("spf-many.example.test")
                                      << QStringList{QStringLiteral("spf.too_many_lookups")}
                                      << QStringLiteral("v=spf1 %1 -all").arg(provider);
}

void TestSpf::diagnosis()
{
    QFETCH(QString, input);
    QFETCH(QStringList, codes);
    QFETCH(QString, corrected);

    DiagnosisOptions options;
    options.spfInclude = QStringLiteral("spf-provider.example.test");
    Diagnosis diagnosis(*m_resolver, options);
    QSignalSpy finished(&diagnosis, &Diagnosis::finished);
    diagnosis.start(input);
    QVERIFY(finished.wait(10000));
    Findings spfFindings;
    for (const Finding &f : diagnosis.findings()) {
        if (f.check == QLatin1String("spf")) {
            spfFindings << f;
        }
    }
    QCOMPARE(test::codesOf(spfFindings), codes);
    QCOMPARE(spfFindings.first().data.value(QStringLiteral("corrected_record")).toString(), corrected);
}

QTEST_GUILESS_MAIN(TestSpf)
#include "tst_spf.moc"
