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
    void verdicts_data();
    void verdicts();
    void twoRecipientBounceNamesBoth_data();
    void twoRecipientBounceNamesBoth();
    void replyLineIsNotEchoed();
    void failedLoginsNameTheIp_data();
    void failedLoginsNameTheIp();
    void greetingAndSignatureFromSettings();

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
    QTest::newRow("quoted address: the quotes are staff's business, the domain the customer's")
        << QStringLiteral("'jan@nothere.test'") << int(Language::English)
        << QStringList{QStringLiteral("We found the following problem:"), QStringLiteral("\n\n1. The domain")}
        << QStringList{QStringLiteral("2. "), QStringLiteral("quot"), QStringLiteral("'jan@")};
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
    const QString mismatch = test::textMismatch(text, expected, unexpected);
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
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
    // Summaries that do not name their subject are prefixed with it.
    QVERIFY(text.contains(QLatin1String("1. a.test: first problem")));
    QVERIFY(text.contains(QLatin1String("2. a.test: second problem")));
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
    QVERIFY(diagnosis.isInconclusive());
    // A list that could have found a problem did not answer: no all-clear,
    // a notice to staff instead, and nothing for the customer to do.
    const QString text = customerAnswer(QStringLiteral("example.test"), diagnosis.findings(), Language::English);
    QVERIFY2(!text.contains(QLatin1String("We found no problems")), qPrintable(text));
    QVERIFY2(text.startsWith(QLatin1String("[FOR STAFF, NOT FOR THE CUSTOMER]")), qPrintable(text));
    QVERIFY2(!text.contains(QLatin1String("What to do")), qPrintable(text));
    m_dns.setStatus(QStringLiteral("example.test.dbl.spamhaus.org"), RecordType::A, dns::DnsStatus::NxDomain);
}

namespace {

Finding finding(const QString &check, const QString &subject, Severity severity, const char *summary,
                const char *advice = nullptr)
{
    Finding f(check, subject, severity, check + QStringLiteral(".x"), {"Findings", summary});
    if (advice) {
        f.advice = {"Advice", advice};
    }
    return f;
}

Finding withActor(Finding f, Actor actor)
{
    f.actor = actor;
    return f;
}

Finding staffOnly(Finding f)
{
    f.markStaffOnly();
    return f;
}

Finding inconclusive(Finding f)
{
    f.markInconclusive();
    return f;
}

} // namespace

void TestCustomerAnswer::verdicts_data()
{
    QTest::addColumn<Findings>("findings");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QStringList>("unexpected");

    const Finding fine = finding(QStringLiteral("mx"), QStringLiteral("a.test"), Severity::Ok, "a.test accepts mail.");
    const Finding customers = finding(QStringLiteral("spf"), QStringLiteral("a.test"), Severity::Warning,
                                      "The SPF record is missing.", "Add the SPF record.");
    const Finding recipients =
        withActor(finding(QStringLiteral("bounce"), QStringLiteral("ewa@b.test"), Severity::Error,
                          "The recipient's mailbox is full.", "Tell the recipient."),
                  Actor::Recipient);
    const Finding ours = withActor(finding(QStringLiteral("dnsbl"), QStringLiteral("192.0.2.1"), Severity::Error,
                                           "192.0.2.1 is listed.", "Request delisting."),
                                   Actor::Provider);

    QTest::newRow("staff-only advice never reaches the customer")
        << Findings{customers, staffOnly(finding(QStringLiteral("address"), QStringLiteral("x"), Severity::Warning,
                                                 "Ask the customer for the full domain.", "Ask the customer."))}
        << QStringList{QStringLiteral("The SPF record is missing.")}
        << QStringList{QStringLiteral("Ask the customer"), QStringLiteral("2.")};
    QTest::newRow("a pasted address that cannot be checked: a notice to staff, no all-clear")
        << Findings{fine, staffOnly(finding(QStringLiteral("address"), QStringLiteral("jan@@a.test"), Severity::Error,
                                            "The address has two @ signs.", "Ask the customer for the exact address."))}
        << QStringList{QStringLiteral("[FOR STAFF, NOT FOR THE CUSTOMER]"),
                       QStringLiteral("- The address has two @ signs. Ask the customer for the exact address.")}
        << QStringList{QStringLiteral("no problems"), QStringLiteral("Hello,")};
    QTest::newRow("worst first whatever the arrival order")
        << Findings{fine, customers,
                    finding(QStringLiteral("mx"), QStringLiteral("a.test"), Severity::Error, "The MX host is dead.")}
        << QStringList{QStringLiteral("1. a.test: The MX host is dead."),
                       QStringLiteral("2. a.test: The SPF record is missing.")}
        << QStringList{QStringLiteral("accepts mail")};
    QTest::newRow("grouped by who must act, the customer's first")
        << Findings{ours, recipients, customers}
        << QStringList{QStringLiteral("What we ask you to do:\n\n1. a.test: The SPF record is missing."),
                       QStringLiteral("recipient's side (please pass this on to the recipient):\n\n2. ewa@b.test: "),
                       QStringLiteral("on our side (we are dealing with it"), QStringLiteral("3. 192.0.2.1 is listed.")}
        << QStringList{QStringLiteral("Request delisting"), QStringLiteral("Once this is corrected")};
    QTest::newRow("only the customer's fixes: delivered once corrected")
        << Findings{customers} << QStringList{QStringLiteral("Once this is corrected")} << QStringList{};
    QTest::newRow("the recipient's fix: no promise after the customer's corrections")
        << Findings{recipients} << QStringList{QStringLiteral("ewa@b.test: The recipient's mailbox is full.")}
        << QStringList{QStringLiteral("Once this is corrected"), QStringLiteral("What we ask you to do")};
    QTest::newRow("inconclusive and nothing found: a notice to staff, no all-clear")
        << Findings{fine, inconclusive(finding(QStringLiteral("ptr"), QStringLiteral("192.0.2.1"), Severity::Warning,
                                               "The reverse DNS of 192.0.2.1 could not be read."))}
        << QStringList{QStringLiteral("[FOR STAFF, NOT FOR THE CUSTOMER]"),
                       QStringLiteral("- The reverse DNS of 192.0.2.1 could not be read.")}
        << QStringList{QStringLiteral("no problems"), QStringLiteral("Hello,"), QStringLiteral("accepts mail")};
    QTest::newRow("inconclusive beside a real problem: the problem is told")
        << Findings{customers, inconclusive(finding(QStringLiteral("dnsbl"), QStringLiteral("a.test"), Severity::Info,
                                                    "The list did not answer."))}
        << QStringList{QStringLiteral("1. a.test: The SPF record is missing.")}
        << QStringList{QStringLiteral("did not answer"), QStringLiteral("FOR STAFF")};
}

void TestCustomerAnswer::verdicts()
{
    QFETCH(Findings, findings);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, unexpected);
    const QString text = customerAnswer(QStringLiteral("a.test"), findings, Language::English);
    const QString mismatch = test::textMismatch(text, expected, unexpected);
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
}

void TestCustomerAnswer::twoRecipientBounceNamesBoth_data()
{
    QTest::addColumn<int>("language");
    QTest::addColumn<QString>("recipientsSide"); // the heading of the recipient's fixes
    QTest::newRow("English") << int(Language::English) << QStringLiteral("recipient's side");
    QTest::newRow("Polish") << int(Language::Polish) << QStringLiteral("po stronie odbiorcy");
}

void TestCustomerAnswer::twoRecipientBounceNamesBoth()
{
    QFETCH(int, language);
    QFETCH(QString, recipientsSide);
    const QString notice =
        QStringLiteral("Hi. This is the qmail-send program at mx.example.test.\n\n"
                       "<ola@example.test>:\n192.0.2.9 does not like recipient.\n"
                       "Remote host said: 550 5.1.1 Mailbox does not exist\nGiving up on 192.0.2.9.\n\n"
                       "<ewa@example.test>:\n192.0.2.9 does not like recipient.\n"
                       "Remote host said: 552 5.2.2 Mailbox over quota\nGiving up on 192.0.2.9.\n");
    const QString text = customerAnswer(notice, diagnose(notice), static_cast<Language>(language));
    QVERIFY2(text.contains(QLatin1String("ola@example.test: ")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("ewa@example.test: ")), qPrintable(text));
    // The full mailbox is the recipient's to fix, under its own heading.
    QVERIFY2(text.contains(recipientsSide), qPrintable(text));
    QVERIFY2(text.indexOf(recipientsSide) < text.indexOf(QLatin1String("ewa@example.test")), qPrintable(text));
    QVERIFY2(!text.contains(QLatin1String("Giving up")), qPrintable(text)); // nothing pasted is echoed
}

void TestCustomerAnswer::replyLineIsNotEchoed()
{
    const QString line = QStringLiteral("535 5.1.0 piWsAbCd12 authentication failed..");
    for (const Language language : {Language::English, Language::Polish}) {
        const QString text = customerAnswer(line, diagnose(line), language);
        QVERIFY2(!text.contains(QLatin1String("piWsAbCd12")), qPrintable(text));
        QVERIFY2(!text.contains(QLatin1String("..")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("1. ")), qPrintable(text));
        QVERIFY2(!text.contains(QLatin1String(": Our SMTP")), qPrintable(text)); // no empty subject named
    }
}

void TestCustomerAnswer::failedLoginsNameTheIp_data()
{
    QTest::addColumn<QString>("pasted");
    QTest::addColumn<int>("language");
    QTest::addColumn<QString>("item"); // the numbered item, with the blocked IP
    const QString replyLine = QStringLiteral("550 5.1.0 piWs1j0010jifNx01iWsdh Connection refused from 112.67.35.229. "
                                             "Too many authorization failures from this IP, try again later.");
    QTest::newRow("reply line, English") << replyLine << int(Language::English)
                                         << QStringLiteral("1. 112.67.35.229: More than 10 failed logins");
    QTest::newRow("reply line, Polish") << replyLine << int(Language::Polish)
                                        << QStringLiteral(
                                               "1. 112.67.35.229: W ciągu godziny z tego adresu IP wykonano ponad 10");
    QTest::newRow("quoted in a bounce for a recipient: the IP, not the recipient")
        << QStringLiteral("<ola@example.test>:\nRemote host said: 550 5.1.0 piWs1j0010jifNx01iWsdh Connection "
                          "refused from 203.0.113.5. Too many authorization failures from this IP, try again later.\n")
        << int(Language::English) << QStringLiteral("1. 203.0.113.5: More than 10 failed logins");
}

void TestCustomerAnswer::failedLoginsNameTheIp()
{
    QFETCH(QString, pasted);
    QFETCH(int, language);
    QFETCH(QString, item);
    const Findings findings = diagnose(pasted);
    const QString text = customerAnswer(pasted, findings, static_cast<Language>(language));
    QVERIFY2(text.contains(item), qPrintable(text));
    QVERIFY2(!text.contains(QLatin1String("piWs1j0010jifNx01iWsdh")), qPrintable(text));
}

void TestCustomerAnswer::greetingAndSignatureFromSettings()
{
    const Findings none;
    const QString text = customerAnswer(QStringLiteral("a.test"), none, Language::Polish,
                                        {QStringLiteral("Szanowni Państwo,"), QStringLiteral("Anna Nowak\nHelpdesk")});
    QVERIFY2(text.startsWith(QStringLiteral("Szanowni Państwo,\n\n")), qPrintable(text));
    QVERIFY2(text.endsWith(QStringLiteral("\n\nAnna Nowak\nHelpdesk\n")), qPrintable(text));
    // Empty parts take the built-in ones.
    const QString builtIn =
        customerAnswer(QStringLiteral("a.test"), none, Language::English, {QStringLiteral(" "), {}});
    QVERIFY(builtIn.startsWith(QLatin1String("Hello,")));
    QVERIFY(builtIn.endsWith(QLatin1String("Best regards,\nTechnical Support\n")));
}

QTEST_GUILESS_MAIN(TestCustomerAnswer)
#include "tst_customeranswer.moc"
