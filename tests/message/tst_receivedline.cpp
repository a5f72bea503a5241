// Received: lines in the forms the common servers write, and the hop chain built from them.
#include "message/hopchain.h"
#include "message/hopfindings.h"
#include "message/receivedline.h"

#include <QElapsedTimer>
#include <QTest>

using namespace mt;
using namespace mt::message;

class TestReceivedLine : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void chain();
    void clockSkew();
    void manyHopsBounded();
    void longLineBounded();
};

void TestReceivedLine::parse_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QString>("helo");
    QTest::addColumn<QString>("fromHost");
    QTest::addColumn<QString>("fromIp");
    QTest::addColumn<QString>("by");
    QTest::addColumn<QString>("with");
    QTest::addColumn<QString>("tls");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("forAddress");
    QTest::addColumn<QString>("date"); // ISO, UTC

    QTest::newRow("postfix") << QByteArray("from smtp.example.test (smtp.example.test [192.0.2.10]) (using TLSv1.3 "
                                           "with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)) (No client "
                                           "certificate requested) by mx1.example.org (Postfix) with ESMTPS id "
                                           "4TpQ2x0Zl5z9rxL for <anna@example.org>; Mon, 4 Mar 2024 10:00:05 +0100 "
                                           "(CET)")
                             << "smtp.example.test"
                             << "smtp.example.test"
                             << "192.0.2.10"
                             << "mx1.example.org"
                             << "ESMTPS"
                             << "TLSv1.3 TLS_AES_256_GCM_SHA384"
                             << "4TpQ2x0Zl5z9rxL"
                             << "anna@example.org"
                             << "2024-03-04T09:00:05Z";
    QTest::newRow("postfix unknown rdns") << QByteArray("from laptop (unknown [198.51.100.7]) by mail.example.org "
                                                        "(Postfix) with ESMTPSA id 1A2B3C; Tue, 5 Mar 2024 08:00:00 "
                                                        "+0000")
                                          << "laptop"
                                          << ""
                                          << "198.51.100.7"
                                          << "mail.example.org"
                                          << "ESMTPSA"
                                          << "TLS"
                                          << "1A2B3C"
                                          << ""
                                          << "2024-03-05T08:00:00Z";
    QTest::newRow("exim") << QByteArray(
                                 "from mail-ed1-f41.example.com ([209.85.208.41]:45678 helo=mail-ed1.example.com) "
                                 "by mx.example.org with esmtps  (TLS1.3) tls TLS_AES_128_GCM_SHA256 (Exim 4.96) "
                                 "(envelope-from <jan@example.com>) id 1rhABC-000123-4x for anna@example.org; "
                                 "Mon, 04 Mar 2024 10:00:00 +0000")
                          << "mail-ed1.example.com"
                          << "mail-ed1-f41.example.com"
                          << "209.85.208.41"
                          << "mx.example.org"
                          << "esmtps"
                          << "TLS1.3 TLS_AES_128_GCM_SHA256"
                          << "1rhABC-000123-4x"
                          << "anna@example.org"
                          << "2024-03-04T10:00:00Z";
    QTest::newRow("sendmail") << QByteArray("from relay.example.net (relay.example.net [203.0.113.5]) by "
                                            "mail.example.org (8.15.2/8.15.2) with ESMTP id 424A0x1F012345 for "
                                            "<anna@example.org>; Mon, 4 Mar 2024 11:00:01 +0100")
                              << "relay.example.net"
                              << "relay.example.net"
                              << "203.0.113.5"
                              << "mail.example.org"
                              << "ESMTP"
                              << ""
                              << "424A0x1F012345"
                              << "anna@example.org"
                              << "2024-03-04T10:00:01Z";
    QTest::newRow("qmail network") << QByteArray("from unknown (HELO mail.example.net) (203.0.113.9) by "
                                                 "mx.example.org with SMTP; 4 Mar 2024 10:00:00 -0000")
                                   << "mail.example.net"
                                   << ""
                                   << "203.0.113.9"
                                   << "mx.example.org"
                                   << "SMTP"
                                   << ""
                                   << ""
                                   << ""
                                   << "2024-03-04T10:00:00Z";
    QTest::newRow("qmail invoked") << QByteArray("(qmail 12345 invoked by uid 89); 4 Mar 2024 10:00:00 -0000") << ""
                                   << ""
                                   << ""
                                   << ""
                                   << ""
                                   << ""
                                   << ""
                                   << ""
                                   << "2024-03-04T10:00:00Z";
    QTest::newRow("exchange") << QByteArray("from AM0PR02MB1234.eurprd02.prod.outlook.com (2603:10a6:208:11c::20) "
                                            "by AM9PR02MB5678.eurprd02.prod.outlook.com (2603:10a6:20b:3e1::15) "
                                            "with Microsoft SMTP Server (version=TLS1_2, "
                                            "cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.7339.36; Mon, 4 "
                                            "Mar 2024 10:00:00 +0000")
                              << "AM0PR02MB1234.eurprd02.prod.outlook.com"
                              << ""
                              << "2603:10a6:208:11c::20"
                              << "AM9PR02MB5678.eurprd02.prod.outlook.com"
                              << "Microsoft"
                              << "TLS1_2 TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384"
                              << "15.20.7339.36"
                              << ""
                              << "2024-03-04T10:00:00Z";
    QTest::newRow("gmail") << QByteArray("from mail-sor-f41.google.com (mail-sor-f41.google.com. [209.85.220.41]) by "
                                         "mx.google.com with SMTPS id a640c23a62f3a-a44e5c0e7bbsor123456766b.5.2024."
                                         "03.04.02.00.00 for <anna@gmail.com> (Google Transport Security); Mon, 04 "
                                         "Mar 2024 02:00:00 -0800 (PST)")
                           << "mail-sor-f41.google.com"
                           << "mail-sor-f41.google.com"
                           << "209.85.220.41"
                           << "mx.google.com"
                           << "SMTPS"
                           << "TLS"
                           << "a640c23a62f3a-a44e5c0e7bbsor123456766b.5.2024.03.04.02.00.00"
                           << "anna@gmail.com"
                           << "2024-03-04T10:00:00Z";
    QTest::newRow("yahoo") << QByteArray("from 198.51.100.20 by atlas123.free.mail.ne1.yahoo.com with HTTP; Mon, 4 "
                                         "Mar 2024 10:00:00 +0000")
                           << ""
                           << ""
                           << "198.51.100.20"
                           << "atlas123.free.mail.ne1.yahoo.com"
                           << "HTTP"
                           << ""
                           << ""
                           << ""
                           << "2024-03-04T10:00:00Z";
    QTest::newRow("courier") << QByteArray("from mail.example.net (mail.example.net [::ffff:203.0.113.33]) "
                                           "(TLS: TLSv1.2,256bits,ECDHE-RSA-AES256-GCM-SHA384) by mx.example.org "
                                           "with ESMTPS; Mon, 04 Mar 2024 10:00:00 +0000")
                             << "mail.example.net"
                             << "mail.example.net"
                             << "203.0.113.33"
                             << "mx.example.org"
                             << "ESMTPS"
                             << "TLSv1.2"
                             << ""
                             << ""
                             << "2024-03-04T10:00:00Z";
    QTest::newRow("dovecot lmtp") << QByteArray("from mx1.example.org by imap.example.org with LMTP id "
                                                "kLqGJ4Ul5mX+CQAA for <anna@example.org>; Mon, 04 Mar 2024 10:00:08 "
                                                "+0100")
                                  << "mx1.example.org"
                                  << ""
                                  << ""
                                  << "imap.example.org"
                                  << "LMTP"
                                  << ""
                                  << "kLqGJ4Ul5mX+CQAA"
                                  << "anna@example.org"
                                  << "2024-03-04T09:00:08Z";
    QTest::newRow("no date") << QByteArray("from a.example by b.example") << "a.example"
                             << ""
                             << ""
                             << "b.example"
                             << ""
                             << ""
                             << ""
                             << ""
                             << "";
}

void TestReceivedLine::parse()
{
    QFETCH(QByteArray, value);
    const ReceivedLine line = parseReceivedLine(value);
    QTEST(line.helo, "helo");
    QTEST(line.fromHost, "fromHost");
    QTEST(line.fromIp, "fromIp");
    QTEST(line.by, "by");
    QTEST(line.with, "with");
    QTEST(line.tls, "tls");
    QTEST(line.id, "id");
    QTEST(line.forAddress, "forAddress");
    QTEST(line.date.isValid() ? line.date.toUTC().toString(Qt::ISODate) : QString(), "date");
}

void TestReceivedLine::chain()
{
    const QByteArray headers =
        "Received: from mx1.example.org (mx1.example.org [10.0.0.5]) by imap.example.org with LMTP id x1;\n"
        " Mon, 4 Mar 2024 10:02:10 +0100\n"
        "Received: from smtp.example.test (smtp.example.test [192.0.2.10]) by mx1.example.org (Postfix)\n"
        "\twith ESMTPS id x2 for <anna@example.org>; Mon, 4 Mar 2024 10:02:05 +0100\n"
        "Received: from [10.1.1.2] (unknown [198.51.100.7]) by smtp.example.test with ESMTPSA id x3;\n"
        " Mon, 4 Mar 2024 09:00:00 +0000\n"
        "From: jan@example.test\n"
        "Date: Mon, 4 Mar 2024 09:59:58 +0100\n\n";
    const HopChain chain = buildHopChain(parseRawMessage(headers));
    QCOMPARE(chain.hops.size(), 3);
    QCOMPARE(chain.sendingIp, QStringLiteral("192.0.2.10"));
    QCOMPARE(chain.sendingHop, 1);
    QCOMPARE(chain.receivingDomain, QStringLiteral("example.org"));
    QCOMPARE(*chain.hops.at(0).delaySeconds, 2);
    QCOMPARE(*chain.hops.at(1).delaySeconds, 125);
    QCOMPARE(*chain.hops.at(2).delaySeconds, 5);
    QCOMPARE(*chain.totalSeconds, 132);
    const Findings findings = hopFindings(chain);
    QCOMPARE(findings.last().code, QStringLiteral("hops.path"));
    QCOMPARE(findings.last().data.value(QStringLiteral("hops")).toList().size(), 3);
}

void TestReceivedLine::clockSkew()
{
    const QByteArray headers = "Received: from a.example.net (a.example.net [192.0.2.1]) by b.example.org; Mon, 4 "
                               "Mar 2024 09:00:00 +0000\n"
                               "Received: from c.example.net (c.example.net [192.0.2.2]) by a.example.net; Mon, 4 "
                               "Mar 2024 10:00:00 +0000\n\n";
    const Findings findings = hopFindings(buildHopChain(parseRawMessage(headers)));
    QCOMPARE(findings.first().code, QStringLiteral("hops.clock_skew"));
}

void TestReceivedLine::manyHopsBounded()
{
    QByteArray headers;
    for (int i = 0; i < 5000; ++i) {
        headers += "Received: from h" + QByteArray::number(i) + ".example.net (h.example.net [192.0.2." +
                   QByteArray::number(i % 250) + "]) by mx.example.org with ESMTP id " + QByteArray::number(i) +
                   "; Mon, 4 Mar 2024 09:00:00 +0000\n";
    }
    headers += "\n";
    QElapsedTimer timer;
    timer.start();
    const HopChain chain = buildHopChain(parseRawMessage(headers));
    QCOMPARE(chain.hops.size(), 5000);
    QVERIFY(!hopFindings(chain).isEmpty());
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
}

void TestReceivedLine::longLineBounded()
{
    const QByteArray huge = "Received: from " + QByteArray(1024 * 1024, 'a') +
                            " by b; Mon, 4 Mar 2024 09:00:00 +0000\n"
                            "Subject: " +
                            QByteArray(1024 * 1024, '(') + "\n\n";
    QElapsedTimer timer;
    timer.start();
    const HopChain chain = buildHopChain(parseRawMessage(huge));
    QCOMPARE(chain.hops.size(), 1);
    QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
}

QTEST_GUILESS_MAIN(TestReceivedLine)
#include "tst_receivedline.moc"
