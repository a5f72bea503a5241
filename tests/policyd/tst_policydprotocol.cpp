// The two protocols policyd speaks, byte for byte: Postfix's policy
// delegation (name=value lines, an empty line) and the HTTP/1.1 requests
// of Dovecot's auth policy client with their JSON bodies; bad input of
// every kind is refused, not guessed at.
#include "policyd/authpolicy.h"
#include "policyd/httprequest.h"
#include "policyd/postfixpolicy.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace mt::policyd;

using Attributes = QHash<QByteArray, QByteArray>;
using Status = PostfixRequestReader::Status;
Q_DECLARE_METATYPE(Attributes)

class TestPolicydProtocol : public QObject
{
    Q_OBJECT

private slots:
    void postfixRequests_data();
    void postfixRequests();
    void postfixErrors_data();
    void postfixErrors();
    void postfixByteByByte();
    void postfixAnswers_data();
    void postfixAnswers();
    void httpRequests_data();
    void httpRequests();
    void httpErrors_data();
    void httpErrors();
    void httpKeepAlive_data();
    void httpKeepAlive();
    void requestLine_data();
    void requestLine();
    void authRequests_data();
    void authRequests();
    void authErrors_data();
    void authErrors();
    void authAnswer();
};

// What Postfix 3.7 sends for a RCPT of an authenticated client (SMTPD_POLICY_README).
static QByteArray postfixRcpt()
{
    return QByteArrayLiteral("request=smtpd_access_policy\n"
                             "protocol_state=RCPT\n"
                             "protocol_name=ESMTP\n"
                             "client_address=192.0.2.7\n"
                             "client_name=another.domain.tld\n"
                             "reverse_client_name=another.domain.tld\n"
                             "helo_name=some.domain.tld\n"
                             "sender=jan@kowalski.pl\n"
                             "recipient=anna@example.com\n"
                             "recipient_count=0\n"
                             "queue_id=\n"
                             "instance=123.456.7\n"
                             "size=12345\n"
                             "etrn_domain=\n"
                             "stress=\n"
                             "sasl_method=plain\n"
                             "sasl_username=jan@kowalski.pl\n"
                             "sasl_sender=\n"
                             "ccert_subject=\n"
                             "ccert_issuer=\n"
                             "ccert_fingerprint=\n"
                             "encryption_protocol=TLSv1.3\n"
                             "server_address=127.0.0.1\n"
                             "server_port=587\n"
                             "policy_context=submission\n"
                             "\n");
}

void TestPolicydProtocol::postfixRequests_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("requests");
    QTest::addColumn<Attributes>("last");

    Attributes rcpt;
    rcpt.insert("protocol_state", "RCPT");
    rcpt.insert("sasl_username", "jan@kowalski.pl");
    rcpt.insert("sender", "jan@kowalski.pl");
    rcpt.insert("queue_id", "");
    QTest::newRow("Postfix 3.7 RCPT") << postfixRcpt() << 1 << rcpt;
    QTest::newRow("three on one connection") << postfixRcpt() + postfixRcpt() + postfixRcpt() << 3 << rcpt;
    QTest::newRow("CRLF line ends") << QByteArray(postfixRcpt()).replace("\n", "\r\n") << 1 << rcpt;
    QTest::newRow("empty lines between requests") << "\n\n" + postfixRcpt() + "\n" << 1 << rcpt;
    QTest::newRow("unknown attributes are kept, and ignored")
        << QByteArrayLiteral("request=smtpd_access_policy\nfuture_attribute=42\nprotocol_state=RCPT\n\n") << 1
        << Attributes{{"future_attribute", "42"}, {"protocol_state", "RCPT"}};
    QTest::newRow("a value with '=' in it")
        << QByteArrayLiteral("ccert_subject=CN=a=b\n\n") << 1 << Attributes{{"ccert_subject", "CN=a=b"}};
    QTest::newRow("the last of a repeated name")
        << QByteArrayLiteral("sender=a@x.pl\nsender=b@x.pl\n\n") << 1 << Attributes{{"sender", "b@x.pl"}};
    QTest::newRow("an empty value") << QByteArrayLiteral("sender=\n\n") << 1 << Attributes{{"sender", ""}};
    QTest::newRow("incomplete: no empty line yet") << QByteArrayLiteral("sender=a@x.pl\n") << 0 << Attributes();
    QTest::newRow("8-bit bytes pass through")
        << QByteArrayLiteral("sender=\xc5\xbc\x61@x.pl\n\n") << 1 << Attributes{{"sender", "\xc5\xbc\x61@x.pl"}};
}

void TestPolicydProtocol::postfixRequests()
{
    QFETCH(QByteArray, input);
    QFETCH(int, requests);
    QFETCH(Attributes, last);

    PostfixRequestReader reader;
    reader.feed(input);
    PostfixRequest request;
    QByteArray error;
    int count = 0;
    Status status;
    while ((status = reader.next(&request, &error)) == Status::Request) {
        ++count;
    }
    QCOMPARE(status, Status::NeedMore);
    QCOMPARE(count, requests);
    for (auto it = last.cbegin(); it != last.cend(); ++it) {
        QVERIFY2(request.contains(it.key()), it.key().constData());
        QCOMPARE(request.value(it.key()), it.value());
    }
}

void TestPolicydProtocol::postfixErrors_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("error");

    QTest::newRow("garbage line") << QByteArrayLiteral("hello there\n\n") << QByteArray("malformed attribute line");
    QTest::newRow("an SMTP command") << QByteArrayLiteral("EHLO x\r\n") << QByteArray("malformed attribute line");
    QTest::newRow("no name") << QByteArrayLiteral("=value\n\n") << QByteArray("malformed attribute line");
    QTest::newRow("binary") << QByteArray("\x00\x01\x02\n", 4) << QByteArray("malformed attribute line");
    QTest::newRow("a line of 5000 bytes") << "sender=" + QByteArray(5000, 'a') + "\n\n" << QByteArray("line too long");
    QTest::newRow("a line of 5000 bytes, no end yet")
        << "sender=" + QByteArray(5000, 'a') << QByteArray("line too long");
    QByteArray many;
    for (int i = 0; i < 300; ++i) {
        many += "name" + QByteArray::number(i) + "=value\n";
    }
    QTest::newRow("300 attributes") << many + "\n" << QByteArray("request too large");
    QByteArray large;
    for (int i = 0; i < 20; ++i) {
        large += "name" + QByteArray::number(i) + '=' + QByteArray(4000, 'v') + '\n';
    }
    QTest::newRow("80 KB in one request") << large + "\n" << QByteArray("request too large");
}

void TestPolicydProtocol::postfixErrors()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, error);

    PostfixRequestReader reader;
    reader.feed(input);
    PostfixRequest request;
    QByteArray reason;
    QCOMPARE(reader.next(&request, &reason), Status::Error);
    QCOMPARE(reason, error);
}

void TestPolicydProtocol::postfixByteByByte()
{
    // A slow client: one byte at a time gives the same request.
    PostfixRequestReader reader;
    const QByteArray input = postfixRcpt();
    PostfixRequest request;
    QByteArray error;
    for (qsizetype i = 0; i < input.size() - 1; ++i) {
        reader.feed(input.mid(i, 1));
        QCOMPARE(reader.next(&request, &error), Status::NeedMore);
        QVERIFY(reader.inRequest());
    }
    reader.feed(input.right(1));
    QCOMPARE(reader.next(&request, &error), Status::Request);
    QCOMPARE(request.protocolState(), QByteArray("RCPT"));
    QCOMPARE(request.value("client_address"), QByteArray("192.0.2.7"));
    QVERIFY(!reader.inRequest());
}

void TestPolicydProtocol::postfixAnswers_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("DUNNO") << QStringLiteral("DUNNO") << QByteArray("action=DUNNO\n\n");
    QTest::newRow("seed: sender rejected") << QStringLiteral("550 5.1.0 <jan@gmail.com> sender rejected")
                                           << QByteArray("action=550 5.1.0 <jan@gmail.com> sender rejected\n\n");
    QTest::newRow("a line break cannot split the answer")
        << QStringLiteral("550 a\nb\r\nc") << QByteArray("action=550 a b  c\n\n");
}

void TestPolicydProtocol::postfixAnswers()
{
    QFETCH(QString, action);
    QFETCH(QByteArray, expected);
    QCOMPARE(postfixAnswer(action), expected);
}

// Dovecot 2.3's auth policy client: POST, Content-Type and Content-Length.
static QByteArray dovecotPost(const QByteArray &command, const QByteArray &body)
{
    return "POST /?command=" + command +
           " HTTP/1.1\r\nHost: 127.0.0.1:10040\r\nDate: Mon, 01 Jan 2024 00:00:00 GMT\r\n"
           "User-Agent: dovecot/auth-policy-client\r\nConnection: Keep-Alive\r\n"
           "Content-Type: application/json\r\nContent-Length: " +
           QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

static const QByteArray allowBody = QByteArrayLiteral(
    R"({"device_id":"","login":"jan@kowalski.pl","protocol":"smtp","pwhash":"8a1b3c","remote":"192.0.2.7","session_id":"AbCd1234"})");
static const QByteArray reportBody = QByteArrayLiteral(
    R"({"device_id":"","login":"jan@kowalski.pl","protocol":"smtp","pwhash":"8a1b3c","remote":"192.0.2.7","session_id":"AbCd1234","success":false,"policy_reject":false})");

void TestPolicydProtocol::httpRequests_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("requests");
    QTest::addColumn<QByteArray>("command");
    QTest::addColumn<QByteArray>("body");

    QTest::newRow("Dovecot allow") << dovecotPost("allow", allowBody) << 1 << QByteArray("allow") << allowBody;
    QTest::newRow("Dovecot report") << dovecotPost("report", reportBody) << 1 << QByteArray("report") << reportBody;
    QTest::newRow("keep-alive: two on one connection")
        << dovecotPost("allow", allowBody) + dovecotPost("report", reportBody) << 2 << QByteArray("report")
        << reportBody;
    QTest::newRow("a URL ending in &") << QByteArray(dovecotPost("allow", allowBody)).replace("/?", "/policy?x=1&") << 1
                                       << QByteArray("allow") << allowBody;
    QTest::newRow("bare LF line ends") << QByteArrayLiteral("POST /?command=allow HTTP/1.1\nContent-Length: 2\n\n{}")
                                       << 1 << QByteArray("allow") << QByteArray("{}");
    QTest::newRow("no body") << QByteArrayLiteral("POST /?command=allow HTTP/1.1\r\n\r\n") << 1 << QByteArray("allow")
                             << QByteArray();
    QTest::newRow("empty lines before the request")
        << "\r\n\r\n" + dovecotPost("allow", allowBody) << 1 << QByteArray("allow") << allowBody;
    QTest::newRow("body not complete yet")
        << dovecotPost("allow", allowBody).chopped(5) << 0 << QByteArray() << QByteArray();
    QTest::newRow("head not complete yet")
        << QByteArrayLiteral("POST /?command=allow HTTP/1.1\r\nHost: x\r\n") << 0 << QByteArray() << QByteArray();
}

void TestPolicydProtocol::httpRequests()
{
    QFETCH(QByteArray, input);
    QFETCH(int, requests);
    QFETCH(QByteArray, command);
    QFETCH(QByteArray, body);

    HttpRequestReader reader;
    reader.feed(input);
    HttpRequest request;
    int error = 0;
    int count = 0;
    HttpRequestReader::Status status;
    while ((status = reader.next(&request, &error)) == HttpRequestReader::Status::Request) {
        ++count;
    }
    QCOMPARE(status, HttpRequestReader::Status::NeedMore);
    QCOMPARE(count, requests);
    if (requests > 0) {
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.queryValue("command"), command);
        QCOMPARE(request.body, body);
    }
}

void TestPolicydProtocol::httpErrors_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("status");

    QTest::newRow("garbage") << QByteArrayLiteral("hello\r\n\r\n") << 400;
    QTest::newRow("HTTP/2 preface") << QByteArrayLiteral("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n") << 505;
    QTest::newRow("HTTP/0.9") << QByteArrayLiteral("GET /\r\n\r\n") << 400;
    QTest::newRow("a header without a colon") << QByteArrayLiteral("POST / HTTP/1.1\r\nbroken header\r\n\r\n") << 400;
    QTest::newRow("space before the colon")
        << QByteArrayLiteral("POST / HTTP/1.1\r\nContent-Length : 2\r\n\r\n{}") << 400;
    QTest::newRow("a length that is not a number")
        << QByteArrayLiteral("POST / HTTP/1.1\r\nContent-Length: 2x\r\n\r\n{}") << 400;
    QTest::newRow("a negative length") << QByteArrayLiteral("POST / HTTP/1.1\r\nContent-Length: -1\r\n\r\n") << 400;
    QTest::newRow("two lengths") << QByteArrayLiteral("POST / HTTP/1.1\r\nContent-Length: 2, 2\r\n\r\n{}") << 400;
    QTest::newRow("a body of 1 MB announced")
        << QByteArrayLiteral("POST / HTTP/1.1\r\nContent-Length: 1048576\r\n\r\n") << 413;
    QTest::newRow("chunked") << QByteArrayLiteral(
                                    "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n")
                             << 501;
    QTest::newRow("a head of 10 KB") << "POST / HTTP/1.1\r\nX-Long: " + QByteArray(10 * 1024, 'a') + "\r\n\r\n" << 431;
    QTest::newRow("a head of 10 KB, no end yet") << "POST / HTTP/1.1\r\nX-Long: " + QByteArray(10 * 1024, 'a') << 431;
    QByteArray headers = "POST / HTTP/1.1\r\n";
    for (int i = 0; i < 100; ++i) {
        headers += "X-" + QByteArray::number(i) + ": 1\r\n";
    }
    QTest::newRow("100 headers") << headers + "\r\n" << 431;
}

void TestPolicydProtocol::httpErrors()
{
    QFETCH(QByteArray, input);
    QFETCH(int, status);

    HttpRequestReader reader;
    reader.feed(input);
    HttpRequest request;
    int error = 0;
    QCOMPARE(reader.next(&request, &error), HttpRequestReader::Status::Error);
    QCOMPARE(error, status);
}

void TestPolicydProtocol::httpKeepAlive_data()
{
    QTest::addColumn<QByteArray>("version");
    QTest::addColumn<QByteArray>("connection");
    QTest::addColumn<bool>("keepAlive");

    QTest::newRow("1.1") << QByteArray("HTTP/1.1") << QByteArray() << true;
    QTest::newRow("1.1 close") << QByteArray("HTTP/1.1") << QByteArray("close") << false;
    QTest::newRow("1.1 Keep-Alive (Dovecot)") << QByteArray("HTTP/1.1") << QByteArray("Keep-Alive") << true;
    QTest::newRow("1.0") << QByteArray("HTTP/1.0") << QByteArray() << false;
    QTest::newRow("1.0 keep-alive") << QByteArray("HTTP/1.0") << QByteArray("keep-alive") << true;
}

void TestPolicydProtocol::httpKeepAlive()
{
    QFETCH(QByteArray, version);
    QFETCH(QByteArray, connection);
    QFETCH(bool, keepAlive);

    HttpRequest request;
    request.version = version;
    if (!connection.isEmpty()) {
        request.headers.append({"connection", connection});
    }
    QCOMPARE(request.keepAlive(), keepAlive);
    const QByteArray response = httpResponse(200, "{}", keepAlive);
    QVERIFY(response.startsWith("HTTP/1.1 200 OK\r\n"));
    QVERIFY(response.contains("\r\nContent-Length: 2\r\n"));
    QVERIFY(response.endsWith("\r\n\r\n{}"));
    QCOMPARE(response.contains("Connection: close"), !keepAlive);
}

void TestPolicydProtocol::requestLine_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<bool>("http");

    QTest::newRow("Dovecot") << QByteArray("POST /?command=allow HTTP/1.1\r") << true;
    QTest::newRow("GET") << QByteArray("GET / HTTP/1.0") << true;
    QTest::newRow("Postfix") << QByteArray("request=smtpd_access_policy") << false;
    QTest::newRow("a value with spaces") << QByteArray("ccert_subject=a b HTTP/1.1") << false;
    QTest::newRow("empty") << QByteArray() << false;
    QTest::newRow("garbage") << QByteArray("\x16\x03\x01") << false;
}

void TestPolicydProtocol::requestLine()
{
    QFETCH(QByteArray, line);
    QFETCH(bool, http);
    QCOMPARE(HttpRequestReader::isRequestLine(line), http);
}

void TestPolicydProtocol::authRequests_data()
{
    QTest::addColumn<QByteArray>("command");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("report");
    QTest::addColumn<QString>("remote");
    QTest::addColumn<int>("success"); // -1: absent
    QTest::addColumn<bool>("policyReject");

    QTest::newRow("allow") << QByteArray("allow") << allowBody << false << QStringLiteral("192.0.2.7") << -1 << false;
    QTest::newRow("report, failed") << QByteArray("report") << reportBody << true << QStringLiteral("192.0.2.7") << 0
                                    << false;
    QTest::newRow("report, refused by us")
        << QByteArray("report") << QByteArray(reportBody).replace("\"policy_reject\":false", "\"policy_reject\":true")
        << true << QStringLiteral("192.0.2.7") << 0 << true;
    QTest::newRow("report, succeeded") << QByteArray("report")
                                       << QByteArray(reportBody).replace("\"success\":false", "\"success\":true")
                                       << true << QStringLiteral("192.0.2.7") << 1 << false;
    QTest::newRow("IPv6, one spelling") << QByteArray("allow")
                                        << QByteArray(R"({"remote":"2001:DB8:0:0::7","login":"x"})") << false
                                        << QStringLiteral("2001:db8::7") << -1 << false;
    QTest::newRow("unknown and nested attributes are ignored")
        << QByteArray("allow") << QByteArray(R"({"remote":"192.0.2.7","extra":{"a":"b"},"tls":"1"})") << false
        << QStringLiteral("192.0.2.7") << -1 << false;
}

void TestPolicydProtocol::authRequests()
{
    QFETCH(QByteArray, command);
    QFETCH(QByteArray, body);
    QFETCH(bool, report);
    QFETCH(QString, remote);
    QFETCH(int, success);
    QFETCH(bool, policyReject);

    QByteArray error;
    const auto request = AuthPolicyRequest::parse(command, body, &error);
    QVERIFY2(request, error.constData());
    QCOMPARE(request->command == AuthPolicyRequest::Command::Report, report);
    QCOMPARE(request->remote, remote);
    QCOMPARE(request->success.has_value(), success >= 0);
    if (success >= 0) {
        QCOMPARE(*request->success, success == 1);
    }
    QCOMPARE(request->policyReject, policyReject);
}

void TestPolicydProtocol::authErrors_data()
{
    QTest::addColumn<QByteArray>("command");
    QTest::addColumn<QByteArray>("body");

    QTest::newRow("no command") << QByteArray() << allowBody;
    QTest::newRow("unknown command") << QByteArray("delete") << allowBody;
    QTest::newRow("not JSON") << QByteArray("allow") << QByteArray("remote=1.2.3.4");
    QTest::newRow("a JSON array") << QByteArray("allow") << QByteArray("[]");
    QTest::newRow("truncated JSON") << QByteArray("allow") << allowBody.chopped(3);
    QTest::newRow("no remote") << QByteArray("allow") << QByteArray(R"({"login":"x"})");
    QTest::newRow("remote not an IP") << QByteArray("allow") << QByteArray(R"({"remote":"mail.example.com"})");
    QTest::newRow("remote a number") << QByteArray("allow") << QByteArray(R"({"remote":3232235777})");
    QTest::newRow("report without success") << QByteArray("report") << allowBody;
}

void TestPolicydProtocol::authErrors()
{
    QFETCH(QByteArray, command);
    QFETCH(QByteArray, body);
    QByteArray error;
    QVERIFY(!AuthPolicyRequest::parse(command, body, &error));
    QVERIFY(!error.isEmpty());
}

void TestPolicydProtocol::authAnswer()
{
    const QJsonObject refused = QJsonDocument::fromJson(authPolicyAnswer(-1, QStringLiteral("go \"away\""))).object();
    QCOMPARE(refused.value(QLatin1String("status")).toInt(), -1);
    QCOMPARE(refused.value(QLatin1String("msg")).toString(), QStringLiteral("go \"away\""));
    QCOMPARE(authPolicyAnswer(0), QByteArray(R"({"msg":"","status":0})"));
}

QTEST_GUILESS_MAIN(TestPolicydProtocol)
#include "tst_policydprotocol.moc"
