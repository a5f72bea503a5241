// The message check's own findings (sanity, SPF and DMARC of the path, the
// receivers' verdicts), DNS served from memory.
#include "fakeresolver.h"
#include "findingsutil.h"
#include "message/messagecheck.h"

#include <QSignalSpy>
#include <QTest>

using namespace mt;
using namespace mt::test;

namespace {

const QDateTime now = QDateTime::fromSecsSinceEpoch(1709542800, Qt::UTC); // 2024-03-04 09:00 UTC

QByteArray sample(const QByteArray &extra, const QByteArray &ip = "192.0.2.10",
                  const QByteArray &from = "Jan <jan@example.test>")
{
    return "Return-Path: <jan@example.test>\r\n"
           "Received: from out.example.test (out.example.test [" +
           ip +
           "]) by mx1.example.org with ESMTPS id b2;\r\n"
           "\tMon, 4 Mar 2024 10:00:05 +0100\r\n" +
           extra + "From: " + from +
           "\r\n"
           "To: anna@example.org\r\nSubject: Oferta\r\nDate: Mon, 4 Mar 2024 10:00:00 +0100\r\n"
           "Message-ID: <m1@example.test>\r\n\r\nTresc.\r\n";
}

QStringList codes(const char *spaceSeparated)
{
    return QString::fromLatin1(spaceSeparated).split(QLatin1Char(' '));
}

} // namespace

class TestMessageCheck : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void findings_data();
    void findings();

private:
    FakeResolver m_resolver;
};

void TestMessageCheck::initTestCase()
{
    m_resolver.add(QStringLiteral("example.test"), dns::RecordType::TXT, QStringLiteral("v=spf1 ip4:192.0.2.10 -all"));
    m_resolver.add(QStringLiteral("_dmarc.example.test"), dns::RecordType::TXT,
                   QStringLiteral("v=DMARC1; p=quarantine"));
    m_resolver.add(QStringLiteral("nodmarc.test"), dns::RecordType::TXT, QStringLiteral("v=spf1 -all"));
}

void TestMessageCheck::findings_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QStringList>("present");
    QTest::addColumn<QStringList>("absent");

    QTest::newRow("allowed server, no DKIM: SPF aligns")
        << sample({}) << codes("auth.spf_pass auth.dmarc_pass dkim_verify.none hops.path")
        << codes("auth.disagreement message.no_message_id");
    QTest::newRow("other server: SPF and DMARC fail")
        << sample({}, "203.0.113.66") << codes("auth.spf_fail auth.dmarc_fail") << codes("auth.spf_pass");
    QTest::newRow("receiver said spf=pass, now fail")
        << sample("Authentication-Results: mx1.example.org; spf=pass smtp.mailfrom=example.test\r\n", "203.0.113.66")
        << codes("auth.disagreement") << QStringList();
    QTest::newRow("Received-SPF agrees")
        << sample("Received-SPF: pass (mx1.example.org: domain of jan@example.test designates 192.0.2.10)\r\n")
        << codes("auth.spf_pass") << codes("auth.disagreement");
    QTest::newRow("Reply-To elsewhere") << sample("Reply-To: <pay@fraud.example>\r\n")
                                        << codes("message.reply_to_elsewhere") << QStringList();
    QTest::newRow("bulk without unsubscribe")
        << sample("List-Id: <news.example.test>\r\n") << codes("message.no_unsubscribe") << QStringList();
    QTest::newRow("unsubscribe link without one-click")
        << sample("List-Unsubscribe: <https://example.test/u>\r\n") << codes("message.no_one_click")
        << codes("message.no_unsubscribe");
    QTest::newRow("one-click unsubscribe")
        << sample("List-Unsubscribe: <https://example.test/u>\r\nList-Unsubscribe-Post: List-Unsubscribe=One-Click\r\n")
        << QStringList() << codes("message.no_one_click message.no_unsubscribe");
    QTest::newRow("no DMARC record") << sample({}, "192.0.2.10", "jan@nodmarc.test") << codes("auth.dmarc_none")
                                     << codes("auth.dmarc_pass");
    QByteArray noId = sample({});
    noId.replace("Message-ID: <m1@example.test>\r\n", "");
    QTest::newRow("no Message-ID") << noId << codes("message.no_message_id") << QStringList();
    QByteArray future = sample({});
    future.replace("Date: Mon, 4 Mar 2024 10:00:00 +0100", "Date: Mon, 4 Mar 2024 23:00:00 +0100");
    QTest::newRow("dated in the future") << future << codes("message.date_future hops.clock_skew") << QStringList();
    QTest::newRow("headers without Received")
        << QByteArray("From: jan@example.test\r\nSubject: x\r\n") << codes("hops.none auth.no_path") << QStringList();
}

void TestMessageCheck::findings()
{
    QFETCH(QByteArray, data);
    QFETCH(QStringList, present);
    QFETCH(QStringList, absent);
    message::MessageCheck check(m_resolver, data, now);
    QSignalSpy progress(&check, &AsyncCheck::progress);
    Findings findings = findingsOf(check);
    for (const QList<QVariant> &signal : std::as_const(progress)) {
        findings += signal.first().value<Findings>();
    }
    const QStringList codes = codesOf(findings);
    for (const QString &code : present) {
        QVERIFY2(codes.contains(code), qPrintable(code + QStringLiteral(" missing: ") + codes.join(u' ')));
    }
    for (const QString &code : absent) {
        QVERIFY2(!codes.contains(code), qPrintable(code + QStringLiteral(" present: ") + codes.join(u' ')));
    }
    for (const Finding &f : std::as_const(findings)) {
        QVERIFY(!f.summary.render(Language::Polish).isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestMessageCheck)
#include "tst_messagecheck.moc"
