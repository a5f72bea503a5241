// What `mailtriage-cli diagnose --format json` predicts the provider's server
// answers (data.reply_as_sender / reply_as_recipient of the MX-or-A rule)
// against what `mailtriage-cli serve` answers a real client (Python's
// smtplib), code and text, the session token aside: one rule, one
// implementation (policy/maildomainrule.h). DNS is knotd with the test
// zones, or a loopback port that never answers for the timeout.
#include "cliprocess.h"
#include "dnsfixture.h"
#include "freeport.h"
#include "policy/serverreplies.h"
#include "serverprocess.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
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
        static const QRegularExpression listening(QStringLiteral("listening on 127\\.0\\.0\\.1:(\\d+)"));
        const bool settled = QTest::qWaitFor(
            [&] {
                const auto found = listening.match(log());
                m_port = found.hasMatch() ? quint16(found.captured(1).toUInt()) : 0;
                return m_port != 0 || m_process.state() == QProcess::NotRunning;
            },
            30000);
        Q_UNUSED(settled); // port() stays 0 when it did not start: the test shows the log
    }
    ~Server() { mt::test::stopServer(&m_process); }

    quint16 port() const { return m_port; }
    QString log() const
    {
        QFile file(m_log);
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }

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

// smtplib's session as LOGIN: MAIL FROM:<SENDER>, then RCPT TO:<RECIPIENT>;
// the session token in the replies becomes the diagnosis's example token.
Answer ask(quint16 port, const QString &login, const QString &sender, const QString &recipient)
{
    const CliRun run =
        mt::test::runProgram(QStringLiteral("python3"), {clients, QStringLiteral("envelope"), QString::number(port),
                                                         login, password, sender, recipient});
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

private:
    std::unique_ptr<mt::test::DnsFixture> m_dns;
    std::unique_ptr<QUdpSocket> m_silentDns; // bound, never read: every query times out
    QTemporaryDir m_dir;
    std::unique_ptr<Server> m_server;
    std::unique_ptr<Server> m_silentServer;
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
    const QString policy = policyJson(QString::fromUtf8(hashed.out.trimmed()));

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

QTEST_GUILESS_MAIN(TestServerPrediction)
#include "tst_serverprediction.moc"
