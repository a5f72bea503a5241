// The "bounce" check as the diagnosis runs it: parsed off the GUI thread,
// findings per recipient with every fact in data, and the follow-up checks.
#include "checks/bouncecheck.h"

#include <QSignalSpy>
#include <QTest>

using mt::BounceCheck;
using mt::BounceFollowUp;
using mt::Findings;

Q_DECLARE_METATYPE(mt::BounceFollowUp)

class TestBounceCheck : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void findingsAndFollowUp_data();
    void findingsAndFollowUp();
    void severalRecipients();
    void destroyedWhileParsing();
    void adviceQuotesThePolicysLimits_data();
    void adviceQuotesThePolicysLimits();
};

void TestBounceCheck::initTestCase()
{
    qRegisterMetaType<mt::Findings>();
    qRegisterMetaType<mt::BounceFollowUp>();
}

void TestBounceCheck::findingsAndFollowUp_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("severity");
    QTest::addColumn<QStringList>("domains");
    QTest::addColumn<QStringList>("ips");
    QTest::addColumn<QString>("subject"); // what the finding (and the answer) is about

    QTest::newRow("unknown domain: its MX") << QByteArray("<ola@nothere.example.test>:\nSorry, I couldn't find any "
                                                          "host named nothere.example.test. (#5.1.2)\n")
                                            << "bounce.hostunknown"
                                            << "error" << QStringList{QStringLiteral("nothere.example.test")}
                                            << QStringList() << QStringLiteral("ola@nothere.example.test");
    QTest::newRow("blacklisted: the sending IP")
        << QByteArray("<ola@example.test>: host mx.example.test[192.0.2.25] said: 554 5.7.1 Service unavailable; "
                      "Client host [198.51.100.7] blocked using zen.spamhaus.org\n\n"
                      "--- Below this line is a copy of the message.\n\nReceived: from pc (unknown [203.0.113.9])\n"
                      "\tby smtp.kowalski.pl\nFrom: jan@kowalski.pl\n")
        << "bounce.blocked"
        << "error" << QStringList() << QStringList{QStringLiteral("203.0.113.9")} << QStringLiteral("ola@example.test");
    QTest::newRow("failed logins: no reverse DNS or blacklists for the IP")
        << QByteArray("550 5.1.0 piWs1j0010jifNx01iWsdh Connection refused from 112.67.35.229. Too many "
                      "authorization failures from this IP, try again later.")
        << "bounce.blocked"
        << "error" << QStringList() << QStringList() << QStringLiteral("112.67.35.229");
    QTest::newRow("no reverse DNS, IP from the reply")
        << QByteArray("450 4.7.1 Client host rejected: cannot find your hostname, [198.51.100.7]")
        << "bounce.requireptr"
        << "warning" << QStringList() << QStringList{QStringLiteral("198.51.100.7")} << QString();
    QTest::newRow("SPF: the sender's domain")
        << QByteArray("<ola@example.test>:\nRemote host said: 550 SPF check failed\n\n"
                      "--- Below this line is a copy of the message.\n\nReturn-Path: <jan@kowalski.pl>\n"
                      "From: jan@kowalski.pl\n")
        << "bounce.authfailure"
        << "error" << QStringList{QStringLiteral("kowalski.pl")} << QStringList() << QStringLiteral("ola@example.test");
    QTest::newRow("mailbox full: nothing to follow")
        << QByteArray("<ola@example.test>:\nmaildrop: maildir over quota.") << "bounce.mailboxfull"
        << "error" << QStringList() << QStringList() << QStringLiteral("ola@example.test");
}

void TestBounceCheck::findingsAndFollowUp()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, code);
    QFETCH(QString, severity);
    QFETCH(QStringList, domains);
    QFETCH(QStringList, ips);
    QFETCH(QString, subject);

    BounceCheck check(text, mt::policy::Limits());
    QSignalSpy finished(&check, &mt::AsyncCheck::finished);
    QSignalSpy followUp(&check, &BounceCheck::followUp);
    check.start();
    QVERIFY(finished.isEmpty()); // asynchronous: parsed on a worker thread
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.size(), 1);
    const Findings findings = finished.first().first().value<Findings>();
    QCOMPARE(findings.size(), 1);
    const mt::Finding &f = findings.first();
    QCOMPARE(f.check, QStringLiteral("bounce"));
    QCOMPARE(f.code, code);
    QCOMPARE(mt::severityId(f.severity), severity);
    QCOMPARE(f.subject, subject);
    QVERIFY(!f.summary.isEmpty());
    QVERIFY(!f.advice.isEmpty());
    for (const char *key : {"reason", "rule", "status", "reply_code", "recipient", "remote_host", "remote_ip",
                            "diagnostic", "hard_bounce", "sending_ip"}) {
        QVERIFY2(f.data.contains(QLatin1String(key)), key);
    }
    // Both languages are always there.
    QVERIFY(!f.advice.render(mt::Language::Polish).isEmpty());
    if (domains.isEmpty() && ips.isEmpty()) {
        QCOMPARE(followUp.size(), 0);
    } else {
        QCOMPARE(followUp.size(), 1);
        const auto next = followUp.first().first().value<BounceFollowUp>();
        QCOMPARE(next.domains, domains);
        QCOMPARE(next.ips, ips);
    }
}

void TestBounceCheck::severalRecipients()
{
    // Pasted text, as the diagnosis passes it.
    BounceCheck check(QStringLiteral("<ola@example.test>:\nRemote host said: 550 5.1.1 No such user\n\n"
                                     "<ewa@example.test>:\nRemote host said: 452 4.2.2 Mailbox full\n"),
                      mt::policy::Limits());
    QSignalSpy finished(&check, &mt::AsyncCheck::finished);
    check.start();
    QVERIFY(finished.wait(10000));
    const Findings findings = finished.first().first().value<Findings>();
    QCOMPARE(findings.size(), 2);
    QCOMPARE(findings.at(0).subject, QStringLiteral("ola@example.test"));
    QCOMPARE(findings.at(0).severity, mt::Severity::Error);
    QCOMPARE(findings.at(1).subject, QStringLiteral("ewa@example.test"));
    QCOMPARE(findings.at(1).severity, mt::Severity::Warning); // 4.x.x: not final yet
}

void TestBounceCheck::destroyedWhileParsing()
{
    QByteArray big = "<ola@example.test>:\n550 5.1.1 User unknown\n\n";
    while (big.size() < 8 * 1024 * 1024) {
        big += "Received: from a ([192.0.2.1]) by b; Mon, 1 Jan 2024 00:00:00 +0000\n";
    }
    auto *check = new BounceCheck(big, mt::policy::Limits());
    QSignalSpy finished(check, &mt::AsyncCheck::finished);
    check->start();
    delete check; // the diagnosis was cancelled: the result must go nowhere
    QTest::qWait(500);
    QCOMPARE(finished.size(), 0);
}

void TestBounceCheck::adviceQuotesThePolicysLimits_data()
{
    QTest::addColumn<QByteArray>("reply");
    QTest::addColumn<QString>("quoted");
    QTest::newRow("rates and the undeliverable share")
        << QByteArray("550 5.1.0 piWs1j0010jifNx01iWsdh policy violation")
        << QStringLiteral("(5 messages a minute, 60 an hour, 600 in 12 hours), or more than 20% of");
    QTest::newRow("failed logins")
        << QByteArray("550 5.1.0 piWs1j0010jifNx01iWsdh Connection refused from 112.67.35.229. Too many "
                      "authorization failures from this IP, try again later.")
        << QStringLiteral("More than 4 failed logins");
    QTest::newRow("spam") << QByteArray("550 5.1.0 piWs1j0010jifNx01iWsdh spam detected")
                          << QStringLiteral("after the first 2 in an hour");
}

void TestBounceCheck::adviceQuotesThePolicysLimits()
{
    QFETCH(QByteArray, reply);
    QFETCH(QString, quoted);
    mt::policy::Limits limits;
    limits.perMinute = 5;
    limits.perHour = 60;
    limits.per12h = 600;
    limits.queueMaxUndeliverable = 0.2;
    limits.authFailuresPerHour = 4;
    limits.spamAcceptedPerHour = 2;
    BounceCheck check(reply, limits);
    QSignalSpy finished(&check, &mt::AsyncCheck::finished);
    check.start();
    QVERIFY(finished.wait(10000));
    const auto findings = finished.first().first().value<mt::Findings>();
    QVERIFY(!findings.isEmpty());
    const QString summary = findings.first().summary.render(mt::Language::English);
    QVERIFY2(summary.contains(quoted), qPrintable(summary));
}

QTEST_GUILESS_MAIN(TestBounceCheck)
#include "tst_bouncecheck.moc"
