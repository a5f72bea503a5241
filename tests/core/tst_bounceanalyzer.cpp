// Every bounce example and server reply of the provider's help pages
// (the provider's help pages, docs/policy.md), and the parser's tolerance of broken input.
#include "bounce/bounceanalyzer.h"
#include "bounce/mimedecode.h"

#include <QTest>

using mt::bounce::analyzeBounce;
using mt::bounce::BounceReport;

class TestBounceAnalyzer : public QObject
{
    Q_OBJECT

private slots:
    void seedExamples_data();
    void seedExamples();
    void dsnFields();
    void returnedMessage();
    void encodedWords_data();
    void encodedWords();
    void charsets_data();
    void charsets();
    void lineEnds_data();
    void lineEnds();
    void brokenInput_data();
    void brokenInput();
    void noInventedStatus();
    void feedbackReport();
    void autoReply();
    void declaredBoundaryMissing();
    void hardAndSoft();
};

void TestBounceAnalyzer::seedExamples_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("replyCode");
    QTest::addColumn<QString>("recipient");
    QTest::addColumn<QString>("remoteIp");

    const QString token = QStringLiteral("piWs1j0010jifNx01iWsdh");
    // Help pages, rule 3 (docs/policy.md): DNS of the sender's and the recipient's domain.
    QTest::newRow("invalid destination domain")
        << QStringLiteral(" 5.1.1 piWs1j0010jifNx01iWsdh invalid destination domain ") << "hostunknown"
        << "provider.invalid_destination_domain"
        << "5.1.1"
        << ""
        << ""
        << "";
    QTest::newRow("invalid destination domains")
        << QStringLiteral("5.1.1 piWs1j0010jifNx01iWsdh invalid destination domains") << "hostunknown"
        << "provider.invalid_destination_domain"
        << "5.1.1"
        << ""
        << ""
        << "";
    QTest::newRow("Thunderbird alert") << QStringLiteral("Invalid destination domain") << "hostunknown"
                                       << "provider.invalid_destination_domain"
                                       << ""
                                       << ""
                                       << ""
                                       << "";
    QTest::newRow("invalid domain (sender)")
        << QStringLiteral("5.1.1 piWs1j0010jifNx01iWsdh invalid domain") << "rejected"
        << "provider.invalid_domain"
        << "5.1.1"
        << ""
        << ""
        << "";
    // Help pages, rules 1, 2, 4-7 (docs/policy.md): authorization, sender, limits, spam.
    QTest::newRow("sender rejected") << QStringLiteral("5.1.0 <john.smith@domain.com> sender rejected") << "rejected"
                                     << "provider.sender_rejected"
                                     << "5.1.0"
                                     << ""
                                     << "john.smith@domain.com"
                                     << "";
    QTest::newRow("too many authorization failures")
        << QStringLiteral("5.1.0 piWs1j0010jifNx01iWsdh Connection refused from 112.67.35.229. Too many "
                          "authorization failures from this IP, try again later.")
        << "blocked"
        << "provider.too_many_authorization_failures"
        << "5.1.0"
        << ""
        << ""
        << "";
    QTest::newRow("authentication failed (Outlook)")
        << QStringLiteral("Zadanie 'jan@kowalski \u2013 Wysy\u0142anie' zg\u0142osi\u0142o b\u0142\u0105d "
                          "(0x800CCC78): 'Nie mo\u017cna wys\u0142a\u0107 wiadomo\u015bci. Sprawd\u017a adres e-mail "
                          "we w\u0142a\u015bciwo\u015bciach konta. Odpowied\u017a serwera: 550 5.1.0 "
                          "piWs1j0010jifNx01iWsdh authentication failed'")
        << "securityerror"
        << "provider.authentication_failed"
        << "5.1.0"
        << "550"
        << ""
        << "";
    QTest::newRow("authentication failed (Thunderbird)")
        << QStringLiteral(
               "Podczas wysy\u0142ania poczty wyst\u0105pi\u0142 b\u0142\u0105d. Odpowied\u017a serwera: "
               "5.1.0 piWs1j0010jifNx01iWsdh authentication failed. Sprawd\u017a poprawno\u015b\u0107 "
               "wprowadzonego adresu e-mail w Konfiguracji kont, a nast\u0119pnie pon\u00f3w pr\u00f3b\u0119.")
        << "securityerror"
        << "provider.authentication_failed"
        << "5.1.0"
        << ""
        << ""
        << "";
    QTest::newRow("authentication failed (Opera)")
        << QStringLiteral("B\u0142\u0105d wewn\u0119trzny [550 5.1.0 piWs1j0010jifNx01iWsdh authentication failed]")
        << "securityerror"
        << "provider.authentication_failed"
        << "5.1.0"
        << "550"
        << ""
        << "";
    QTest::newRow("policy violation") << QStringLiteral(" 5.1.0 piWs1j0010jifNx01iWsdh policy violation")
                                      << "policyviolation"
                                      << "provider.policy_violation"
                                      << "5.1.0"
                                      << ""
                                      << ""
                                      << "";
    QTest::newRow("spam detected") << QStringLiteral(" 5.1.0 piWs1j0010jifNx01iWsdh spam detected") << "spamdetected"
                                   << "provider.spam_detected"
                                   << "5.1.0"
                                   << ""
                                   << ""
                                   << "";
    Q_UNUSED(token);

    // Help page on bounces: the help page's bounce examples.
    QTest::newRow("maildir over quota")
        << QStringLiteral("Bardzo nam przykro jednakze nie udalo sie wyslac maila pod wskazane adresy.\n"
                          "Przyczyna wskazana jest ponizej:\n \n <biuro@kontotestowe.e-kei.pl>: (Adres odbiorcy)\n "
                          "maildrop: maildir over quota.  (Informacja wyja\u015bniaj\u0105ca problem)\n \n --- Below "
                          "this line is a copy of the message.\n \n Return-Path: <bok@kei.pl> (Adres nadawcy)\n")
        << "mailboxfull"
        << "seed.maildir_over_quota"
        << ""
        << ""
        << "biuro@kontotestowe.e-kei.pl"
        << "";
    QTest::newRow("500 no such user (qmail, underscores)")
        << QStringLiteral("failure: 192.168.41.48_does_not_like_recipient./Remote_host_said:_/\n"
                          "_Zdalny_host_odpowiedzial:_500_No_such_user/Giving_up_on_192.168.41.48.\n")
        << "userunknown"
        << "seed.no_such_user"
        << ""
        << "500"
        << ""
        << "192.168.41.48";
    QTest::newRow("550 no such user here")
        << QStringLiteral("Remote host said: / Zdalny host odpowiedzial: 550 No Such User Here\"") << "userunknown"
        << "seed.no_such_user"
        << ""
        << "550"
        << ""
        << "";
    QTest::newRow("550 5.1.1 user unknown in virtual mailbox table")
        << QStringLiteral("B\u0142\u0105d serwera: '550 5.1.1 Recipient address rejected: User unknown in virtual "
                          "mailbox table")
        << "userunknown"
        << "seed.user_unknown"
        << "5.1.1"
        << "550"
        << ""
        << "";
    QTest::newRow("RBL 550-5.7.1 likely unsolicited")
        << QStringLiteral("Remote host said: / Zdalny host odpowiedzial: 550-5.7.1 [10.0.33.118 \n12] Our system has "
                          "detected that this message is 550-5.7.1 likely unsolicited mail. To reduce the amount of "
                          "spam sent to\nGmail,")
        << "spamdetected"
        << "seed.rbl_unsolicited"
        << "5.7.1"
        << "550"
        << ""
        << "";
    QTest::newRow("RBL 554 5.7.1 ASE")
        << QStringLiteral("192.168.26.130 failed after I sent the message.\n Remote host said: / Zdalny host "
                          "odpowiedzial: 554 5.7.1 This message has been blocked because ASE reports it as spam.")
        << "spamdetected"
        << "seed.rbl_reported_as_spam"
        << "5.7.1"
        << "554"
        << ""
        << "192.168.26.130";
    QTest::newRow("RBL SenderBase")
        << QStringLiteral("Connected to 192.168.69.240 but greeting failed.\nRemote host said: / Zdalny host "
                          "odpowiedzial: 554-heip002com\n554 Connections from this sending hostname 5e9804c2.pl, IP "
                          "address of: 10.0.4.194 are being rejected \ndue to low SenderBase Reputation score (below "
                          "-1). Your SenderBase organization: 32291. See for more information.")
        << "badreputation"
        << "seed.rbl_senderbase"
        << ""
        << "554"
        << ""
        << "192.168.69.240";
    QTest::newRow("RBL poor reputation")
        << QStringLiteral("Connected to 192.168.254.94 but greeting failed.\nRemote host said: / Zdalny host "
                          "odpowiedzial: 554-domena\n554 Your access to this mail system has been rejected due to the "
                          "sending\nMTA's poor reputation.")
        << "badreputation"
        << "seed.rbl_poor_reputation"
        << ""
        << "554"
        << ""
        << "192.168.254.94";
    QTest::newRow("5.1.2 invalid characters")
        << QStringLiteral("'test@kei.pl'\nfailure: Sorry,_I_couldn't_find_any_host_named_/_Nie_mozna_znalezc_"
                          "hosta_:_kei.pl'._(#5.1.2)")
        << "hostunknown"
        << "seed.invalid_characters"
        << "5.1.2"
        << ""
        << ""
        << "";
    QTest::newRow("450 4.7.1 reverse DNS")
        << QStringLiteral("deferral: 192.168.86.34_does_not_like_recipient./Remote_host_said:_/_Zdalny_host_"
                          "odpowiedzial:_450_4.7.1_\nClient_host_rejected:_cannot_find_your_hostname,_[10.0.134.163]/"
                          "Giving_up_on_83.238.86.34./")
        << "requireptr"
        << "seed.no_reverse_dns"
        << "4.7.1"
        << "450"
        << ""
        << "192.168.86.34";
    QTest::newRow("SPF 550")
        << QStringLiteral("<przyklad@wp.pl>:\nConnected to 192.168.101.4 but sender was rejected.\nRemote host said: "
                          "/ Zdalny host odpowiedzial: 550 BLAD SPF - zobacz strone /\nSPF Error: Please see\n"
                          "http://www.openspf.org/Why?id=newsmedia%40wp.pl&ip=94.152.13.18&receiver=smtp.wp.pl\n"
                          "Jesli jestes uzytkownikiem poczta.wp.pl sprawdz poprawnosc\nautoryzacji SMTP / If you are "
                          "a poczta.wp.pl user check SMTP configuration:\nhttp://poczta.wp.pl/autoryzacja/\n")
        << "authfailure"
        << "seed.spf"
        << ""
        << "550"
        << "przyklad@wp.pl"
        << "192.168.101.4";
    QTest::newRow("553 rcpthosts")
        << QStringLiteral("Remote host said: / Zdalny host odpowiedzial: 553 sorry, that domain isn't in my list of "
                          "allowed rcpthosts / Ta domena nie znajduje sie na liscie obslugiwanych przez serwer, jest "
                          "zablokowana lub nieprawidlowo skonfigurowano uwierzytelnianie SMTP (#5.5.3 - vuser)")
        << "norelaying"
        << "seed.rcpthosts"
        << "5.5.3"
        << "553"
        << ""
        << "";
    QTest::newRow("4.4.2 too long in queue")
        << QStringLiteral("Connected to / Polaczenie z 192.168.33.29 but connection died. / ale polaczenie zostalo "
                          "przerwane. (#4.4.2) I'm not going to try again; this message has been in the queue too "
                          "long.")
        << "expired"
        << "seed.queue_too_long"
        << "4.4.2"
        << ""
        << ""
        << "192.168.33.29";
    QTest::newRow("DKIM 550 5.7.1")
        << QStringLiteral("failure: 192.168.211.25_failed_after_I_sent_the_message./Remote_host_said:_/_Zdalny_host_"
                          "odpowiedzial:_550_5.7.1\n_DKIM_domain_mismatch_-_healthway.pl_found_in_DKIMCache,_but_no_"
                          "DKIM-Signature_found_in_mail_header/")
        << "authfailure"
        << "seed.dkim"
        << "5.7.1"
        << "550"
        << ""
        << "192.168.211.25";
    QTest::newRow("administrative prohibition")
        << QStringLiteral("10.0.205.11 failed after I sent the message.\n Remote host said: / Zdalny host "
                          "odpowiedzial: 550 Administrative \n prohibition")
        << "policyviolation"
        << "seed.administrative_prohibition"
        << ""
        << "550"
        << ""
        << "10.0.205.11";
    QTest::newRow("sender verify failed")
        << QStringLiteral("10.0.17.216 does not like recipient.\n Remote host said: / Zdalny host odpowiedzial: "
                          "550-Verification failed for\n <admin@domena>\n 550 Sender verify failed")
        << "rejected"
        << "seed.sender_verify_failed"
        << ""
        << "550"
        << ""
        << "10.0.17.216";
}

void TestBounceAnalyzer::seedExamples()
{
    QFETCH(QString, text);
    QFETCH(QString, reason);
    QFETCH(QString, rule);
    QFETCH(QString, status);
    QFETCH(QString, replyCode);
    QFETCH(QString, recipient);
    QFETCH(QString, remoteIp);

    const BounceReport report = analyzeBounce(text.toUtf8());
    QCOMPARE(report.recipients.size(), 1);
    const auto &r = report.recipients.first();
    QCOMPARE(r.reason, reason);
    QCOMPARE(r.rule, rule);
    QCOMPARE(r.status, status);
    QCOMPARE(r.replyCode, replyCode);
    if (!recipient.isEmpty()) {
        QCOMPARE(r.recipient, recipient);
    }
    if (!remoteIp.isEmpty()) {
        QCOMPARE(r.remoteIp, remoteIp);
    }
    QVERIFY(!r.diagnostic.isEmpty());
}

void TestBounceAnalyzer::dsnFields()
{
    const QByteArray dsn = "From: MAILER-DAEMON@mx.example.test\r\n"
                           "To: jan@kowalski.pl\r\n"
                           "Subject: Undelivered Mail Returned to Sender\r\n"
                           "MIME-Version: 1.0\r\n"
                           "Content-Type: multipart/report; report-type=delivery-status; boundary=\"b1\"\r\n"
                           "\r\n"
                           "--b1\r\n"
                           "Content-Type: text/plain\r\n"
                           "\r\n"
                           "<anna@example.test>: host mx.example.test[192.0.2.25] said: 550 5.1.1\r\n"
                           "    <anna@example.test>: Recipient address rejected: User unknown (in reply to RCPT TO "
                           "command)\r\n"
                           "--b1\r\n"
                           "Content-Type: message/delivery-status\r\n"
                           "\r\n"
                           "Reporting-MTA: dns; out.kowalski.pl\r\n"
                           "\r\n"
                           "Final-Recipient: rfc822; anna@example.test\r\n"
                           "Action: failed\r\n"
                           "Status: 5.1.1\r\n"
                           "Remote-MTA: dns; mx.example.test\r\n"
                           "Diagnostic-Code: smtp; 550 5.1.1 <anna@example.test>: Recipient address\r\n"
                           "    rejected: User unknown\r\n"
                           "\r\n"
                           "Final-Recipient: rfc822; piotr@example.test\r\n"
                           "Action: delayed\r\n"
                           "Status: 4.2.2\r\n"
                           "Diagnostic-Code: smtp; 452 4.2.2 Mailbox full\r\n"
                           "--b1\r\n"
                           "Content-Type: text/rfc822-headers\r\n"
                           "\r\n"
                           "Received: from [198.51.100.7] (unknown [198.51.100.7]) by out.kowalski.pl\r\n"
                           "From: Jan <jan@kowalski.pl>\r\n"
                           "Subject: =?UTF-8?Q?Zam=C3=B3wienie?=\r\n"
                           "--b1--\r\n";
    const BounceReport report = analyzeBounce(dsn);
    QCOMPARE(report.kind, QStringLiteral("dsn"));
    QCOMPARE(report.recipients.size(), 2);
    const auto &anna = report.recipients.at(0);
    QCOMPARE(anna.recipient, QStringLiteral("anna@example.test"));
    QCOMPARE(anna.action, QStringLiteral("failed"));
    QCOMPARE(anna.status, QStringLiteral("5.1.1"));
    QCOMPARE(anna.replyCode, QStringLiteral("550"));
    QCOMPARE(anna.remoteHost, QStringLiteral("mx.example.test"));
    QCOMPARE(anna.remoteIp, QStringLiteral("192.0.2.25"));
    QCOMPARE(anna.command, QStringLiteral("RCPT"));
    QCOMPARE(anna.reason, QStringLiteral("userunknown"));
    QVERIFY(anna.hardBounce);
    const auto &piotr = report.recipients.at(1);
    QCOMPARE(piotr.action, QStringLiteral("delayed"));
    QCOMPARE(piotr.reason, QStringLiteral("mailboxfull"));
    QVERIFY(!piotr.hardBounce);
    QCOMPARE(report.originalSender, QStringLiteral("jan@kowalski.pl"));
    QCOMPARE(report.originalSubject, QString::fromUtf8("Zam\xc3\xb3wienie"));
    QCOMPARE(report.sendingIp, QStringLiteral("198.51.100.7"));
}

void TestBounceAnalyzer::returnedMessage()
{
    const QByteArray notice = "Hi. This is the qmail-send program at mx.example.test.\n"
                              "I'm afraid I wasn't able to deliver your message to the following addresses.\n\n"
                              "<ola@example.test>:\n"
                              "192.0.2.9 does not like recipient.\n"
                              "Remote host said: 550 5.1.1 Mailbox does not exist\n"
                              "Giving up on 192.0.2.9.\n\n"
                              "--- Below this line is a copy of the message.\n\n"
                              "Return-Path: <jan@kowalski.pl>\n"
                              "Received: from laptop (unknown [203.0.113.77])\n"
                              "\tby smtp.kowalski.pl with ESMTPA\n"
                              "Received: from localhost ([127.0.0.1])\n"
                              "From: jan@kowalski.pl\n"
                              "Subject: Faktura\n\n"
                              "Body <someone@else.test>: not a recipient\n";
    const BounceReport report = analyzeBounce(notice);
    QCOMPARE(report.recipients.size(), 1);
    QCOMPARE(report.recipients.first().recipient, QStringLiteral("ola@example.test"));
    QCOMPARE(report.recipients.first().remoteIp, QStringLiteral("192.0.2.9"));
    QCOMPARE(report.recipients.first().reason, QStringLiteral("userunknown"));
    QCOMPARE(report.originalSender, QStringLiteral("jan@kowalski.pl"));
    QCOMPARE(report.originalSubject, QStringLiteral("Faktura"));
    QCOMPARE(report.sendingIp, QStringLiteral("203.0.113.77"));
}

void TestBounceAnalyzer::encodedWords_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QString>("decoded");
    QTest::newRow("Q UTF-8") << QByteArray("=?UTF-8?Q?Zam=C3=B3wienie_nr_1?=")
                             << QString::fromUtf8("Zam\xc3\xb3wienie nr 1");
    QTest::newRow("B ISO-8859-2") << QByteArray("=?ISO-8859-2?B?6bNk?=") << QString::fromUtf8("\xc3\xa9\xc5\x82\x64");
    QTest::newRow("adjacent words join") << QByteArray("=?UTF-8?Q?a?= =?UTF-8?Q?b?=") << QStringLiteral("ab");
    QTest::newRow("text between is kept") << QByteArray("x =?UTF-8?Q?a?= y") << QStringLiteral("x a y");
    QTest::newRow("unknown charset") << QByteArray("=?x-nonsense?Q?abc?=") << QStringLiteral("abc");
    QTest::newRow("unterminated") << QByteArray("=?UTF-8?Q?abc") << QStringLiteral("=?UTF-8?Q?abc");
    QTest::newRow("Windows-1250") << QByteArray("=?windows-1250?Q?=9Cl=B9ski?=")
                                  << QString::fromUtf8("\xc5\x9bl\xc4\x85ski");
}

void TestBounceAnalyzer::encodedWords()
{
    QFETCH(QByteArray, raw);
    QFETCH(QString, decoded);
    QCOMPARE(mt::bounce::decodeHeaderValue(raw), decoded);
}

void TestBounceAnalyzer::charsets_data()
{
    QTest::addColumn<QByteArray>("charset");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("expected");
    QTest::newRow("ISO-8859-2 quoted-printable")
        << QByteArray("iso-8859-2") << QByteArray("Skrzynka pe=B3na: <ola@example.test>: 552 5.2.2 over quota")
        << QString::fromUtf8("Skrzynka pe\xc5\x82na");
    QTest::newRow("ISO-2022-JP") << QByteArray("iso-2022-jp")
                                 << QByteArray("\x1b$B%f!<%6\x1b(B <ola@example.test>: 550 user unknown")
                                 << QString::fromUtf8(
                                        "\xe3\x83\xa6\xe3\x83\xbc\xe3\x82\xb6 <ola@example.test>: 550 user unknown");
    QTest::newRow("unknown charset falls back")
        << QByteArray("x-klingon") << QByteArray("<ola@example.test>: 552 over quota \xff\xfe")
        << QStringLiteral("over quota");
}

void TestBounceAnalyzer::charsets()
{
    QFETCH(QByteArray, charset);
    QFETCH(QByteArray, body);
    QFETCH(QString, expected);
    const QByteArray message =
        "From: MAILER-DAEMON@example.test\nSubject: failure\nContent-Type: text/plain; charset=\"" + charset +
        "\"\nContent-Transfer-Encoding: quoted-printable\n\n" + body + "\n";
    const BounceReport report = analyzeBounce(message);
    QCOMPARE(report.recipients.size(), 1);
    QCOMPARE(report.recipients.first().recipient, QStringLiteral("ola@example.test"));
    QVERIFY2(report.recipients.first().diagnostic.contains(expected) ||
                 report.recipients.first().context.contains(expected),
             qPrintable(report.recipients.first().diagnostic));
}

void TestBounceAnalyzer::lineEnds_data()
{
    QTest::addColumn<QByteArray>("separator");
    QTest::newRow("LF") << QByteArray("\n");
    QTest::newRow("CRLF") << QByteArray("\r\n");
    QTest::newRow("bare CR") << QByteArray("\r");
}

void TestBounceAnalyzer::lineEnds()
{
    QFETCH(QByteArray, separator);
    QByteArray message = "From: MAILER-DAEMON@example.test|Subject: Undelivered|Content-Type: multipart/report; "
                         "boundary=XX||--XX|Content-Type: message/delivery-status||Final-Recipient: rfc822; "
                         "ola@example.test|Action: failed|Status: 5.2.2|Diagnostic-Code: smtp; 552 5.2.2 Mailbox "
                         "full|--XX--|";
    message.replace('|', separator);
    const BounceReport report = analyzeBounce(message);
    QCOMPARE(report.recipients.size(), 1);
    QCOMPARE(report.recipients.first().recipient, QStringLiteral("ola@example.test"));
    QCOMPARE(report.recipients.first().reason, QStringLiteral("mailboxfull"));
}

void TestBounceAnalyzer::brokenInput_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("binary") << QByteArray("\x00\xff\xfe\x01\x02=?=?\n\n--", 12);
    QTest::newRow("boundary never closed")
        << QByteArray("Content-Type: multipart/mixed; boundary=q\n\n--q\nContent-Type: text/plain\n\n550 x");
    QTest::newRow("empty boundary") << QByteArray("Content-Type: multipart/mixed; boundary=\"\"\n\n550 5.1.1 x");
    QTest::newRow("deep nesting") << [] {
        QByteArray data;
        for (int i = 0; i < 200; ++i) {
            data += "Content-Type: multipart/mixed; boundary=b" + QByteArray::number(i) + "\n\n--b" +
                    QByteArray::number(i) + "\n";
        }
        return data;
    }();
    QTest::newRow("truncated base64") << QByteArray(
        "Content-Type: text/plain\nContent-Transfer-Encoding: base64\n\nNTUw"
        "IDUuMS4xIFVzZXIgdW5rbm93bg=");
    QTest::newRow("bad quoted-printable")
        << QByteArray("Content-Type: text/plain\nContent-Transfer-Encoding: quoted-printable\n\n550 =ZZ =\n=4");
    QTest::newRow("header without body") << QByteArray("Subject: x\nFrom: y");
    QTest::newRow("delivery-status without fields")
        << QByteArray("Content-Type: multipart/report; boundary=z\n\n--z\nContent-Type: message/delivery-status\n\n"
                      "::::\n\n--z--");
}

void TestBounceAnalyzer::brokenInput()
{
    QFETCH(QByteArray, data);
    const BounceReport report = analyzeBounce(data);
    QVERIFY(!report.recipients.isEmpty());
    for (const auto &r : report.recipients) {
        QVERIFY(!r.reason.isEmpty());
    }
}

void TestBounceAnalyzer::noInventedStatus()
{
    const BounceReport report = analyzeBounce("Remote host said: 550 Administrative prohibition");
    QCOMPARE(report.recipients.first().status, QString());
    QCOMPARE(report.recipients.first().replyCode, QStringLiteral("550"));
    // An IP address is not a status code.
    const BounceReport ip = analyzeBounce("Connected to 10.5.1.2 but greeting failed.");
    QCOMPARE(ip.recipients.first().status, QString());
}

void TestBounceAnalyzer::hardAndSoft()
{
    QVERIFY(analyzeBounce("550 5.1.1 <a@example.test>: User unknown").recipients.first().hardBounce);
    QVERIFY(!analyzeBounce("452 4.2.2 <a@example.test>: Mailbox full").recipients.first().hardBounce);
    QVERIFY(!analyzeBounce("554 5.7.1 blocked using zen.spamhaus.org").recipients.first().hardBounce);
}

void TestBounceAnalyzer::feedbackReport()
{
    const QByteArray arf =
        "From: <abuse@isp.example>\nSubject: FW: abuse report\nMIME-Version: 1.0\n"
        "Content-Type: multipart/report; report-type=feedback-report; boundary=\"arf\"\n\n"
        "--arf\nContent-Type: text/plain\n\nThis is an email abuse report.\n\n"
        "--arf\nContent-Type: message/feedback-report\n\nFeedback-Type: abuse\nUser-Agent: X/1.0\n"
        "Version: 1\nOriginal-Rcpt-To: <ola@example.test>\nOriginal-Rcpt-To: <ewa@example.test>\n"
        "Source-IP: 192.0.2.44\n\n"
        "--arf\nContent-Type: text/rfc822-headers\n\nFrom: jan@kowalski.pl\nSubject: Promo\n--arf--\n";
    const BounceReport report = analyzeBounce(arf);
    QCOMPARE(report.kind, QStringLiteral("feedback"));
    QCOMPARE(report.recipients.size(), 2);
    QCOMPARE(report.recipients.at(1).recipient, QStringLiteral("ewa@example.test"));
    QCOMPARE(report.recipients.at(0).reason, QStringLiteral("feedback"));
    QCOMPARE(report.recipients.at(0).feedbackType, QStringLiteral("abuse"));
    QVERIFY(!report.recipients.at(0).hardBounce);
    QCOMPARE(report.sendingIp, QStringLiteral("192.0.2.44"));
    QCOMPARE(report.originalSubject, QStringLiteral("Promo"));
}

void TestBounceAnalyzer::autoReply()
{
    const BounceReport vacation = analyzeBounce("From: Ola <ola@example.test>\nSubject: Out of Office: Oferta\n"
                                                "Auto-Submitted: auto-replied\n\nI am away until Monday.\n");
    QCOMPARE(vacation.kind, QStringLiteral("autoreply"));
    QCOMPARE(vacation.recipients.first().reason, QStringLiteral("vacation"));
    QCOMPARE(vacation.recipients.first().recipient, QStringLiteral("ola@example.test"));
    // Postfix marks its bounces auto-replied too: still a bounce.
    const BounceReport bounce = analyzeBounce(
        "From: MAILER-DAEMON@mx.example.test\nSubject: Undelivered Mail Returned to Sender\n"
        "Auto-Submitted: auto-replied\n\n<ola@example.test>: host mx[192.0.2.1] said: 550 5.1.1 User unknown\n");
    QCOMPARE(bounce.recipients.first().reason, QStringLiteral("userunknown"));
}

void TestBounceAnalyzer::declaredBoundaryMissing()
{
    // The header names one boundary, the body uses another.
    const QByteArray message = "From: MAILER-DAEMON@mx.example.test\nSubject: failure\nContent-Type: multipart/report; "
                               "boundary=\"declared\"\n\n--actual-1234\nContent-Type: message/delivery-status\n\n"
                               "Final-Recipient: rfc822; ola@example.test\nAction: failed\nStatus: 5.2.2\n\n"
                               "--actual-1234--\n";
    const BounceReport report = analyzeBounce(message);
    QCOMPARE(report.kind, QStringLiteral("dsn"));
    QCOMPARE(report.recipients.first().recipient, QStringLiteral("ola@example.test"));
    QCOMPARE(report.recipients.first().reason, QStringLiteral("mailboxfull"));
}

QTEST_GUILESS_MAIN(TestBounceAnalyzer)
#include "tst_bounceanalyzer.moc"
