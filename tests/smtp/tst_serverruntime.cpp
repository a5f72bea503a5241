// ServerRuntime assembles the built-in server once for `serve` and the GUI:
// which policy it runs (demo, STATE_DIR/policy.json, none for the CLI),
// XCLIENT for replays, the greeting's name, GeoIP, STARTTLS, and what it
// reports when it starts, stops or cannot.
#include "common/geoipdatabase.h"
#include "fakeresolver.h"
#include "policy/clock.h"
#include "policy/filestatestore.h"
#include "smtp/serverruntime.h"
#include "smtp/smtpserver.h"

#include <QFile>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace mt;
using smtp::ServerEvent;
using smtp::ServerRuntime;

class TestServerRuntime : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void assembly_data();
    void assembly();
    void startFails_data();
    void startFails();
    void geoIpDecidesTheCountry();
    void unblockIsReported();

private:
    QList<ServerEvent> events(const QSignalSpy &spy, ServerEvent::Kind kind) const;

    QTemporaryDir *m_dir = nullptr;
    policy::ManualClock m_clock;
    test::FakeResolver m_dns;
};

void TestServerRuntime::init()
{
    m_dir = new QTemporaryDir;
}

void TestServerRuntime::cleanup()
{
    delete m_dir;
}

QList<ServerEvent> TestServerRuntime::events(const QSignalSpy &spy, ServerEvent::Kind kind) const
{
    QList<ServerEvent> found;
    for (const QList<QVariant> &arguments : spy) {
        const auto event = arguments.at(0).value<ServerEvent>();
        if (event.kind == kind) {
            found << event;
        }
    }
    return found;
}

void TestServerRuntime::assembly_data()
{
    QTest::addColumn<QByteArray>("policyFile"); // written to STATE_DIR/policy.json unless empty
    QTest::addColumn<bool>("readPolicyFile");   // false: the CLI clears the path
    QTest::addColumn<bool>("replays");
    QTest::addColumn<int>("perMinute");
    QTest::addColumn<bool>("xclient");
    QTest::addColumn<QString>("notice"); // empty: none expected
    QTest::newRow("no policy file: the demo policy") << QByteArray() << true << false << 250 << false << QString();
    QTest::newRow("the GUI's replays: XCLIENT on") << QByteArray() << true << true << 250 << true << QString();
    QTest::newRow("STATE_DIR/policy.json read")
        << QByteArray(R"({"limits": {"per_minute": 5}})") << true << false << 5 << false << QString();
    QTest::newRow("the file's XCLIENT off, replays on")
        << QByteArray(R"({"server": {"xclient": false}})") << true << true << 250 << true << QString();
    QTest::newRow("a damaged file: the demo policy and a notice")
        << QByteArray("{broken") << true << false << 250 << false
        << QStringLiteral("The policy file is not usable, the demo policy applies: ");
    QTest::newRow("the CLI reads no file of the GUI's")
        << QByteArray(R"({"limits": {"per_minute": 5}})") << false << false << 250 << false << QString();
}

void TestServerRuntime::assembly()
{
    QFETCH(QByteArray, policyFile);
    QFETCH(bool, readPolicyFile);
    QFETCH(bool, replays);
    QFETCH(int, perMinute);
    QFETCH(bool, xclient);
    QFETCH(QString, notice);
    ServerRuntime runtime(m_dns, m_clock, m_dir->path());
    QCOMPARE(runtime.policyPath(), m_dir->filePath(QStringLiteral("policy.json")));
    if (!policyFile.isEmpty()) {
        QFile file(runtime.policyPath());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(policyFile);
    }
    if (!readPolicyFile) {
        runtime.setPolicyPath({});
    }
    runtime.setReplays(replays);
    runtime.setHostName(QStringLiteral("mx.runtime.test"));
    QSignalSpy reported(&runtime, &ServerRuntime::reported);
    QSignalSpy started(&runtime, &ServerRuntime::started);
    QSignalSpy stopped(&runtime, &ServerRuntime::stopped);

    LocalizedText error;
    QVERIFY2(runtime.start(QHostAddress::LocalHost, 0, &error), qPrintable(error.render(Language::English)));
    QVERIFY(runtime.isRunning());
    QCOMPARE(started.count(), 1);
    QCOMPARE(runtime.policy().limits.perMinute, perMinute);
    QCOMPARE(runtime.policy().server.xclient, xclient);
    QCOMPARE(runtime.server()->settings().xclient, xclient); // the server runs what policy() says
    QCOMPARE(runtime.addressText(), QStringLiteral("127.0.0.1:%1").arg(runtime.port()));
    // STARTTLS with the certificate made and kept in STATE_DIR.
    QVERIFY(runtime.server()->tlsAvailable());
    QVERIFY(QFile::exists(m_dir->filePath(QStringLiteral("tls/cert.pem"))));

    const QList<ServerEvent> notices = events(reported, ServerEvent::Kind::Notice);
    QStringList noticeTexts;
    for (const ServerEvent &event : notices) {
        noticeTexts << event.note.render(Language::English) + QStringLiteral(": ") +
                           event.cause.render(Language::English);
    }
    if (notice.isEmpty()) {
        // The block store's "no block list yet" is the only one.
        QVERIFY2(std::none_of(noticeTexts.begin(), noticeTexts.end(),
                              [](const QString &text) { return text.startsWith(QLatin1String("The policy")); }),
                 qPrintable(noticeTexts.join(QLatin1Char('\n'))));
    } else {
        QVERIFY2(std::any_of(noticeTexts.begin(), noticeTexts.end(),
                             [&](const QString &text) { return text.startsWith(notice); }),
                 qPrintable(noticeTexts.join(QLatin1Char('\n'))));
    }
    const QList<ServerEvent> listening = events(reported, ServerEvent::Kind::Listening);
    QCOMPARE(listening.size(), 1);
    QCOMPARE(listening.first().address, runtime.addressText());
    QCOMPARE(listening.first().detail, m_dir->path());

    // The greeting names the host; the session is reported as a value.
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, runtime.port());
    QVERIFY(QTest::qWaitFor([&] { return client.canReadLine(); }, 10000));
    QVERIFY(client.readLine().startsWith("220 mx.runtime.test ESMTP"));
    QTRY_COMPARE(events(reported, ServerEvent::Kind::Connected).size(), 1);

    runtime.stop();
    QVERIFY(!runtime.isRunning());
    QCOMPARE(stopped.count(), 1);
    const QList<ServerEvent> stops = events(reported, ServerEvent::Kind::Stopped);
    QCOMPARE(stops.size(), 1);
    QCOMPARE(stops.first().count, 0);
}

void TestServerRuntime::startFails_data()
{
    QTest::addColumn<bool>("stateDirIsAFile");
    QTest::addColumn<bool>("portTaken");
    QTest::addColumn<QString>("error");
    QTest::newRow("state directory unusable") << true << false << QStringLiteral("Cannot create the state directory");
    QTest::newRow("port taken") << false << true << QStringLiteral("Cannot listen on 127.0.0.1:");
}

void TestServerRuntime::startFails()
{
    QFETCH(bool, stateDirIsAFile);
    QFETCH(bool, portTaken);
    QFETCH(QString, error);
    QString stateDir = m_dir->filePath(QStringLiteral("state"));
    if (stateDirIsAFile) {
        QFile file(m_dir->filePath(QStringLiteral("a-file")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        stateDir = file.fileName() + QStringLiteral("/state");
    }
    QTcpServer squatter;
    QVERIFY(squatter.listen(QHostAddress::LocalHost, 0));
    ServerRuntime runtime(m_dns, m_clock, stateDir);
    QSignalSpy started(&runtime, &ServerRuntime::started);
    LocalizedText problem;
    QVERIFY(!runtime.start(QHostAddress::LocalHost, portTaken ? squatter.serverPort() : 0, &problem));
    const QString text = problem.render(Language::English);
    QVERIFY2(text.startsWith(error), qPrintable(text));
    if (portTaken) {
        QVERIFY(text.contains(QString::number(squatter.serverPort())));
    }
    QVERIFY(!runtime.isRunning());
    QVERIFY(!runtime.server());
    QCOMPARE(started.count(), 0);
}

void TestServerRuntime::geoIpDecidesTheCountry()
{
    ServerRuntime runtime(m_dns, m_clock, m_dir->path());
    QCOMPARE(runtime.countryOf(QHostAddress(QStringLiteral("192.0.2.7"))), QString());
    auto database = std::make_shared<GeoIpDatabase>();
    QVERIFY(database->open(QStringLiteral(MAILTRIAGE_TEST_FIXTURES "/geoip/geolite2-schema.mmdb")));
    runtime.setGeoIpDatabase(database);
    QCOMPARE(runtime.countryOf(QHostAddress(QStringLiteral("192.0.2.7"))), QStringLiteral("PL"));
    QCOMPARE(runtime.countryOf(QHostAddress(QStringLiteral("198.51.100.7"))), QStringLiteral("DE"));
    runtime.setGeoIpDatabase(nullptr);
    QCOMPARE(runtime.countryOf(QHostAddress(QStringLiteral("192.0.2.7"))), QString());
}

void TestServerRuntime::unblockIsReported()
{
    ServerRuntime runtime(m_dns, m_clock, m_dir->path());
    LocalizedText error;
    QVERIFY(runtime.open(&error));
    const qint64 now = m_clock.nowMs();
    QVERIFY(static_cast<policy::FileStateStore &>(runtime.store())
                .blockFile()
                .block({QStringLiteral("192.0.2.9"), 11, now - 1000, now, now + 3600 * 1000, {}}));
    QSignalSpy reported(&runtime, &ServerRuntime::reported);
    QVERIFY(static_cast<policy::FileStateStore &>(runtime.store())
                .blockFile()
                .unblock(QStringLiteral("192.0.2.9"), QStringLiteral("anna"), QStringLiteral("ticket 4711"), &error));
    const QList<ServerEvent> unblocks = events(reported, ServerEvent::Kind::Unblocked);
    QCOMPARE(unblocks.size(), 1);
    QCOMPARE(unblocks.first().ip, QStringLiteral("192.0.2.9"));
    QCOMPARE(unblocks.first().who, QStringLiteral("anna"));
    QCOMPARE(unblocks.first().why, QStringLiteral("ticket 4711"));
}

QTEST_GUILESS_MAIN(TestServerRuntime)
#include "tst_serverruntime.moc"
