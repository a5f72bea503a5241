// The answer for the customer: built from real findings (a diagnosis over
// in-memory DNS), in the language asked for, whatever the UI's.
#include "diagnosis/customeranswer.h"
#include "diagnosis/diagnosis.h"
#include "fakeresolver.h"
#include "findingsutil.h"

#include <QSignalSpy>
#include <QTest>

using namespace mt;
using dns::RecordType;

class TestCustomerAnswer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void answer_data();
    void answer();
    void sameAdviceIsGivenOnce();
    void emptyFindings();
    void checksThatCouldNotRunAreNotTheCustomersProblem();

private:
    Findings diagnose(const QString &input);

    test::FakeResolver m_dns;
};

void TestCustomerAnswer::initTestCase()
{
    m_dns.add(QStringLiteral("example.test"), RecordType::MX, QStringLiteral("10 mx1.example.test"));
    m_dns.add(QStringLiteral("mx1.example.test"), RecordType::A, QStringLiteral("192.0.2.25"));
    // A healthy sender domain: SPF with the provider's include, DMARC.
    m_dns.add(QStringLiteral("example.test"), RecordType::A, QStringLiteral("192.0.2.80"));
    m_dns.add(QStringLiteral("example.test"), RecordType::TXT, QStringLiteral("v=spf1 a mx include:spf.tld.pl -all"));
    m_dns.add(QStringLiteral("spf.tld.pl"), RecordType::TXT, QStringLiteral("v=spf1 ip4:203.0.113.0/24 -all"));
    m_dns.add(QStringLiteral("_dmarc.example.test"), RecordType::TXT,
              QStringLiteral("v=DMARC1; p=reject; rua=mailto:dmarc@example.test"));
}

Findings TestCustomerAnswer::diagnose(const QString &input)
{
    Diagnosis diagnosis(m_dns);
    QSignalSpy finished(&diagnosis, &Diagnosis::finished);
    diagnosis.start(input);
    if (!diagnosis.isFinished() && !finished.wait(5000)) {
        return {};
    }
    return diagnosis.findings();
}

void TestCustomerAnswer::answer_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<int>("language");
    QTest::addColumn<QStringList>("expected");   // lines or parts the answer contains
    QTest::addColumn<QStringList>("unexpected"); // and does not

    QTest::newRow("missing domain, English")
        << QStringLiteral("jan@nothere.test") << int(Language::English)
        << QStringList{QStringLiteral("Hello,\n\n"), QStringLiteral("We have checked jan@nothere.test."),
                       QStringLiteral("We found the following problem:\n\n1. The domain nothere.test does not exist"),
                       QStringLiteral("\nWhat to do: Check the spelling of the domain nothere.test."),
                       QStringLiteral("Best regards,\nTechnical Support\n")}
        << QStringList{QStringLiteral("no problems"), QStringLiteral("2.")};
    QTest::newRow("missing domain, Polish findings")
        << QStringLiteral("jan@nothere.test") << int(Language::Polish)
        << QStringList{QStringLiteral("1. Domena nothere.test nie istnieje w DNS (NXDOMAIN).")}
        << QStringList{QStringLiteral("The domain nothere.test does not exist")};
    QTest::newRow("quoted address: two problems, numbered")
        << QStringLiteral("'jan@nothere.test'") << int(Language::English)
        << QStringList{QStringLiteral("We found the following problems:"), QStringLiteral("\n\n1. "),
                       QStringLiteral("\n\n2. ")}
        << QStringList{QStringLiteral("We found the following problem:")};
    QTest::newRow("working domain: no problems, what we saw")
        << QStringLiteral("example.test") << int(Language::English)
        << QStringList{QStringLiteral("We found no problems"), QStringLiteral("\n- example.test accepts mail."),
                       QStringLiteral("please send us the full text of the error message")}
        << QStringList{QStringLiteral("What to do:"), QStringLiteral("following problem")};
    QTest::newRow("working domain, Polish findings")
        << QStringLiteral("example.test") << int(Language::Polish)
        << QStringList{QStringLiteral("- example.test przyjmuje pocztę.")} << QStringList{};
    QTest::newRow("a pasted bounce is named, not quoted")
        << QStringLiteral("Delivery failed\nto jan@nothere.test\n") << int(Language::English)
        << QStringList{QStringLiteral("We have checked what you sent us.")}
        << QStringList{QStringLiteral("We have checked Delivery")};
}

void TestCustomerAnswer::answer()
{
    QFETCH(QString, input);
    QFETCH(int, language);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, unexpected);
    const Findings findings = diagnose(input);
    QVERIFY(!findings.isEmpty());
    const QString text = customerAnswer(input, findings, static_cast<Language>(language));
    for (const QString &part : expected) {
        QVERIFY2(text.contains(part), qPrintable(QStringLiteral("missing \"%1\" in:\n%2").arg(part, text)));
    }
    for (const QString &part : unexpected) {
        QVERIFY2(!text.contains(part), qPrintable(QStringLiteral("unexpected \"%1\" in:\n%2").arg(part, text)));
    }
}

void TestCustomerAnswer::sameAdviceIsGivenOnce()
{
    const Finding a(QStringLiteral("mx"), QStringLiteral("a.test"), Severity::Error, QStringLiteral("x.one"),
                    {"Findings", "first problem"}, {"Advice", "fix the DNS"});
    const Finding b(QStringLiteral("mx"), QStringLiteral("a.test"), Severity::Warning, QStringLiteral("x.two"),
                    {"Findings", "second problem"}, {"Advice", "fix the DNS"});
    const Finding fine(QStringLiteral("mx"), QStringLiteral("a.test"), Severity::Ok, QStringLiteral("x.ok"),
                       {"Findings", "all good here"});
    const QString text = customerAnswer(QStringLiteral("a.test"), {a, fine, b}, Language::English);
    QCOMPARE(text.count(QLatin1String("What to do: fix the DNS")), 1);
    QVERIFY(text.contains(QLatin1String("1. first problem")));
    QVERIFY(text.contains(QLatin1String("2. second problem")));
    QVERIFY(!text.contains(QLatin1String("all good here"))); // problems only, when there are some
}

void TestCustomerAnswer::emptyFindings()
{
    const QString text = customerAnswer(QString(), {}, Language::English);
    QVERIFY(text.startsWith(QLatin1String("Hello,")));
    QVERIFY(text.contains(QLatin1String("We found no problems")));
    QVERIFY(!text.contains(QLatin1String("\n- ")));
}

void TestCustomerAnswer::checksThatCouldNotRunAreNotTheCustomersProblem()
{
    // The blacklist does not answer our resolver: a warning for staff only.
    m_dns.setStatus(QStringLiteral("example.test.dbl.spamhaus.org"), RecordType::A, dns::DnsStatus::Timeout);
    DiagnosisOptions options;
    options.dnsblZones = {QStringLiteral("dbl.spamhaus.org")};
    Diagnosis diagnosis(m_dns, options);
    QSignalSpy finished(&diagnosis, &Diagnosis::finished);
    diagnosis.start(QStringLiteral("example.test"));
    QVERIFY(finished.wait(5000));
    QCOMPARE(test::worstOf(diagnosis.findings()), Severity::Warning);
    const QString text = customerAnswer(QStringLiteral("example.test"), diagnosis.findings(), Language::English);
    QVERIFY2(text.contains(QLatin1String("We found no problems")), qPrintable(text));
    QVERIFY2(!text.contains(QLatin1String("dbl.spamhaus.org")), qPrintable(text));
}

QTEST_GUILESS_MAIN(TestCustomerAnswer)
#include "tst_customeranswer.moc"
