// `mailtriage-cli policyd` as a process, driven as Postfix and Dovecot drive
// it: both protocols on its one port, the IP that Dovecot's reports block
// lifted by `mailtriage-cli blocks unblock --store`, 300 clients at once,
// bad and slow clients, SIGTERM, and redis-server going away under load.
// DNS is knotd with the test zones.
#include "cliprocess.h"
#include "dnsfixture.h"
#include "policydprocess.h"
#include "redisfixture.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>
#include <vector>

namespace {

QByteArray postfixRequest(const QByteArray &sender, const QByteArray &recipient, const QByteArray &ip = "127.0.0.1")
{
    return "request=smtpd_access_policy\nprotocol_state=RCPT\nprotocol_name=ESMTP\nclient_address=" + ip +
           "\nsasl_method=plain\nsasl_username=jan@example.test\nsender=" + sender + "\nrecipient=" + recipient +
           "\nqueue_id=\ninstance=1a.2b.3\nsize=0\n\n";
}

QByteArray dovecotRequest(const QByteArray &command, const QByteArray &ip, bool success = false)
{
    QByteArray body = "{\"device_id\":\"\",\"login\":\"jan@example.test\",\"protocol\":\"smtp\",\"pwhash\":\"00\","
                      "\"remote\":\"" +
                      ip + "\",\"session_id\":\"T0k3n\"";
    if (command == "report") {
        body += success ? ",\"success\":true,\"policy_reject\":false" : ",\"success\":false,\"policy_reject\":false";
    }
    body += '}';
    return "POST /?command=" + command + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n" +
           "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

// Reads until the answer is complete (Postfix: an empty line; HTTP: the
// Content-Length) or the connection closes.
QByteArray readAnswer(QTcpSocket &socket)
{
    QByteArray answer;
    for (int i = 0; i < 100; ++i) {
        if (socket.bytesAvailable() == 0 && !socket.waitForReadyRead(100) &&
            socket.state() != QAbstractSocket::ConnectedState) {
            break;
        }
        answer += socket.readAll();
        const qsizetype head = answer.indexOf("\r\n\r\n");
        if (answer.startsWith("HTTP/") && head > 0) {
            const qsizetype at = answer.indexOf("Content-Length: ");
            const int length = answer.mid(at + 16, answer.indexOf('\r', at) - at - 16).toInt();
            if (answer.size() >= head + 4 + length) {
                break;
            }
        } else if (answer.startsWith("action=") && answer.endsWith("\n\n")) {
            break;
        }
    }
    return answer;
}

// Postfix's load on policyd: CONNECTIONS clients, each asking again as
// soon as it has its answer (four RCPT requests to one END-OF-MESSAGE, as
// bench_policyd does), a little later after a deferral (Postfix would
// defer the client's command and the client would come back). Every
// answer is kept with the time it came.
class PolicydLoad
{
public:
    struct Answer
    {
        qint64 atMs = 0;
        QByteArray action;
    };

    PolicydLoad(quint16 port, int connections)
    {
        m_clock.start();
        for (int i = 0; i < connections; ++i) {
            auto socket = std::make_unique<QTcpSocket>();
            QTcpSocket *raw = socket.get();
            QObject::connect(raw, &QTcpSocket::connected, raw, [this, raw] { ask(raw); });
            QObject::connect(raw, &QTcpSocket::readyRead, raw, [this, raw] { read(raw); });
            raw->connectToHost(QHostAddress::LocalHost, port);
            m_sockets.push_back(std::move(socket));
        }
    }

    void stop() { m_stopped = true; }
    qint64 elapsedMs() const { return m_clock.elapsed(); }
    const std::vector<Answer> &answers() const { return m_answers; }
    // Requests sent and not answered.
    int outstanding() const { return m_sent - int(m_answers.size()); }

private:
    void ask(QTcpSocket *socket)
    {
        if (m_stopped || socket->state() != QAbstractSocket::ConnectedState) {
            return;
        }
        const int n = m_sent++;
        const bool endOfMessage = n % 5 == 4;
        socket->write(
            "request=smtpd_access_policy\nprotocol_state=" + QByteArray(endOfMessage ? "END-OF-MESSAGE" : "RCPT") +
            "\nprotocol_name=ESMTP\nclient_address=10.2.0." + QByteArray::number(n % 50 + 1) +
            "\nsasl_method=plain\nsasl_username=jan@example.test" + "\nsender=jan@example.test\nrecipient=" +
            (endOfMessage ? "" : "anna@example.test") + "\nrecipient_count=1\nqueue_id=\nsize=100\n\n");
    }

    void read(QTcpSocket *socket)
    {
        QByteArray &in = m_input[socket];
        in += socket->readAll();
        qsizetype end;
        while ((end = in.indexOf("\n\n")) >= 0) {
            const QByteArray action = in.left(end);
            in.remove(0, end + 2);
            m_answers.push_back({m_clock.elapsed(), action});
            if (action.startsWith("action=4")) {
                QTimer::singleShot(20, socket, [this, socket] { ask(socket); });
            } else {
                ask(socket);
            }
        }
    }

    QElapsedTimer m_clock;
    std::vector<std::unique_ptr<QTcpSocket>> m_sockets;
    QHash<QTcpSocket *, QByteArray> m_input;
    std::vector<Answer> m_answers;
    int m_sent = 0;
    bool m_stopped = false;
};

} // namespace

class TestCliPolicyd : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void bothProtocolsOnOnePort();
    void blockedByReportsUnblockedByCli();
    void badClientsDoNotStopIt();
    void threeHundredAtOnce();
    void redisGoesAwayDuringLoad();
    void stopsOnSigterm();

private:
    QByteArray ask(const QByteArray &request, QTcpSocket *open = nullptr);
    int dovecotStatus(const QByteArray &command, const QByteArray &ip, QString *message = nullptr);

    QTemporaryDir m_dir;
    std::unique_ptr<mt::test::DnsFixture> m_dns;
    std::unique_ptr<mt::test::PolicydProcess> m_policyd;
    QString m_store;
};

void TestCliPolicyd::initTestCase()
{
    QVERIFY(!qEnvironmentVariableIsEmpty("MAILTRIAGE_CLI"));
    m_dns = std::make_unique<mt::test::DnsFixture>();
    QVERIFY2(m_dns->ok(), qPrintable(m_dns->error()));
    const QString policyPath = m_dir.filePath(QStringLiteral("policy.json"));
    QFile policy(policyPath);
    QVERIFY(policy.open(QIODevice::WriteOnly));
    policy.write(R"({"domains": [{"name": "example.test", "aliases": ["implicit.example.test"]}]})");
    policy.close();
    m_store = m_dir.filePath(QStringLiteral("state"));
    m_policyd = std::make_unique<mt::test::PolicydProcess>(
        policyPath, m_store, m_dir.filePath(QStringLiteral("policyd.log")),
        QStringList{QStringLiteral("--dns"), m_dns->address(), QStringLiteral("--dns-timeout"), QStringLiteral("500"),
                    QStringLiteral("--idle-timeout"), QStringLiteral("2")});
    QVERIFY2(m_policyd->port() != 0, qPrintable(m_policyd->log()));
}

void TestCliPolicyd::cleanupTestCase()
{
    m_policyd.reset();
}

QByteArray TestCliPolicyd::ask(const QByteArray &request, QTcpSocket *open)
{
    QTcpSocket own;
    QTcpSocket *socket = open ? open : &own;
    if (!open) {
        socket->connectToHost(QHostAddress::LocalHost, m_policyd->port());
        if (!socket->waitForConnected(5000)) {
            return "(cannot connect)";
        }
    }
    socket->write(request);
    return readAnswer(*socket);
}

int TestCliPolicyd::dovecotStatus(const QByteArray &command, const QByteArray &ip, QString *message)
{
    const QByteArray answer = ask(dovecotRequest(command, ip));
    const QJsonObject object = QJsonDocument::fromJson(answer.mid(answer.indexOf("\r\n\r\n") + 4)).object();
    if (message) {
        *message = object.value(QLatin1String("msg")).toString();
    }
    return object.value(QLatin1String("status")).toInt(-99);
}

void TestCliPolicyd::bothProtocolsOnOnePort()
{
    QCOMPARE(ask(postfixRequest("jan@example.test", "anna@example.test")), QByteArray("action=DUNNO\n\n"));
    QCOMPARE(ask(postfixRequest("jan@example.test", "anna@nxdomain.example.test")).left(17),
             QByteArray("action=550 5.1.1 "));
    QVERIFY(ask(postfixRequest("jan@example.test", "anna@nxdomain.example.test"))
                .endsWith(" invalid destination domain\n\n"));
    QCOMPARE(ask(postfixRequest("john.smith@domain.com", "anna@example.test")),
             QByteArray("action=550 5.1.0 <john.smith@domain.com> sender rejected\n\n"));
    QCOMPARE(dovecotStatus("allow", "127.0.0.1"), 0);
    // One connection, both kinds of client would not mix; many requests of one kind do.
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_policyd->port());
    QVERIFY(socket.waitForConnected(5000));
    for (int i = 0; i < 10; ++i) {
        QCOMPARE(ask(postfixRequest("jan@implicit.example.test", "anna@example.test"), &socket),
                 QByteArray("action=DUNNO\n\n"));
    }
}

void TestCliPolicyd::blockedByReportsUnblockedByCli()
{
    const QByteArray ip = "203.0.113.44";
    for (int i = 0; i < 11; ++i) {
        QCOMPARE(dovecotStatus("allow", ip), 0);
        QCOMPARE(dovecotStatus("report", ip), 0);
    }
    QString message;
    QCOMPARE(dovecotStatus("allow", ip, &message), -1);
    QCOMPARE(message, QStringLiteral("5.1.0 T0k3n Connection refused from 203.0.113.44. Too many authorization "
                                     "failures from this IP, try again later."));
    QVERIFY(ask(postfixRequest("jan@example.test", "anna@example.test", ip))
                .contains(" Connection refused from 203.0.113.44. Too many authorization failures"));

    const mt::test::CliRun list =
        mt::test::runCli({QStringLiteral("blocks"), QStringLiteral("list"), QStringLiteral("--store"), m_store,
                          QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(list.exitCode, 0);
    QVERIFY2(list.out.contains("203.0.113.44"), list.out.constData());
    const mt::test::CliRun unblock = mt::test::runCli({QStringLiteral("blocks"), QStringLiteral("unblock"),
                                                       QString::fromLatin1(ip), QStringLiteral("--store"), m_store,
                                                       QStringLiteral("--reason"), QStringLiteral("customer called")});
    QVERIFY2(unblock.exitCode == 0, unblock.err.constData());
    QTRY_COMPARE_WITH_TIMEOUT(dovecotStatus("allow", ip), 0, 5000);
    QCOMPARE(ask(postfixRequest("jan@example.test", "anna@example.test", ip)), QByteArray("action=DUNNO\n\n"));
    QTRY_VERIFY_WITH_TIMEOUT(m_policyd->log().contains(QLatin1String("203.0.113.44")), 5000);
}

void TestCliPolicyd::badClientsDoNotStopIt()
{
    QCOMPARE(ask("this is not a policy request\n\n"),
             QByteArray("action=451 4.3.5 policy request refused: malformed attribute line\n\n"));
    QCOMPARE(ask("sender=" + QByteArray(1024 * 1024, 'x') + "\n\n"),
             QByteArray("action=451 4.3.5 policy request refused: line too long\n\n"));
    QVERIFY(ask("POST /?command=allow HTTP/1.1\r\nContent-Length: 99999999\r\n\r\n").startsWith("HTTP/1.1 413 "));
    QVERIFY(ask("POST /?command=allow HTTP/1.1\r\nContent-Length: 3\r\n\r\n{x}").startsWith("HTTP/1.1 400 "));
    QVERIFY(ask(QByteArray(5000, '\0')).startsWith("action=451 4.3.5 policy request refused"));
    // A slow client is cut off by --idle-timeout 2, a silent one too.
    QTcpSocket slow;
    slow.connectToHost(QHostAddress::LocalHost, m_policyd->port());
    QVERIFY(slow.waitForConnected(5000));
    slow.write("request=smtpd_access_policy\n");
    QVERIFY(slow.waitForBytesWritten(1000));
    QElapsedTimer timer;
    timer.start();
    QVERIFY(!slow.waitForReadyRead(5000) || slow.readAll().isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(slow.state(), QAbstractSocket::UnconnectedState, 5000);
    QVERIFY(timer.elapsed() < 4500);
    QCOMPARE(ask(postfixRequest("jan@example.test", "anna@example.test")), QByteArray("action=DUNNO\n\n"));
}

void TestCliPolicyd::threeHundredAtOnce()
{
    std::vector<std::unique_ptr<QTcpSocket>> sockets;
    for (int i = 0; i < 300; ++i) {
        auto socket = std::make_unique<QTcpSocket>();
        socket->connectToHost(QHostAddress::LocalHost, m_policyd->port());
        sockets.push_back(std::move(socket));
    }
    for (auto &socket : sockets) {
        QVERIFY(socket->waitForConnected(10000));
    }
    // Every connection is open before any asks: 300 at once.
    for (size_t i = 0; i < sockets.size(); ++i) {
        sockets[i]->write(i % 2 ? dovecotRequest("allow", "198.51.100." + QByteArray::number(i % 200 + 1))
                                : postfixRequest("jan@example.test", "r" + QByteArray::number(i) + "@example.test"));
    }
    for (size_t i = 0; i < sockets.size(); ++i) {
        const QByteArray answer = readAnswer(*sockets[i]);
        QVERIFY2(answer == "action=DUNNO\n\n" || answer.endsWith("{\"msg\":\"\",\"status\":0}"), answer.constData());
    }
}

void TestCliPolicyd::redisGoesAwayDuringLoad()
{
    if (!mt::test::RedisFixture::available()) {
        QSKIP("redis-server is not installed (scripts/deps.sh installs it)");
    }
    mt::test::RedisFixture redis;
    QString error;
    QVERIFY2(redis.start(&error), qPrintable(error));
    const QString policyPath = m_dir.filePath(QStringLiteral("policy-redis.json"));
    QFile policy(policyPath);
    QVERIFY(policy.open(QIODevice::WriteOnly));
    policy.write(R"({"limits": {"per_minute": 1000000, "per_hour": 1000000, "per_12h": 1000000},
                    "domains": [{"name": "example.test"}]})");
    policy.close();
    mt::test::PolicydProcess policyd(policyPath, redis.url(), m_dir.filePath(QStringLiteral("policyd-redis.log")),
                                     QStringList{QStringLiteral("--dns"), m_dns->address(), QStringLiteral("--quiet")});
    QVERIFY2(policyd.port() != 0, qPrintable(policyd.log()));
    // It listens before Redis answers (and defers until then): wait for that.
    auto answer = [&policyd] {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, policyd.port());
        if (!socket.waitForConnected(5000)) {
            return QByteArray("(cannot connect)");
        }
        socket.write(postfixRequest("jan@example.test", "anna@example.test"));
        return readAnswer(socket);
    };
    QTRY_COMPARE_WITH_TIMEOUT(answer(), QByteArray("action=DUNNO\n\n"), 5000);

    PolicydLoad load(policyd.port(), 8);
    QTest::qWait(1500);
    const qint64 stoppedMs = load.elapsedMs();
    redis.stop(); // SIGTERM to redis-server, in the middle of the run
    QTest::qWait(1500);
    const qint64 restartedMs = load.elapsedMs();
    QVERIFY2(redis.start(&error), qPrintable(error)); // back on the same port, empty
    QTest::qWait(5000);
    load.stop();
    QTRY_COMPARE_WITH_TIMEOUT(load.outstanding(), 0, 5000); // every request was answered

    int before = 0;
    int deferred = 0;
    qint64 lastDeferralMs = -1;
    int after = 0;
    for (const PolicydLoad::Answer &answer : load.answers()) {
        // Never a refusal: the requests are good and far below the limits.
        // While the store is away, the shared state's deferral and nothing else.
        const bool deferral = answer.action.startsWith("action=451 4.3.0 ") &&
                              answer.action.endsWith(" temporary failure of the shared state, try again later");
        QVERIFY2(answer.action == "action=DUNNO" || deferral, answer.action.constData());
        if (answer.action == "action=DUNNO") {
            before += answer.atMs < stoppedMs ? 1 : 0;
            after += lastDeferralMs >= 0 ? 1 : 0;
        } else {
            QVERIFY2(answer.atMs >= stoppedMs, "deferred before redis-server went away");
            ++deferred;
            lastDeferralMs = answer.atMs;
            after = 0;
        }
    }
    QVERIFY2(before > 50, qPrintable(QStringLiteral("%1 answers before redis-server went away").arg(before)));
    QVERIFY2(deferred > 0, "the store's outage was not noticed");
    // Back within seconds (the store reconnects with a backoff of at most 5 s;
    // this outage was 1.5 s), and answering again from then on.
    QVERIFY2(lastDeferralMs - restartedMs < 3500,
             qPrintable(
                 QStringLiteral("last deferral %1 ms after redis-server came back").arg(lastDeferralMs - restartedMs)));
    QVERIFY2(after > 50, qPrintable(QStringLiteral("%1 answers after the last deferral").arg(after)));
    QVERIFY(policyd.running());
    // Said once each in the log, even with --quiet.
    QCOMPARE(policyd.log().count(QLatin1String("is unreachable")), 1);
    QCOMPARE(policyd.log().count(QLatin1String("answers again")), 1);
}

void TestCliPolicyd::stopsOnSigterm()
{
    QCOMPARE(m_policyd->stop(), 0);
}

QTEST_GUILESS_MAIN(TestCliPolicyd)
#include "tst_cli_policyd.moc"
