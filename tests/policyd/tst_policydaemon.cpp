// policyd in one process over real sockets: each rule's answer to Postfix
// and Dovecot with the help pages' texts (the state in a file store, DNS
// from memory, a manual clock), the IP blocked by Dovecot's reports and
// lifted by an unblock, and bad clients: garbage, oversized requests, slow
// ones, too many, 300 at once.
#include "fakeresolver.h"
#include "policy/clock.h"
#include "policy/domainvalidator.h"
#include "policy/statestore.h"
#include "policy/storeurl.h"
#include "policy/submissionpolicy.h"
#include "policyd/policydaemon.h"
#include "policyd/policyservice.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <arpa/inet.h>
#include <atomic>
#include <memory>
#include <netinet/in.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

using namespace mt;
using dns::DnsStatus;
using dns::RecordType;

namespace {

const QString token = QStringLiteral("4BFx1y2z3w");

policy::Policy testPolicy()
{
    policy::Policy rules;
    rules.limits.perMinute = 3;
    rules.domains = {
        {QStringLiteral("kowalski.pl"), {QStringLiteral("kowalski.com.pl")}, {QStringLiteral("PL")}},
        {QStringLiteral("bezmx.pl"), {}, {}},
    };
    rules.accounts = {
        {QStringLiteral("jan@kowalski.pl"), {}, QStringLiteral("jan.kowalski@gmail.com")},
        {QStringLiteral("ewa@bezmx.pl"), {}, {}},
    };
    return rules;
}

// 192.0.2.0/24 is in Poland, 198.51.100.0/24 in Germany, the rest nowhere.
QString countryOf(const QHostAddress &address)
{
    if (address.isInSubnet(QHostAddress(QStringLiteral("192.0.2.0")), 24)) {
        return QStringLiteral("PL");
    }
    if (address.isInSubnet(QHostAddress(QStringLiteral("198.51.100.0")), 24)) {
        return QStringLiteral("DE");
    }
    return {};
}

QByteArray postfixRequest(const QHash<QByteArray, QByteArray> &attributes)
{
    QHash<QByteArray, QByteArray> all = {
        {"request", "smtpd_access_policy"}, {"protocol_state", "RCPT"},           {"protocol_name", "ESMTP"},
        {"client_address", "192.0.2.7"},    {"sasl_username", "jan@kowalski.pl"}, {"sender", "jan@kowalski.pl"},
        {"recipient", "anna@example.com"},  {"queue_id", token.toLatin1()},
    };
    for (auto it = attributes.cbegin(); it != attributes.cend(); ++it) {
        if (it.value() == "<absent>") {
            all.remove(it.key());
        } else {
            all.insert(it.key(), it.value());
        }
    }
    QByteArray text;
    for (auto it = all.cbegin(); it != all.cend(); ++it) {
        text += it.key() + '=' + it.value() + '\n';
    }
    return text + '\n';
}

QByteArray dovecotRequest(const QByteArray &command, const QByteArray &ip, const QByteArray &extra = {})
{
    const QByteArray body = "{\"device_id\":\"\",\"login\":\"jan@kowalski.pl\",\"protocol\":\"smtp\","
                            "\"pwhash\":\"00ff\",\"remote\":\"" +
                            ip + "\",\"session_id\":\"S" + ip + '"' + extra + '}';
    return "POST /?command=" + command + " HTTP/1.1\r\nHost: policyd\r\nContent-Type: application/json\r\n" +
           "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

} // namespace

using Attributes = QHash<QByteArray, QByteArray>;
Q_DECLARE_METATYPE(Attributes)

class TestPolicyDaemon : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void postfixRules_data();
    void postfixRules();
    void rateAtEndOfMessage();
    void countryException();
    void failedLoginsBlockAndUnblock();
    void refusedLoginsAreNotCounted();
    void manyRequestsOnOneConnection();
    void aClientThatSendsAllBeforeReading();
    void badPostfixInput_data();
    void badPostfixInput();
    void badHttpInput_data();
    void badHttpInput();
    void slowClients();
    void tooManyConnections();
    void threeHundredAtOnce();

private:
    // Sends BYTES on a new connection (or SOCKET) and waits for an answer
    // ending in TERMINATOR; what came, or what came until the connection closed.
    QByteArray exchange(const QByteArray &bytes, QTcpSocket *socket = nullptr);
    QString postfix(const Attributes &attributes);
    QJsonObject dovecot(const QByteArray &command, const QByteArray &ip, const QByteArray &extra = {});
    bool connect(QTcpSocket &socket);

    test::FakeResolver m_dns;
    policy::ManualClock m_clock;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<policy::StateStore> m_store;
    std::unique_ptr<policy::DomainValidator> m_domains;
    std::unique_ptr<policy::SubmissionPolicy> m_rules;
    std::unique_ptr<policyd::PolicyService> m_service;
    std::unique_ptr<policyd::PolicyDaemon> m_daemon;
    policyd::PolicyDaemon::Settings m_settings;
};

void TestPolicyDaemon::initTestCase()
{
    m_dns.add(QStringLiteral("kowalski.pl"), RecordType::MX, QStringLiteral("10 mx.kowalski.pl"));
    m_dns.add(QStringLiteral("kowalski.com.pl"), RecordType::A, QStringLiteral("192.0.2.25"));
    m_dns.add(QStringLiteral("gmail.com"), RecordType::MX, QStringLiteral("5 gmail-smtp-in.l.google.com"));
    m_dns.add(QStringLiteral("example.com"), RecordType::MX, QStringLiteral("10 mx.example.com"));
    m_dns.setStatus(QStringLiteral("servfail.test"), RecordType::MX, DnsStatus::ServFail);
    m_dns.setStatus(QStringLiteral("servfail.test"), RecordType::A, DnsStatus::ServFail);
}

void TestPolicyDaemon::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    policy::StoreUrl url;
    url.kind = policy::StoreUrl::Kind::Files;
    url.directory = m_dir->path();
    m_store = policy::makeStateStore(url, m_clock);
    QVERIFY(m_store);
    m_domains = std::make_unique<policy::DomainValidator>(m_dns, m_clock);
    m_rules = std::make_unique<policy::SubmissionPolicy>(testPolicy(), *m_store, m_clock, countryOf);
    m_service = std::make_unique<policyd::PolicyService>(*m_rules, *m_domains);
    m_daemon = std::make_unique<policyd::PolicyDaemon>(*m_service, m_settings);
    LocalizedText error;
    QVERIFY(m_daemon->listen(QHostAddress::LocalHost, 0, &error));
}

void TestPolicyDaemon::cleanup()
{
    m_daemon.reset();
    m_service.reset();
    m_rules.reset();
    m_domains.reset();
    m_store.reset();
    m_dir.reset();
    m_settings = {};
}

bool TestPolicyDaemon::connect(QTcpSocket &socket)
{
    socket.connectToHost(QHostAddress::LocalHost, m_daemon->port());
    return QTest::qWaitFor([&] { return socket.state() == QAbstractSocket::ConnectedState; }, 5000);
}

QByteArray TestPolicyDaemon::exchange(const QByteArray &bytes, QTcpSocket *socket)
{
    QTcpSocket own;
    if (!socket) {
        socket = &own;
        if (!connect(own)) {
            return "(no connection)";
        }
    }
    socket->write(bytes);
    QByteArray answer;
    const bool http = bytes.trimmed().startsWith("POST") || bytes.trimmed().startsWith("GET");
    auto complete = [&] {
        answer += socket->readAll();
        if (socket->state() != QAbstractSocket::ConnectedState) {
            return true;
        }
        if (http) {
            const qsizetype head = answer.indexOf("\r\n\r\n");
            const qsizetype length = answer.indexOf("Content-Length: ");
            return head >= 0 && length >= 0 &&
                   answer.size() >=
                       head + 4 + answer.mid(length + 16, answer.indexOf('\r', length) - length - 16).toInt();
        }
        return answer.endsWith("\n\n");
    };
    [[maybe_unused]] const bool done = QTest::qWaitFor(complete, 5000); // the caller judges what came
    return answer;
}

QString TestPolicyDaemon::postfix(const Attributes &attributes)
{
    QByteArray answer = exchange(postfixRequest(attributes));
    if (!answer.startsWith("action=") || !answer.endsWith("\n\n")) {
        return QStringLiteral("(not an answer: %1)").arg(QString::fromUtf8(answer));
    }
    return QString::fromUtf8(answer.mid(7).chopped(2));
}

QJsonObject TestPolicyDaemon::dovecot(const QByteArray &command, const QByteArray &ip, const QByteArray &extra)
{
    const QByteArray answer = exchange(dovecotRequest(command, ip, extra));
    if (!answer.startsWith("HTTP/1.1 200 OK\r\n")) {
        return {{QStringLiteral("error"), QString::fromUtf8(answer)}};
    }
    return QJsonDocument::fromJson(answer.mid(answer.indexOf("\r\n\r\n") + 4)).object();
}

void TestPolicyDaemon::postfixRules_data()
{
    QTest::addColumn<Attributes>("attributes");
    QTest::addColumn<QString>("action");

    QTest::newRow("own domain") << Attributes() << QStringLiteral("DUNNO");
    QTest::newRow("rule 2: an alias") << Attributes{{"sender", "jan@kowalski.com.pl"}} << QStringLiteral("DUNNO");
    QTest::newRow("rule 2: the alternative sender")
        << Attributes{{"sender", "jan.kowalski@gmail.com"}} << QStringLiteral("DUNNO");
    QTest::newRow("rule 2: another domain")
        << Attributes{{"sender", "jan@gmail.com"}} << QStringLiteral("550 5.1.0 <jan@gmail.com> sender rejected");
    QTest::newRow("rule 2: a subdomain is another domain")
        << Attributes{{"sender", "jan@mail.kowalski.pl"}}
        << QStringLiteral("550 5.1.0 <jan@mail.kowalski.pl> sender rejected");
    QTest::newRow("rule 1: not logged in")
        << Attributes{{"sasl_username", ""}} << QStringLiteral("550 5.1.0 %1 authentication failed").arg(token);
    QTest::newRow("rule 8: from Germany") << Attributes{{"client_address", "198.51.100.7"}}
                                          << QStringLiteral("550 5.1.0 <jan@kowalski.pl> sender rejected");
    QTest::newRow("rule 8: a domain without countries")
        << Attributes{{"client_address", "198.51.100.7"}, {"sasl_username", "ewa@bezmx.pl"}, {"sender", "ewa@bezmx.pl"}}
        << QStringLiteral("550 5.1.1 %1 invalid domain").arg(token);
    QTest::newRow("rule 3: recipient's domain takes no mail")
        << Attributes{{"recipient", "anna@nomail.test"}}
        << QStringLiteral("550 5.1.1 %1 invalid destination domain").arg(token);
    QTest::newRow("rule 3: implicit MX (A only)")
        << Attributes{{"recipient", "anna@kowalski.com.pl"}} << QStringLiteral("DUNNO");
    QTest::newRow("rule 3: DNS fails")
        << Attributes{{"recipient", "anna@servfail.test"}}
        << QStringLiteral("451 4.4.3 %1 temporary DNS failure, try again later").arg(token);
    QTest::newRow("CONNECT: only the block is checked")
        << Attributes{{"protocol_state", "CONNECT"}, {"sasl_username", "<absent>"}, {"sender", "<absent>"}}
        << QStringLiteral("DUNNO");
    QTest::newRow("state in lower case") << Attributes{{"protocol_state", "rcpt"}, {"sender", "x@gmail.com"}}
                                         << QStringLiteral("550 5.1.0 <x@gmail.com> sender rejected");
    QTest::newRow("no client_address") << Attributes{{"client_address", "<absent>"}}
                                       << QStringLiteral("451 4.3.5 policy request without a client_address");
    QTest::newRow("client_address not an IP") << Attributes{{"client_address", "unknown"}}
                                              << QStringLiteral("451 4.3.5 policy request without a client_address");
    QTest::newRow("client_address with an octet over 255")
        << Attributes{{"client_address", "192.0.2.256"}}
        << QStringLiteral("451 4.3.5 policy request without a client_address");
    QTest::newRow("client_address with five parts")
        << Attributes{{"client_address", "192.0.2.7.1"}}
        << QStringLiteral("451 4.3.5 policy request without a client_address");
    QTest::newRow("client_address in IPv6") << Attributes{{"client_address", "2001:DB8::7"}} << QStringLiteral("DUNNO");
    QTest::newRow("unknown attributes ignored")
        << Attributes{{"some_future_attribute", "x"}, {"ccert_subject", "CN=a=b"}} << QStringLiteral("DUNNO");
}

void TestPolicyDaemon::postfixRules()
{
    QFETCH(Attributes, attributes);
    QFETCH(QString, action);
    QCOMPARE(postfix(attributes), action);
}

void TestPolicyDaemon::rateAtEndOfMessage()
{
    const Attributes end{{"protocol_state", "END-OF-MESSAGE"}, {"recipient", ""}, {"recipient_count", "1"}};
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(postfix(end), QStringLiteral("DUNNO"));
    }
    const QString violation = QStringLiteral("550 5.1.0 %1 policy violation").arg(token);
    QCOMPARE(postfix(end), violation);
    // The next message is refused at its first RCPT already.
    QCOMPARE(postfix({}), violation);
    // Per account too: the same login from another IP.
    QCOMPARE(postfix({{"client_address", "192.0.2.8"}}), violation);
    m_clock.advanceSeconds(61);
    QCOMPARE(postfix({}), QStringLiteral("DUNNO"));
    QCOMPARE(postfix(end), QStringLiteral("DUNNO"));
}

void TestPolicyDaemon::countryException()
{
    const Attributes fromGermany{{"client_address", "198.51.100.7"}};
    QCOMPARE(postfix(fromGermany), QStringLiteral("550 5.1.0 <jan@kowalski.pl> sender rejected"));
    policy::CountryException exception;
    exception.domain = QStringLiteral("kowalski.pl");
    exception.country = QStringLiteral("DE");
    exception.who = QStringLiteral("helpdesk");
    exception.reason = QStringLiteral("on holiday");
    exception.grantedMs = m_clock.nowMs();
    std::optional<bool> granted;
    m_store->grantCountry(exception, [&](policy::StoreAnswer<bool> answer) { granted = answer.ok && answer.value; });
    QVERIFY(QTest::qWaitFor([&] { return granted.has_value(); }, 5000));
    QVERIFY(*granted);
    QCOMPARE(postfix(fromGermany), QStringLiteral("DUNNO"));
}

void TestPolicyDaemon::failedLoginsBlockAndUnblock()
{
    const QByteArray failed = R"(,"success":false,"policy_reject":false)";
    for (int i = 0; i < 10; ++i) {
        QCOMPARE(dovecot("allow", "192.0.2.9").value(QLatin1String("status")).toInt(-99), 0);
        QCOMPARE(dovecot("report", "192.0.2.9", failed).value(QLatin1String("status")).toInt(-99), 0);
    }
    QCOMPARE(dovecot("allow", "192.0.2.9").value(QLatin1String("status")).toInt(-99), 0);
    QCOMPARE(dovecot("report", "192.0.2.9", failed).value(QLatin1String("status")).toInt(-99), 0); // the 11th
    const QJsonObject refused = dovecot("allow", "192.0.2.9");
    QCOMPARE(refused.value(QLatin1String("status")).toInt(), -1);
    QCOMPARE(refused.value(QLatin1String("msg")).toString(),
             QStringLiteral("5.1.0 S192.0.2.9 Connection refused from 192.0.2.9. Too many authorization failures "
                            "from this IP, try again later."));
    // Postfix hears the same from the blocked IP; other IPs go on.
    QCOMPARE(postfix({{"client_address", "192.0.2.9"}}),
             QStringLiteral("550 5.1.0 %1 Connection refused from 192.0.2.9. Too many authorization failures from "
                            "this IP, try again later.")
                 .arg(token));
    // And at the end of a message (the block and the count are one question).
    QCOMPARE(postfix({{"client_address", "192.0.2.9"}, {"protocol_state", "END-OF-MESSAGE"}, {"recipient", ""}}),
             QStringLiteral("550 5.1.0 %1 Connection refused from 192.0.2.9. Too many authorization failures from "
                            "this IP, try again later.")
                 .arg(token));
    QCOMPARE(dovecot("allow", "192.0.2.10").value(QLatin1String("status")).toInt(-99), 0);

    std::optional<bool> lifted;
    m_store->unblock(QStringLiteral("192.0.2.9"), QStringLiteral("helpdesk"), QStringLiteral("customer called"),
                     m_clock.nowMs(), [&](policy::StoreAnswer<policy::AuditEntry> answer) { lifted = answer.ok; });
    QVERIFY(QTest::qWaitFor([&] { return lifted.has_value(); }, 5000));
    QVERIFY(*lifted);
    QCOMPARE(dovecot("allow", "192.0.2.9").value(QLatin1String("status")).toInt(-99), 0);
    QCOMPARE(postfix({{"client_address", "192.0.2.9"}}), QStringLiteral("DUNNO"));
}

void TestPolicyDaemon::refusedLoginsAreNotCounted()
{
    // A login we refused, or a good one, says nothing about a guessed password.
    for (int i = 0; i < 20; ++i) {
        dovecot("report", "192.0.2.11", R"(,"success":false,"policy_reject":true)");
        dovecot("report", "192.0.2.11", R"(,"success":true,"policy_reject":false)");
    }
    QCOMPARE(dovecot("allow", "192.0.2.11").value(QLatin1String("status")).toInt(-99), 0);
}

void TestPolicyDaemon::manyRequestsOnOneConnection()
{
    QTcpSocket socket;
    QVERIFY(connect(socket));
    for (int i = 0; i < 20; ++i) {
        QCOMPARE(exchange(postfixRequest({{"protocol_state", "CONNECT"}}), &socket), QByteArray("action=DUNNO\n\n"));
    }
    // Pipelined: answers in order.
    QByteArray three = postfixRequest({}) + postfixRequest({{"sender", "x@gmail.com"}}) + postfixRequest({});
    socket.write(three);
    QByteArray answers;
    QVERIFY(QTest::qWaitFor(
        [&] {
            answers += socket.readAll();
            return answers.count("\n\n") == 3;
        },
        5000));
    QCOMPARE(answers, QByteArray("action=DUNNO\n\naction=550 5.1.0 <x@gmail.com> sender rejected\n\naction=DUNNO\n\n"));
    // Keep-alive HTTP on another connection, several requests.
    QTcpSocket http;
    QVERIFY(connect(http));
    for (int i = 0; i < 5; ++i) {
        const QByteArray answer = exchange(dovecotRequest("allow", "192.0.2.12"), &http);
        QVERIFY2(answer.endsWith(R"({"msg":"","status":0})"), answer.constData());
        QVERIFY(answer.contains("Connection: keep-alive"));
    }
}

void TestPolicyDaemon::aClientThatSendsAllBeforeReading()
{
    // Not what Postfix does, but a client may: more requests written before
    // the first answer is read than the answers the daemon holds back for
    // one client (256 KiB), so it must stop reading and go on later.
    constexpr int requests = 20000;
    const QByteArray all = postfixRequest({{"sender", "x@gmail.com"}}).repeated(requests);
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(m_daemon->port());
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    QCOMPARE(::connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof address), 0);
    std::atomic<bool> done{false};
    QByteArray answers;
    std::thread client([&] {
        for (qsizetype sent = 0; sent < all.size();) {
            const ssize_t n = ::send(fd, all.constData() + sent, size_t(all.size() - sent), MSG_NOSIGNAL);
            if (n <= 0) {
                break;
            }
            sent += n;
        }
        char chunk[65536];
        while (answers.count("\n\n") < requests) {
            const ssize_t n = ::recv(fd, chunk, sizeof chunk, 0);
            if (n <= 0) {
                break;
            }
            answers.append(chunk, qsizetype(n));
        }
        done = true;
    });
    const bool finished = QTest::qWaitFor([&] { return done.load(); }, 60000);
    if (!finished) {
        ::shutdown(fd, SHUT_RDWR); // lets the client's thread go
    }
    client.join();
    ::close(fd);
    QVERIFY2(finished, "the daemon stopped answering");
    QCOMPARE(answers.count("\n\n"), requests);
    QVERIFY(answers.startsWith("action=550 5.1.0 <x@gmail.com> sender rejected\n\n"));
}

void TestPolicyDaemon::badPostfixInput_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("answer");

    QTest::newRow("garbage") << QByteArrayLiteral("hello policy server\n\n")
                             << QByteArray("action=451 4.3.5 policy request refused: malformed attribute line\n\n");
    QTest::newRow("SMTP instead") << QByteArrayLiteral("EHLO example.com\r\n")
                                  << QByteArray(
                                         "action=451 4.3.5 policy request refused: malformed attribute line\n\n");
    QTest::newRow("a line of 100 KB") << "sender=" + QByteArray(100 * 1024, 'a') + "\n\n"
                                      << QByteArray("action=451 4.3.5 policy request refused: line too long\n\n");
    QByteArray many;
    for (int i = 0; i < 1000; ++i) {
        many += "attribute" + QByteArray::number(i) + "=x\n";
    }
    QTest::newRow("1000 attributes") << many + "\n"
                                     << QByteArray("action=451 4.3.5 policy request refused: request too large\n\n");
    QTest::newRow("TLS handshake") << QByteArray("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03\n", 12)
                                   << QByteArray(
                                          "action=451 4.3.5 policy request refused: malformed attribute line\n\n");
}

void TestPolicyDaemon::badPostfixInput()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, answer);
    QTcpSocket socket;
    QVERIFY(connect(socket));
    QCOMPARE(exchange(input, &socket), answer);
    // And the connection is closed: it cannot be trusted to be in step.
    QVERIFY(QTest::qWaitFor([&] { return socket.state() == QAbstractSocket::UnconnectedState; }, 5000));
    // The daemon goes on.
    QCOMPARE(postfix({}), QStringLiteral("DUNNO"));
}

void TestPolicyDaemon::badHttpInput_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("status");

    QTest::newRow("GET") << QByteArrayLiteral("GET /?command=allow HTTP/1.1\r\n\r\n") << QByteArray("405");
    QTest::newRow("unknown command") << QByteArray(dovecotRequest("allow", "192.0.2.7")).replace("allow", "grant")
                                     << QByteArray("400");
    QTest::newRow("not JSON") << QByteArrayLiteral("POST /?command=allow HTTP/1.1\r\nContent-Length: 5\r\n\r\nhello")
                              << QByteArray("400");
    QTest::newRow("remote not an IP") << QByteArray(dovecotRequest("allow", "nowhere")) << QByteArray("400");
    QTest::newRow("a body of 10 MB announced")
        << QByteArrayLiteral("POST /?command=allow HTTP/1.1\r\nContent-Length: 10485760\r\n\r\n") << QByteArray("413");
    QTest::newRow("a header of 20 KB") << "POST / HTTP/1.1\r\nX: " + QByteArray(20 * 1024, 'x') + "\r\n\r\n"
                                       << QByteArray("431");
    QTest::newRow("chunked") << QByteArrayLiteral("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n")
                             << QByteArray("501");
}

void TestPolicyDaemon::badHttpInput()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, status);
    const QByteArray answer = exchange(input);
    QVERIFY2(answer.startsWith("HTTP/1.1 " + status + ' '), answer.constData());
    QCOMPARE(dovecot("allow", "192.0.2.7").value(QLatin1String("status")).toInt(-99), 0);
}

void TestPolicyDaemon::slowClients()
{
    cleanup();
    m_settings.idleTimeoutMs = 600;
    m_settings.requestTimeoutMs = 400;
    init();
    // Idle: closed after the idle timeout.
    QTcpSocket idle;
    QVERIFY(connect(idle));
    QVERIFY(QTest::qWaitFor([&] { return idle.state() == QAbstractSocket::UnconnectedState; }, 3000));
    // Slow loris: a byte every 100 ms keeps it from idling, not from the
    // time a request may take.
    QTcpSocket slow;
    QVERIFY(connect(slow));
    QElapsedTimer timer;
    timer.start();
    const QByteArray request = postfixRequest({});
    for (int i = 0; i < request.size() - 1 && slow.state() == QAbstractSocket::ConnectedState; ++i) {
        slow.write(request.mid(i, 1));
        QTest::qWait(100);
    }
    QCOMPARE(slow.state(), QAbstractSocket::UnconnectedState);
    QVERIFY(timer.elapsed() < 2000);
    // A request that is whole in time is answered however it is cut.
    QTcpSocket chunked;
    QVERIFY(connect(chunked));
    chunked.write(request.left(10));
    QTest::qWait(100);
    chunked.write(request.mid(10, 100));
    QTest::qWait(100);
    QCOMPARE(exchange(request.mid(110), &chunked), QByteArray("action=DUNNO\n\n"));
}

void TestPolicyDaemon::tooManyConnections()
{
    cleanup();
    m_settings.maxConnections = 5;
    init();
    std::vector<std::unique_ptr<QTcpSocket>> sockets;
    for (int i = 0; i < 5; ++i) {
        sockets.push_back(std::make_unique<QTcpSocket>());
        QVERIFY(connect(*sockets.back()));
    }
    QVERIFY(QTest::qWaitFor([&] { return m_daemon->connectionCount() == 5; }, 5000));
    QTcpSocket extra;
    extra.connectToHost(QHostAddress::LocalHost, m_daemon->port());
    QVERIFY(QTest::qWaitFor([&] { return extra.state() == QAbstractSocket::UnconnectedState; }, 5000));
    QCOMPARE(exchange(postfixRequest({}), sockets.front().get()), QByteArray("action=DUNNO\n\n"));
    sockets.clear();
    QVERIFY(QTest::qWaitFor([&] { return m_daemon->connectionCount() == 0; }, 5000));
    QCOMPARE(postfix({}), QStringLiteral("DUNNO"));
}

void TestPolicyDaemon::threeHundredAtOnce()
{
    std::vector<std::unique_ptr<QTcpSocket>> sockets;
    std::vector<QByteArray> answers(300);
    for (int i = 0; i < 300; ++i) {
        auto socket = std::make_unique<QTcpSocket>();
        QTcpSocket *raw = socket.get();
        const bool http = i % 3 == 0;
        QObject::connect(raw, &QTcpSocket::connected, raw, [raw, http, i] {
            raw->write(http ? dovecotRequest("allow", "192.0.2." + QByteArray::number(i % 250 + 1))
                            : postfixRequest({{"recipient", "r" + QByteArray::number(i) + "@example.com"}}));
        });
        QObject::connect(raw, &QTcpSocket::readyRead, raw, [raw, &answers, i] { answers[i] += raw->readAll(); });
        raw->connectToHost(QHostAddress::LocalHost, m_daemon->port());
        sockets.push_back(std::move(socket));
    }
    auto answered = [&] {
        return std::all_of(answers.begin(), answers.end(),
                           [](const QByteArray &a) { return a.endsWith("\n\n") || a.endsWith("}"); });
    };
    QVERIFY(QTest::qWaitFor(answered, 20000));
    QVERIFY(QTest::qWaitFor([&] { return m_daemon->connectionCount() == 300; }, 5000));
    for (int i = 0; i < 300; ++i) {
        QVERIFY2(answers[i] == "action=DUNNO\n\n" || answers[i].endsWith(R"({"msg":"","status":0})"),
                 answers[i].constData());
    }
}

QTEST_GUILESS_MAIN(TestPolicyDaemon)
#include "tst_policydaemon.moc"
