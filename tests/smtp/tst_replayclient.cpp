// The replay client against the in-process server: one scenario per
// submission rule (docs/policy.md) plus "all is well", each ending in the
// server's reply and the mail clients' views of it; the scenarios follow
// the limits of an edited policy.
#include "fakeresolver.h"
#include "inprocessserver.h"
#include "policy/passwordhash.h"
#include "smtp/replayclient.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace mt;
using namespace mt::policy;
using mt::smtp::ReplyStage;

Q_DECLARE_METATYPE(mt::smtp::ReplyStage)

class TestReplayClient : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void scenarios_data();
    void scenarios();
    void customScenario();
    void scenariosFollowTheEditedPolicy_data();
    void scenariosFollowTheEditedPolicy();
    void noServer();

private:
    smtp::ReplayResult play(const smtp::ReplayScenario &scenario);
    QList<smtp::ReplayScenario> builtIn(const Limits &limits) const
    {
        return smtp::ReplayClient::builtIn(limits, QStringLiteral("jan@kowalski.test"), QStringLiteral("secret"),
                                           QStringLiteral("anna@example.test"), QStringLiteral("nowhere.test"),
                                           QStringLiteral("203.0.113.9"));
    }
    void startServer(const Policy &policy);

    QTemporaryDir *m_dir = nullptr;
    ManualClock m_clock;
    test::FakeResolver *m_dns = nullptr;
    std::unique_ptr<test::InProcessServer> m_smtp;
    Policy m_policy;
};

void TestReplayClient::init()
{
    m_dir = new QTemporaryDir;
    m_dns = new test::FakeResolver;
    m_dns->add(QStringLiteral("kowalski.test"), dns::RecordType::MX, QStringLiteral("10 mx.kowalski.test"));
    m_dns->add(QStringLiteral("example.test"), dns::RecordType::MX, QStringLiteral("10 mx.example.test"));
    m_policy = Policy();
    m_policy.server.xclient = true;
    m_policy.domains << DomainPolicy{QStringLiteral("kowalski.test"), {}, {QStringLiteral("PL")}};
    m_policy.accounts << Account{QStringLiteral("jan@kowalski.test"), passwordhash::make("secret", 1000), {}};
    startServer(m_policy);
}

void TestReplayClient::startServer(const Policy &policy)
{
    m_smtp.reset();
    // GeoIP from a table (the real lookup is libmaxminddb's, plugged in by the caller).
    m_smtp = std::make_unique<test::InProcessServer>(
        m_dir->path(), *m_dns, m_clock, policy, [](const QHostAddress &address) {
            return address == QHostAddress(QStringLiteral("203.0.113.9")) ? QStringLiteral("CN") : QStringLiteral("PL");
        });
    const QString error = m_smtp->start();
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestReplayClient::cleanup()
{
    m_smtp.reset();
    delete m_dns;
    delete m_dir;
}

smtp::ReplayResult TestReplayClient::play(const smtp::ReplayScenario &scenario)
{
    smtp::ReplayClient client(QHostAddress::LocalHost, m_smtp->server.serverPort());
    QSignalSpy finished(&client, &smtp::ReplayClient::finished);
    client.start(scenario);
    if (!finished.wait(120000)) {
        return {};
    }
    return client.result();
}

void TestReplayClient::scenarios_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("refused");
    QTest::addColumn<ReplyStage>("stage");
    QTest::addColumn<QString>("reply"); // a regular expression, TOKEN = any session token
    QTest::addColumn<int>("accepted");
    QTest::newRow("all is well") << "ok" << false << ReplyStage::Data << "^250 2\\.0\\.0 Ok: queued as TOKEN$" << 1;
    QTest::newRow("rule 1") << "auth" << true << ReplyStage::Auth << "^535 5\\.1\\.0 TOKEN authentication failed$" << 0;
    QTest::newRow("rule 2") << "sender" << true << ReplyStage::Mail
                            << "^550 5\\.1\\.0 <john\\.smith@domain\\.com> sender rejected$" << 0;
    QTest::newRow("rule 3") << "mx" << true << ReplyStage::Rcpt << "^550 5\\.1\\.1 TOKEN invalid destination domain$"
                            << 1;
    QTest::newRow("rule 4")
        << "auth-failures" << true << ReplyStage::Connect
        << "^550 5\\.1\\.0 TOKEN Connection refused from 192\\.0\\.2\\.44\\. Too many authorization "
           "failures from this IP, try again later\\.$"
        << 0;
    QTest::newRow("rule 5") << "rate" << true << ReplyStage::Mail << "^550 5\\.1\\.0 TOKEN policy violation$" << 250;
    QTest::newRow("rule 6") << "queue" << true << ReplyStage::Mail << "^550 5\\.1\\.0 TOKEN policy violation$" << 101;
    QTest::newRow("rule 7") << "spam" << true << ReplyStage::Data << "^550 5\\.1\\.0 TOKEN spam detected$" << 3;
    QTest::newRow("rule 8") << "geoip" << true << ReplyStage::Mail
                            << "^550 5\\.1\\.0 <jan@kowalski\\.test> sender rejected$" << 0;
}

void TestReplayClient::scenarios()
{
    QFETCH(QString, id);
    QFETCH(bool, refused);
    QFETCH(ReplyStage, stage);
    QFETCH(QString, reply);
    QFETCH(int, accepted);
    const auto all = builtIn(m_policy.limits);
    QCOMPARE(all.size(), 9);
    const auto scenario = std::find_if(all.begin(), all.end(), [&](const auto &s) { return s.id == id; });
    QVERIFY(scenario != all.end());
    QVERIFY(!scenario->title.isEmpty());
    const smtp::ReplayResult result = play(*scenario);
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.refused, refused);
    QVERIFY2(QRegularExpression(QString(reply).replace(QLatin1String("TOKEN"), QStringLiteral("\\w{22}")))
                 .match(result.reply)
                 .hasMatch(),
             qPrintable(result.reply));
    QCOMPARE(result.accepted, accepted);
    QVERIFY(result.transcript.first().startsWith(QLatin1String("=== connect")));
    QVERIFY(result.transcript.size() <= smtp::ReplayClient::maxTranscriptLines + 1);
    QVERIFY(!result.transcript.join(QLatin1Char('\n')).contains(QLatin1String("secret")));
    if (!refused) {
        QVERIFY(result.views.isEmpty());
        return;
    }
    QCOMPARE(result.stage, stage);
    QCOMPARE(result.views.size(), 4);
    QCOMPARE(result.views.at(0).client, QStringLiteral("MS Outlook"));
    const QString outlook = result.views.at(0).text.render(Language::English);
    QVERIFY2(outlook.contains(result.reply), qPrintable(outlook));
    if (stage == ReplyStage::Mail || stage == ReplyStage::Auth) {
        QVERIFY2(outlook.contains(QLatin1String("(0x800CCC78)")), qPrintable(outlook));
        QCOMPARE(result.views.at(2).text.render(Language::English),
                 QStringLiteral("Internal error [%1]").arg(result.reply));
        // Thunderbird quotes the reply without its code (docs/policy.md).
        QVERIFY(result.views.at(1)
                    .text.render(Language::English)
                    .contains(QStringLiteral("Server reply: %1.").arg(result.reply.mid(4))));
    }
    if (stage == ReplyStage::Rcpt) {
        QVERIFY(
            result.views.at(1).text.render(Language::English).contains(QLatin1String("Invalid destination domain")));
    }
}

void TestReplayClient::customScenario()
{
    smtp::ReplayScenario custom;
    custom.id = QStringLiteral("custom");
    custom.login = QStringLiteral("jan@kowalski.test");
    custom.password = QStringLiteral("secret");
    custom.sender = QStringLiteral("jan@kowalski.test");
    custom.recipients = QStringList{QStringLiteral("a@example.test"), QStringLiteral("b@example.test")};
    custom.clientIp = QStringLiteral("192.0.2.200");
    custom.messages = 3;
    const smtp::ReplayResult result = play(custom);
    QVERIFY(!result.refused);
    QCOMPARE(result.accepted, 3);
    const auto stored = m_smtp->store.list();
    QCOMPARE(stored.size(), 3);
    QCOMPARE(stored.first().envelope.clientIp, QStringLiteral("192.0.2.200"));
    QCOMPARE(stored.first().envelope.recipients.size(), 2);
}

void TestReplayClient::scenariosFollowTheEditedPolicy_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("limit"); // the key edited under "limits"
    QTest::addColumn<int>("value");
    QTest::addColumn<int>("sent"); // messages (or logins) the scenario tries
    QTest::addColumn<int>("accepted");
    QTest::addColumn<QString>("reply");
    QTest::newRow("per_minute = 5: the 6th is refused")
        << "rate"
        << "per_minute" << 5 << 6 << 5 << "^550 5\\.1\\.0 TOKEN policy violation$";
    QTest::newRow("auth_failures_per_hour = 3")
        << "auth-failures"
        << "auth_failures_per_hour" << 3 << 5 << 0
        << "^550 5\\.1\\.0 TOKEN Connection refused from 192\\.0\\.2\\.44\\. Too many authorization "
           "failures from this IP, try again later\\.$";
    QTest::newRow("spam_accepted_per_hour = 1")
        << "spam"
        << "spam_accepted_per_hour" << 1 << 2 << 1 << "^550 5\\.1\\.0 TOKEN spam detected$";
}

void TestReplayClient::scenariosFollowTheEditedPolicy()
{
    QFETCH(QString, id);
    QFETCH(QString, limit);
    QFETCH(int, value);
    QFETCH(int, sent);
    QFETCH(int, accepted);
    QFETCH(QString, reply);

    // Edited as the policy editor or an admin does: the file is saved, then
    // read back through core's one loader.
    QJsonObject root = QJsonDocument::fromJson(m_policy.toJson()).object();
    QJsonObject limits = root.value(QStringLiteral("limits")).toObject();
    limits.insert(limit, value);
    root.insert(QStringLiteral("limits"), limits);
    LocalizedText error;
    const auto parsed = Policy::fromJson(QJsonDocument(root).toJson(), &error);
    QVERIFY2(parsed, qPrintable(error.render(Language::English)));
    const QString path = QDir(m_dir->path()).filePath(QStringLiteral("edited-policy.json"));
    QVERIFY2(parsed->save(path, &error), qPrintable(error.render(Language::English)));
    const auto edited = Policy::load(path, &error);
    QVERIFY2(edited, qPrintable(error.render(Language::English)));
    startServer(*edited);

    const auto all = builtIn(edited->limits);
    const auto scenario = std::find_if(all.begin(), all.end(), [&](const auto &s) { return s.id == id; });
    QVERIFY(scenario != all.end());
    QCOMPARE(scenario->messages, sent);
    QVERIFY2(scenario->title.render(Language::English).contains(QString::number(value)),
             qPrintable(scenario->title.render(Language::English)));
    const smtp::ReplayResult result = play(*scenario);
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QVERIFY(result.refused);
    QCOMPARE(result.accepted, accepted);
    QVERIFY2(QRegularExpression(QString(reply).replace(QLatin1String("TOKEN"), QStringLiteral("\\w{22}")))
                 .match(result.reply)
                 .hasMatch(),
             qPrintable(result.reply));
}

void TestReplayClient::noServer()
{
    const quint16 port = m_smtp->server.serverPort();
    m_smtp->server.close();
    smtp::ReplayClient client(QHostAddress::LocalHost, port);
    QSignalSpy finished(&client, &smtp::ReplayClient::finished);
    smtp::ReplayScenario scenario;
    scenario.login = scenario.sender = QStringLiteral("jan@kowalski.test");
    scenario.recipients = QStringList{QStringLiteral("a@example.test")};
    client.start(scenario);
    QVERIFY(finished.wait(30000));
    QVERIFY(!client.result().error.isEmpty());
    QVERIFY(!client.result().refused);
}

QTEST_GUILESS_MAIN(TestReplayClient)
#include "tst_replayclient.moc"
