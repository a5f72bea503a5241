// Reverse DNS and FCrDNS findings over zone data served from memory, the
// reverse-name forms, and the generic-name patterns. The same cases run
// against a real DNS server in integration/tst_ipchecks.
#include "checks/reversednscheck.h"
#include "fakeresolver.h"
#include "findingsutil.h"

#include <QSignalSpy>
#include <QTest>

using namespace mt;
using dns::DnsStatus;
using dns::RecordType;

Q_DECLARE_METATYPE(mt::Severity)

class TestReverseDnsCheck : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void reverseName_data();
    void reverseName();
    void looksGeneric_data();
    void looksGeneric();
    void findings_data();
    void findings();
    void missingPtrQuotesTheSeedsReply();
    void everyPtrNameIsChecked();

private:
    Findings run(const QString &ip);

    test::FakeResolver m_dns;
};

void TestReverseDnsCheck::initTestCase()
{
    const QString v4 = QStringLiteral(".2.0.192.in-addr.arpa");
    m_dns.add(QStringLiteral("25") + v4, RecordType::PTR, QStringLiteral("mx1.example.test"));
    m_dns.add(QStringLiteral("mx1.example.test"), RecordType::A, QStringLiteral("192.0.2.25"));
    m_dns.add(QStringLiteral("mx1.example.test"), RecordType::AAAA, QStringLiteral("2001:db8::25"));
    m_dns.add(QStringLiteral("30") + v4, RecordType::PTR, QStringLiteral("unknown.example.test"));
    m_dns.add(QStringLiteral("31") + v4, RecordType::PTR, QStringLiteral("a.example.test"));
    m_dns.add(QStringLiteral("31") + v4, RecordType::PTR, QStringLiteral("b.example.test"));
    m_dns.add(QStringLiteral("b.example.test"), RecordType::A, QStringLiteral("192.0.2.31"));
    m_dns.add(QStringLiteral("a.example.test"), RecordType::A, QStringLiteral("192.0.2.99"));
    m_dns.add(QStringLiteral("50") + v4, RecordType::PTR, QStringLiteral("192-0-2-50.dyn.example.test"));
    m_dns.add(QStringLiteral("192-0-2-50.dyn.example.test"), RecordType::A, QStringLiteral("192.0.2.50"));
    m_dns.add(QStringLiteral("51") + v4, RecordType::PTR, QStringLiteral("mx1.example.test"));
    m_dns.add(QStringLiteral("52") + v4, RecordType::PTR, QStringLiteral("slow.example.test"));
    m_dns.setStatus(QStringLiteral("slow.example.test"), RecordType::A, DnsStatus::Timeout);
    m_dns.setStatus(QStringLiteral("60") + v4, RecordType::PTR, DnsStatus::Timeout);
    m_dns.setStatus(QStringLiteral("61") + v4, RecordType::PTR, DnsStatus::ServFail);
    m_dns.setStatus(QStringLiteral("62") + v4, RecordType::PTR, DnsStatus::NoData);
    m_dns.add(QStringLiteral("5.2.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa"),
              RecordType::PTR, QStringLiteral("mx1.example.test"));
}

Findings TestReverseDnsCheck::run(const QString &ip)
{
    ReverseDnsCheck check(m_dns, QHostAddress(ip));
    QSignalSpy finished(&check, &AsyncCheck::finished);
    check.start();
    if (!finished.wait(5000) || finished.size() != 1) {
        return {};
    }
    return finished.first().first().value<Findings>();
}

void TestReverseDnsCheck::reverseName_data()
{
    QTest::addColumn<QString>("ip");
    QTest::addColumn<QString>("name");
    QTest::newRow("IPv4") << QStringLiteral("192.0.2.25") << QStringLiteral("25.2.0.192.in-addr.arpa");
    QTest::newRow("IPv4 zeros") << QStringLiteral("10.0.0.1") << QStringLiteral("1.0.0.10.in-addr.arpa");
    QTest::newRow("IPv6 nibbles") << QStringLiteral("2001:db8::25")
                                  << QStringLiteral(
                                         "5.2.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa");
    QTest::newRow("IPv6 all hex digits")
        << QStringLiteral("2001:db8:abcd:ef01::f")
        << QStringLiteral("f.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.1.0.f.e.d.c.b.a.8.b.d.0.1.0.0.2.ip6.arpa");
}

void TestReverseDnsCheck::reverseName()
{
    QFETCH(QString, ip);
    QFETCH(QString, name);
    QCOMPARE(ReverseDnsCheck::reverseName(QHostAddress(ip)), name);
}

void TestReverseDnsCheck::looksGeneric_data()
{
    QTest::addColumn<QString>("hostname");
    QTest::addColumn<QString>("ip");
    QTest::addColumn<bool>("generic");
    const QString ip = QStringLiteral("83.238.86.34");
    QTest::newRow("dashes") << QStringLiteral("83-238-86-34.static.example.pl") << ip << true;
    QTest::newRow("dots reversed") << QStringLiteral("34.86.238.83.example.net") << ip << true;
    QTest::newRow("dashes reversed after a word") << QStringLiteral("host34-86-238-83.example.net") << ip << true;
    QTest::newRow("zero-padded after a letter") << QStringLiteral("h083238086034.example.net") << ip << true;
    QTest::newRow("zero-padded alone") << QStringLiteral("083238086034.example.net") << ip << true;
    QTest::newRow("hex") << QStringLiteral("53ee5622.example.net") << ip << true;
    QTest::newRow("dhcp") << QStringLiteral("dhcp-12.example.net") << ip << true;
    QTest::newRow("dynamic") << QStringLiteral("host.dynamic.example.net") << ip << true;
    QTest::newRow("dyn") << QStringLiteral("abc.dyn.example.net") << ip << true;
    QTest::newRow("pool") << QStringLiteral("pool-1.example.net") << ip << true;
    QTest::newRow("adsl") << QStringLiteral("adsl7.example.net") << ip << true;
    QTest::newRow("cable") << QStringLiteral("cable.example.net") << ip << true;
    QTest::newRow("ppp") << QStringLiteral("ppp-5.example.net") << ip << true;
    QTest::newRow("client") << QStringLiteral("client.example.net") << ip << true;
    QTest::newRow("static-ip") << QStringLiteral("static-ip.example.net") << ip << true;
    QTest::newRow("mail server") << QStringLiteral("mail.example.pl") << ip << false;
    QTest::newRow("mx with digits") << QStringLiteral("mx1.example.pl") << ip << false;
    QTest::newRow("word in the domain, not the host") << QStringLiteral("mail.dyn.com") << ip << false;
    QTest::newRow("Polish hosting provider") << QStringLiteral("s1.home.pl") << ip << false;
    QTest::newRow("ISP's dynamic subdomain") << QStringLiteral("abcd.dynamic.chello.pl") << ip << true;
    QTest::newRow("word inside a word") << QStringLiteral("poolside.example.pl") << ip << false;
    QTest::newRow("other address's digits") << QStringLiteral("83-238-86-35.example.pl") << ip << false;
    QTest::newRow("digits inside a longer number") << QStringLiteral("183-238-86-34.example.pl") << ip << false;
    QTest::newRow("IPv6 dsl") << QStringLiteral("dsl.example.net") << QStringLiteral("2001:db8::1") << true;
    QTest::newRow("IPv6 server") << QStringLiteral("mx1.example.net") << QStringLiteral("2001:db8::1") << false;
}

void TestReverseDnsCheck::looksGeneric()
{
    QFETCH(QString, hostname);
    QFETCH(QString, ip);
    QFETCH(bool, generic);
    QCOMPARE(ReverseDnsCheck::looksGeneric(hostname, QHostAddress(ip)), generic);
}

void TestReverseDnsCheck::findings_data()
{
    QTest::addColumn<QString>("ip");
    QTest::addColumn<QStringList>("codes");
    QTest::addColumn<Severity>("worst");
    QTest::newRow("FCrDNS ok") << QStringLiteral("192.0.2.25") << QStringList{QStringLiteral("ptr.ok")} << Severity::Ok;
    QTest::newRow("no PTR (NXDOMAIN)") << QStringLiteral("192.0.2.40") << QStringList{QStringLiteral("ptr.missing")}
                                       << Severity::Error;
    QTest::newRow("no PTR (NODATA)") << QStringLiteral("192.0.2.62") << QStringList{QStringLiteral("ptr.missing")}
                                     << Severity::Error;
    QTest::newRow("PTR name without address")
        << QStringLiteral("192.0.2.30") << QStringList{QStringLiteral("ptr.not_confirmed")} << Severity::Error;
    QTest::newRow("PTR name with another address")
        << QStringLiteral("192.0.2.51") << QStringList{QStringLiteral("ptr.not_confirmed")} << Severity::Error;
    QTest::newRow("two PTRs, one confirms")
        << QStringLiteral("192.0.2.31") << QStringList{QStringLiteral("ptr.ok")} << Severity::Ok;
    QTest::newRow("generic name") << QStringLiteral("192.0.2.50")
                                  << QStringList{QStringLiteral("ptr.ok"), QStringLiteral("ptr.generic")}
                                  << Severity::Warning;
    QTest::newRow("PTR timeout is unknown, not missing")
        << QStringLiteral("192.0.2.60") << QStringList{QStringLiteral("ptr.unknown")} << Severity::Warning;
    QTest::newRow("PTR SERVFAIL is unknown, not missing")
        << QStringLiteral("192.0.2.61") << QStringList{QStringLiteral("ptr.unknown")} << Severity::Warning;
    QTest::newRow("forward timeout") << QStringLiteral("192.0.2.52")
                                     << QStringList{QStringLiteral("ptr.forward_unknown")} << Severity::Warning;
    QTest::newRow("IPv6 FCrDNS ok") << QStringLiteral("2001:db8::25") << QStringList{QStringLiteral("ptr.ok")}
                                    << Severity::Ok;
    QTest::newRow("IPv4-mapped IPv6 asks in-addr.arpa")
        << QStringLiteral("::ffff:192.0.2.25") << QStringList{QStringLiteral("ptr.ok")} << Severity::Ok;
}

void TestReverseDnsCheck::findings()
{
    QFETCH(QString, ip);
    QFETCH(QStringList, codes);
    QFETCH(Severity, worst);
    const Findings findings = run(ip);
    QCOMPARE(test::codesOf(findings), codes);
    QCOMPARE(test::worstOf(findings), worst);
    for (const Finding &f : findings) {
        QCOMPARE(f.check, QStringLiteral("ptr"));
        QVERIFY(!f.summary.render(Language::English).contains(QLatin1Char('%')));
    }
}

void TestReverseDnsCheck::missingPtrQuotesTheSeedsReply()
{
    const Findings findings = run(QStringLiteral("192.0.2.40"));
    QCOMPARE(findings.size(), 1);
    const QString reply = QStringLiteral("450 4.7.1 Client host rejected: cannot find your hostname, [192.0.2.40]");
    QCOMPARE(findings.first().data.value(QStringLiteral("reply")).toString(), reply);
    QVERIFY(findings.first().summary.render(Language::English).contains(reply));
    QVERIFY(findings.first().advice.render(Language::English).contains(QLatin1String("\"Rev DNS\"")));
}

void TestReverseDnsCheck::everyPtrNameIsChecked()
{
    // Two PTR names: each is resolved forward, and both are in the data.
    ReverseDnsCheck check(m_dns, QHostAddress(QStringLiteral("192.0.2.31")));
    QSignalSpy finished(&check, &AsyncCheck::finished);
    const int before = m_dns.queries();
    check.start();
    QVERIFY(finished.wait(5000));
    QCOMPARE(m_dns.queries(), before + 3);
    const QVariantList names =
        finished.first().first().value<Findings>().first().data.value(QStringLiteral("names")).toList();
    QCOMPARE(names.size(), 2);
}

QTEST_GUILESS_MAIN(TestReverseDnsCheck)
#include "tst_reversednscheck.moc"
