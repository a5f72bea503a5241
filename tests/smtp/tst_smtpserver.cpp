// The submission server in-process: a QTcpSocket client speaks SMTP to it,
// DNS comes from memory and time from a manual clock, so the rules' hour
// and twelve-hour windows run in milliseconds. Real clients (swaks, smtplib)
// drive `mailtriage-cli serve` in tst_cli_serve.
#include "fakeresolver.h"
#include "inprocessserver.h"
#include "policy/passwordhash.h"
#include "storeanswer.h"

#include <QDir>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace mt;
using namespace mt::policy;
using dns::DnsStatus;
using dns::RecordType;

namespace {

const QByteArray janPlain = QByteArray("\0jan@kowalski.test\0secret", 25).toBase64();

// One SMTP client connection; reply() waits (running the event loop, so the
// in-process server can answer) until COUNT complete replies are in.
class Client
{
public:
    explicit Client(quint16 port) { m_socket.connectToHost(QHostAddress::LocalHost, port); }

    bool waitReplies(int count, int timeoutMs = 120000)
    {
        return QTest::qWaitFor([&] { return completeReplies() >= count || closed(); }, timeoutMs);
    }

    // Sends LINES (each gets CRLF) and returns the last complete reply line
    // of the COUNT expected (default: one per line sent).
    QString send(const QByteArrayList &lines, int count = -1)
    {
        QByteArray data;
        for (const QByteArray &line : lines) {
            data += line + "\r\n";
        }
        return sendRaw(data, count < 0 ? int(lines.size()) : count);
    }
    QString send(const QByteArray &line) { return send(QByteArrayList{line}); }

    QString sendRaw(const QByteArray &data, int count)
    {
        m_socket.write(data);
        return take(count);
    }

    QString take(int count)
    {
        waitReplies(count);
        QString last;
        for (int i = 0; i < count && !m_replies.isEmpty(); ++i) {
            last = m_replies.takeFirst();
        }
        return last;
    }

    // The greeting's token: "220 localhost ESMTP MailTriage TOKEN".
    QString greet()
    {
        const QString greeting = take(1);
        return greeting.section(QLatin1Char(' '), -1);
    }

    bool closed() const { return m_socket.state() == QAbstractSocket::UnconnectedState; }
    void hangUp() { m_socket.disconnectFromHost(); } // after what was sent
    bool waitClosed()
    {
        return QTest::qWaitFor([&] { return closed(); }, 10000);
    }
    QStringList allLines() const { return m_allLines; }

private:
    int completeReplies()
    {
        m_buffer += m_socket.readAll();
        qsizetype newline;
        while ((newline = m_buffer.indexOf("\r\n")) >= 0) {
            const QString line = QString::fromUtf8(m_buffer.left(newline));
            m_buffer.remove(0, newline + 2);
            m_allLines << line;
            if (line.size() < 4 || line.at(3) != QLatin1Char('-')) {
                m_replies << line;
            }
        }
        return int(m_replies.size());
    }

    QTcpSocket m_socket;
    QByteArray m_buffer;
    QStringList m_replies;
    QStringList m_allLines;
};

} // namespace

class TestSmtpServer : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void greetingAndCapabilities();
    void authentication_data();
    void authentication();
    void mailNeedsAuthentication();
    void senderRule();
    void domainRule();
    void authFailuresBlockTheEleventh();
    void blockedAddressIsRefusedUntilTheHourPasses();
    void rateLimitPerMinute();
    void queueHealth();
    void spamQuota();
    void geoIpByXclientAddress();
    void xclientOnlyWhenEnabled();
    void secondXclientJudgedByTheRealPeer();
    void messagesAreStoredWithTheirEnvelope();
    void mailArguments_data();
    void mailArguments();
    void badInput_data();
    void badInput();
    void sizeLimit();
    void commandLimit();
    void connectionLimit();
    void idleTimeoutMidData();
    void pipelinedTransactionKeepsOrder();
    void aFloodWhileTheDiskAnswersWaitsItsTurn();
    void concurrentLogins();
    void concurrentMessagesAreGroupCommitted_data();
    void concurrentMessagesAreGroupCommitted();
    void clientsGoneBeforeTheDiskAnswers();

private:
    void startServer(const std::function<void(Policy &)> &adjust = {});
    Client *connectClient();
    QString authenticated(Client &client);

    QTemporaryDir *m_dir = nullptr;
    ManualClock m_clock;
    test::FakeResolver *m_dns = nullptr;
    std::unique_ptr<test::InProcessServer> m_smtp;
    QList<Client *> m_clients;
    QHash<QString, QString> m_countries;
};

void TestSmtpServer::init()
{
    m_dir = new QTemporaryDir;
    m_clock.set(1'700'000'000'000);
    m_dns = new test::FakeResolver;
    m_dns->add(QStringLiteral("kowalski.test"), RecordType::MX, QStringLiteral("10 mx.kowalski.test"));
    m_dns->add(QStringLiteral("alias.test"), RecordType::A, QStringLiteral("192.0.2.1"));
    m_dns->add(QStringLiteral("example.test"), RecordType::MX, QStringLiteral("10 mx1.example.test"));
    m_dns->add(QStringLiteral("implicit.test"), RecordType::A, QStringLiteral("192.0.2.30"));
    m_dns->add(QStringLiteral("v6only.test"), RecordType::AAAA, QStringLiteral("2001:db8::99"));
    m_dns->add(QStringLiteral("nullmx.test"), RecordType::MX, QStringLiteral("0 ."));
    m_dns->add(QStringLiteral("gmail.com"), RecordType::MX, QStringLiteral("5 gmail-smtp-in.l.google.com"));
    m_dns->setStatus(QStringLiteral("servfail.test"), RecordType::MX, DnsStatus::ServFail);
    m_dns->setStatus(QStringLiteral("servfail.test"), RecordType::A, DnsStatus::ServFail);
    m_dns->setStatus(QStringLiteral("slow.test"), RecordType::MX, DnsStatus::Timeout);
    m_dns->setStatus(QStringLiteral("slow.test"), RecordType::A, DnsStatus::Timeout);
    m_countries = {{QStringLiteral("203.0.113.9"), QStringLiteral("CN")},
                   {QStringLiteral("192.0.2.9"), QStringLiteral("PL")}};
}

void TestSmtpServer::cleanup()
{
    qDeleteAll(m_clients);
    m_clients.clear();
    m_smtp.reset();
    delete m_dns;
    delete m_dir;
}

void TestSmtpServer::startServer(const std::function<void(Policy &)> &adjust)
{
    Policy policy;
    policy.server.xclient = true;
    policy.domains << DomainPolicy{
        QStringLiteral("kowalski.test"), {QStringLiteral("alias.test")}, {QStringLiteral("PL")}};
    policy.accounts << Account{QStringLiteral("jan@kowalski.test"), passwordhash::make("secret", 1000),
                               QStringLiteral("jan@gmail.com")};
    if (adjust) {
        adjust(policy);
    }
    m_smtp = std::make_unique<test::InProcessServer>(
        m_dir->path(), *m_dns, m_clock, policy,
        [this](const QHostAddress &address) { return m_countries.value(address.toString()); });
    const QString error = m_smtp->start();
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

Client *TestSmtpServer::connectClient()
{
    auto *client = new Client(m_smtp->server.serverPort());
    m_clients << client;
    return client;
}

QString TestSmtpServer::authenticated(Client &client)
{
    const QString token = client.greet();
    client.send(QByteArrayList{"EHLO client.test", "AUTH PLAIN " + janPlain});
    return token;
}

void TestSmtpServer::greetingAndCapabilities()
{
    startServer();
    Client &client = *connectClient();
    const QString token = client.greet();
    QCOMPARE(token.size(), 22);
    QVERIFY(token != QLatin1String("piWs1j0010jifNx01iWsdh"));
    QCOMPARE(client.send("EHLO client.test"), QStringLiteral("250 XCLIENT NAME ADDR LOGIN"));
    const QStringList lines = client.allLines();
    for (const char *capability :
         {"250-PIPELINING", "250-SIZE 26214400", "250-8BITMIME", "250-ENHANCEDSTATUSCODES", "250-AUTH PLAIN LOGIN"}) {
        QVERIFY2(lines.contains(QLatin1String(capability)), capability);
    }
    QVERIFY(!lines.contains(QLatin1String("250-STARTTLS"))); // no certificate given in this test
    QCOMPARE(client.send("NOOP"), QStringLiteral("250 2.0.0 Ok"));
    QCOMPARE(client.send("FOO"), QStringLiteral("500 5.5.2 Error: command not recognized"));
    QCOMPARE(client.send("QUIT"), QStringLiteral("221 2.0.0 Bye"));
    QVERIFY(client.waitClosed());
}

void TestSmtpServer::authentication_data()
{
    QTest::addColumn<QByteArrayList>("lines");
    QTest::addColumn<QString>("reply"); // %1 = the token
    const QByteArray user = QByteArray("jan@kowalski.test").toBase64();
    const QByteArray password = QByteArray("secret").toBase64();
    QTest::newRow("PLAIN with initial response")
        << QByteArrayList{"AUTH PLAIN " + janPlain} << "235 2.7.0 Authentication successful";
    QTest::newRow("PLAIN without") << QByteArrayList{"AUTH PLAIN", janPlain} << "235 2.7.0 Authentication successful";
    QTest::newRow("plain lower case") << QByteArrayList{"auth plain " + janPlain}
                                      << "235 2.7.0 Authentication successful";
    QTest::newRow("LOGIN") << QByteArrayList{"AUTH LOGIN", user, password} << "235 2.7.0 Authentication successful";
    QTest::newRow("LOGIN with initial response")
        << QByteArrayList{"AUTH LOGIN " + user, password} << "235 2.7.0 Authentication successful";
    QTest::newRow("PLAIN wrong password")
        << QByteArrayList{"AUTH PLAIN " + QByteArray("\0jan@kowalski.test\0secreT", 25).toBase64()}
        << "535 5.1.0 %1 authentication failed";
    QTest::newRow("LOGIN unknown user") << QByteArrayList{"AUTH LOGIN", QByteArray("x@y.test").toBase64(), password}
                                        << "535 5.1.0 %1 authentication failed";
    QTest::newRow("PLAIN cancelled") << QByteArrayList{"AUTH PLAIN", "*"} << "501 5.7.0 Authentication aborted";
    QTest::newRow("LOGIN cancelled at password")
        << QByteArrayList{"AUTH LOGIN", user, "*"} << "501 5.7.0 Authentication aborted";
    QTest::newRow("invalid base64") << QByteArrayList{"AUTH PLAIN !!!notbase64"} << "501 5.5.2 Cannot decode response";
    QTest::newRow("PLAIN with two fields") << QByteArrayList{"AUTH PLAIN " + QByteArray("jan\0secret", 10).toBase64()}
                                           << "501 5.5.2 Invalid AUTH PLAIN response";
    QTest::newRow("CRAM-MD5") << QByteArrayList{"AUTH CRAM-MD5"} << "504 5.5.4 Unrecognized authentication type";
}

void TestSmtpServer::authentication()
{
    QFETCH(QByteArrayList, lines);
    QFETCH(QString, reply);
    startServer();
    Client &client = *connectClient();
    const QString token = client.greet();
    client.send("EHLO client.test");
    QCOMPARE(client.send(lines), reply.contains(QLatin1String("%1")) ? reply.arg(token) : reply);
}

void TestSmtpServer::mailNeedsAuthentication()
{
    startServer();
    Client &client = *connectClient();
    const QString token = client.greet();
    QCOMPARE(client.send("MAIL FROM:<jan@kowalski.test>"), QStringLiteral("503 5.5.1 Error: send HELO/EHLO first"));
    client.send("EHLO client.test");
    // Help page (docs/policy.md): Outlook shows "550 5.1.0 <token> authentication failed".
    QCOMPARE(client.send("MAIL FROM:<jan@kowalski.test>"),
             QStringLiteral("550 5.1.0 %1 authentication failed").arg(token));
}

void TestSmtpServer::senderRule()
{
    startServer();
    Client &client = *connectClient();
    authenticated(client);
    QCOMPARE(client.send("MAIL FROM:<john.smith@domain.com>"),
             QStringLiteral("550 5.1.0 <john.smith@domain.com> sender rejected"));
    QCOMPARE(client.send("MAIL FROM:<jan@poczta.kowalski.test>"),
             QStringLiteral("550 5.1.0 <jan@poczta.kowalski.test> sender rejected"));
    QCOMPARE(client.send("MAIL FROM:<jan@alias.test>"), QStringLiteral("250 2.1.0 Ok"));
    client.send("RSET");
    QCOMPARE(client.send("MAIL FROM:<jan@gmail.com>"), QStringLiteral("250 2.1.0 Ok")); // alternative sender
}

void TestSmtpServer::domainRule()
{
    startServer([](Policy &policy) {
        policy.domains.first().aliases << QStringLiteral("v6only.test") << QStringLiteral("servfail.test")
                                       << QStringLiteral("nullmx.test") << QStringLiteral("nowhere.test");
    });
    Client &client = *connectClient();
    const QString token = authenticated(client);
    QCOMPARE(client.send("MAIL FROM:<jan@nowhere.test>"), QStringLiteral("550 5.1.1 %1 invalid domain").arg(token));
    QCOMPARE(client.send("MAIL FROM:<jan@v6only.test>"), QStringLiteral("550 5.1.1 %1 invalid domain").arg(token));
    QCOMPARE(client.send("MAIL FROM:<jan@nullmx.test>"), QStringLiteral("550 5.1.1 %1 invalid domain").arg(token));
    QCOMPARE(client.send("MAIL FROM:<jan@servfail.test>"),
             QStringLiteral("451 4.4.3 %1 temporary DNS failure, try again later").arg(token));
    QCOMPARE(client.send("MAIL FROM:<jan@kowalski.test>"), QStringLiteral("250 2.1.0 Ok"));
    QCOMPARE(client.send("RCPT TO:<a@example.test>"), QStringLiteral("250 2.1.5 Ok"));
    QCOMPARE(client.send("RCPT TO:<b@nowhere.test>"),
             QStringLiteral("550 5.1.1 %1 invalid destination domain").arg(token));
    QCOMPARE(client.send("RCPT TO:<c@implicit.test>"), QStringLiteral("250 2.1.5 Ok"));
    QCOMPARE(client.send("RCPT TO:<d@slow.test>"),
             QStringLiteral("451 4.4.3 %1 temporary DNS failure, try again later").arg(token));
    QCOMPARE(client.send(QByteArrayList{"DATA", "Subject: x", "", "hi", "."}, 2),
             QStringLiteral("250 2.0.0 Ok: queued as %1").arg(token));
    // The valid recipients got it, the invalid one did not (docs/policy.md).
    const auto stored = m_smtp->store.list();
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.first().envelope.recipients,
             (QStringList{QStringLiteral("a@example.test"), QStringLiteral("c@implicit.test")}));
}

void TestSmtpServer::authFailuresBlockTheEleventh()
{
    startServer();
    QSignalSpy reported(&m_smtp->server, &smtp::SmtpServer::reported);
    const QByteArray wrong = "AUTH PLAIN " + QByteArray("\0jan@kowalski.test\0nope", 23).toBase64();
    for (int i = 1; i <= 11; ++i) {
        Client &client = *connectClient();
        const QString token = client.greet();
        QCOMPARE(token.size(), 22); // connections 1..11 are greeted
        client.send("EHLO client.test");
        QCOMPARE(client.send(wrong), QStringLiteral("535 5.1.0 %1 authentication failed").arg(token));
        const auto block = test::ask<std::optional<policy::BlockEntry>>(
            [&](auto reply) { m_smtp->blocks.blockOf(QStringLiteral("127.0.0.1"), m_clock.nowMs(), reply); });
        QCOMPARE(bool(block.value), i == 11);
    }
    Client &refused = *connectClient();
    refused.waitReplies(1);
    QVERIFY(refused.waitClosed());
    const QString line = refused.allLines().value(0);
    const QString token = line.section(QLatin1Char(' '), 2, 2);
    QCOMPARE(line, QStringLiteral("550 5.1.0 %1 Connection refused from 127.0.0.1. Too many authorization failures "
                                  "from this IP, try again later.")
                       .arg(token));
    QCOMPARE(token.size(), 22);

    // The same story as values: each failure with its count, the block with
    // its end, the refusal with its rule; nothing to parse.
    using Kind = smtp::ServerEvent::Kind;
    QList<smtp::ServerEvent> events;
    for (const QList<QVariant> &arguments : std::as_const(reported)) {
        const auto event = arguments.at(0).value<smtp::ServerEvent>();
        if (event.kind != Kind::Connected) {
            events << event;
        }
    }
    QCOMPARE(events.size(), 11 + 1 + 1);
    for (int i = 0; i < 11; ++i) {
        QCOMPARE(events.at(i).kind, Kind::AuthFailed);
        QCOMPARE(events.at(i).ip, QStringLiteral("127.0.0.1"));
        QCOMPARE(events.at(i).account, QStringLiteral("jan@kowalski.test"));
        QCOMPARE(events.at(i).count, i + 1);
    }
    const smtp::ServerEvent &blocked = events.at(11);
    QCOMPARE(blocked.kind, Kind::Blocked);
    QCOMPARE(blocked.ip, QStringLiteral("127.0.0.1"));
    QCOMPARE(blocked.count, 11);
    QCOMPARE(blocked.untilMs, m_clock.nowMs() + 3600 * 1000);
    const smtp::ServerEvent &turnedAway = events.at(12);
    QCOMPARE(turnedAway.kind, Kind::ConnectionRefused);
    QCOMPARE(turnedAway.rule, QStringLiteral("auth-failures"));
    QCOMPARE(turnedAway.token, token);
    QCOMPARE(turnedAway.reply, line);
}

void TestSmtpServer::blockedAddressIsRefusedUntilTheHourPasses()
{
    startServer();
    // Failures claimed from a customer's address through XCLIENT, as a replay does.
    for (int i = 0; i < 11; ++i) {
        Client &client = *connectClient();
        client.greet();
        client.send("XCLIENT ADDR=112.67.35.229");
        client.send(QByteArrayList{"EHLO c", "AUTH PLAIN " + QByteArray("\0jan@kowalski.test\0x", 20).toBase64()});
        m_clock.advanceMs(60 * 1000);
    }
    Client &client = *connectClient();
    client.greet(); // loopback itself is not blocked
    QVERIFY(client.send("XCLIENT ADDR=112.67.35.229")
                .endsWith(QLatin1String("Connection refused from 112.67.35.229. Too many authorization failures "
                                        "from this IP, try again later.")));
    QVERIFY(client.waitClosed());
    m_clock.advanceMs(60 * 60 * 1000);
    Client &later = *connectClient();
    later.greet();
    QVERIFY(later.send("XCLIENT ADDR=112.67.35.229").startsWith(QLatin1String("220 ")));
}

void TestSmtpServer::rateLimitPerMinute()
{
    startServer();
    Client &client = *connectClient();
    const QString token = authenticated(client);
    QByteArrayList batch;
    for (int i = 0; i < 250; ++i) {
        batch << "MAIL FROM:<jan@kowalski.test>"
              << "RCPT TO:<a@example.test>"
              << "DATA"
              << "Subject: n"
              << ""
              << "body"
              << ".";
    }
    QCOMPARE(client.send(batch, 250 * 4), QStringLiteral("250 2.0.0 Ok: queued as %1").arg(token));
    QCOMPARE(m_smtp->store.list().size(), 250);
    QCOMPARE(client.send("MAIL FROM:<jan@kowalski.test>"), QStringLiteral("550 5.1.0 %1 policy violation").arg(token));
    m_clock.advanceMs(60 * 1000);
    QCOMPARE(client.send("MAIL FROM:<jan@kowalski.test>"), QStringLiteral("250 2.1.0 Ok"));
}

void TestSmtpServer::queueHealth()
{
    startServer();
    Client &client = *connectClient();
    const QString token = authenticated(client);
    // 101 messages, each with one valid and one invalid recipient: all undeliverable.
    QByteArrayList batch;
    for (int i = 0; i < 101; ++i) {
        batch << "MAIL FROM:<jan@kowalski.test>"
              << "RCPT TO:<a@example.test>"
              << "RCPT TO:<b@nowhere.test>"
              << "DATA"
              << ""
              << "x"
              << ".";
    }
    QCOMPARE(client.send(batch, 101 * 5), QStringLiteral("250 2.0.0 Ok: queued as %1").arg(token));
    const auto undeliverable = test::ask<policy::SenderCounts>([&](auto reply) {
        m_smtp->blocks.senderCounts(QStringLiteral("127.0.0.1"), {}, {}, 60 * 60 * 1000, m_clock.nowMs(), false, reply);
    });
    QCOMPARE(undeliverable.value.queueFailed, 101);
    QCOMPARE(client.send("MAIL FROM:<jan@kowalski.test>"), QStringLiteral("550 5.1.0 %1 policy violation").arg(token));
    m_clock.advanceMs(60 * 60 * 1000);
    QCOMPARE(client.send("MAIL FROM:<jan@kowalski.test>"), QStringLiteral("250 2.1.0 Ok"));
}

void TestSmtpServer::spamQuota()
{
    startServer();
    Client &client = *connectClient();
    const QString token = authenticated(client);
    const QByteArrayList spam{"MAIL FROM:<jan@kowalski.test>",
                              "RCPT TO:<a@example.test>",
                              "DATA",
                              "Subject: buy",
                              "",
                              "XJS*C4JDBQADN1.NSBN3*2IDNEN*GTUBE-STANDARD-ANTI-UBE-TEST-EMAIL*C.34X",
                              "."};
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(client.send(spam, 4), QStringLiteral("250 2.0.0 Ok: queued as %1").arg(token));
    }
    QCOMPARE(client.send(spam, 4), QStringLiteral("550 5.1.0 %1 spam detected").arg(token));
    QCOMPARE(m_smtp->store.list().size(), 3);
    // Clean mail still goes.
    QCOMPARE(
        client.send(
            QByteArrayList{"MAIL FROM:<jan@kowalski.test>", "RCPT TO:<a@example.test>", "DATA", "", "hello", "."}, 4),
        QStringLiteral("250 2.0.0 Ok: queued as %1").arg(token));
    m_clock.advanceMs(60 * 60 * 1000);
    QCOMPARE(client.send(spam, 4), QStringLiteral("250 2.0.0 Ok: queued as %1").arg(token));
}

void TestSmtpServer::geoIpByXclientAddress()
{
    startServer();
    Client &client = *connectClient();
    client.greet();
    QVERIFY(client.send("XCLIENT ADDR=203.0.113.9 NAME=customer.example").startsWith(QLatin1String("220 ")));
    client.send(QByteArrayList{"EHLO c", "AUTH PLAIN " + janPlain});
    QCOMPARE(client.send("MAIL FROM:<jan@kowalski.test>"),
             QStringLiteral("550 5.1.0 <jan@kowalski.test> sender rejected"));
    QVERIFY(client.send("XCLIENT ADDR=192.0.2.9").startsWith(QLatin1String("220 ")));
    client.send(QByteArrayList{"EHLO c", "AUTH PLAIN " + janPlain});
    QCOMPARE(client.send("MAIL FROM:<jan@kowalski.test>"), QStringLiteral("250 2.1.0 Ok"));
}

void TestSmtpServer::xclientOnlyWhenEnabled()
{
    startServer([](Policy &policy) { policy.server.xclient = false; });
    Client &client = *connectClient();
    client.greet();
    QCOMPARE(client.send("EHLO c"), QStringLiteral("250 AUTH PLAIN LOGIN"));
    QCOMPARE(client.send("XCLIENT ADDR=203.0.113.9"), QStringLiteral("550 5.7.0 Error: insufficient authorization"));
}

void TestSmtpServer::secondXclientJudgedByTheRealPeer()
{
    startServer();
    Client &client = *connectClient();
    client.greet();
    QVERIFY(client.send("XCLIENT ADDR=203.0.113.9").startsWith(QLatin1String("220 ")));
    // The claimed address is not loopback, yet the real peer is: allowed.
    QVERIFY(client.send("XCLIENT ADDR=192.0.2.9 LOGIN=jan@kowalski.test").startsWith(QLatin1String("220 ")));
    client.send("EHLO c");
    // LOGIN= authenticated the session, as Postfix's XCLIENT does.
    QCOMPARE(client.send("MAIL FROM:<jan@kowalski.test>"), QStringLiteral("250 2.1.0 Ok"));
    QCOMPARE(client.send("XCLIENT ADDR=not-an-ip"), QStringLiteral("503 5.5.1 Error: MAIL transaction in progress"));
    client.send("RSET");
    QCOMPARE(client.send("XCLIENT ADDR=not-an-ip"), QStringLiteral("501 5.5.4 Bad XCLIENT ADDR syntax"));
    QCOMPARE(client.send("XCLIENT FOO=1"), QStringLiteral("501 5.5.4 Bad XCLIENT attribute name: FOO"));
}

void TestSmtpServer::messagesAreStoredWithTheirEnvelope()
{
    startServer();
    Client &client = *connectClient();
    const QString token = authenticated(client);
    QCOMPARE(client.send(QByteArrayList{"MAIL FROM:<jan@kowalski.test> SIZE=100 BODY=8BITMIME",
                                        "RCPT TO:<a@example.test>", "RCPT TO:<b@implicit.test>", "DATA",
                                        "Subject: zażółć", "", "..leading dot", "line", "."},
                         5),
             QStringLiteral("250 2.0.0 Ok: queued as %1").arg(token));
    const auto stored = m_smtp->store.list();
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.first().envelope.sender, QStringLiteral("jan@kowalski.test"));
    QCOMPARE(stored.first().envelope.login, QStringLiteral("jan@kowalski.test"));
    QCOMPARE(stored.first().envelope.clientIp, QStringLiteral("127.0.0.1"));
    QCOMPARE(stored.first().envelope.token, token);
    QCOMPARE(stored.first().envelope.receivedMs, m_clock.nowMs());
    smtp::Envelope envelope;
    const auto message = m_smtp->store.read(stored.first().id, &envelope);
    QVERIFY(message);
    QVERIFY(message->startsWith("Received: from client.test ([127.0.0.1])"));
    QVERIFY(message->endsWith("Subject: zażółć\r\n\r\n.leading dot\r\nline\r\n"));
    QCOMPARE(envelope.recipients.size(), 2);
    QVERIFY(!m_smtp->store.read(QStringLiteral("../blocks.json")));
}

void TestSmtpServer::mailArguments_data()
{
    // What clients write after MAIL, and how the server reads it.
    QTest::addColumn<QByteArray>("command");
    QTest::addColumn<QString>("reply");
    const QString ok = QStringLiteral("250 2.1.0 Ok");
    const QString syntax = QStringLiteral("501 5.5.4 Syntax: MAIL FROM:<address>");
    QTest::newRow("plain") << QByteArray("MAIL FROM:<jan@kowalski.test>") << ok;
    QTest::newRow("lower case") << QByteArray("mail from:<jan@kowalski.test>") << ok;
    QTest::newRow("space after the colon") << QByteArray("MAIL FROM: <jan@kowalski.test>") << ok;
    QTest::newRow("no brackets") << QByteArray("MAIL FROM:jan@kowalski.test") << ok;
    QTest::newRow("source route") << QByteArray("MAIL FROM:<@relay.test:jan@kowalski.test>") << ok;
    QTest::newRow("parameters, tabs and spaces")
        << QByteArray("MAIL FROM:<jan@kowalski.test>\tSIZE=100   BODY=8BITMIME ") << ok;
    QTest::newRow("too big") << QByteArray("MAIL FROM:<jan@kowalski.test> SIZE=999999999")
                             << "552 5.3.4 Message size exceeds fixed limit";
    QTest::newRow("bad SIZE") << QByteArray("MAIL FROM:<jan@kowalski.test> SIZE=lots")
                              << "501 5.5.4 Bad SIZE parameter";
    QTest::newRow("unknown option") << QByteArray("MAIL FROM:<jan@kowalski.test> X-FOO=1")
                                    << "555 5.5.4 Unsupported option: X-FOO";
    QTest::newRow("space in the address") << QByteArray("MAIL FROM:<jan@kow alski.test>") << syntax;
    QTest::newRow("no closing bracket") << QByteArray("MAIL FROM:<jan@kowalski.test") << syntax;
    QTest::newRow("TO instead of FROM") << QByteArray("MAIL TO:<jan@kowalski.test>") << syntax;
    QTest::newRow("keyword only") << QByteArray("MAIL FROM") << syntax;
}

void TestSmtpServer::mailArguments()
{
    QFETCH(QByteArray, command);
    QFETCH(QString, reply);
    startServer();
    Client &client = *connectClient();
    authenticated(client);
    QCOMPARE(client.send(command), reply);
}

void TestSmtpServer::badInput_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("replies");
    QTest::addColumn<QString>("last");
    QTest::newRow("garbage bytes") << QByteArray("\x01\x02\xff\xfe garbage\r\n") << 1
                                   << "500 5.5.2 Error: command not recognized";
    QTest::newRow("10000-character line") << QByteArray(10000, 'A') + "\r\n" << 1 << "250 2.0.0 Ok";
    QTest::newRow("20000-character line") << QByteArray(20000, 'A') + "\r\n" << 1 << "500 5.5.2 Error: line too long";
    QTest::newRow("bare LF") << QByteArray("NOOP\nNOOP\n") << 2 << "250 2.0.0 Ok";
    QTest::newRow("NUL in a command") << QByteArray("NO\0OP\r\n", 7) << 1
                                      << "500 5.5.2 Error: NUL character in command";
    QTest::newRow("pipelined junk") << QByteArray("RCPT TO:<a@b>\r\nDATA\r\nxx\r\n.\r\nMAIL\r\n") << 5
                                    << "501 5.5.4 Syntax: MAIL FROM:<address>";
    QTest::newRow("MAIL before AUTH, pipelined")
        << QByteArray("MAIL FROM:<jan@kowalski.test>\r\nRCPT TO:<a@example.test>\r\nDATA\r\n") << 3
        << "503 5.5.1 Error: need RCPT command";
    QTest::newRow("AUTH invalid base64 then garbage")
        << QByteArray("AUTH LOGIN\r\n%%%\r\n") << 2 << "501 5.5.2 Cannot decode response";
}

void TestSmtpServer::badInput()
{
    QFETCH(QByteArray, input);
    QFETCH(int, replies);
    QFETCH(QString, last);
    startServer();
    Client &client = *connectClient();
    client.greet();
    client.send("EHLO c");
    // A 10000-character line is over 512 but within the AUTH allowance of
    // 12288: it is read as one (unknown) command... unless it is NOOP-like.
    if (QByteArray(QTest::currentDataTag()) == "10000-character line") {
        QCOMPARE(client.sendRaw(input, 1), QStringLiteral("500 5.5.2 Error: command not recognized"));
        QCOMPARE(client.send("NOOP"), QString(last));
        return;
    }
    QCOMPARE(client.sendRaw(input, replies), last);
    // The session is still alive and sane.
    QCOMPARE(client.send("NOOP"), QStringLiteral("250 2.0.0 Ok"));
}

void TestSmtpServer::sizeLimit()
{
    startServer([](Policy &policy) { policy.server.maxMessageSize = 4096; });
    Client &client = *connectClient();
    const QString token = authenticated(client);
    QCOMPARE(client.send("MAIL FROM:<jan@kowalski.test> SIZE=5000"),
             QStringLiteral("552 5.3.4 Message size exceeds fixed limit"));
    QByteArrayList big{"MAIL FROM:<jan@kowalski.test>", "RCPT TO:<a@example.test>", "DATA", ""};
    for (int i = 0; i < 100; ++i) {
        big << QByteArray(80, 'x');
    }
    big << ".";
    QCOMPARE(client.send(big, 4), QStringLiteral("552 5.3.4 Message size exceeds fixed limit"));
    QByteArrayList longLine{
        "MAIL FROM:<jan@kowalski.test>", "RCPT TO:<a@example.test>", "DATA", "", QByteArray(1500, 'y'), "."};
    QVERIFY(client.send(longLine, 4).startsWith(QLatin1String("500 5.5.2 Error: message line too long")));
    QCOMPARE(m_smtp->store.list().size(), 0);
    QCOMPARE(client.send(
                 QByteArrayList{"MAIL FROM:<jan@kowalski.test>", "RCPT TO:<a@example.test>", "DATA", "", "ok", "."}, 4),
             QStringLiteral("250 2.0.0 Ok: queued as %1").arg(token));
    // The limit is the content's: our Received line does not count. 51
    // lines of 80 bytes and one of 16 (each with its CRLF) are exactly 4096.
    const auto ofSize = [](int lastLine) {
        QByteArrayList message{"MAIL FROM:<jan@kowalski.test>", "RCPT TO:<a@example.test>", "DATA"};
        for (int i = 0; i < 51; ++i) {
            message << QByteArray(78, 'z');
        }
        return message << QByteArray(lastLine - 2, 'z') << ".";
    };
    QCOMPARE(client.send(ofSize(16), 4), QStringLiteral("250 2.0.0 Ok: queued as %1").arg(token));
    QCOMPARE(client.send(ofSize(17), 4), QStringLiteral("552 5.3.4 Message size exceeds fixed limit"));
    QCOMPARE(m_smtp->store.list().size(), 2);
}

void TestSmtpServer::commandLimit()
{
    startServer([](Policy &policy) { policy.server.maxCommands = 20; });
    Client &client = *connectClient();
    const QString token = client.greet();
    QByteArrayList noops;
    for (int i = 0; i < 21; ++i) {
        noops << "NOOP";
    }
    QCOMPARE(client.send(noops),
             QStringLiteral("421 4.7.0 %1 Error: too many commands, closing connection").arg(token));
    QVERIFY(client.waitClosed());
}

void TestSmtpServer::connectionLimit()
{
    startServer([](Policy &policy) { policy.server.maxConnections = 3; });
    Client &a = *connectClient();
    Client &b = *connectClient();
    Client &c = *connectClient();
    a.greet();
    b.greet();
    c.greet();
    Client &d = *connectClient();
    QCOMPARE(d.take(1), QStringLiteral("421 4.7.0 Too many connections, try again later"));
    QVERIFY(d.waitClosed());
    a.send("QUIT");
    QVERIFY(a.waitClosed());
    QVERIFY(QTest::qWaitFor([&] { return m_smtp->server.sessionCount() == 2; }));
    Client &e = *connectClient();
    QCOMPARE(e.greet().size(), 22);
}

void TestSmtpServer::idleTimeoutMidData()
{
    startServer([](Policy &policy) { policy.server.idleTimeoutSeconds = 1; });
    Client &client = *connectClient();
    const QString token = authenticated(client);
    client.send(QByteArrayList{"MAIL FROM:<jan@kowalski.test>", "RCPT TO:<a@example.test>", "DATA"});
    client.sendRaw("Subject: half\r\n\r\nstalled here", 0);
    QCOMPARE(client.take(1), QStringLiteral("421 4.4.2 %1 Error: timeout exceeded").arg(token));
    QVERIFY(client.waitClosed());
    QCOMPARE(m_smtp->store.list().size(), 0); // never acknowledged, never kept
}

void TestSmtpServer::pipelinedTransactionKeepsOrder()
{
    startServer();
    Client &client = *connectClient();
    const QString token = client.greet();
    // Everything at once: replies must come in order although RCPTs wait for DNS.
    const QByteArray all = "EHLO c\r\nAUTH PLAIN " + janPlain +
                           "\r\nMAIL FROM:<jan@kowalski.test>\r\nRCPT TO:<a@nowhere.test>\r\n"
                           "RCPT TO:<b@example.test>\r\nDATA\r\nSubject: p\r\n\r\nbody\r\n.\r\nQUIT\r\n";
    client.sendRaw(all, 8);
    QVERIFY(client.waitClosed());
    const QStringList lines = client.allLines().mid(1); // after the greeting
    const QStringList finals = lines.filter(QRegularExpression(QStringLiteral("^\\d{3} ")));
    QCOMPARE(finals,
             (QStringList{QStringLiteral("250 XCLIENT NAME ADDR LOGIN"),
                          QStringLiteral("235 2.7.0 Authentication successful"), QStringLiteral("250 2.1.0 Ok"),
                          QStringLiteral("550 5.1.1 %1 invalid destination domain").arg(token),
                          QStringLiteral("250 2.1.5 Ok"), QStringLiteral("354 End data with <CR><LF>.<CR><LF>"),
                          QStringLiteral("250 2.0.0 Ok: queued as %1").arg(token), QStringLiteral("221 2.0.0 Bye")}));
}

void TestSmtpServer::aFloodWhileTheDiskAnswersWaitsItsTurn()
{
    startServer([](Policy &policy) { policy.server.maxCommands = 1000; });
    Client &client = *connectClient();
    client.greet();
    client.send(
        {"EHLO c", "AUTH PLAIN " + janPlain, "MAIL FROM:<jan@kowalski.test>", "RCPT TO:<b@example.test>", "DATA"});
    // The end of the message and 3 MB of commands behind it: while the disk
    // makes the message durable, the session takes a megabyte and leaves
    // the rest in the kernel; then it goes on, in order, losing nothing.
    constexpr int noops = 300;
    QByteArray flood = "Subject: flood\r\n\r\nbody\r\n.\r\n";
    for (int i = 0; i < noops; ++i) {
        flood += "NOOP " + QByteArray(10000, 'x') + "\r\n";
    }
    flood += "QUIT\r\n";
    client.sendRaw(flood, noops + 2);
    QVERIFY(client.waitClosed());
    const QStringList lines = client.allLines();
    const qsizetype queued = lines.indexOf(QRegularExpression(QStringLiteral("250 2.0.0 Ok: queued as .*")));
    QVERIFY2(queued > 0, qPrintable(lines.join(u'|').left(2000)));
    QCOMPARE(lines.size(), queued + noops + 2);
    for (int i = 1; i <= noops; ++i) {
        QCOMPARE(lines.at(queued + i), QStringLiteral("250 2.0.0 Ok"));
    }
    QCOMPARE(lines.last(), QStringLiteral("221 2.0.0 Bye"));
    QCOMPARE(m_smtp->store.list().size(), 1);
}

void TestSmtpServer::concurrentLogins()
{
    startServer();
    // Twelve clients log in at once, eight right and four wrong: the hashes
    // run off the event loop, each session gets its own answer, and every
    // failure counts.
    QList<Client *> clients;
    for (int i = 0; i < 12; ++i) {
        clients << connectClient();
        clients.last()->greet();
        clients.last()->send("EHLO c");
    }
    const QByteArray wrong = "AUTH PLAIN " + QByteArray("\0jan@kowalski.test\0nope", 23).toBase64();
    for (int i = 0; i < 12; ++i) {
        clients.at(i)->sendRaw((i % 3 == 0 ? wrong : "AUTH PLAIN " + janPlain) + "\r\n", 0);
    }
    for (int i = 0; i < 12; ++i) {
        const QString reply = clients.at(i)->take(1);
        QVERIFY2(reply.startsWith(i % 3 == 0 ? QLatin1String("535 5.1.0 ") : QLatin1String("235 2.7.0 ")),
                 qPrintable(reply));
    }
    const auto failures = test::ask<int>([&](auto reply) {
        m_smtp->blocks.failedLogins(QStringLiteral("127.0.0.1"), m_clock.nowMs(), 60 * 60 * 1000, reply);
    });
    QCOMPARE(failures.value, 4);
}

void TestSmtpServer::concurrentMessagesAreGroupCommitted_data()
{
    QTest::addColumn<int>("sessions");
    QTest::addColumn<int>("messages");
    QTest::newRow("one session") << 1 << 5;
    QTest::newRow("eight sessions") << 8 << 10;
    QTest::newRow("forty sessions") << 40 << 5;
}

void TestSmtpServer::concurrentMessagesAreGroupCommitted()
{
    QFETCH(int, sessions);
    QFETCH(int, messages);
    startServer();
    // Each 250 goes out right after its Accepted event: the message must be
    // stored, complete, by then.
    QStringList problems;
    connect(&m_smtp->server, &smtp::SmtpServer::reported, this, [&](const smtp::ServerEvent &event) {
        if (event.kind != smtp::ServerEvent::Kind::Accepted) {
            return;
        }
        const auto stored = m_smtp->store.read(event.messageId);
        if (!stored || !stored->endsWith("Subject: group\r\n\r\nbody\r\n")) {
            problems << event.messageId;
        }
    });
    QList<Client *> clients;
    QStringList tokens;
    for (int i = 0; i < sessions; ++i) {
        clients << connectClient();
        tokens << authenticated(*clients.last());
    }
    const QByteArray transaction = "MAIL FROM:<jan@kowalski.test>\r\nRCPT TO:<a@example.test>\r\nDATA\r\n"
                                   "Subject: group\r\n\r\nbody\r\n.\r\n";
    for (int round = 0; round < messages; ++round) {
        // Every session's message ends at about the same time.
        for (Client *client : std::as_const(clients)) {
            client->sendRaw(transaction, 0);
        }
        for (int i = 0; i < sessions; ++i) {
            QCOMPARE(clients.at(i)->take(4), QStringLiteral("250 2.0.0 Ok: queued as %1").arg(tokens.at(i)));
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("answered before stored: ") + problems.join(u' ')));
    const int total = sessions * messages;
    QCOMPARE(m_smtp->store.list().size(), total);
    QCOMPARE(m_smtp->server.acceptedMessages(), quint64(total));
#ifdef Q_OS_LINUX
    // One sync per round of messages that arrived together, not two per message.
    if (sessions > 1) {
        QVERIFY2(m_smtp->store.syncCount() < quint64(total),
                 qPrintable(QStringLiteral("%1 syncs for %2 messages").arg(m_smtp->store.syncCount()).arg(total)));
    }
#endif
}

void TestSmtpServer::clientsGoneBeforeTheDiskAnswers()
{
    startServer();
    // Twenty clients end a message and hang up at once: a session gone
    // before the store answered gets no answer (and no crash), and every
    // message handed over is kept all the same.
    const QByteArray transaction = "MAIL FROM:<jan@kowalski.test>\r\nRCPT TO:<a@example.test>\r\nDATA\r\n"
                                   "Subject: gone\r\n\r\nbody\r\n.\r\n";
    QList<Client *> clients;
    for (int i = 0; i < 20; ++i) {
        clients << connectClient();
        authenticated(*clients.last());
        // A first message, answered: the domains' verdicts are cached, so
        // the second one reaches the store without waiting on DNS.
        QVERIFY(clients.last()->sendRaw(transaction, 4).startsWith(QLatin1String("250 2.0.0 Ok: queued as ")));
    }
    for (Client *client : std::as_const(clients)) {
        client->sendRaw(transaction, 0);
        client->hangUp();
    }
    QVERIFY(QTest::qWaitFor([&] { return m_smtp->server.sessionCount() == 0; }, 30000));
    QTRY_COMPARE_WITH_TIMEOUT(m_smtp->store.list().size(), 40, 30000);
    QVERIFY(m_smtp->server.acceptedMessages() >= 20u);
    QVERIFY(m_smtp->server.acceptedMessages() <= 40u);
}

QTEST_GUILESS_MAIN(TestSmtpServer)
#include "tst_smtpserver.moc"
