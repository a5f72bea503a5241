// bench_message [DELAY_MS]: the message analyzer.
//  - DKIM verification of a 25 MB message with two signatures (relaxed and
//    simple body, so the body is hashed once per canonicalization), MB/s on
//    one core (target >= 300 MB/s);
//  - Received-line parsing, headers/s (target >= 50,000);
//  - the whole analysis of a typical signed message through a proxy that
//    delays every DNS reply by D (keys, SPF, DMARC asked at once; target <= 3 D).
#include "benchsupport.h"
#include "dkimkeys.h"
#include "dkimsigner.h"
#include "dnsfixture.h"
#include "message/messageanalysis.h"
#include "message/messagecheck.h"
#include "message/receivedline.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>

using namespace mt;
using namespace mt::test;

namespace {

const QByteArray headers = "Return-Path: <jan@signed.example.test>\r\n"
                           "Received: from mx1.example.org (mx1.example.org [10.0.0.5])\r\n"
                           "\tby imap.example.org with LMTP id a1; Mon, 4 Mar 2024 10:00:09 +0100\r\n"
                           "Received: from out.signed.example.test (out.signed.example.test [192.0.2.10])\r\n"
                           "\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits))\r\n"
                           "\tby mx1.example.org (Postfix) with ESMTPS id b2 for <anna@example.org>;\r\n"
                           "\tMon, 4 Mar 2024 10:00:05 +0100 (CET)\r\n"
                           "From: Jan <jan@signed.example.test>\r\n"
                           "To: anna@example.org\r\n"
                           "Subject: Oferta\r\n"
                           "Date: Mon, 4 Mar 2024 10:00:00 +0100\r\n"
                           "Message-ID: <m1@signed.example.test>\r\n"
                           "\r\n";

QByteArray twiceSigned(const QByteArray &body)
{
    SignOptions rsa;
    rsa.domain = QStringLiteral("signed.example.test");
    rsa.selector = QStringLiteral("msg2048");
    rsa.canonicalization = QStringLiteral("relaxed/relaxed");
    SignOptions ed = rsa;
    ed.selector = QStringLiteral("msged");
    ed.canonicalization = QStringLiteral("simple/simple");
    const QByteArray once = signMessage(headers + body, TestKey::fromPem(dkimkeys::signedRsa2048Private), rsa);
    return signMessage(once, TestKey::fromPem(dkimkeys::signedEd25519Private), ed);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int delay = bench::delayArgument(argc, argv);
    const QDateTime now = QDateTime::fromSecsSinceEpoch(1709542800, Qt::UTC);

    // 1. A 25 MB body of base64 lines, as an attachment is sent.
    {
        QByteArray line = QByteArray(76, 'A');
        for (int i = 0; i < 76; i += 7) {
            line[i] = 'a' + char(i % 26);
        }
        line += "\r\n";
        QByteArray body;
        body.reserve(25 * 1024 * 1024 + 100);
        while (body.size() < 25 * 1024 * 1024) {
            body += line;
        }
        const QByteArray message = twiceSigned(body);
        double best = 1e9;
        int verified = 0;
        for (int run = 0; run < 3; ++run) {
            QElapsedTimer clock;
            clock.start();
            const auto analysis = message::analyzeMessage(message, now);
            best = std::min(best, bench::elapsedMs(clock));
            verified = 0;
            for (const auto &p : analysis->dkim) {
                verified += p.bodyHashMatches;
            }
        }
        const double mb = double(message.size()) / (1024.0 * 1024.0);
        std::printf("bench_message: DKIM body hashes of a %.1f MB message, 2 signatures (relaxed + simple): %.1f ms = "
                    "%.0f MB/s (target >= 300 MB/s): %s [%d of 2 body hashes match]\n",
                    mb, best, mb / (best / 1000.0), mb / (best / 1000.0) >= 300 ? "met" : "MISSED", verified);
    }

    // 2. Received lines in the common forms.
    {
        const QByteArray lines[] = {
            "from smtp.example.test (smtp.example.test [192.0.2.10]) (using TLSv1.3 with cipher "
            "TLS_AES_256_GCM_SHA384 (256/256 bits)) by mx1.example.org (Postfix) with ESMTPS id 4TpQ2x0Zl5z9rxL for "
            "<anna@example.org>; Mon, 4 Mar 2024 10:00:05 +0100 (CET)",
            "from mail-ed1-f41.example.com ([209.85.208.41]:45678 helo=mail-ed1.example.com) by mx.example.org with "
            "esmtps (TLS1.3) tls TLS_AES_128_GCM_SHA256 (Exim 4.96) (envelope-from <jan@example.com>) id "
            "1rhABC-000123-4x for anna@example.org; Mon, 04 Mar 2024 10:00:00 +0000",
            "from AM0PR02MB1234.eurprd02.prod.outlook.com (2603:10a6:208:11c::20) by "
            "AM9PR02MB5678.eurprd02.prod.outlook.com (2603:10a6:20b:3e1::15) with Microsoft SMTP Server "
            "(version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.7339.36; Mon, 4 Mar 2024 "
            "10:00:00 +0000",
            "from mail-sor-f41.google.com (mail-sor-f41.google.com. [209.85.220.41]) by mx.google.com with SMTPS id "
            "a640c23a62f3a for <anna@gmail.com> (Google Transport Security); Mon, 04 Mar 2024 02:00:00 -0800 (PST)",
        };
        constexpr int count = 40000;
        int ips = 0;
        QElapsedTimer clock;
        clock.start();
        for (int i = 0; i < count; ++i) {
            ips += !message::parseReceivedLine(lines[i % 4]).fromIp.isEmpty();
        }
        const double ms = bench::elapsedMs(clock);
        const double perSecond = count / (ms / 1000.0);
        std::printf("bench_message: %d Received lines parsed in %.1f ms = %.0f headers/s (target >= 50000): %s [%d "
                    "with an IP]\n",
                    count, ms, perSecond, perSecond >= 50000 ? "met" : "MISSED", ips);
    }

    // 3. The whole analysis of a typical message, DNS delayed by D.
    DnsFixture fixture;
    if (!bench::started(fixture, "bench_message")) {
        return 2;
    }
    bench::DelayedServers delayed(delay);
    dns::StubResolver resolver(delayed.resolverConfig(fixture.port()));
    bench::printDelay("bench_message", delay, "knotd", fixture.port());
    const QByteArray typical = twiceSigned("Dzien dobry,\r\nw zalaczniku oferta.\r\n");
    message::MessageCheck check(resolver, typical, now);
    QString codes;
    bool done = false;
    QObject::connect(&check, &AsyncCheck::finished, [&](const Findings &findings) {
        for (const Finding &f : findings) {
            codes += f.code + QLatin1Char(' ');
        }
        done = true;
    });
    QElapsedTimer clock;
    clock.start();
    check.start();
    bench::waitUntil([&] { return done; });
    const double ms = bench::elapsedMs(clock);
    std::printf("bench_message: whole analysis (2 keys, SPF of the path and the HELO, DMARC): %.1f ms = %.2f D "
                "(target <= 3 D): %s [%s]\n",
                ms, ms / delay, ms <= 3.0 * delay ? "met" : "MISSED", qPrintable(codes.trimmed()));
    return 0;
}
