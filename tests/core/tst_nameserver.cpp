// Nameserver lists as staff type them (--dns, settings) and as resolv.conf has them.
#include "dns/systemnameservers.h"

#include <QTest>

using namespace mt::dns;

class TestNameserver : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void resolvConf();
    void resolvConfOptions_data();
    void resolvConfOptions();
};

void TestNameserver::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("address");
    QTest::addColumn<int>("port");
    QTest::newRow("IPv4") << QStringLiteral("192.0.2.1") << true << QStringLiteral("192.0.2.1") << 53;
    QTest::newRow("IPv4 with port") << QStringLiteral("127.0.0.1:5300") << true << QStringLiteral("127.0.0.1") << 5300;
    QTest::newRow("IPv6") << QStringLiteral("2001:db8::53") << true << QStringLiteral("2001:db8::53") << 53;
    QTest::newRow("IPv6 loopback") << QStringLiteral("::1") << true << QStringLiteral("::1") << 53;
    QTest::newRow("IPv6 with port") << QStringLiteral("[::1]:5300") << true << QStringLiteral("::1") << 5300;
    QTest::newRow("IPv6 in brackets") << QStringLiteral("[2001:db8::1]") << true << QStringLiteral("2001:db8::1") << 53;
    QTest::newRow("spaces around") << QStringLiteral("  10.0.0.1:53 ") << true << QStringLiteral("10.0.0.1") << 53;
    QTest::newRow("host name") << QStringLiteral("dns.example.test") << false << QString() << 0;
    QTest::newRow("port zero") << QStringLiteral("127.0.0.1:0") << false << QString() << 0;
    QTest::newRow("port too big") << QStringLiteral("127.0.0.1:65536") << false << QString() << 0;
    QTest::newRow("port not a number") << QStringLiteral("127.0.0.1:dns") << false << QString() << 0;
    QTest::newRow("short IPv4") << QStringLiteral("127.1") << false << QString() << 0;
    QTest::newRow("IPv4 in brackets") << QStringLiteral("[127.0.0.1]:53") << false << QString() << 0;
    QTest::newRow("unclosed bracket") << QStringLiteral("[::1:53") << false << QString() << 0;
    QTest::newRow("empty") << QString() << false << QString() << 0;
}

void TestNameserver::parse()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(QString, address);
    QFETCH(int, port);
    const auto server = Nameserver::parse(text);
    QCOMPARE(server.has_value(), valid);
    if (valid) {
        QCOMPARE(server->address.toString(), address);
        QCOMPARE(int(server->port), port);
        QCOMPARE(Nameserver::parse(server->toString()), server); // round trip
    }
}

void TestNameserver::resolvConf()
{
    const QByteArray text = "# generated\n"
                            "search example.test\n"
                            "nameserver 192.0.2.53\n"
                            "nameserver   2001:db8::53\n"
                            "nameserver fe80::1%eth0\n"
                            "nameserver 192.0.2.53\n"
                            "options timeout:1 attempts:2\n"
                            "nameserver not-an-address\n";
    const SystemResolverSettings settings = parseResolvConf(text);
    const QList<Nameserver> &servers = settings.servers;
    QCOMPARE(servers.size(), 3);
    QCOMPARE(servers[0].toString(), QStringLiteral("192.0.2.53"));
    QCOMPARE(servers[1].toString(), QStringLiteral("2001:db8::53"));
    QCOMPARE(servers[2].toString(), QStringLiteral("fe80::1"));
    QCOMPARE(settings.timeoutMs, 1000);
    QCOMPARE(settings.attempts, 2);
    QVERIFY(!systemResolverSettings().servers.isEmpty());
}

void TestNameserver::resolvConfOptions_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("timeoutMs");
    QTest::addColumn<int>("attempts");
    QTest::newRow("none") << QByteArray("nameserver 192.0.2.53\n") << 0 << 0;
    QTest::newRow("both") << QByteArray("options rotate timeout:3 attempts:4\n") << 3000 << 4;
    QTest::newRow("capped as glibc caps them") << QByteArray("options timeout:99 attempts:9\n") << 30000 << 5;
    QTest::newRow("nonsense ignored") << QByteArray("options timeout:x attempts:-1\n") << 0 << 0;
    QTest::newRow("last one wins") << QByteArray("options timeout:1\noptions timeout:2\n") << 2000 << 0;
}

void TestNameserver::resolvConfOptions()
{
    QFETCH(QByteArray, text);
    QFETCH(int, timeoutMs);
    QFETCH(int, attempts);
    const SystemResolverSettings settings = parseResolvConf(text);
    QCOMPARE(settings.timeoutMs, timeoutMs);
    QCOMPARE(settings.attempts, attempts);
}

QTEST_APPLESS_MAIN(TestNameserver)
#include "tst_nameserver.moc"
