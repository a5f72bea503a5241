// `mailtriage-cli message` and `diagnose` on messages: a real process, knotd
// on loopback serving the keys of tests/support/dkimkeys.h, the JSON
// contract of docs/cli.md, bounded time on hostile input.
#include "cliprocess.h"
#include "dkimkeys.h"
#include "dkimsigner.h"
#include "dnsfixture.h"
#include "findingsutil.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace mt::test;

namespace {

// Handed in by 192.0.2.10, which signed.example.test's SPF allows; received at example.org.
const QByteArray message = "Return-Path: <jan@signed.example.test>\r\n"
                           "Received: from mx1.example.org (mx1.example.org [10.0.0.5])\r\n"
                           "\tby imap.example.org with LMTP id a1; Mon, 4 Mar 2024 10:00:09 +0100\r\n"
                           "Received: from out.signed.example.test (out.signed.example.test [192.0.2.10])\r\n"
                           "\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits))\r\n"
                           "\tby mx1.example.org (Postfix) with ESMTPS id b2 for <anna@example.org>;\r\n"
                           "\tMon, 4 Mar 2024 10:00:05 +0100 (CET)\r\n"
                           "Authentication-Results: mx1.example.org; spf=pass smtp.mailfrom=signed.example.test;\r\n"
                           " dkim=pass header.d=signed.example.test; dmarc=fail header.from=signed.example.test\r\n"
                           "From: Jan <jan@signed.example.test>\r\n"
                           "To: anna@example.org\r\n"
                           "Subject: Oferta\r\n"
                           "Date: Mon, 4 Mar 2024 10:00:00 +0100\r\n"
                           "Message-ID: <m1@signed.example.test>\r\n"
                           "\r\n"
                           "Tresc wiadomosci.\r\n";

// A newsletter handed in by 192.0.2.40, which has no PTR and which the SPF of signed.example.test does not
// list; no DKIM signature, no Message-ID, no List-Unsubscribe: why it lands in spam.
const QByteArray spamMessage = "Received: from mx1.example.org (mx1.example.org [10.0.0.5])\r\n"
                               "\tby imap.example.org with LMTP id a1; Mon, 4 Mar 2024 10:00:09 +0100\r\n"
                               "Received: from host.example.net (unknown [192.0.2.40])\r\n"
                               "\tby mx1.example.org (Postfix) with ESMTP id b2 for <anna@example.org>;\r\n"
                               "\tMon, 4 Mar 2024 10:00:05 +0100 (CET)\r\n"
                               "Return-Path: <jan@signed.example.test>\r\n"
                               "From: Jan <jan@signed.example.test>\r\n"
                               "To: anna@example.org\r\n"
                               "Subject: Newsletter\r\n"
                               "List-Id: <news.signed.example.test>\r\n"
                               "Date: Mon, 4 Mar 2024 10:00:00 +0100\r\n"
                               "\r\n"
                               "Tresc.\r\n";

// A Postfix DSN for RETURNED, quoted as a part of TYPE (message/rfc822, text/rfc822-headers), or inline in
// the notice's text when TYPE is empty.
QByteArray bounceOf(const QByteArray &returned, const QByteArray &type)
{
    const QByteArray notice = "This is the mail system at host mx.example.org.\r\n\r\n"
                              "I'm sorry to have to inform you that your message could not\r\n"
                              "be delivered to one or more recipients.\r\n\r\n"
                              "<nobody@example.org>: host mx.example.org[192.0.2.25] said: 550 5.1.1\r\n"
                              "    <nobody@example.org>: Recipient address rejected: User unknown\r\n";
    const QByteArray head = "From: MAILER-DAEMON@mx.example.org (Mail Delivery System)\r\n"
                            "To: jan@signed.example.test\r\n"
                            "Subject: Undelivered Mail Returned to Sender\r\n"
                            "Date: Mon, 4 Mar 2024 10:00:12 +0100\r\n"
                            "MIME-Version: 1.0\r\n";
    if (type.isEmpty()) {
        return head + "Content-Type: text/plain\r\n\r\n" + notice +
               "\r\n------ This is a copy of the message's headers. ------\r\n\r\n" +
               returned.left(returned.indexOf("\r\n\r\n") + 2);
    }
    const QByteArray quoted =
        type == "text/rfc822-headers" ? returned.left(returned.indexOf("\r\n\r\n") + 4) : returned;
    return head +
           "Content-Type: multipart/report; report-type=delivery-status; boundary=\"B1\"\r\n\r\n"
           "--B1\r\nContent-Type: text/plain\r\n\r\n" +
           notice +
           "\r\n--B1\r\nContent-Type: message/delivery-status\r\n\r\n"
           "Reporting-MTA: dns; mx.example.org\r\n\r\n"
           "Final-Recipient: rfc822; nobody@example.org\r\nAction: failed\r\nStatus: 5.1.1\r\n"
           "Diagnostic-Code: smtp; 550 5.1.1 <nobody@example.org>: Recipient address rejected: User unknown\r\n"
           "\r\n--B1\r\nContent-Type: " +
           type + "\r\n\r\n" + quoted + "\r\n--B1--\r\n";
}

QJsonArray findingsOf(const CliRun &run)
{
    return QJsonDocument::fromJson(run.out).object().value(QStringLiteral("findings")).toArray();
}

QJsonObject findingWith(const QJsonArray &findings, const QString &code)
{
    for (const QJsonValue &v : findings) {
        if (v.toObject().value(QStringLiteral("code")).toString() == code) {
            return v.toObject();
        }
    }
    return {};
}

QStringList codes(const QJsonArray &findings)
{
    QStringList out;
    for (const QJsonValue &v : findings) {
        out << v.toObject().value(QStringLiteral("code")).toString();
    }
    return out;
}

} // namespace

class TestCliMessage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void verify_data();
    void verify();
    void worstFirst();
    void arcFixture();
    void diagnoseDetectsMessage();
    void textInPolish();
    void hostileInput_data();
    void hostileInput();
    void spamAnswer_data();
    void spamAnswer();
    void bounceReturnsMessage_data();
    void bounceReturnsMessage();
    void bounceAnswerStaysTheBounces();

private:
    QString write(const QString &name, const QByteArray &data);
    QStringList dns() const { return {QStringLiteral("--dns"), m_fixture->address()}; }

    std::unique_ptr<DnsFixture> m_fixture;
    QTemporaryDir m_dir;
};

void TestCliMessage::initTestCase()
{
    QVERIFY2(!qEnvironmentVariable("MAILTRIAGE_CLI").isEmpty(), "MAILTRIAGE_CLI must name the binary");
    m_fixture = std::make_unique<DnsFixture>();
    QVERIFY2(m_fixture->ok(), qPrintable(m_fixture->error()));
    QVERIFY(m_dir.isValid());
}

QString TestCliMessage::write(const QString &name, const QByteArray &data)
{
    QFile file(m_dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly)) {
        return {};
    }
    file.write(data);
    return file.fileName();
}

void TestCliMessage::verify_data()
{
    QTest::addColumn<QString>("selector");
    QTest::addColumn<QByteArray>("from");
    QTest::addColumn<QByteArray>("to");
    QTest::addColumn<QString>("dkim");
    QTest::addColumn<QString>("dmarc");
    QTest::newRow("rsa 2048 passes") << "msg2048" << QByteArray() << QByteArray() << "dkim_verify.pass"
                                     << "auth.dmarc_pass";
    QTest::newRow("ed25519 passes") << "msged" << QByteArray() << QByteArray() << "dkim_verify.pass"
                                    << "auth.dmarc_pass";
    QTest::newRow("body changed") << "msg2048" << QByteArray("Tresc") << QByteArray("Treść") << "dkim_verify.body_hash"
                                  << "auth.dmarc_pass"; // SPF still aligns
    QTest::newRow("subject changed") << "msged" << QByteArray("Subject: Oferta") << QByteArray("Subject: Oferty")
                                     << "dkim_verify.signature"
                                     << "auth.dmarc_pass";
    QTest::newRow("revoked key") << "msgrevoked" << QByteArray() << QByteArray() << "dkim_verify.key_revoked"
                                 << "auth.dmarc_pass";
    QTest::newRow("unknown selector") << "nosuch" << QByteArray() << QByteArray() << "dkim_verify.key_not_found"
                                      << "auth.dmarc_pass";
}

void TestCliMessage::verify()
{
    QFETCH(QString, selector);
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    QFETCH(QString, dkim);
    QFETCH(QString, dmarc);
    const TestKey key = TestKey::fromPem(selector == QLatin1String("msged") ? dkimkeys::signedEd25519Private
                                                                            : dkimkeys::signedRsa2048Private);
    SignOptions options;
    options.domain = QStringLiteral("signed.example.test");
    options.selector = selector;
    QByteArray signedMessage = signMessage(message, key, options);
    if (!from.isEmpty()) {
        signedMessage.replace(from, to);
    }
    const QString file = write(selector + QStringLiteral(".eml"), signedMessage);
    const CliRun run = runCli(
        QStringList{QStringLiteral("message"), file, QStringLiteral("--format"), QStringLiteral("json")} + dns());
    QCOMPARE(run.exitCode, 0);
    const QJsonObject root = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(root.value(QStringLiteral("kind")).toString(), QStringLiteral("message"));
    const QJsonArray findings = findingsOf(run);
    const QJsonObject signature = findingWith(findings, dkim);
    QVERIFY2(!signature.isEmpty(), qPrintable(codes(findings).join(QLatin1Char(' '))));
    QCOMPARE(signature.value(QStringLiteral("check")).toString(), QStringLiteral("dkim_verify"));
    QCOMPARE(signature.value(QStringLiteral("subject")).toString(), QStringLiteral("signed.example.test"));
    QVERIFY2(!findingWith(findings, dmarc).isEmpty(), qPrintable(codes(findings).join(QLatin1Char(' '))));
    QVERIFY2(!findingWith(findings, QStringLiteral("auth.spf_pass")).isEmpty(),
             qPrintable(codes(findings).join(QLatin1Char(' '))));
    const QJsonObject path = findingWith(findings, QStringLiteral("hops.path"));
    QCOMPARE(path.value(QStringLiteral("data")).toObject().value(QStringLiteral("sending_ip")).toString(),
             QStringLiteral("192.0.2.10"));
    QCOMPARE(path.value(QStringLiteral("data")).toObject().value(QStringLiteral("hops")).toArray().size(), 2);
    // The receiver wrote dmarc=fail; checking now gives pass: shown as a disagreement.
    QStringList disputed;
    for (const QJsonValue &v : findings) {
        if (v.toObject().value(QStringLiteral("code")).toString() == QLatin1String("auth.disagreement")) {
            disputed
                << v.toObject().value(QStringLiteral("data")).toObject().value(QStringLiteral("method")).toString();
        }
    }
    QVERIFY2(disputed.contains(QStringLiteral("dmarc")), qPrintable(disputed.join(QLatin1Char(' '))));
    // dkim=pass was written; only a failing signature here disputes it.
    QCOMPARE(disputed.contains(QStringLiteral("dkim")), dkim != QLatin1String("dkim_verify.pass"));
}

void TestCliMessage::worstFirst()
{
    const CliRun run = runCli(QStringList{QStringLiteral("message"), QStringLiteral("-"), QStringLiteral("--format"),
                                          QStringLiteral("json")} +
                                  dns(),
                              message);
    QCOMPARE(run.exitCode, 0);
    const QStringList order{QStringLiteral("error"), QStringLiteral("warning"), QStringLiteral("info"),
                            QStringLiteral("ok")};
    int last = 0;
    const QJsonArray findings = findingsOf(run);
    QVERIFY(!findings.isEmpty());
    for (const QJsonValue &v : findings) {
        const int rank = int(order.indexOf(v.toObject().value(QStringLiteral("severity")).toString()));
        QVERIFY(rank >= last);
        last = rank;
    }
    QVERIFY(!findingWith(findings, QStringLiteral("dkim_verify.none")).isEmpty());
}

void TestCliMessage::arcFixture()
{
    // Signed and sealed by dkimpy (tests/fixtures/messages/signed-arc.eml) with the msg2048 key.
    const CliRun run = runCli(QStringList{QStringLiteral("message"),
                                          QStringLiteral(MAILTRIAGE_TEST_FIXTURES "/messages/signed-arc.eml"),
                                          QStringLiteral("--format"), QStringLiteral("json")} +
                              dns());
    QCOMPARE(run.exitCode, 0);
    const QJsonArray findings = findingsOf(run);
    QVERIFY2(!findingWith(findings, QStringLiteral("arc.pass")).isEmpty(), qPrintable(codes(findings).join(u' ')));
    QVERIFY2(!findingWith(findings, QStringLiteral("dkim_verify.pass")).isEmpty(),
             qPrintable(codes(findings).join(u' ')));
    // A list without one-click unsubscription.
    QVERIFY2(!findingWith(findings, QStringLiteral("message.no_one_click")).isEmpty(),
             qPrintable(codes(findings).join(u' ')));
}

void TestCliMessage::diagnoseDetectsMessage()
{
    const CliRun run = runCli(QStringList{QStringLiteral("diagnose"), QStringLiteral("-"), QStringLiteral("--format"),
                                          QStringLiteral("json")} +
                                  dns(),
                              message);
    const QJsonObject root = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(root.value(QStringLiteral("kind")).toString(), QStringLiteral("message"));
    // The sending IP gets the IP checks.
    bool ptr = false;
    for (const QJsonValue &v : root.value(QStringLiteral("findings")).toArray()) {
        ptr = ptr || (v.toObject().value(QStringLiteral("check")).toString() == QLatin1String("ptr") &&
                      v.toObject().value(QStringLiteral("subject")).toString() == QLatin1String("192.0.2.10"));
    }
    QVERIFY(ptr);
}

void TestCliMessage::textInPolish()
{
    const CliRun run = runCli(
        QStringList{QStringLiteral("message"), QStringLiteral("-"), QStringLiteral("--lang"), QStringLiteral("pl")} +
            dns(),
        message);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains("DKIM"), run.out.constData());
    QVERIFY2(!run.out.contains("The message has no DKIM signature"), run.out.constData());
}

void TestCliMessage::hostileInput_data()
{
    QTest::addColumn<QByteArray>("data");
    QByteArray many;
    for (int i = 0; i < 5000; ++i) {
        many += "Received: from h" + QByteArray::number(i) + ".example.net ([192.0.2." + QByteArray::number(i % 250) +
                "]) by mx.example.org; Mon, 4 Mar 2024 09:00:00 +0000\r\n";
    }
    QTest::newRow("5000 Received lines") << many + message;
    QTest::newRow("1 MB header line") << "X-Long: " + QByteArray(1024 * 1024, 'x') + "\r\n" + message;
    QTest::newRow("1 MB folded Received") << "Received: from a" + QByteArray(1024 * 1024, ' ') +
                                                 "\r\n by b; Mon, 4 Mar 2024 09:00:00 +0000\r\n" + message;
    QTest::newRow("broken base64 in b=")
        << "DKIM-Signature: v=1; a=rsa-sha256; d=signed.example.test; s=msg2048; h=from; bh=AAAA; b=@@@!!\r\n" +
               message;
    QTest::newRow("signature without tags") << "DKIM-Signature: ;;;==;\r\n" + message;
    QTest::newRow("ARC garbage") << "ARC-Seal: i=99; cv=pass\r\nARC-Message-Signature: i=x\r\n" + message;
    QTest::newRow("binary") << QByteArray("\0\1\2From: \xff\xfe\r\n\r\n", 14);
    // Signatures: hundreds, each with its own l= (a body hash each), or naming a field 100,000 times in h=.
    const QByteArray fakeHashes = "bh=" + QByteArray(32, '\0').toBase64() + "; b=" + QByteArray(256, 1).toBase64();
    QByteArray distinctLengths;
    for (int i = 0; i < 400; ++i) {
        distinctLengths += "DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=signed.example.test; s=msg2048; "
                           "h=from:to; l=" +
                           QByteArray::number(1000 + i * 5000) + "; " + fakeHashes + "\r\n";
    }
    QTest::newRow("400 signatures, 400 body lengths, 2 MB body")
        << distinctLengths + message + (QByteArray(32 * 1024, 'x') + "\r\n").repeated(64);
    QByteArray longLists;
    const QByteArray names = QByteArray("from:").repeated(100000) + "to";
    for (int i = 0; i < 60; ++i) {
        longLists += "DKIM-Signature: v=1; a=rsa-sha256; d=signed.example.test; s=msg2048; h=" + names + "; " +
                     fakeHashes + "\r\n";
    }
    QTest::newRow("60 signatures naming From 100000 times") << longLists + message;
}

void TestCliMessage::hostileInput()
{
    QFETCH(QByteArray, data);
    QElapsedTimer timer;
    timer.start();
    const CliRun run = runCli(QStringList{QStringLiteral("message"), QStringLiteral("-"), QStringLiteral("--format"),
                                          QStringLiteral("json")} +
                                  dns(),
                              data);
    QCOMPARE(run.exitCode, 0);
    QVERIFY(!findingsOf(run).isEmpty());
    QVERIFY2(timer.elapsed() < 20000, qPrintable(QString::number(timer.elapsed())));
}

void TestCliMessage::spamAnswer_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("lang");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QStringList>("unexpected");

    auto signedWith = [](const char *selector, std::optional<qint64> timestamp = std::nullopt) {
        SignOptions options;
        options.domain = QStringLiteral("signed.example.test");
        options.selector = QString::fromLatin1(selector);
        options.timestamp = timestamp;
        return signMessage(message, TestKey::fromPem(dkimkeys::signedRsa2048Private), options);
    };
    const QStringList english{QStringLiteral("Hello,"), QStringLiteral("What to do:")};
    const QStringList polish{QStringLiteral("Dzień dobry,"), QStringLiteral("Co zrobić:")};

    QTest::newRow("unsigned newsletter from an unlisted server, English")
        << spamMessage << QStringLiteral("en") << 1
        << english +
               QStringList{QStringLiteral("We have checked the message from signed.example.test that you sent us"),
                           QStringLiteral("This is what makes receiving servers put the message in spam"),
                           QStringLiteral("SPF fails: the SPF record of signed.example.test does not allow 192.0.2.40"),
                           // The domain check's SPF advice, its corrected record allowing the sending server.
                           QStringLiteral("In the DNS of signed.example.test, replace the SPF record"),
                           QStringLiteral("v=spf1 ip4:192.0.2.10 include:spf.tld.pl ip4:192.0.2.40 -all"),
                           QStringLiteral("192.0.2.40 has no reverse DNS"),
                           QStringLiteral("DMARC fails for signed.example.test"),
                           QStringLiteral("Turn on DKIM signing for signed.example.test"),
                           QStringLiteral("List-Unsubscribe=One-Click"),
                           QStringLiteral("Message-ID of the form <unique-id@signed.example.test>")}
        << QStringList{QStringLiteral("[FOR STAFF"), QStringLiteral("Hop "), QStringLiteral("Dzień dobry")};
    QTest::newRow("unsigned newsletter from an unlisted server, Polish")
        << spamMessage << QStringLiteral("pl") << 1
        << polish + QStringList{QStringLiteral("Sprawdziliśmy przesłaną nam wiadomość od signed.example.test"),
                                QStringLiteral("Oto przyczyny"),
                                QStringLiteral("W DNS domeny signed.example.test prosimy zastąpić rekord SPF"),
                                QStringLiteral("v=spf1 ip4:192.0.2.10 include:spf.tld.pl ip4:192.0.2.40 -all"),
                                QStringLiteral("Prosimy ustawić odwrotny DNS adresu 192.0.2.40"),
                                QStringLiteral("Prosimy włączyć podpisywanie DKIM dla signed.example.test"),
                                QStringLiteral("Prosimy dodać do wiadomości newslettera")}
        << QStringList{QStringLiteral("What to do"), QStringLiteral("SPF fails"), QStringLiteral("Włącz "),
                       QStringLiteral("Dodaj "), QStringLiteral("[DLA PERSONELU")};
    // The key check's advice for a revoked key; SPF aligns, so DMARC still passes.
    QTest::newRow("signed with a revoked key, English")
        << signedWith("msgrevoked") << QStringLiteral("en") << 1
        << english + QStringList{QStringLiteral("The DKIM signature of signed.example.test fails: the key under the "
                                                "selector \"msgrevoked\" is revoked"),
                                 QStringLiteral("If your mail server still signs with the selector of "
                                                "msgrevoked._domainkey.signed.example.test")}
        << QStringList{QStringLiteral("SPF fails"), QStringLiteral("DMARC fails"), QStringLiteral("[FOR STAFF")};
    const qint64 anHourAhead = QDateTime::currentSecsSinceEpoch() + 3600;
    QTest::newRow("signed with t= an hour ahead, Polish")
        << signedWith("msg2048", anHourAhead) << QStringLiteral("pl") << 1
        << polish + QStringList{QStringLiteral("Podpis DKIM domeny signed.example.test (selektor „msg2048”) ma datę "
                                               "z przyszłości"),
                                QStringLiteral("Prosimy prawidłowo ustawić zegar serwera poczty, który podpisuje "
                                               "wiadomości dla signed.example.test")}
        << QStringList{QStringLiteral("SPF jest niepoprawny")};
    QTest::newRow("signed and sent through its own server: no problem")
        << signedWith("msg2048") << QStringLiteral("en") << 0
        << english.mid(0, 1) + QStringList{QStringLiteral("We found no problems")}
        << QStringList{QStringLiteral("This is what makes"), QStringLiteral("What to do:")};
}

void TestCliMessage::spamAnswer()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, lang);
    QFETCH(int, exitCode);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, unexpected);
    const CliRun run = runCli(QStringList{QStringLiteral("diagnose"), QStringLiteral("-"), QStringLiteral("--format"),
                                          QStringLiteral("answer"), QStringLiteral("--lang"), lang,
                                          QStringLiteral("--dnsbl"), QStringLiteral("rhsbl.example.test")} +
                                  dns(),
                              data);
    const QString out = QString::fromUtf8(run.out);
    QVERIFY2(run.exitCode == exitCode, qPrintable(QStringLiteral("exit %1\n%2").arg(run.exitCode).arg(out)));
    const QString mismatch = mt::test::textMismatch(out, expected, unexpected);
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
}

void TestCliMessage::bounceReturnsMessage_data()
{
    QTest::addColumn<QByteArray>("type");
    QTest::addColumn<QString>("command");
    QTest::newRow("message/rfc822, message command") << QByteArray("message/rfc822") << QStringLiteral("message");
    QTest::newRow("message/rfc822, diagnose") << QByteArray("message/rfc822") << QStringLiteral("diagnose");
    QTest::newRow("text/rfc822-headers, message command")
        << QByteArray("text/rfc822-headers") << QStringLiteral("message");
    QTest::newRow("headers quoted in the notice, diagnose") << QByteArray() << QStringLiteral("diagnose");
}

void TestCliMessage::bounceReturnsMessage()
{
    QFETCH(QByteArray, type);
    QFETCH(QString, command);
    SignOptions options;
    options.domain = QStringLiteral("signed.example.test");
    options.selector = QStringLiteral("msg2048");
    const QByteArray original = signMessage(message, TestKey::fromPem(dkimkeys::signedRsa2048Private), options);
    const CliRun run =
        runCli(QStringList{command, QStringLiteral("-"), QStringLiteral("--format"), QStringLiteral("json")} + dns(),
               bounceOf(original, type));
    const QJsonArray findings = findingsOf(run);
    QVERIFY2(!findings.isEmpty(), run.err.constData());
    // The bounce's verdict first: the recipient does not exist.
    const QJsonObject first = findings.first().toObject();
    QCOMPARE(first.value(QStringLiteral("check")).toString(), QStringLiteral("bounce"));
    QCOMPARE(first.value(QStringLiteral("data")).toObject().value(QStringLiteral("reason")).toString(),
             QStringLiteral("userunknown"));
    // The returned message: its path, its sending server, its signature (headers only: the body a bounce
    // returns may be cut).
    QVERIFY2(!findingWith(findings, QStringLiteral("message.returned")).isEmpty(),
             qPrintable(codes(findings).join(u' ')));
    const QJsonObject path = findingWith(findings, QStringLiteral("hops.path"));
    QCOMPARE(path.value(QStringLiteral("data")).toObject().value(QStringLiteral("sending_ip")).toString(),
             QStringLiteral("192.0.2.10"));
    const QJsonObject dkim = findingWith(findings, QStringLiteral("dkim_verify.pass_headers_only"));
    QVERIFY2(!dkim.isEmpty(), qPrintable(codes(findings).join(u' ')));
    QCOMPARE(dkim.value(QStringLiteral("subject")).toString(), QStringLiteral("signed.example.test"));
    QVERIFY2(!findingWith(findings, QStringLiteral("auth.spf_pass")).isEmpty(), qPrintable(codes(findings).join(u' ')));
    // Everything about the returned message is for staff, and none outranks the bounce.
    for (const QJsonValue &v : findings) {
        const QJsonObject f = v.toObject();
        if (f.value(QStringLiteral("data")).toObject().value(QStringLiteral("returned_message")).toBool()) {
            QVERIFY(f.value(QStringLiteral("staff_only")).toBool());
            QVERIFY(f.value(QStringLiteral("severity")).toString() != QLatin1String("error"));
        }
    }
}

void TestCliMessage::bounceAnswerStaysTheBounces()
{
    // The original failed DKIM (its Subject changed), but the answer is about the unknown recipient.
    SignOptions options;
    options.domain = QStringLiteral("signed.example.test");
    options.selector = QStringLiteral("msg2048");
    QByteArray original = signMessage(message, TestKey::fromPem(dkimkeys::signedRsa2048Private), options);
    original.replace("Subject: Oferta", "Subject: Oferty");
    const CliRun run = runCli(QStringList{QStringLiteral("diagnose"), QStringLiteral("-"), QStringLiteral("--format"),
                                          QStringLiteral("answer"), QStringLiteral("--lang"), QStringLiteral("en")} +
                                  dns(),
                              bounceOf(original, "message/rfc822"));
    const QString out = QString::fromUtf8(run.out);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(out.contains(QStringLiteral("nobody@example.org")), qPrintable(out));
    QVERIFY2(!out.contains(QStringLiteral("DKIM")), qPrintable(out));
    QVERIFY2(!out.contains(QStringLiteral("spam")), qPrintable(out));
}

QTEST_GUILESS_MAIN(TestCliMessage)
#include "tst_cli_message.moc"
