// The classifier's and parser's rules of the second round (issue 5): the
// filtered/userunknown line Sisimai draws, vendor sentences, and bounces
// whose structure is unusual (a mailbox of several, DSN fields in the text,
// a notice returned as the message). Every text here is written for the
// test; the corpus (tst_bouncecorpus) measures agreement on real ones.
#include "bounce/bounceanalyzer.h"

#include <QTest>

using mt::bounce::analyzeBounce;
using mt::bounce::BounceReport;

namespace {

// A Postfix-style multipart/report: NOTICE as its text part, DSN (may be
// empty) as its delivery-status part.
QByteArray report(const QByteArray &notice, const QByteArray &dsn)
{
    QByteArray m = "From: MAILER-DAEMON@mx.example.org (Mail Delivery System)\n"
                   "To: sender@example.net\n"
                   "Subject: Undelivered Mail Returned to Sender\n"
                   "MIME-Version: 1.0\n"
                   "Content-Type: multipart/report; report-type=delivery-status; boundary=\"B\"\n\n"
                   "--B\nContent-Type: text/plain\n\n" +
                   notice + "\n";
    if (!dsn.isEmpty()) {
        m += "--B\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example.org\n\n" + dsn + "\n";
    }
    return m + "--B--\n";
}

QByteArray dsnGroup(const QByteArray &recipient, const QByteArray &status, const QByteArray &diagnostic)
{
    return "Final-Recipient: rfc822; " + recipient + "\nAction: failed\nStatus: " + status +
           "\nDiagnostic-Code: smtp; " + diagnostic + "\n";
}

QStringList reasons(const BounceReport &r)
{
    QStringList list;
    for (const auto &recipient : r.recipients) {
        list << recipient.reason;
    }
    return list;
}

} // namespace

class TestBounceRules : public QObject
{
    Q_OBJECT

private slots:
    void classification_data();
    void classification();
    void wrappedPostfixCommand();
    void specificStatusInDiagnostic();
    void mailboxOfSeveralBounces();
    void deliveryStatusInText();
    void noticeReturnedAsMessage();
    void cipherSizeIsNoReplyCode();
    void transcriptHostSections();
};

void TestBounceRules::classification_data()
{
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<QString>("reason");

    QTest::newRow("user unknown after end of DATA: a filter")
        << report("<a@example.com>: host mx.example.com[192.0.2.1] said: 550 <a@example.com>: User unknown\n"
                  "    (in reply to end of DATA command)",
                  {})
        << "filtered";
    QTest::newRow("user unknown after RCPT stays userunknown")
        << report("<a@example.com>: host mx.example.com[192.0.2.1] said: 550 5.1.1 <a@example.com>: User unknown\n"
                  "    (in reply to RCPT TO command)",
                  {})
        << "userunknown";
    QTest::newRow("user unknown with a policy status, no command")
        << report("", dsnGroup("a@example.com", "5.7.1", "550 5.7.1 User Unknown: a@example.com")) << "filtered";
    QTest::newRow("user unknown with a policy status, after RCPT")
        << report("<a@example.com>: host mx.example.com[192.0.2.1] said: 553 5.7.1 Invalid recipient a@example.com\n"
                  "    (in reply to RCPT TO command)",
                  dsnGroup("a@example.com", "5.7.1", "553 5.7.1 Invalid recipient a@example.com"))
        << "userunknown";
    QTest::newRow("Exchange: no address after the arrow")
        << report("", dsnGroup("a@example.com", "5.1.351",
                               "550 5.1.351 Remote server returned unknown recipient or mailbox unavailable -> "
                               "550 : User unknown"))
        << "filtered";
    QTest::newRow("qmail: the cause before the expiry sentence")
        << QByteArray("Hi. This is the qmail-send program at mx.example.org.\n"
                      "I'm afraid I wasn't able to deliver your message to the following addresses.\n\n"
                      "<a@example.com>:\nUnable to contact LDAP server. (#4.4.3)I'm not going to try again; "
                      "this message has been in the queue too long.\n")
        << "systemerror";
    QTest::newRow("unverifiable sending IP")
        << report("<a@example.com>: host mx.example.com[192.0.2.1] said: 450 service permits 2 unverifyable "
                  "sending IPs - mx.example.org is not 192.0.2.9 (in reply to MAIL FROM command)",
                  {})
        << "requireptr";
    QTest::newRow("Sendmail: the reply to MAIL names no address")
        << QByteArray("From: Mail Delivery Subsystem <MAILER-DAEMON@example.org>\nSubject: Returned mail\n\n"
                      "   ----- Transcript of session follows -----\nWhile talking to mx.example.com:\n"
                      ">>> MAIL From:<s@example.org>\n<<< 550 Insecure Mail Relay\n"
                      "554 <a@example.com>... Remote protocol error\n")
        << "norelaying";
    QTest::newRow("MessageLabs 542 Rejected")
        << report("", dsnGroup("a@example.com", "5.0.0", "542 a@example.com Rejected")) << "userunknown";
    QTest::newRow("EZweb: the notice's sentence over the server's words")
        << report("The user(s) account is disabled.\n\n<a@example.com>: 550 user unknown (in reply to RCPT TO command)",
                  "Final-Recipient: rfc822; a@example.com\nAction: failed\nStatus: 5.0.0\n")
        << "suspend";
    QTest::newRow("McAfee gateway heading: a filter")
        << report("    --- The following addresses had delivery problems ---\n\n"
                  "<a@example.com>   (a@example.com... No such user)",
                  "Original-Recipient: <a@example.com>\nAction: failed\n"
                  "Diagnostic-Code: smtp; 550 a@example.com... No such user\n")
        << "filtered";
    QTest::newRow("Yahoo TSS04 elsewhere: reputation")
        << report("a@example.com: 421 4.7.0 [TSS04] Messages from 192.0.2.9 temporarily deferred due to "
                  "unexpected volume or user complaints",
                  {})
        << "badreputation";
    QTest::newRow("Yahoo TSS04 from Yahoo's own servers: rejected")
        << report("<a@example.com>: host mta6.am0.yahoodns.net[192.0.2.1] said: 421 4.7.0 [TSS04] Messages from "
                  "192.0.2.9 temporarily deferred due to unexpected volume or user complaints (in reply to MAIL "
                  "FROM command)",
                  {})
        << "rejected";
    QTest::newRow("Cox: sender rejected is a block")
        << report("<a@cox.net>: host mx.example.net[192.0.2.1] said: 550 5.1.0 <s@example.org> sender rejected. "
                  "Refer to Error Codes section at https://www.cox.com/residential/support/email-error-codes.html "
                  "(in reply to MAIL FROM command)",
                  {})
        << "blocked";
    QTest::newRow("NTT docomo refuses after DATA")
        << report("<a@docomo.ne.jp>: host mfsmax.docomo.ne.jp[192.0.2.1] said: 550 Unknown user a@docomo.ne.jp\n"
                  "    (in reply to end of DATA command)",
                  "Final-Recipient: rfc822; a@docomo.ne.jp\nAction: failed\nStatus: 5.0.0\n"
                  "Remote-MTA: dns; mfsmax.docomo.ne.jp\nDiagnostic-Code: smtp; 550 Unknown user a@docomo.ne.jp\n")
        << "rejected";
    QTest::newRow("fml: duplicated Message-ID")
        << QByteArray("From: list-admin@example.org\nSubject: Loop Alert: Duplicated Message-ID (list)\n\n"
                      "Duplicated Message-ID in <list@example.org>.\n\n\nOriginal mail as follows:\n\n"
                      "   Received: from mx.example.net (mx.example.net [192.0.2.2])\n"
                      "   \t(using TLSv1.2 with cipher ECDHE-RSA-AES256-SHA384 (256/256 bits))\n"
                      "   \tfor <list@example.org>; Thu, 29 Apr 2017 23:34:45 +0900\n"
                      "   Subject: Hello\n")
        << "systemerror";
    QTest::newRow("Zoho never names the command: a filter")
        << QByteArray("From: mailer-daemon@mail.example.com\nSubject: Undelivered Mail Returned to Sender\n\n"
                      "This message was created automatically by mail delivery software.\n\n"
                      "a@example.org Invalid Address, ERROR_CODE :550, ERROR_CODE :Requested action not taken: "
                      "mailbox unavailable\n")
        << "filtered";
    QTest::newRow("retries exhausted: expired")
        << QByteArray("Subject: Failure Notice\n\nSorry, we were unable to deliver your message to the following "
                      "address.\n\n<a@example.jp>:\nUnable to deliver message after multiple retries, giving up.\n")
        << "expired";
    QTest::newRow("words it does not know: onhold")
        << report("", dsnGroup("a@example.com", "", "frobnication of the gremlin queue")) << "onhold";
}

void TestBounceRules::classification()
{
    QFETCH(QByteArray, message);
    QFETCH(QString, reason);
    const BounceReport r = analyzeBounce(message);
    QVERIFY(!r.recipients.isEmpty());
    QCOMPARE(r.recipients.first().reason, reason);
}

void TestBounceRules::wrappedPostfixCommand()
{
    const BounceReport r = analyzeBounce(
        report("<a@example.com>: host mx.example.com[192.0.2.1] said: 550\n    <a@example.com>: Recipient address "
               "rejected. (in reply to RCPT\n    TO command)",
               dsnGroup("a@example.com", "5.0.0", "550 <a@example.com>: Recipient address rejected.")));
    QCOMPARE(r.recipients.size(), 1);
    QCOMPARE(r.recipients.first().command, QStringLiteral("RCPT"));
    QCOMPARE(r.recipients.first().reason, QStringLiteral("userunknown"));
}

void TestBounceRules::specificStatusInDiagnostic()
{
    const BounceReport r =
        analyzeBounce(report("", dsnGroup("a@example.com", "5.0.0", "550 5.2.2 <a@example.com>: mailbox full")));
    QCOMPARE(r.recipients.size(), 1);
    QCOMPARE(r.recipients.first().status, QStringLiteral("5.2.2"));
    // A class that differs is not taken over.
    const BounceReport other =
        analyzeBounce(report("", dsnGroup("a@example.com", "5.0.0", "550 4.2.2 <a@example.com>: odd")));
    QCOMPARE(other.recipients.first().status, QStringLiteral("5.0.0"));
}

void TestBounceRules::mailboxOfSeveralBounces()
{
    const QByteArray first = report("", dsnGroup("a@example.com", "5.1.1", "550 5.1.1 user unknown"));
    const QByteArray second = report("", dsnGroup("b@example.com", "5.2.2", "552 5.2.2 mailbox full"));
    const BounceReport r = analyzeBounce("From MAILER-DAEMON  Thu Jul  2 12:05:05 2020\n" + first +
                                         "From MAILER-DAEMON  Thu Jul  2 12:06:05 2020\n" + second);
    QCOMPARE(r.recipients.size(), 2);
    QCOMPARE(r.recipients.at(0).recipient, QStringLiteral("a@example.com"));
    QCOMPARE(r.recipients.at(1).recipient, QStringLiteral("b@example.com"));
    QCOMPARE(reasons(r), (QStringList{QStringLiteral("userunknown"), QStringLiteral("mailboxfull")}));
    // "From " in prose is not a separator.
    const BounceReport prose = analyzeBounce(
        report("From here on, nothing: see below\nFrom the admin: hi", dsnGroup("a@example.com", "5.1.1", "550 x")));
    QCOMPARE(prose.recipients.size(), 1);
}

void TestBounceRules::deliveryStatusInText()
{
    // A report whose declared boundary never occurs: the fields are in the text.
    const QByteArray broken = "From: postmaster@example.org\nSubject: Delivery failure\nMIME-Version: 1.0\n"
                              "Content-Type: multipart/report; boundary=\"never\"\n\n"
                              "Your message cannot be delivered to the following recipients:\n\n"
                              "Reporting-MTA: dns; mx.example.org\n\n"
                              "Action: failed\nStatus: 5.0.0\nFinal-recipient: rfc822;a@example.com\n"
                              "Diagnostic-code: smtp; 550 5.7.1 User Unknown: a@example.com\n\n"
                              "Action: failed\nStatus: 5.0.0\nFinal-recipient: rfc822;b@example.com\n"
                              "Diagnostic-code: smtp; 550 5.2.2 Mailbox full: b@example.com\n";
    const BounceReport r = analyzeBounce(broken);
    QCOMPARE(r.kind, QStringLiteral("dsn"));
    QCOMPARE(r.recipients.size(), 2);
    QCOMPARE(r.recipients.at(0).status, QStringLiteral("5.7.1"));
    QCOMPARE(reasons(r), (QStringList{QStringLiteral("filtered"), QStringLiteral("mailboxfull")}));
}

void TestBounceRules::noticeReturnedAsMessage()
{
    const QByteArray inner = "The original message was received at Thu, 29 Apr 2009 23:34:45 -0700\n"
                             "from example.org [192.0.2.254]\n\n"
                             "----- The following addresses had permanent fatal errors -----\n<a@example.jp>\n\n"
                             "----- Transcript of the session follows -----\n... while talking to 192.0.2.1:\n"
                             ">>> RCPT To:<a@example.jp>\n<<< 550 5.1.1 <a@example.jp>... Invalid recipient\n";
    const QByteArray message = "From: postmaster@example.com\nSubject: Mail could not be delivered\nMIME-Version: 1.0\n"
                               "Content-Type: multipart/mixed; boundary=\"G\"\n\n"
                               "--G\nContent-type: text/plain\n\n"
                               "****** Message from the gateway ******\n\nThe following mail could not be delivered.\n"
                               "Reason:  Unable to deliver message to <a@example.jp>.\n\n"
                               "--G\nContent-type: message/rfc822\n\n"
                               "From: s@example.org\nTo: a@example.jp\nSubject: x\nMIME-Version: 1.0\n"
                               "Content-Type: text/plain\n\n" +
                               inner + "\n--G--\n";
    const BounceReport r = analyzeBounce(message);
    QCOMPARE(r.recipients.size(), 1);
    QCOMPARE(r.recipients.first().recipient, QStringLiteral("a@example.jp"));
    QCOMPARE(r.recipients.first().reason, QStringLiteral("userunknown"));
    // An ordinary returned message is not read as a notice: nothing says why.
    const BounceReport plain = analyzeBounce(QByteArray(message).replace(inner, "Hello, see you tomorrow.\n"));
    QCOMPARE(plain.recipients.size(), 1);
    QCOMPARE(plain.recipients.first().reason, QStringLiteral("onhold"));
}

void TestBounceRules::cipherSizeIsNoReplyCode()
{
    const BounceReport r =
        analyzeBounce(QByteArray("Subject: note\nFrom: x@example.org\n\nSomething about <a@example.com>\n"
                                 "  (using TLSv1.2 with cipher ECDHE-RSA-AES256-SHA384 (256/256 bits))\n"));
    QVERIFY(!r.recipients.isEmpty());
    QCOMPARE(r.recipients.first().replyCode, QString());
}

void TestBounceRules::transcriptHostSections()
{
    const BounceReport r =
        analyzeBounce(QByteArray("From: Mail Delivery Subsystem <MAILER-DAEMON@example.org>\nSubject: Returned mail\n\n"
                                 "   ----- Transcript of session follows -----\n"
                                 "554 <a@example.org>... 550 Host unknown (Authoritative answer from name server)\n"
                                 "While talking to mail.example.co.jp:\n>>> RCPT To:<b@example.co.jp>\n"
                                 "<<< 550 Requested User Mailbox not found. No such user here.\n"
                                 "550 <b@example.co.jp>... User unknown\n"));
    QCOMPARE(r.recipients.size(), 2);
    QCOMPARE(reasons(r), (QStringList{QStringLiteral("hostunknown"), QStringLiteral("userunknown")}));
}

QTEST_GUILESS_MAIN(TestBounceRules)
#include "tst_bouncerules.moc"
