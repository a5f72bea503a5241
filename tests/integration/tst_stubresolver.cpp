// The resolver against a real authoritative server (knotd) on loopback.
#include "dns/stubresolver.h"
#include "dnsfixture.h"
#include "freeport.h"
#include "scriptedserver.h"

#include <QElapsedTimer>
#include <QNetworkDatagram>
#include <QSignalSpy>
#include <QTest>
#include <QUdpSocket>

using namespace mt::dns;

Q_DECLARE_METATYPE(DnsStatus)
Q_DECLARE_METATYPE(RecordType)
Q_DECLARE_METATYPE(mt::test::ScriptedServer::Behaviour)

namespace {

// A nameserver that reads every query and never answers.
class BlackholeServer
{
public:
    BlackholeServer()
    {
        m_socket.bind(QHostAddress::LocalHost, mt::test::freePort());
        QObject::connect(&m_socket, &QUdpSocket::readyRead, [this] {
            while (m_socket.hasPendingDatagrams()) {
                m_socket.receiveDatagram();
                ++m_received;
            }
        });
    }
    Nameserver nameserver() const { return {QHostAddress(QHostAddress::LocalHost), m_socket.localPort()}; }
    int received() const { return m_received; }

private:
    QUdpSocket m_socket;
    int m_received = 0;
};

DnsResult resolveOne(DnsResolver &resolver, const QString &name, RecordType type, int waitMs = 10000)
{
    DnsResult result;
    bool done = false;
    QObject context;
    resolver.resolve(name, type, &context, [&](const DnsResult &r) {
        result = r;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, waitMs)) {
        result.detail = QStringLiteral("no callback");
    }
    return result;
}

} // namespace

class TestStubResolver : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void outcomes_data();
    void outcomes();
    void largeAnswerFallsBackToTcp();
    void silentFirstServerFallsBackToSecond();
    void onlySilentServersTimeOut();
    void closedPortFailsFast();
    void ipv6Nameserver();
    void misbehavingServer_data();
    void misbehavingServer();
    void failingFirstServerFallsBackToSecond_data();
    void failingFirstServerFallsBackToSecond();
    void manyQueriesInFlight();
    void cancelledByDestroyingTheContext();
    void callbackNeverRunsInsideResolve();

private:
    std::unique_ptr<mt::test::DnsFixture> m_fixture;
    std::unique_ptr<StubResolver> m_resolver;
};

void TestStubResolver::initTestCase()
{
    m_fixture = std::make_unique<mt::test::DnsFixture>();
    QVERIFY2(m_fixture->ok(), qPrintable(m_fixture->error()));
    m_resolver = std::make_unique<StubResolver>(m_fixture->resolverConfig());
}

void TestStubResolver::outcomes_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<RecordType>("type");
    QTest::addColumn<DnsStatus>("status");
    QTest::addColumn<QStringList>("data");

    QTest::newRow("MX") << QStringLiteral("example.test") << RecordType::MX << DnsStatus::Answer
                        << QStringList{QStringLiteral("10 mx1.example.test"), QStringLiteral("20 mx2.example.test")};
    QTest::newRow("A") << QStringLiteral("mx1.example.test") << RecordType::A << DnsStatus::Answer
                       << QStringList{QStringLiteral("192.0.2.25")};
    QTest::newRow("AAAA") << QStringLiteral("mx1.example.test") << RecordType::AAAA << DnsStatus::Answer
                          << QStringList{QStringLiteral("2001:db8::25")};
    QTest::newRow("A through CNAME") << QStringLiteral("www.example.test") << RecordType::A << DnsStatus::Answer
                                     << QStringList{QStringLiteral("192.0.2.10")};
    QTest::newRow("TXT split in two strings")
        << QStringLiteral("split.example.test") << RecordType::TXT << DnsStatus::Answer
        << QStringList{QStringLiteral("v=spf1 ip4:192.0.2.0/24 |ip4:198.51.100.0/24 -all")};
    QTest::newRow("PTR") << QStringLiteral("25.2.0.192.in-addr.arpa") << RecordType::PTR << DnsStatus::Answer
                         << QStringList{QStringLiteral("mx1.example.test")};
    QTest::newRow("null MX") << QStringLiteral("nullmx.example.test") << RecordType::MX << DnsStatus::Answer
                             << QStringList{QStringLiteral("0 ")};
    QTest::newRow("NODATA") << QStringLiteral("implicit.example.test") << RecordType::MX << DnsStatus::NoData
                            << QStringList();
    QTest::newRow("NXDOMAIN") << QStringLiteral("nothere.example.test") << RecordType::A << DnsStatus::NxDomain
                              << QStringList();
    QTest::newRow("SERVFAIL") << QStringLiteral("servfail.example.test") << RecordType::MX << DnsStatus::ServFail
                              << QStringList();
    QTest::newRow("REFUSED outside the served zones")
        << QStringLiteral("example.com") << RecordType::A << DnsStatus::Refused << QStringList();
    QTest::newRow("IDN in punycode") << QStringLiteral("xn--bcher-kva.example.test") << RecordType::MX
                                     << DnsStatus::Answer << QStringList{QStringLiteral("10 mx1.example.test")};
    QTest::newRow("upper case name") << QStringLiteral("MX1.EXAMPLE.TEST") << RecordType::A << DnsStatus::Answer
                                     << QStringList{QStringLiteral("192.0.2.25")};
    QTest::newRow("unconverted IDN is never sent")
        << QStringLiteral("bücher.example.test") << RecordType::MX << DnsStatus::InvalidName << QStringList();
    QTest::newRow("label too long") << QString(70, QLatin1Char('x')) + QStringLiteral(".example.test") << RecordType::A
                                    << DnsStatus::InvalidName << QStringList();
}

void TestStubResolver::outcomes()
{
    QFETCH(QString, name);
    QFETCH(RecordType, type);
    QFETCH(DnsStatus, status);
    QFETCH(QStringList, data);

    const DnsResult result = resolveOne(*m_resolver, name, type);
    QCOMPARE(result.status, status);
    QCOMPARE(result.name, name);
    QCOMPARE(result.type, type);
    QStringList got;
    for (const ResourceRecord &r : result.records) {
        switch (r.type) {
        case RecordType::MX:
            got << QStringLiteral("%1 %2").arg(r.preference).arg(r.target);
            break;
        case RecordType::TXT:
            got << r.strings.join(QLatin1Char('|'));
            break;
        case RecordType::PTR:
            got << r.target;
            break;
        default:
            got << r.address.toString();
        }
    }
    got.sort();
    QCOMPARE(got, data);
    QVERIFY(!result.viaTcp);
    if (status != DnsStatus::InvalidName) {
        QCOMPARE(result.server, m_fixture->address());
    }
}

void TestStubResolver::largeAnswerFallsBackToTcp()
{
    const DnsResult result = resolveOne(*m_resolver, QStringLiteral("big.example.test"), RecordType::TXT);
    QCOMPARE(result.status, DnsStatus::Answer);
    QCOMPARE(result.records.size(), 8);
    QVERIFY(result.viaTcp);
    int total = 0;
    for (const ResourceRecord &r : result.records) {
        total += r.strings.join(QString()).size();
    }
    QVERIFY2(total > 1232, "the fixture must not fit in one UDP reply");
}

void TestStubResolver::silentFirstServerFallsBackToSecond()
{
    BlackholeServer silent;
    ResolverConfig config;
    config.servers = {silent.nameserver(), m_fixture->nameserver()};
    config.timeoutMs = 300;
    StubResolver resolver(config);
    QElapsedTimer clock;
    clock.start();
    const DnsResult result = resolveOne(resolver, QStringLiteral("example.test"), RecordType::MX);
    QCOMPARE(result.status, DnsStatus::Answer);
    QCOMPARE(result.server, m_fixture->address());
    QCOMPARE(silent.received(), 1);
    QVERIFY(clock.elapsed() >= 300); // waited for the first one
}

void TestStubResolver::onlySilentServersTimeOut()
{
    BlackholeServer silent;
    ResolverConfig config;
    config.servers = {silent.nameserver()};
    config.timeoutMs = 100;
    config.attempts = 3;
    StubResolver resolver(config);
    const DnsResult result = resolveOne(resolver, QStringLiteral("example.test"), RecordType::MX);
    QCOMPARE(result.status, DnsStatus::Timeout);
    QTRY_COMPARE(silent.received(), 3); // one try per attempt
}

void TestStubResolver::closedPortFailsFast()
{
    // With a one-minute timeout, only the ICMP "port unreachable" of the
    // closed port can move on to the second server within resolveOne's wait.
    ResolverConfig config;
    config.servers = {{QHostAddress(QHostAddress::LocalHost), mt::test::freePort()}, m_fixture->nameserver()};
    config.timeoutMs = 60000;
    StubResolver resolver(config);
    const DnsResult result = resolveOne(resolver, QStringLiteral("example.test"), RecordType::MX, 10000);
    QCOMPARE(result.status, DnsStatus::Answer);
    QCOMPARE(result.server, m_fixture->address());
}

void TestStubResolver::ipv6Nameserver()
{
    ResolverConfig config;
    config.servers = {m_fixture->nameserverIPv6()};
    StubResolver resolver(config);
    const DnsResult result = resolveOne(resolver, QStringLiteral("example.test"), RecordType::MX);
    QCOMPARE(result.status, DnsStatus::Answer);
    QCOMPARE(result.server, QStringLiteral("[::1]:%1").arg(m_fixture->port()));
    const DnsResult big = resolveOne(resolver, QStringLiteral("big.example.test"), RecordType::TXT);
    QCOMPARE(big.status, DnsStatus::Answer);
    QVERIFY(big.viaTcp);
}

void TestStubResolver::misbehavingServer_data()
{
    using Behaviour = mt::test::ScriptedServer::Behaviour;
    QTest::addColumn<Behaviour>("behaviour");
    QTest::addColumn<DnsStatus>("status");
    QTest::addColumn<QString>("address");
    QTest::newRow("correct answer") << Behaviour::Answer << DnsStatus::Answer << QStringLiteral("192.0.2.99");
    QTest::newRow("REFUSED") << Behaviour::Refuse << DnsStatus::Refused << QString();
    QTest::newRow("SERVFAIL") << Behaviour::ServFail << DnsStatus::ServFail << QString();
    QTest::newRow("garbage with our ID") << Behaviour::Garbage << DnsStatus::Malformed << QString();
    QTest::newRow("reply with a wrong ID is ignored")
        << Behaviour::WrongIdThenAnswer << DnsStatus::Answer << QStringLiteral("192.0.2.99");
    QTest::newRow("forged reply from another address is ignored")
        << Behaviour::SpoofThenAnswer << DnsStatus::Answer << QStringLiteral("192.0.2.99");
    QTest::newRow("reply to another question is ignored")
        << Behaviour::OtherQuestionThenAnswer << DnsStatus::Answer << QStringLiteral("192.0.2.99");
}

void TestStubResolver::misbehavingServer()
{
    QFETCH(mt::test::ScriptedServer::Behaviour, behaviour);
    QFETCH(DnsStatus, status);
    QFETCH(QString, address);

    mt::test::ScriptedServer server(behaviour);
    ResolverConfig config;
    config.servers = {server.nameserver()};
    config.timeoutMs = 1000;
    StubResolver resolver(config);
    const DnsResult result = resolveOne(resolver, QStringLiteral("host.example.test"), RecordType::A);
    QCOMPARE(result.status, status);
    QCOMPARE(result.records.isEmpty() ? QString() : result.records.first().address.toString(), address);
    QCOMPARE(result.records.size(), address.isEmpty() ? 0 : 1);
}

void TestStubResolver::failingFirstServerFallsBackToSecond_data()
{
    using Behaviour = mt::test::ScriptedServer::Behaviour;
    QTest::addColumn<Behaviour>("behaviour");
    QTest::newRow("REFUSED") << Behaviour::Refuse;
    QTest::newRow("SERVFAIL") << Behaviour::ServFail;
    QTest::newRow("garbage") << Behaviour::Garbage;
}

void TestStubResolver::failingFirstServerFallsBackToSecond()
{
    QFETCH(mt::test::ScriptedServer::Behaviour, behaviour);
    mt::test::ScriptedServer first(behaviour);
    ResolverConfig config;
    config.servers = {first.nameserver(), m_fixture->nameserver()};
    StubResolver resolver(config);
    const DnsResult result = resolveOne(resolver, QStringLiteral("example.test"), RecordType::MX);
    QCOMPARE(result.status, DnsStatus::Answer);
    QCOMPARE(result.server, m_fixture->address());
    QCOMPARE(first.queries(), 1);
}

void TestStubResolver::manyQueriesInFlight()
{
    constexpr int count = 300; // more than maxInFlight, so the queue is used too
    ResolverConfig config;
    config.servers = {m_fixture->nameserver()};
    StubResolver resolver(config);
    int answered = 0;
    int peak = 0;
    QObject context;
    for (int i = 0; i < count; ++i) {
        resolver.resolve(QStringLiteral("q%1.bench.example.test").arg(i), RecordType::A, &context,
                         [&](const DnsResult &r) { answered += r.status == DnsStatus::Answer; });
        peak = std::max(peak, resolver.inFlight());
    }
    QCOMPARE(peak, config.maxInFlight);
    QTRY_COMPARE_WITH_TIMEOUT(answered, count, 20000);
    QCOMPARE(resolver.inFlight(), 0);
}

void TestStubResolver::cancelledByDestroyingTheContext()
{
    BlackholeServer silent;
    ResolverConfig config;
    config.servers = {silent.nameserver()};
    config.timeoutMs = 10000;
    StubResolver resolver(config);
    bool called = false;
    auto *context = new QObject;
    resolver.resolve(QStringLiteral("example.test"), RecordType::MX, context,
                     [&](const DnsResult &) { called = true; });
    QTRY_COMPARE(silent.received(), 1);
    QCOMPARE(resolver.inFlight(), 1);
    delete context;
    QTRY_COMPARE(resolver.inFlight(), 0);
    QTest::qWait(20);
    QVERIFY(!called);
}

void TestStubResolver::callbackNeverRunsInsideResolve()
{
    bool called = false;
    QObject context;
    m_resolver->resolve(QStringLiteral("bad..name"), RecordType::A, &context, [&](const DnsResult &r) {
        called = true;
        QCOMPARE(r.status, DnsStatus::InvalidName);
    });
    QVERIFY(!called);
    QTRY_VERIFY(called);
}

QTEST_GUILESS_MAIN(TestStubResolver)
#include "tst_stubresolver.moc"
