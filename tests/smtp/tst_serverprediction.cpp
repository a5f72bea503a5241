// What `mailtriage-cli diagnose --format json` predicts the provider's server
// answers (data.reply_as_sender / reply_as_recipient of the MX-or-A rule)
// against what `mailtriage-cli serve` answers a real client (Python's
// smtplib), code and text, the session token aside: one rule, one
// implementation (policy/maildomainrule.h). The same for the country rule
// (rule 8) between `diagnose --policy` and the server; the other sender
// rules (domain, alias, alternative sender) are not predicted by a
// diagnosis. DNS is knotd with the test zones, or a loopback port that
// never answers for the timeout.
#include "cliprocess.h"
#include "dnsfixture.h"
#include "freeport.h"
#include "policy/serverreplies.h"
#include "serverprocess.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUdpSocket>

#include <memory>

using mt::test::CliRun;

namespace {

const QString clients = QStringLiteral(MAILTRIAGE_SMTP_TESTS "/smtpclients.py");
const QString password = QStringLiteral("secret");

// Every fixture domain the rule has a case for, as a sender's and as a
// recipient's domain.
const QStringList fixtureDomains = {
    QStringLiteral("example.test"),               // MX with addresses
    QStringLiteral("nullmx.example.test"),        // null MX alone
    QStringLiteral("nullmx-a.example.test"),      // null MX beside an A record
    QStringLiteral("v6only.example.test"),        // AAAA only
    QStringLiteral("implicit.example.test"),      // A only (implicit MX)
    QStringLiteral("cnamemx.example.test"),       // MX host is a CNAME
    QStringLiteral("deadmx.example.test"),        // MX host does not exist
    QStringLiteral("mixednull.example.test"),     // null MX beside a real one
    QStringLiteral("nomail.example.test"),        // neither MX nor A
    QStringLiteral("nothere.example.test"),       // NXDOMAIN
    QStringLiteral("servfail.example.test"),      // SERVFAIL
    QStringLiteral("xn--bcher-kva.example.test"), // IDN (bücher)
};

// One `mailtriage-cli serve` on a port of its choosing, ended by its PID.
class Server
{
public:
    Server(const QString &dir, const QString &policyJson, const QString &dns)
    {
        QFile policy(QDir(dir).filePath(QStringLiteral("policy.json")));
        if (!policy.open(QIODevice::WriteOnly) || policy.write(policyJson.toUtf8()) < 0) {
            return;
        }
        policy.close();
        m_log = QDir(dir).filePath(QStringLiteral("serve.log"));
        m_process.setStandardErrorFile(m_log);
        m_process.start(qEnvironmentVariable("MAILTRIAGE_CLI"),
                        {QStringLiteral("serve"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                         QStringLiteral("--policy"), policy.fileName(), QStringLiteral("--state"),
                         QDir(dir).filePath(QStringLiteral("state")), QStringLiteral("--dns"), dns,
                         QStringLiteral("--dns-timeout"), QStringLiteral("300")});
        m_port = mt::test::listeningPort(m_process, m_log); // 0 when it did not start: the test shows the log
    }
    ~Server() { mt::test::stopServer(&m_process); }

    quint16 port() const { return m_port; }
    QString log() const { return mt::test::readLog(m_log); }

private:
    QProcess m_process;
    QString m_log;
    quint16 m_port = 0;
};

// A policy with an account in every fixture domain (so the sender rules
// pass and the MX-or-A rule decides) and one whose domain is fine.
QString policyJson(const QString &hash)
{
    QJsonArray domains;
    QJsonArray accounts;
    for (const QString &domain : fixtureDomains) {
        domains.append(QJsonObject{{QStringLiteral("name"), domain}});
        accounts.append(
            QJsonObject{{QStringLiteral("login"), QStringLiteral("u@") + domain}, {QStringLiteral("password"), hash}});
    }
    return QString::fromUtf8(
        QJsonDocument(QJsonObject{{QStringLiteral("domains"), domains}, {QStringLiteral("accounts"), accounts}})
            .toJson());
}

struct Prediction
{
    QString asSender; // empty: the server accepts
    QString asRecipient;
    QString error;
};

Prediction predict(const QString &address, const QString &dns)
{
    const CliRun run =
        mt::test::runCli({QStringLiteral("diagnose"), address, QStringLiteral("--dns"), dns,
                          QStringLiteral("--dns-timeout"), QStringLiteral("300"), QStringLiteral("--dnsbl"),
                          QStringLiteral("rhsbl.example.test"), QStringLiteral("--format"), QStringLiteral("json")});
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(run.out, &error).object();
    if (error.error != QJsonParseError::NoError) {
        return {
            {},
            {},
            QStringLiteral("diagnose gave no JSON (exit %1): %2").arg(run.exitCode).arg(QString::fromUtf8(run.err))};
    }
    for (const QJsonValue &value : root.value(QStringLiteral("findings")).toArray()) {
        const QJsonObject data = value.toObject().value(QStringLiteral("data")).toObject();
        if (data.contains(QStringLiteral("reply_as_sender"))) {
            return {data.value(QStringLiteral("reply_as_sender")).toString(),
                    data.value(QStringLiteral("reply_as_recipient")).toString(),
                    {}};
        }
    }
    return {};
}

struct Answer
{
    QString mail;
    QString rcpt;
    QString error;
};

// smtplib's session as LOGIN (from CLIENT_IP by XCLIENT when given): MAIL
// FROM:<SENDER>, then RCPT TO:<RECIPIENT>; the session token in the replies
// becomes the diagnosis's example token.
Answer ask(quint16 port, const QString &login, const QString &sender, const QString &recipient,
           const QString &clientIp = {})
{
    const CliRun run =
        mt::test::runProgram(QStringLiteral("python3"), {clients, QStringLiteral("envelope"), QString::number(port),
                                                         login, password, sender, recipient, clientIp});
    const QJsonObject result = QJsonDocument::fromJson(run.out).object();
    const QString token = result.value(QStringLiteral("token")).toString();
    if (run.exitCode != 0 || token.isEmpty()) {
        return {
            {}, {}, QStringLiteral("smtplib failed (exit %1): %2").arg(run.exitCode).arg(QString::fromUtf8(run.err))};
    }
    const QString example = QLatin1String(mt::policy::exampleToken);
    return {result.value(QStringLiteral("mail")).toString().replace(token, example),
            result.value(QStringLiteral("rcpt")).toString().replace(token, example),
            {}};
}

} // namespace

class TestServerPrediction : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void diagnosisPredictsTheServer_data();
    void diagnosisPredictsTheServer();
    void countryRulePredictsTheServer_data();
    void countryRulePredictsTheServer();

private:
    std::unique_ptr<mt::test::DnsFixture> m_dns;
    std::unique_ptr<QUdpSocket> m_silentDns; // bound, never read: every query times out
    QTemporaryDir m_dir;
    std::unique_ptr<Server> m_server;
    std::unique_ptr<Server> m_silentServer;
    QString m_hash;
};

void TestServerPrediction::initTestCase()
{
    QVERIFY2(!qEnvironmentVariable("MAILTRIAGE_CLI").isEmpty(), "MAILTRIAGE_CLI must name the binary");
    m_dns = std::make_unique<mt::test::DnsFixture>();
    QVERIFY2(m_dns->ok(), qPrintable(m_dns->error()));
    m_silentDns = std::make_unique<QUdpSocket>();
    QVERIFY(m_silentDns->bind(QHostAddress::LocalHost, mt::test::freePort()));

    const CliRun hashed = mt::test::runCli(
        {QStringLiteral("hash-password"), QStringLiteral("--iterations"), QStringLiteral("2000")}, "secret\n");
    QCOMPARE(hashed.exitCode, 0);
    m_hash = QString::fromUtf8(hashed.out.trimmed());
    const QString policy = policyJson(m_hash);

    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("fixture")));
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("silent")));
    m_server =
        std::make_unique<Server>(QDir(m_dir.path()).filePath(QStringLiteral("fixture")), policy, m_dns->address());
    QVERIFY2(m_server->port() != 0, qPrintable(m_server->log()));
    m_silentServer = std::make_unique<Server>(QDir(m_dir.path()).filePath(QStringLiteral("silent")), policy,
                                              QStringLiteral("127.0.0.1:%1").arg(m_silentDns->localPort()));
    QVERIFY2(m_silentServer->port() != 0, qPrintable(m_silentServer->log()));
}

void TestServerPrediction::cleanupTestCase()
{
    m_server.reset();
    m_silentServer.reset();
}

void TestServerPrediction::diagnosisPredictsTheServer_data()
{
    QTest::addColumn<QString>("domain");       // as the client writes it (ASCII)
    QTest::addColumn<QString>("asDiagnosed");  // as staff paste it
    QTest::addColumn<bool>("silentDns");       // DNS never answers
    QTest::addColumn<QString>("expectSender"); // the reply's start, so a broken pair cannot agree by chance
    QTest::addColumn<QString>("expectRecipient");
    const QString ok = QStringLiteral("250 ");
    const QString invalid = QStringLiteral("550 5.1.1 ");
    const QString deferred = QStringLiteral("451 4.4.3 ");
    auto row = [](const char *name, const QString &domain, const QString &pasted, bool silent, const QString &sender,
                  const QString &recipient) {
        QTest::newRow(name) << domain << pasted << silent << sender << recipient;
    };
    row("MX with addresses", QStringLiteral("example.test"), {}, false, ok, ok);
    row("null MX alone", QStringLiteral("nullmx.example.test"), {}, false, invalid, invalid);
    row("null MX beside an A record", QStringLiteral("nullmx-a.example.test"), {}, false, invalid, invalid);
    row("AAAA only", QStringLiteral("v6only.example.test"), {}, false, invalid, invalid);
    row("A only", QStringLiteral("implicit.example.test"), {}, false, ok, ok);
    row("MX to a CNAME", QStringLiteral("cnamemx.example.test"), {}, false, ok, ok);
    row("dangling MX", QStringLiteral("deadmx.example.test"), {}, false, ok, ok);
    row("null MX beside a real MX", QStringLiteral("mixednull.example.test"), {}, false, ok, ok);
    row("neither MX nor A", QStringLiteral("nomail.example.test"), {}, false, invalid, invalid);
    row("NXDOMAIN", QStringLiteral("nothere.example.test"), {}, false, invalid, invalid);
    row("SERVFAIL", QStringLiteral("servfail.example.test"), {}, false, deferred, deferred);
    row("timeout", QStringLiteral("example.test"), {}, true, deferred, deferred);
    row("IDN", QStringLiteral("xn--bcher-kva.example.test"), QStringLiteral("bücher.example.test"), false, ok, ok);
}

void TestServerPrediction::diagnosisPredictsTheServer()
{
    QFETCH(QString, domain);
    QFETCH(QString, asDiagnosed);
    QFETCH(bool, silentDns);
    QFETCH(QString, expectSender);
    QFETCH(QString, expectRecipient);

    const QString dns = silentDns ? QStringLiteral("127.0.0.1:%1").arg(m_silentDns->localPort()) : m_dns->address();
    const Server &server = silentDns ? *m_silentServer : *m_server;
    const QString address = QStringLiteral("u@") + domain;

    const Prediction predicted = predict(QStringLiteral("u@") + (asDiagnosed.isEmpty() ? domain : asDiagnosed), dns);
    QVERIFY2(predicted.error.isEmpty(), qPrintable(predicted.error));

    // As the sender: its own account, so only the MX-or-A rule can refuse.
    const Answer asSender = ask(server.port(), address, address, {});
    QVERIFY2(asSender.error.isEmpty(), qPrintable(asSender.error));
    QVERIFY2(asSender.mail.startsWith(expectSender), qPrintable(asSender.mail));
    if (predicted.asSender.isEmpty()) {
        QCOMPARE(asSender.mail, QStringLiteral("250 2.1.0 Ok"));
    } else {
        QCOMPARE(asSender.mail, predicted.asSender);
    }

    // As a recipient of a sender whose domain is fine. In the timeout row no
    // domain answers, so the sender is deferred first: that is the reply.
    const QString goodSender = QStringLiteral("u@example.test");
    const Answer asRecipient = ask(server.port(), goodSender, goodSender, address);
    QVERIFY2(asRecipient.error.isEmpty(), qPrintable(asRecipient.error));
    const QString got = silentDns ? asRecipient.mail : asRecipient.rcpt;
    QVERIFY2(got.startsWith(expectRecipient), qPrintable(got));
    if (predicted.asRecipient.isEmpty()) {
        QCOMPARE(got, QStringLiteral("250 2.1.5 Ok"));
    } else {
        QCOMPARE(got, silentDns ? predicted.asSender : predicted.asRecipient);
    }
}

void TestServerPrediction::countryRulePredictsTheServer_data()
{
    QTest::addColumn<QString>("countries"); // of example.test in the policy file
    QTest::addColumn<QString>("expected");  // the reply's start
    QTest::newRow("Poland only: the US sending IP is refused")
        << QStringLiteral(R"(["PL"])") << QStringLiteral("550 5.1.0 <u@example.test> sender rejected");
    QTest::newRow("Poland and the US: accepted") << QStringLiteral(R"(["PL", "US"])") << QStringLiteral("250 ");
}

// Rule 8: a bounce says u@example.test sent from 8.8.8.8; `diagnose --policy`
// judges the IP by the domain's countries, the server by its client's
// address (claimed with XCLIENT), both with the embedded GeoIP database.
void TestServerPrediction::countryRulePredictsTheServer()
{
    QFETCH(QString, countries);
    QFETCH(QString, expected);
    if (!QFileInfo::exists(QStringLiteral(MAILTRIAGE_GEOIP_DATABASE))) {
        QSKIP("built without the GeoIP database (-DMAILTRIAGE_FETCH_GEOIP=OFF)");
    }
    const QString policy = QStringLiteral(R"({"server": {"xclient": true},
                           "domains": [{"name": "example.test", "countries": %1}],
                           "accounts": [{"login": "u@example.test", "password": "%2"}]})")
                               .arg(countries, m_hash);
    const QString dir = QDir(m_dir.path()).filePath(QString::fromLatin1(QTest::currentDataTag()).left(12));
    QVERIFY(QDir().mkpath(dir));
    QFile policyFile(QDir(dir).filePath(QStringLiteral("diagnose-policy.json")));
    QVERIFY(policyFile.open(QIODevice::WriteOnly));
    policyFile.write(policy.toUtf8());
    policyFile.close();

    QFile bounce(QStringLiteral(MAILTRIAGE_TEST_FIXTURES "/bounces/blocked-from-us.eml"));
    QVERIFY(bounce.open(QIODevice::ReadOnly));
    const QByteArray text = bounce.readAll().replace("jan@example.test", "u@example.test");
    const CliRun run =
        mt::test::runCli({QStringLiteral("diagnose"), QStringLiteral("-"), QStringLiteral("--policy"),
                          policyFile.fileName(), QStringLiteral("--dns"), m_dns->address(), QStringLiteral("--dnsbl"),
                          QStringLiteral("rhsbl.example.test"), QStringLiteral("--format"), QStringLiteral("json")},
                         text);
    QString predicted;
    bool judged = false;
    for (const QJsonValue &value :
         QJsonDocument::fromJson(run.out).object().value(QStringLiteral("findings")).toArray()) {
        const QJsonObject finding = value.toObject();
        if (finding.value(QStringLiteral("check")).toString() == QLatin1String("geoip")) {
            judged = true;
            predicted = finding.value(QStringLiteral("data")).toObject().value(QStringLiteral("reply")).toString();
        }
    }
    QVERIFY2(judged, run.out.constData());

    const Server server(dir, policy, m_dns->address());
    QVERIFY2(server.port() != 0, qPrintable(server.log()));
    const QString sender = QStringLiteral("u@example.test");
    const Answer answer = ask(server.port(), sender, sender, {}, QStringLiteral("8.8.8.8"));
    QVERIFY2(answer.error.isEmpty(), qPrintable(answer.error));
    QVERIFY2(answer.mail.startsWith(expected), qPrintable(answer.mail));
    QCOMPARE(answer.mail, predicted.isEmpty() ? QStringLiteral("250 2.1.0 Ok") : predicted);
}

QTEST_GUILESS_MAIN(TestServerPrediction)
#include "tst_serverprediction.moc"
