// `mailtriage-cli serve` driven by real clients: swaks for every rule and
// reply text, STARTTLS and XCLIENT; Python's smtplib for AUTH LOGIN with an
// initial response; raw sockets for bad input, 300 connections at once and a
// client that stalls in DATA; `mailtriage-cli blocks` unblocking while the
// server runs; SIGKILL right after 250s. DNS is knotd with the test zones.
// Command lines of swaks and the CLI read best as plain literals.
#undef QT_NO_CAST_FROM_ASCII

#include "dnsfixture.h"
#include "redisfixture.h"
#include "serverprocess.h"
#include "smtp/messagestore.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString cli = qEnvironmentVariable("MAILTRIAGE_CLI");
const QString clients = QStringLiteral(MAILTRIAGE_SMTP_TESTS "/smtpclients.py");

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run run(const QString &program, const QStringList &arguments, const QByteArray &input = {}, int timeoutMs = 120000)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForStarted(10000)) {
        return {-1, {}, QStringLiteral("cannot start %1").arg(program)};
    }
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return {-1, QString::fromUtf8(process.readAllStandardOutput()), QStringLiteral("timed out")};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

// One `mailtriage-cli serve` on a port of its choosing (--listen
// 127.0.0.1:0), ended by its PID.
class Server
{
public:
    Server(const QString &policyJson, const QString &dns, const QString &stateDir, const QStringList &extra = {})
        : m_state(stateDir)
    {
        QFile policy(stateDir + ".policy.json");
        policy.open(QIODevice::WriteOnly);
        policy.write(policyJson.toUtf8());
        policy.close();
        // Into a file: a pipe nobody reads would fill up and stall the server.
        m_logFile = stateDir + ".log";
        m_process.setStandardErrorFile(m_logFile);
        m_process.start(cli, QStringList{QStringLiteral("serve"), QStringLiteral("--listen"),
                                         QStringLiteral("127.0.0.1:0"), QStringLiteral("--policy"), policy.fileName(),
                                         QStringLiteral("--state"), stateDir, QStringLiteral("--dns"), dns,
                                         QStringLiteral("--dns-timeout"), QStringLiteral("500")} +
                                 extra);
        m_port = mt::test::listeningPort(m_process, m_logFile); // 0 if it did not start: the test says why
    }
    ~Server()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished();
        }
    }

    quint16 port() const { return m_port; }
    QString portText() const { return QString::number(m_port); }
    bool running() const { return m_process.state() == QProcess::Running; }
    qint64 pid() const { return m_process.processId(); }
    QString log() const { return mt::test::readLog(m_logFile); }
    // SIGTERM, as a service manager stops it.
    int stop()
    {
        m_process.terminate();
        if (!m_process.waitForFinished(20000)) {
            return -1;
        }
        return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -2;
    }
    void crash()
    {
        m_process.kill(); // SIGKILL: no chance to flush anything
        m_process.waitForFinished();
    }
    int storedMessages() const { return int(storedSubjects().size()); }
    // The Subject of every stored message.
    QStringList storedSubjects() const
    {
        // Read as the desk reads them, from another process's store.
        const mt::smtp::MessageStore store(m_state);
        QStringList subjects;
        for (const mt::smtp::MessageStore::Stored &stored : store.list()) {
            static const QRegularExpression subject(QStringLiteral("\nSubject: ([^\r\n]*)"));
            subjects << subject.match(QString::fromUtf8(store.read(stored.id).value_or(QByteArray()))).captured(1);
        }
        return subjects;
    }

private:
    QString m_state;
    QProcess m_process;
    QString m_logFile;
    quint16 m_port = 0;
};

// The password of every test account is "secret", hashed by the CLI itself.
QString policyJson(const QString &hash, const QString &extra = {})
{
    return QStringLiteral(R"({
  %2
  "domains": [{"name": "example.test", "aliases": ["implicit.example.test", "nomail.example.test"]}],
  "accounts": [{"login": "jan@example.test", "password": "%1", "alternative_sender": "jan@weak.example.test"}]
})")
        .arg(hash, extra);
}

} // namespace

class TestCliServe : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void swaksRules_data();
    void swaksRules();
    void spamThroughSwaks();
    void startTls();
    void tlsRequiredForAuth();
    void rateLimitThroughSwaks();
    void authLoginWithInitialResponse();
    void xclientBlockAndUnblockWhileRunning();
    void geoIpRuleWithTheEmbeddedDatabase_data();
    void geoIpRuleWithTheEmbeddedDatabase();
    void badInputLosesNothing();
    void threeHundredConnections();
    void stallInData();
    void acknowledgedMessagesSurviveSigkill();
    void badUsage_data();
    void badUsage();
    void stopsCleanlyOnSigterm();
    void twoNodesShareOneRedis();
    void redisGoesAwayDuringLoad();

private:
    Run swaks(const QStringList &arguments);
    QStringList auth(const QString &password = QStringLiteral("secret")) const;

    std::unique_ptr<mt::test::DnsFixture> m_dns;
    QTemporaryDir m_dir;
    QString m_hash;
    QString m_swaks;
    std::unique_ptr<Server> m_server;
    int m_stateCounter = 0;
    QString newState() { return QDir(m_dir.path()).filePath(QStringLiteral("state%1").arg(++m_stateCounter)); }
};

namespace {

// What smtpclients.py load printed: [node, code, subject] per message.
QJsonArray loadResults(const Run &load)
{
    return QJsonDocument::fromJson(load.out.toUtf8()).object().value("results").toArray();
}

} // namespace

void TestCliServe::twoNodesShareOneRedis()
{
    if (!mt::test::RedisFixture::available()) {
        QSKIP("redis-server is not installed (scripts/deps.sh installs it)");
    }
    mt::test::RedisFixture redis;
    QString error;
    QVERIFY2(redis.start(&error), qPrintable(error));
    const QString policy = policyJson(m_hash, QStringLiteral(R"("server": {"xclient": true},)"));
    Server a(policy, m_dns->address(), newState(), {"--store", redis.url(), "--node", "smtp-a"});
    Server b(policy, m_dns->address(), newState(), {"--store", redis.url(), "--node", "smtp-b"});
    QVERIFY2(a.port() && b.port(), qPrintable(a.log() + b.log()));
    auto swaksTo = [&](const Server &server, const QStringList &arguments) {
        return run(m_swaks,
                   QStringList{"--server", QStringLiteral("127.0.0.1:%1").arg(server.port()), "--helo", "client.test"} +
                       arguments);
    };
    const QStringList claimed{"--xclient-addr", "203.0.113.5", "--xclient-name", "customer.example"};
    const QStringList message{"--from", "jan@example.test", "--to", "anna@example.test"};

    // 11 failed logins spread over both nodes: the IP is blocked on both.
    for (int i = 0; i < 11; ++i) {
        const Run failed = swaksTo(i % 2 ? b : a, claimed + auth("wrong") + message);
        QVERIFY2(failed.out.contains(QLatin1String("535 5.1.0")), qPrintable(failed.out));
    }
    for (const Server *node : {&a, &b}) {
        const Run refused = swaksTo(*node, claimed + auth() + message);
        QVERIFY2(refused.out.contains(QLatin1String("Connection refused from 203.0.113.5. Too many authorization "
                                                    "failures from this IP, try again later.")),
                 qPrintable(refused.out));
    }
    const Run list = run(cli, {"blocks", "list", "--store", redis.url(), "--format", "json"});
    QCOMPARE(list.exitCode, 0);
    const QJsonArray blocked = QJsonDocument::fromJson(list.out.toUtf8()).object().value("blocked").toArray();
    QCOMPARE(blocked.size(), 1);
    QCOMPARE(blocked.at(0).toObject().value("failures").toInt(), 11);
    QCOMPARE(blocked.at(0).toObject().value("nodes").toArray().size(), 2); // both nodes recorded failures

    // One unblock from a desk: both nodes accept at once, and both log who and why.
    const Run unblock =
        run(cli, {"blocks", "unblock", "203.0.113.5", "--store", redis.url(), "--reason", "ticket 42", "--by", "anna"});
    QCOMPARE(unblock.exitCode, 0);
    for (const Server *node : {&a, &b}) {
        const Run again = swaksTo(*node, claimed + auth() + message);
        QVERIFY2(again.out.contains(QLatin1String("250 2.0.0 Ok: queued as")), qPrintable(again.out));
        QTRY_VERIFY2(node->log().contains(QLatin1String("unblocked 203.0.113.5 by anna: ticket 42")),
                     qPrintable(node->log()));
    }
    const Run audit = run(cli, {"blocks", "audit", "--store", redis.url()});
    const QJsonArray trail = QJsonDocument::fromJson(audit.out.toUtf8()).object().value("audit").toArray();
    QCOMPARE(trail.size(), 1);
    QCOMPARE(trail.at(0).toObject().value("by").toString(), QStringLiteral("anna"));
    QCOMPARE(trail.at(0).toObject().value("reason").toString(), QStringLiteral("ticket 42"));

    // 250 messages a minute between the two: the 251st is refused on whichever node gets it.
    const Run load = run("python3", {clients, "load", a.portText(), b.portText(), "-260", "jan@example.test", "secret",
                                     "jan@example.test", "anna@example.test"});
    QCOMPARE(load.exitCode, 0);
    const QJsonArray results = loadResults(load);
    QCOMPARE(results.size(), 260);
    int accepted = 2; // the two swaks messages above
    for (const QJsonValue &result : results) {
        const int code = result.toArray().at(1).toInt();
        QVERIFY2(code == 250 || code == 550, qPrintable(load.out.left(2000)));
        accepted += code == 250;
    }
    QCOMPARE(accepted, 250);
    QCOMPARE(results.last().toArray().at(1).toInt(), 550);
    QCOMPARE(results.at(results.size() - 2).toArray().at(1).toInt(), 550); // and on the other node too
    QCOMPARE(a.storedMessages() + b.storedMessages(), 250);
}

void TestCliServe::redisGoesAwayDuringLoad()
{
    if (!mt::test::RedisFixture::available()) {
        QSKIP("redis-server is not installed (scripts/deps.sh installs it)");
    }
    mt::test::RedisFixture redis;
    QString error;
    QVERIFY2(redis.start(&error), qPrintable(error));
    const QString policy = policyJson(
        m_hash, QStringLiteral(R"("limits": {"per_minute": 100000, "per_hour": 100000, "per_12h": 100000},)"));
    Server a(policy, m_dns->address(), newState(), {"--store", redis.url(), "--node", "smtp-a"});
    Server b(policy, m_dns->address(), newState(), {"--store", redis.url(), "--node", "smtp-b"});
    QVERIFY2(a.port() && b.port(), qPrintable(a.log() + b.log()));

    QProcess load;
    load.start("python3", {clients, "load", a.portText(), b.portText(), "6", "jan@example.test", "secret",
                           "jan@example.test", "anna@example.test"});
    QVERIFY(load.waitForStarted());
    QTest::qWait(1500);
    redis.stop(); // SIGTERM to redis-server, in the middle of the run
    QTest::qWait(1500);
    QVERIFY2(redis.start(&error), qPrintable(error)); // back on the same port
    QVERIFY(load.waitForFinished(30000));
    const QJsonArray results =
        QJsonDocument::fromJson(load.readAllStandardOutput()).object().value("results").toArray();
    QVERIFY(results.size() > 20);

    QStringList acknowledged;
    int deferred = 0;
    qsizetype lastDeferred = -1;
    for (qsizetype i = 0; i < results.size(); ++i) {
        const QJsonArray result = results.at(i).toArray();
        const int code = result.at(1).toInt();
        // While the store is away: only temporary refusals, never a 5xx. (0: the
        // server ended a session after max_commands; the client opens another.)
        QVERIFY2(code == 250 || code / 100 == 4 || code == 0, qPrintable(QJsonDocument(result).toJson()));
        if (code == 250) {
            acknowledged << result.at(2).toString();
        } else {
            ++deferred;
            lastDeferred = i;
        }
    }
    QVERIFY2(deferred > 0, "the store's outage was not noticed");
    // Service came back within seconds: messages after the last deferral were accepted.
    QVERIFY2(lastDeferred + 5 < results.size(),
             qPrintable(QStringLiteral("last deferral at %1 of %2").arg(lastDeferred).arg(results.size())));
    // No acknowledged message missing.
    QStringList stored = a.storedSubjects() + b.storedSubjects();
    stored.sort();
    acknowledged.sort();
    QCOMPARE(stored, acknowledged);
    QVERIFY(a.log().contains(QLatin1String("unreachable")));
    QVERIFY(a.running() && b.running());
}

void TestCliServe::initTestCase()
{
    QVERIFY2(!cli.isEmpty(), "MAILTRIAGE_CLI is not set");
    m_swaks = QStandardPaths::findExecutable(QStringLiteral("swaks"));
    QVERIFY2(!m_swaks.isEmpty(), "swaks not found: apt-get install swaks perl-doc");
    m_dns = std::make_unique<mt::test::DnsFixture>();
    QVERIFY2(m_dns->ok(), qPrintable(m_dns->error()));
    const Run hashed =
        run(cli, {QStringLiteral("hash-password"), QStringLiteral("--iterations"), QStringLiteral("2000")}, "secret\n");
    QCOMPARE(hashed.exitCode, 0);
    m_hash = hashed.out.trimmed();
    QVERIFY(m_hash.startsWith(QLatin1String("pbkdf2-sha256$2000$")));
}

void TestCliServe::init()
{
    m_server = std::make_unique<Server>(
        policyJson(m_hash,
                   QStringLiteral(R"("server": {"xclient": true, "idle_timeout_s": 2, "max_message_size": 1048576},)")),
        m_dns->address(), newState());
    QVERIFY2(m_server->port() != 0, qPrintable(m_server->log()));
}

void TestCliServe::cleanup()
{
    if (m_server && m_server->running()) {
        QCOMPARE(m_server->stop(), 0);
    }
    m_server.reset();
}

Run TestCliServe::swaks(const QStringList &arguments)
{
    return run(m_swaks, QStringList{QStringLiteral("--server"), QStringLiteral("127.0.0.1:%1").arg(m_server->port()),
                                    QStringLiteral("--helo"), QStringLiteral("client.test")} +
                            arguments);
}

QStringList TestCliServe::auth(const QString &password) const
{
    return {QStringLiteral("--auth"),           QStringLiteral("PLAIN"),           QStringLiteral("--auth-user"),
            QStringLiteral("jan@example.test"), QStringLiteral("--auth-password"), password};
}

void TestCliServe::swaksRules_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("authenticate");
    QTest::addColumn<QString>("reply"); // a regular expression; TOKEN is the greeting's token
    QTest::addColumn<int>("swaksExit");

    const QString from = QStringLiteral("--from");
    const QString to = QStringLiteral("--to");
    QTest::newRow("all is well") << QStringList{from, "jan@example.test", to, "anna@example.test"} << true
                                 << "<[-~]  250 2.0.0 Ok: queued as TOKEN" << 0;
    QTest::newRow("rule 1: no AUTH (seed: 550 ... authentication failed)")
        << QStringList{from, "jan@example.test", to, "anna@example.test"} << false
        << "<\\*\\* 550 5.1.0 TOKEN authentication failed" << 23;
    QTest::newRow("rule 1: wrong password")
        << QStringList{from, "jan@example.test", to, "anna@example.test", "--auth-password", "wrong"} << true
        << "<\\*\\* 535 5.1.0 TOKEN authentication failed" << 28;
    QTest::newRow("rule 2: sender from another domain")
        << QStringList{from, "john.smith@domain.com", to, "anna@example.test"} << true
        << "<\\*\\* 550 5.1.0 <john.smith@domain.com> sender rejected" << 23;
    QTest::newRow("rule 2: third-level domain")
        << QStringList{from, "jan@sub.example.test", to, "anna@example.test"} << true
        << "<\\*\\* 550 5.1.0 <jan@sub.example.test> sender rejected" << 23;
    QTest::newRow("rule 2: alias") << QStringList{from, "jan@implicit.example.test", to, "anna@example.test"} << true
                                   << "<[-~]  250 2.0.0 Ok: queued as TOKEN" << 0;
    QTest::newRow("rule 2: alternative sender") << QStringList{from, "jan@weak.example.test", to, "anna@example.test"}
                                                << true << "<[-~]  250 2.0.0 Ok: queued as TOKEN" << 0;
    QTest::newRow("rule 3: sender domain without MX or A")
        << QStringList{from, "jan@nomail.example.test", to, "anna@example.test"} << true
        << "<\\*\\* 550 5.1.1 TOKEN invalid domain" << 23;
    QTest::newRow("rule 3: one recipient domain without MX or A")
        << QStringList{from, "jan@example.test", to, "anna@example.test,bob@nomail.example.test"} << true
        << "<\\*\\* 550 5.1.1 TOKEN invalid destination domain[\\s\\S]*<[-~]  250 2.0.0 Ok: queued as TOKEN" << 0;
    QTest::newRow("rule 3: recipient domain that does not exist")
        << QStringList{from, "jan@example.test", to, "anna@nxdomain.example.test"} << true
        << "<\\*\\* 550 5.1.1 TOKEN invalid destination domain" << 24;
}

void TestCliServe::swaksRules()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, authenticate);
    QFETCH(QString, reply);
    QFETCH(int, swaksExit);
    QStringList all = authenticate ? auth() : QStringList();
    // A later --auth-password overrides the first.
    all += arguments;
    const Run result = swaks(all);
    const QString token = QRegularExpression(QStringLiteral("<-  220 localhost ESMTP MailTriage (\\w{22})"))
                              .match(result.out)
                              .captured(1);
    QVERIFY2(!token.isEmpty(), qPrintable(result.out + result.err));
    const QRegularExpression expected(QString(reply).replace(QLatin1String("TOKEN"), token));
    QVERIFY2(expected.match(result.out).hasMatch(), qPrintable(result.out));
    QCOMPARE(result.exitCode, swaksExit);
}

void TestCliServe::spamThroughSwaks()
{
    const QStringList spam =
        auth() + QStringList{"--from", "jan@example.test",
                             "--to",   "anna@example.test",
                             "--body", "XJS*C4JDBQADN1.NSBN3*2IDNEN*GTUBE-STANDARD-ANTI-UBE-TEST-EMAIL*C.34X"};
    for (int i = 0; i < 3; ++i) {
        const Run accepted = swaks(spam);
        QVERIFY2(accepted.out.contains(QLatin1String("250 2.0.0 Ok: queued as")), qPrintable(accepted.out));
    }
    const Run refused = swaks(spam);
    QVERIFY2(
        QRegularExpression(QStringLiteral("<\\*\\* 550 5.1.0 \\w{22} spam detected")).match(refused.out).hasMatch(),
        qPrintable(refused.out));
    QCOMPARE(m_server->storedMessages(), 3);
}

void TestCliServe::startTls()
{
    const Run result = swaks(auth() + QStringList{"--tls", "--from", "jan@example.test", "--to", "anna@example.test"});
    QVERIFY2(result.out.contains(QLatin1String("<-  220 2.0.0 Ready to start TLS")), qPrintable(result.out));
    QVERIFY2(result.out.contains(QLatin1String("=== TLS started with cipher")), qPrintable(result.out));
    QVERIFY2(result.out.contains(QLatin1String("250 2.0.0 Ok: queued as")), qPrintable(result.out));
    QCOMPARE(result.exitCode, 0);
}

void TestCliServe::tlsRequiredForAuth()
{
    m_server =
        std::make_unique<Server>(policyJson(m_hash, QStringLiteral(R"("server": {"require_tls_for_auth": true},)")),
                                 m_dns->address(), newState());
    const Run plain = swaks(auth() + QStringList{"--from", "jan@example.test", "--to", "anna@example.test"});
    QVERIFY2((plain.out + plain.err).contains(QLatin1String("Host did not advertise authentication")),
             qPrintable(plain.out + plain.err));
    QVERIFY(plain.exitCode != 0);
    const Run tls = swaks(auth() + QStringList{"--tls", "--from", "jan@example.test", "--to", "anna@example.test"});
    QVERIFY2(tls.out.contains(QLatin1String("250 2.0.0 Ok: queued as")), qPrintable(tls.out));
}

void TestCliServe::rateLimitThroughSwaks()
{
    m_server = std::make_unique<Server>(policyJson(m_hash, QStringLiteral(R"("limits": {"per_minute": 2},)")),
                                        m_dns->address(), newState());
    const QStringList message = auth() + QStringList{"--from", "jan@example.test", "--to", "anna@example.test"};
    QCOMPARE(swaks(message).exitCode, 0);
    QCOMPARE(swaks(message).exitCode, 0);
    const Run third = swaks(message);
    QVERIFY2(
        QRegularExpression(QStringLiteral("<\\*\\* 550 5.1.0 \\w{22} policy violation")).match(third.out).hasMatch(),
        qPrintable(third.out));
}

void TestCliServe::authLoginWithInitialResponse()
{
    const Run result =
        run(QStringLiteral("python3"), {clients, QStringLiteral("login-initial"), m_server->portText(),
                                        "jan@example.test", "secret", "jan@example.test", "anna@example.test"});
    QCOMPARE(result.exitCode, 0);
    const QJsonArray transcript = QJsonDocument::fromJson(result.out.toUtf8()).object().value("transcript").toArray();
    QCOMPARE(transcript.size(), 4);
    QCOMPARE(transcript.at(0).toArray().at(0).toInt(), 235);
    QCOMPARE(transcript.at(3).toArray().at(0).toInt(), 250);
    // The server saw the initial response form (no "Username:" prompt).
    QVERIFY2(m_server->log().contains(QLatin1String("auth 127.0.0.1")), qPrintable(m_server->log()));
}

void TestCliServe::xclientBlockAndUnblockWhileRunning()
{
    const QStringList claimed{"--xclient-addr", "203.0.113.5", "--xclient-name", "customer.example"};
    for (int i = 0; i < 11; ++i) {
        const Run failed = swaks(claimed + auth(QStringLiteral("wrong")) +
                                 QStringList{"--from", "jan@example.test", "--to", "anna@example.test"});
        QVERIFY2(failed.out.contains(QLatin1String("535 5.1.0")), qPrintable(failed.out));
    }
    const Run refused =
        swaks(claimed + auth() + QStringList{"--from", "jan@example.test", "--to", "anna@example.test"});
    QVERIFY2(
        QRegularExpression(QStringLiteral("550 5.1.0 \\w{22} Connection refused from 203\\.0\\.113\\.5\\. Too many "
                                          "authorization failures from this IP, try again later\\."))
            .match(refused.out)
            .hasMatch(),
        qPrintable(refused.out));
    // Loopback itself is not blocked.
    QCOMPARE(swaks(auth() + QStringList{"--from", "jan@example.test", "--to", "anna@example.test"}).exitCode, 0);

    const QString state = QDir(m_dir.path()).filePath(QStringLiteral("state%1").arg(m_stateCounter));
    const Run list = run(cli, {"blocks", "list", "--state", state, "--format", "json"});
    QCOMPARE(list.exitCode, 0);
    const QJsonArray blocked = QJsonDocument::fromJson(list.out.toUtf8()).object().value("blocked").toArray();
    QCOMPARE(blocked.size(), 1);
    QCOMPARE(blocked.at(0).toObject().value("ip").toString(), QStringLiteral("203.0.113.5"));
    QCOMPARE(blocked.at(0).toObject().value("failures").toInt(), 11);

    const Run noReason = run(cli, {"blocks", "unblock", "203.0.113.5", "--state", state});
    QCOMPARE(noReason.exitCode, 2);
    QVERIFY(noReason.err.contains(QLatin1String("--reason")));
    const Run unblock =
        run(cli, {"blocks", "unblock", "203.0.113.5", "--state", state, "--reason", "ticket 42", "--by", "anna"});
    QCOMPARE(unblock.exitCode, 0);
    // At once: the running server honours it on the very next connection.
    const Run again = swaks(claimed + auth() + QStringList{"--from", "jan@example.test", "--to", "anna@example.test"});
    QVERIFY2(again.out.contains(QLatin1String("250 2.0.0 Ok: queued as")), qPrintable(again.out));
    QFile audit(QDir(state).filePath(QStringLiteral("unblocks.log")));
    QVERIFY(audit.open(QIODevice::ReadOnly));
    const QJsonObject line = QJsonDocument::fromJson(audit.readLine()).object();
    QCOMPARE(line.value("by").toString(), QStringLiteral("anna"));
    QCOMPARE(line.value("reason").toString(), QStringLiteral("ticket 42"));
    QCOMPARE(run(cli, {"blocks", "unblock", "203.0.113.5", "--state", state, "--reason", "x"}).exitCode, 2);
    // The server's log tells both sides, the unblock with who and why from the trail.
    QVERIFY2(m_server->log().contains(QLatin1String("blocked 203.0.113.5 after 11 authorization failures")),
             qPrintable(m_server->log()));
    QTRY_VERIFY2(m_server->log().contains(QLatin1String("unblocked 203.0.113.5 by anna: ticket 42")),
                 qPrintable(m_server->log()));
}

void TestCliServe::geoIpRuleWithTheEmbeddedDatabase_data()
{
    QTest::addColumn<QString>("clientIp"); // claimed with XCLIENT, as a replay does
    QTest::addColumn<QString>("reply");

    QTest::newRow("Poland: allowed") << QStringLiteral("212.77.98.9")
                                     << QStringLiteral("<[-~]  250 2.0.0 Ok: queued as \\w{22}");
    QTest::newRow("United States: seed 004's GeoIP rule")
        << QStringLiteral("8.8.8.8") << QStringLiteral("<\\*\\* 550 5.1.0 <jan@example.test> sender rejected");
}

void TestCliServe::geoIpRuleWithTheEmbeddedDatabase()
{
    QFETCH(QString, clientIp);
    QFETCH(QString, reply);
    if (!QFileInfo::exists(QStringLiteral(MAILTRIAGE_GEOIP_DATABASE))) {
        QSKIP("built without the GeoIP database (-DMAILTRIAGE_FETCH_GEOIP=OFF)");
    }
    // serve finds the embedded database beside itself; the domain allows Poland only.
    m_server = std::make_unique<Server>(QStringLiteral(R"({"server": {"xclient": true},
  "domains": [{"name": "example.test", "countries": ["PL"]}],
  "accounts": [{"login": "jan@example.test", "password": "%1"}]})")
                                            .arg(m_hash),
                                        m_dns->address(), newState());
    QVERIFY2(m_server->port() != 0, qPrintable(m_server->log()));
    const Run result = swaks(QStringList{"--xclient-addr", clientIp} + auth() +
                             QStringList{"--from", "jan@example.test", "--to", "anna@example.test"});
    QVERIFY2(QRegularExpression(reply).match(result.out).hasMatch(), qPrintable(result.out));
}

void TestCliServe::badInputLosesNothing()
{
    const Run result =
        run(QStringLiteral("python3"), {clients, QStringLiteral("bad"), m_server->portText(), "jan@example.test",
                                        "secret", "jan@example.test", "anna@example.test"});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const QJsonObject object = QJsonDocument::fromJson(result.out.toUtf8()).object();
    const QJsonObject results = object.value("results").toObject();
    auto got = [&](const char *name) {
        QStringList lines;
        for (const QJsonValue &value : results.value(QLatin1String(name)).toObject().value("got").toArray()) {
            lines << value.toString();
        }
        return lines;
    };
    QCOMPARE(got("garbage"), QStringList{"500 5.5.2 Error: command not recognized"});
    QCOMPARE(got("long-line"), QStringList{"500 5.5.2 Error: command not recognized"});
    QCOMPARE(got("longer-line"), QStringList{"500 5.5.2 Error: line too long"});
    QCOMPARE(got("bare-lf"), (QStringList{"250 2.0.0 Ok", "250 2.0.0 Ok"}));
    QCOMPARE(got("nul"), QStringList{"500 5.5.2 Error: NUL character in command"});
    QCOMPARE(got("pipelined-junk").size(), 5);
    QCOMPARE(got("pipelined-junk").first(), QStringLiteral("503 5.5.1 Error: need MAIL command"));
    QCOMPARE(got("bad-base64").mid(1, 3),
             (QStringList{"501 5.5.2 Cannot decode response", "334 VXNlcm5hbWU6", "501 5.5.2 Cannot decode response"}));
    QCOMPARE(got("data-over-size"),
             (QStringList{"552 5.3.4 Message size exceeds fixed limit", "552 5.3.4 Message size exceeds fixed limit"}));
    // Every session ended with a good message; each 250 is a file.
    QCOMPARE(object.value("acknowledged").toInt(), 6);
    QCOMPARE(m_server->storedMessages(), 6);
    QVERIFY(m_server->running());
}

void TestCliServe::threeHundredConnections()
{
    const Run result =
        run(QStringLiteral("python3"), {clients, QStringLiteral("flood"), m_server->portText(), QStringLiteral("300")});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const QJsonObject object = QJsonDocument::fromJson(result.out.toUtf8()).object();
    QCOMPARE(object.value("greeted").toInt(), 300);
    QCOMPARE(object.value("ehlo").toInt(), 300);
    QVERIFY(m_server->running());
    QCOMPARE(swaks(auth() + QStringList{"--from", "jan@example.test", "--to", "anna@example.test"}).exitCode, 0);
}

void TestCliServe::stallInData()
{
    const Run result =
        run(QStringLiteral("python3"), {clients, QStringLiteral("stall"), m_server->portText(), "jan@example.test",
                                        "secret", "jan@example.test", "anna@example.test"});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const QString reply = QJsonDocument::fromJson(result.out.toUtf8()).object().value("reply").toString();
    QVERIFY2(
        QRegularExpression(QStringLiteral("^421 4\\.4\\.2 \\w{22} Error: timeout exceeded$")).match(reply).hasMatch(),
        qPrintable(reply));
    QCOMPARE(m_server->storedMessages(), 0);
    QVERIFY(m_server->running());
}

void TestCliServe::acknowledgedMessagesSurviveSigkill()
{
    const Run result =
        run(QStringLiteral("python3"), {clients, QStringLiteral("send"), m_server->portText(), "40", "jan@example.test",
                                        "secret", "jan@example.test", "anna@example.test"});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const int acknowledged = QJsonDocument::fromJson(result.out.toUtf8()).object().value("acknowledged").toInt();
    QCOMPARE(acknowledged, 40);
    m_server->crash();
    QCOMPARE(m_server->storedMessages(), 40);
}

void TestCliServe::badUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("listen without port") << QStringList{"serve", "--listen", "127.0.0.1"} << "--listen";
    QTest::newRow("listen on a name") << QStringList{"serve", "--listen", "localhost:25"} << "--listen";
    QTest::newRow("missing policy") << QStringList{"serve", "--policy", "/nonexistent/policy.json"} << "cannot read";
    QTest::newRow("bad dns") << QStringList{"serve", "--dns", "dns.example"} << "--dns";
    QTest::newRow("blocks without action") << QStringList{"blocks"} << "blocks list";
    QTest::newRow("unblock not an IP") << QStringList{"blocks", "unblock", "host.example", "--reason", "x"}
                                       << "not an IP address";
}

void TestCliServe::badUsage()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run result = run(cli, arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
}

void TestCliServe::stopsCleanlyOnSigterm()
{
    QCOMPARE(swaks(auth() + QStringList{"--from", "jan@example.test", "--to", "anna@example.test"}).exitCode, 0);
    QCOMPARE(m_server->stop(), 0);
    QVERIFY2(m_server->log().contains(QLatin1String("stopped; 1 message(s) accepted")), qPrintable(m_server->log()));
    // An unknown key in the policy file is a clear error.
    QTemporaryDir dir;
    QFile policy(dir.filePath(QStringLiteral("p.json")));
    QVERIFY(policy.open(QIODevice::WriteOnly));
    policy.write(R"({"limits": {"per_minit": 5}})");
    policy.close();
    const Run bad = run(cli, {"serve", "--policy", policy.fileName(), "--state", dir.path()});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY2(bad.err.contains(QLatin1String("limits.per_minit: unknown key")), qPrintable(bad.err));
}

QTEST_GUILESS_MAIN(TestCliServe)
#include "tst_cli_serve.moc"
