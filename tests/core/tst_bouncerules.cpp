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
    void wordings_data();
    void wordings();
    void autoReplyNamingAddresses();
    void jsonNotifications_data();
    void jsonNotifications();
    void japaneseCharsetMislabelled_data();
    void japaneseCharsetMislabelled();
    void contactAddressIsNoRecipient();
    void successLineIsNoResult();
    void producerRecognized_data();
    void producerRecognized();
    void wrappedPostfixCommand();
    void specificStatusInDiagnostic();
    void mailboxOfSeveralBounces();
    void deliveryStatusInText();
    void noticeReturnedAsMessage();
    void cipherSizeIsNoReplyCode();
    void transcriptHostSections();
    void transcriptRefusalNamingTheSender();
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
    QTest::newRow("Postfix names no command: not a reply to RCPT")
        << report("This is the mail system at host mx.example.org.\n\n"
                  "<a@example.com>: host mx.example.com[192.0.2.1] said: 550 <a@example.com>: User unknown",
                  {})
        << "filtered";
    QTest::newRow("Postfix names RCPT: the address")
        << report("This is the mail system at host mx.example.org.\n\n"
                  "<a@example.com>: host mx.example.com[192.0.2.1] said: 550 <a@example.com>: User unknown (in "
                  "reply to RCPT TO command)",
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
    // A local delivery program failed: the same fact whether Exim names the
    // pipe or Sendmail gives the program's exit status (issue 13).
    QTest::newRow("Exim: a pipe that failed")
        << QByteArray("From: Mail Delivery System <Mailer-Daemon@mx.example.org>\n"
                      "Subject: Mail delivery failed: returning message to sender\n\n"
                      "This message was created automatically by mail delivery software.\n\n"
                      "A message that you sent could not be delivered to one or more of its\n"
                      "recipients. This is a permanent error. The following address(es) failed:\n\n"
                      "  pipe to |/usr/local/bin/ticket a@example.org\n"
                      "    generated by a@example.org\n\n"
                      "The following text was generated during the delivery attempt:\n\n"
                      "------ pipe to |/usr/local/bin/ticket a@example.org\n"
                      "       generated by a@example.org ------\n\n"
                      "ticket: cannot open the queue file: Permission denied\n")
        << "mailererror";
    QTest::newRow("X-Unix exit status with an unknown word")
        << report("", "Final-Recipient: rfc822; a@example.com\nAction: failed\nStatus: 5.3.0\n"
                      "Diagnostic-Code: X-Unix; 75\n")
        << "mailererror";
    QTest::newRow("X-Unix text that states the cause")
        << report("", "Final-Recipient: rfc822; a@example.com\nAction: failed\nStatus: 5.2.2\n"
                      "Diagnostic-Code: X-Unix; maildrop: disk quota exceeded\n")
        << "mailboxfull";
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

// Wordings of the causes the vocabularies and concepts know, as receivers
// might put them; written for the test (reworded, not taken from a corpus).
void TestBounceRules::wordings_data()
{
    QTest::addColumn<QByteArray>("diagnostic");
    QTest::addColumn<QByteArray>("status");
    QTest::addColumn<QString>("reason");
    const auto row = [](const char *name, const char *diagnostic, const char *status, const char *reason) {
        QTest::newRow(name) << QByteArray(diagnostic) << QByteArray(status) << QString::fromLatin1(reason);
    };
    row("user not found", "550 User not found", "5.0.0", "userunknown");
    row("address not found", "550 5.1.1 Address not found", "5.1.1", "userunknown");
    row("recipient does not exist", "550 The recipient mailbox does not exist here", "5.0.0", "userunknown");
    row("mailbox exceeds allowed size", "552 5.2.2 Mailbox exceeds allowed size", "5.2.2", "mailboxfull");
    row("quota reached", "452 4.2.2 The user's quota has been reached", "4.2.2", "mailboxfull");
    row("virus, not spam", "554 5.7.1 Virus Detected: Win.Test.EICAR_HDB-1", "5.7.1", "virusdetected");
    row("virus after a generic prefix", "550 5.7.1 <a@example.com>: Recipient address rejected: Virus detected",
        "5.7.1", "virusdetected");
    row("size after a generic prefix", "552 5.3.4 <a@example.com>: Recipient address rejected: Message too big",
        "5.3.4", "emailtoolarge");
    row("ip frequency limited", "550 Ip frequency limited, please try again later", "5.0.0", "ratelimited");
    row("too many connections", "421 4.7.0 Too many connections from your IP address", "4.7.0", "ratelimited");
    row("domino: not in the address book", "User a@example.com not listed in public Name & Address Book", "5.0.0",
        "userunknown");
    row("5.2.1 account disabled", "550 5.2.1 The email account that you tried to reach is disabled", "5.2.1",
        "suspend");
    row("5.5.0 about reverse DNS", "550 5.5.0 Sender IP has no reverse DNS (PTR) record", "5.5.0", "requireptr");
    row("5.7.1 about authentication", "530 5.7.1 Authentication required before sending", "5.7.1", "securityerror");
    row("dmarc", "550 5.7.26 Message rejected: it failed the sender domain's DMARC policy", "5.7.26", "authfailure");
    row("blocklist by name", "554 5.7.1 Service unavailable; client IP listed on Spamhaus", "5.7.1", "blocked");
    row("spam content", "554 5.7.1 Message classified as spam", "5.7.1", "spamdetected");
    row("expiry quoting the last error", "retry timeout exceeded; last error: 552 5.2.2 mailbox is over quota", "4.4.7",
        "mailboxfull");
    row("expiry alone", "Message expired after 5 days in the queue", "4.4.7", "expired");
    row("null MX", "556 5.1.10 Recipient domain has a null MX record", "5.1.10", "notaccept");
    row("relay", "554 5.7.1 Relaying not permitted for this domain", "5.7.1", "norelaying");
    row("insecure relay", "550 This server is not an insecure relay for your mail", "5.0.0", "norelaying");
    row("sender refused", "553 5.1.8 Sender domain verification failed", "5.1.8", "rejected");
    row("a wrapper over the status code", "550 5.1.2 <a@example.com>: Recipient address rejected", "5.1.2",
        "hostunknown");
    // A wording inside a longer one of another reason does not compete with it.
    row("helo refused for its name", "554 5.7.1 <mx.example>: Helo command rejected: Host not found", "5.7.1",
        "blocked");
    row("mailbox size, not message size", "552 5.2.2 Mailbox size limit exceeded for this account", "5.2.2",
        "mailboxfull");
    // A reply to RCPT that says something else was refused is not about the recipient.
    row("connection refused at RCPT, not the address", "550 <a@example.com>: Connection rejected by the gateway",
        "5.0.0", "rejected");
    row("bare rejection naming the address", "550 <a@example.com> Rejected", "5.0.0", "userunknown");
    // Vendors' reference pages (issue 13).
    row("gmail: unsolicited rate from the IP",
        "550 5.7.1 We saw an unusual rate of unsolicited mail originating from your IP address, so it is blocked",
        "5.7.1", "blocked");
    row("exchange online: banned sender", "550 5.7.511 Access denied, banned sender [192.0.2.7]", "5.7.511", "blocked");
    row("exchange online: client not authenticated", "530 5.7.57 Client not authenticated to send mail here", "5.7.57",
        "securityerror");
    row("exchange online: expired after refused connections", "550 5.4.316 Message expired, connection refused (10061)",
        "5.4.316", "expired");
    row("exim: temporary local problem", "451 Temporary local problem - please try later", "4.3.0", "systemerror");
    row("mimecast: security policies", "554 Email rejected due to security policies - see the vendor page", "5.0.0",
        "policyviolation");
    row("yahoo: permanently deferred", "553 5.7.2 Mail from 192.0.2.7 will be permanently deferred", "5.7.2",
        "blocked");
    // Second round of issue 13: documented texts of common MTAs and receivers.
    row("exim: failed AUTH", "535 Incorrect authentication data", "5.0.0", "securityerror");
    row("spamassassin verdict", "554 5.7.1 Rejected by SpamAssassin, score 12.3", "5.7.1", "spamdetected");
    row("organizational policy", "550 5.7.1 Your message was rejected due to organizational policy", "5.7.1",
        "policyviolation");
    row("denied by policy", "550 Denied by policy", "5.0.0", "policyviolation");
    row("inactive account", "550 5.2.1 The account is inactive", "5.2.1", "suspend");
    row("qmail: sender domain must exist", "553 sorry, your envelope sender domain must exist (#5.7.1)", "5.7.1",
        "rejected");
    row("exchange delay notice", "Delivery attempts will continue to be made for 1 day(s).", "4.4.7", "expired");
    row("delay notice quoting a full mailbox",
        "Your message has been delayed; last error: 452 4.2.2 Mailbox full, try again later", "4.2.2", "mailboxfull");
    row("postfix: a held-back destination is no suspended account",
        "delivery temporarily suspended: connect to mx.example.com[192.0.2.1]:25: Connection timed out", "4.4.1",
        "expired");
    row("sendmail: host unreachable", "Deferred: Host is unreachable", "4.4.1", "networkerror");
    // Third round: the reasons' common texts, reworded.
    row("qmail validrcptto",
        "553 sorry, this recipient is not in my validrcptto list (#5.7.1) (in reply to RCPT TO command)", "5.7.1",
        "userunknown");
    row("french: unknown user", "550 5.1.1 Utilisateur inconnu : a@example.fr", "5.1.1", "userunknown");
    row("french: mailbox full", "552 5.2.2 Boite du destinataire pleine.", "5.2.2", "mailboxfull");
    row("dynamic address", "550 5.7.1 Mail from a dynamic IP address range is not accepted here", "5.7.1", "blocked");
    row("amavis banned content", "554 5.7.0 Reject, id=12345-01 - rejecting banned content", "5.7.0", "spamdetected");
    row("attachments not accepted", "550 5.7.1 The recipient is not accepting mail with attachments", "5.7.1",
        "policyviolation");
    row("gmail: base64 text", "550 5.7.1 This message contains text that uses unnecessary base64 encoding", "5.7.1",
        "contenterror");
    row("list posting refused", "550 You are not allowed to post to this mailing list", "5.0.0", "rejected");
    row("relaying needs authentication", "550 5.7.1 Relaying denied. Proper authentication required.", "5.7.1",
        "norelaying");
    row("bounce address tag", "550 5.7.1 BATV failed to verify the bounce address", "5.7.1", "rejected");
    row("recipient's filter", "550 5.7.1 Message rejected by the recipient's filter rules", "5.7.1", "filtered");
    row("domino: no gateway", "Could not find a gateway for example.org; message expired", "4.4.7", "expired");
    row("5.7.1 with words nobody knows", "550 5.7.1 Frobnication of the gremlin queue", "5.7.1", "securityerror");
    row("5.7.1 with known words", "550 5.7.1 Mailbox is full", "5.7.1", "mailboxfull");
    row("ses: sending rate", "454 Throttling failure: Maximum sending rate exceeded for this account", "4.0.0",
        "ratelimited");
}

void TestBounceRules::wordings()
{
    QFETCH(QByteArray, diagnostic);
    QFETCH(QByteArray, status);
    QFETCH(QString, reason);
    const BounceReport r = analyzeBounce(report("", dsnGroup("a@example.com", status, diagnostic)));
    QVERIFY(!r.recipients.isEmpty());
    QCOMPARE(r.recipients.first().reason, reason);
}

void TestBounceRules::autoReplyNamingAddresses()
{
    // An out-of-office reply whose text names other addresses is a vacation
    // notice, not a bounce for those addresses.
    const BounceReport r = analyzeBounce(QByteArray("From: Jan Kowalski <jan@example.com>\nTo: a@example.org\n"
                                                    "Subject: Automatic reply: Offer\nAuto-Submitted: auto-replied\n\n"
                                                    "I am away until Monday. Please write to:\n"
                                                    "anna@example.com\n"));
    QCOMPARE(r.kind, QStringLiteral("autoreply"));
    QCOMPARE(r.recipients.size(), 1);
    QCOMPARE(r.recipients.first().reason, QStringLiteral("vacation"));
}

void TestBounceRules::jsonNotifications_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("recipient");
    QTest::addColumn<QString>("reason");
    QTest::newRow("complaint")
        << QByteArray(R"({"notificationType":"Complaint","complaint":{"complainedRecipients":[{"emailAddress":)"
                      R"("a@example.com"}],"complaintFeedbackType":"abuse"},"mail":{"source":"s@example.org"}})")
        << "feedback"
        << "a@example.com"
        << "feedback";
    QTest::newRow("bounce")
        << QByteArray(R"({"notificationType":"Bounce","bounce":{"bounceType":"Permanent","bouncedRecipients":[)"
                      R"({"emailAddress":"b@example.com","action":"failed","status":"5.1.1","diagnosticCode":)"
                      R"("smtp; 550 5.1.1 user unknown"}]},"mail":{"source":"s@example.org"}})")
        << "dsn"
        << "b@example.com"
        << "userunknown";
    QTest::newRow("braces inside strings")
        << QByteArray(R"({"notificationType":"Bounce","bounce":{"bouncedRecipients":[{"emailAddress":)"
                      R"("c@example.com","status":"5.2.2","diagnosticCode":"smtp; 552 mailbox full {quota}"}]}})")
        << "dsn"
        << "c@example.com"
        << "mailboxfull";
}

void TestBounceRules::jsonNotifications()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, kind);
    QFETCH(QString, recipient);
    QFETCH(QString, reason);
    const BounceReport r = analyzeBounce("From: no-reply@sns.amazonaws.com\nSubject: AWS Notification Message\n\n" +
                                         json + "\n\n--\nIf you wish to stop receiving notifications...\n");
    QCOMPARE(r.kind, kind);
    QCOMPARE(r.recipients.size(), 1);
    QCOMPARE(r.recipients.first().recipient, recipient);
    QCOMPARE(r.recipients.first().reason, reason);
}

void TestBounceRules::japaneseCharsetMislabelled_data()
{
    QTest::addColumn<QByteArray>("charset");
    QTest::addColumn<QByteArray>("bytes");
    // "宛先不明" (unknown destination) in each encoding.
    const QByteArray euc("\xb0\xb8\xc0\xe8\xc9\xd4\xcc\xc0");
    const QByteArray sjis("\x88\xb6\x90\xe6\x95\x73\x96\xbe");
    QTest::newRow("EUC-JP labelled ISO-2022-JP") << QByteArray("iso-2022-jp") << euc;
    QTest::newRow("Shift_JIS labelled ISO-2022-JP") << QByteArray("iso-2022-jp") << sjis;
    QTest::newRow("EUC-JP labelled Shift_JIS") << QByteArray("shift_jis") << euc;
    QTest::newRow("EUC-JP as declared") << QByteArray("euc-jp") << euc;
    QTest::newRow("ISO-2022-JP as declared") << QByteArray("iso-2022-jp") << QByteArray("\x1b$B08@hITL@\x1b(B");
}

void TestBounceRules::japaneseCharsetMislabelled()
{
    QFETCH(QByteArray, charset);
    QFETCH(QByteArray, bytes);
    const BounceReport r = analyzeBounce("From: MAILER-DAEMON@example.jp\nSubject: Returned mail\n"
                                         "MIME-Version: 1.0\nContent-Type: text/plain; charset=" +
                                         charset + "\n\n<a@example.jp>: 550 " + bytes + "\n");
    QVERIFY(!r.recipients.isEmpty());
    const QString diagnostic = r.recipients.first().diagnostic;
    QVERIFY2(diagnostic.contains(QString::fromUtf8("宛先不明")), qPrintable(diagnostic));
    QVERIFY(!diagnostic.contains(QChar(0xFFFD)));
}

void TestBounceRules::contactAddressIsNoRecipient()
{
    const BounceReport r = analyzeBounce(QByteArray(
        "From: MAILER-DAEMON@mx.example.org\nSubject: Undelivered Mail\n\n"
        "<a@example.com>: 550 5.1.1 User unknown\n\nIf you need help, please contact:\n<support@example.org>\n"
        "postmaster@example.org\n"));
    QCOMPARE(reasons(r), QStringList{QStringLiteral("userunknown")});
    QCOMPARE(r.recipients.first().recipient, QStringLiteral("a@example.com"));
}

void TestBounceRules::successLineIsNoResult()
{
    // A Sendmail transcript: the 250 for one address, the refusal for the next.
    const BounceReport r = analyzeBounce(
        QByteArray("From: MAILER-DAEMON@mx.example.org\nSubject: Returned mail: see transcript for details\n\n"
                   "   ----- Transcript of session follows -----\n"
                   ">>> RCPT To:<ok@example.com>\n<<< 250 2.1.5 <ok@example.com>... Recipient ok\n"
                   ">>> RCPT To:<a@example.com>\n<<< 550 5.1.1 <a@example.com>... User unknown\n"));
    QCOMPARE(r.recipients.size(), 1);
    QCOMPARE(r.recipients.first().recipient, QStringLiteral("a@example.com"));
    QCOMPARE(r.recipients.first().reason, QStringLiteral("userunknown"));
}

void TestBounceRules::producerRecognized_data()
{
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<QString>("producer");
    QTest::newRow("Postfix") << report("This is the mail system at host mx.example.org.\n\n<a@example.com>: 550 no",
                                       dsnGroup("a@example.com", "5.0.0", "550 no"))
                             << "Postfix";
    QTest::newRow("Exim by its header")
        << QByteArray("From: Mail Delivery System <Mailer-Daemon@mx.example.org>\nX-Failed-Recipients: a@example.com\n"
                      "Subject: Mail delivery failed\n\nA message that you sent could not be delivered.\n")
        << "Exim";
    QTest::newRow("qmail") << QByteArray("From: MAILER-DAEMON@mx.example.org\nSubject: failure notice\n\n"
                                         "Hi. This is the qmail-send program at mx.example.org.\n<a@example.com>:\n"
                                         "Sorry, no mailbox here by that name. (#5.1.1)\n")
                           << "qmail";
    QTest::newRow("a reply line: nobody") << QByteArray("550 5.1.1 User unknown") << "";
}

void TestBounceRules::producerRecognized()
{
    QFETCH(QByteArray, message);
    QFETCH(QString, producer);
    QCOMPARE(analyzeBounce(message).producer, producer);
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

void TestBounceRules::transcriptRefusalNamingTheSender()
{
    // The refusal of DATA names the sender in its sentence; the next host's
    // result line starts another recipient's story, not the first one's.
    const BounceReport r =
        analyzeBounce(QByteArray("From: Mail Delivery Subsystem <MAILER-DAEMON@example.org>\nSubject: Returned mail\n\n"
                                 "   ----- Transcript of session follows -----\n"
                                 "While talking to mx.example.edu:\n>>> DATA\n"
                                 "<<< 554 Message refused as spam (sender s@example.org).\n"
                                 "554 <a@example.edu>... Service unavailable\n"
                                 "550 example.net (smtp)... 550 Host unknown\n"
                                 "554 <b@example.net>... 550 Host unknown (Authoritative answer from name server)\n"));
    QCOMPARE(r.recipients.size(), 2);
    QVERIFY(r.recipients.first().diagnostic.contains(QLatin1String("Message refused as spam")));
    QVERIFY(!r.recipients.first().diagnostic.contains(QLatin1String("Host unknown")));
    QCOMPARE(r.recipients.first().command, QStringLiteral("DATA"));
    QVERIFY(!r.recipients.at(1).diagnostic.contains(QLatin1String(">>> DATA")));
    QCOMPARE(reasons(r), (QStringList{QStringLiteral("spamdetected"), QStringLiteral("hostunknown")}));
}

QTEST_GUILESS_MAIN(TestBounceRules)
#include "tst_bouncerules.moc"
