// The state store's two backends answer the same questions the same way:
// files in a state directory (the default) and a real redis-server on
// loopback (support/redisfixture.h). Every row runs on both; what only a
// shared store can do (two nodes, Redis going away) runs on Redis.
#include "policy/filestatestore.h"
#include "policy/passwordhash.h"
#include "policy/storeurl.h"
#include "policy/submissionpolicy.h"
#include "redisfixture.h"
#include "storeanswer.h"

#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace mt::policy;
using mt::test::ask;

namespace {

constexpr qint64 second = 1000;
constexpr qint64 minute = 60 * second;
constexpr qint64 hour = 60 * minute;

Policy demoPolicy()
{
    Policy policy;
    policy.domains << DomainPolicy{QStringLiteral("kowalski.pl"), {}, {QStringLiteral("PL")}};
    policy.accounts << Account{QStringLiteral("jan@kowalski.pl"), passwordhash::make("secret", 1000), {}};
    return policy;
}

} // namespace

class TestStateStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void failedLogins_data();
    void failedLogins();
    void blockExpiresAfterAnHour_data() { backends(); }
    void blockExpiresAfterAnHour();
    void unblockReachesEveryNode_data() { backends(); }
    void unblockReachesEveryNode();
    void rateWindows_data();
    void rateWindows();
    void admitUnlessBlocked_data() { backends(); }
    void admitUnlessBlocked();
    void twoNodesShareTheMinute();
    void queueAndSpamCounters_data() { backends(); }
    void queueAndSpamCounters();
    void countryExceptions_data() { backends(); }
    void countryExceptions();
    void storeUrl_data();
    void storeUrl();
    void scriptsFlushed();
    void unreachableRedisDefers();
    void redisComesBack();

private:
    void backends();
    // A store of BACKEND ("files" or "redis") on the shared directory or server, ready to answer.
    std::unique_ptr<StateStore> open(const QString &backend, const QString &node = QStringLiteral("node-a"));

    QTemporaryDir m_dir;
    ManualClock m_clock;
    mt::test::RedisFixture m_redis;
    bool m_haveRedis = false;
};

void TestStateStore::initTestCase()
{
    if (!mt::test::RedisFixture::available()) {
        qInfo("redis-server is not installed: the Redis rows skip (scripts/deps.sh installs it)");
        return;
    }
    QString error;
    QVERIFY2(m_redis.start(&error), qPrintable(error));
    m_haveRedis = true;
}

void TestStateStore::init()
{
    // Each test starts empty: a new directory, an empty Redis.
    m_dir.~QTemporaryDir();
    new (&m_dir) QTemporaryDir;
    if (m_haveRedis && m_redis.isRunning()) {
        QProcess flush;
        flush.start(QStringLiteral("redis-cli"),
                    {QStringLiteral("-p"), QString::number(m_redis.port()), QStringLiteral("flushall")});
        QVERIFY(flush.waitForFinished(5000));
    }
}

void TestStateStore::backends()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("files") << QStringLiteral("files");
    QTest::newRow("redis") << QStringLiteral("redis");
}

std::unique_ptr<StateStore> TestStateStore::open(const QString &backend, const QString &node)
{
    std::unique_ptr<StateStore> store;
    if (backend == QLatin1String("files")) {
        auto files = std::make_unique<FileStateStore>(m_dir.path(), m_clock);
        QList<mt::LocalizedText> messages;
        files->open(&messages);
        files->watch();
        store = std::move(files);
    } else {
        if (!m_haveRedis) {
            return nullptr;
        }
        mt::LocalizedText error;
        store = makeStateStore(*StoreUrl::parse(m_redis.url(3), {}, &error), m_clock);
        if (!QTest::qWaitFor([&store] { return store->isAvailable(); }, 5000)) {
            return nullptr;
        }
    }
    store->setNodeName(node);
    return store;
}

#define OPEN_OR_SKIP(var, backend, ...)                                                                                \
    auto var = open(backend, ##__VA_ARGS__);                                                                           \
    if (!var && backend == QLatin1String("redis"))                                                                     \
        QSKIP("no redis-server");                                                                                      \
    QVERIFY(var)

void TestStateStore::failedLogins_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<int>("failures");
    QTest::addColumn<qint64>("spacingMs");
    QTest::addColumn<bool>("blocked");
    for (const char *backend : {"files", "redis"}) {
        auto row = [backend](const char *name) -> QTestData & { return QTest::addRow("%s: %s", backend, name); };
        row("10 failures: allowed (seed: at most 10)") << backend << 10 << 1000LL << false;
        row("the 11th failure blocks") << backend << 11 << 1000LL << true;
        row("11 within 59 minutes") << backend << 11 << 5 * minute + 50 * second << true;
        row("11 over more than an hour") << backend << 11 << 6 * minute + 1 << false;
    }
}

void TestStateStore::failedLogins()
{
    QFETCH(QString, backend);
    QFETCH(int, failures);
    QFETCH(qint64, spacingMs);
    QFETCH(bool, blocked);
    OPEN_OR_SKIP(store, backend);
    const QString ip = QStringLiteral("112.67.35.229");
    std::optional<BlockEntry> block;
    int counted = 0;
    for (int i = 0; i < failures; ++i) {
        if (i > 0) {
            m_clock.advanceMs(spacingMs);
        }
        const auto outcome = ask<FailureOutcome>(
            [&](auto reply) { store->recordFailedLogin(ip, m_clock.nowMs(), hour, 10, hour, reply); });
        QVERIFY(outcome.ok);
        counted = outcome.value.failures;
        block = outcome.value.block ? outcome.value.block : block;
    }
    QCOMPARE(bool(block), blocked);
    QVERIFY(counted <= failures);
    const auto now = ask<std::optional<BlockEntry>>([&](auto reply) { store->blockOf(ip, m_clock.nowMs(), reply); });
    QVERIFY(now.ok);
    QCOMPARE(bool(now.value), blocked);
    if (blocked) {
        QCOMPARE(now.value->failures, 11);
        QCOMPARE(now.value->blockedUntilMs, m_clock.nowMs() + hour);
        QCOMPARE(now.value->nodes, QStringList{QStringLiteral("node-a")});
    }
    const auto other = ask<std::optional<BlockEntry>>(
        [&](auto reply) { store->blockOf(QStringLiteral("112.67.35.230"), m_clock.nowMs(), reply); });
    QVERIFY(!other.value);
}

void TestStateStore::blockExpiresAfterAnHour()
{
    QFETCH(QString, backend);
    OPEN_OR_SKIP(store, backend);
    const QString ip = QStringLiteral("198.51.100.7");
    for (int i = 0; i < 11; ++i) {
        ask<FailureOutcome>([&](auto reply) { store->recordFailedLogin(ip, m_clock.nowMs(), hour, 10, hour, reply); });
    }
    auto blocked = [&] {
        return bool(
            ask<std::optional<BlockEntry>>([&](auto reply) { store->blockOf(ip, m_clock.nowMs(), reply); }).value);
    };
    QVERIFY(blocked());
    m_clock.advanceMs(hour - 1);
    QVERIFY(blocked());
    QCOMPARE(ask<QList<BlockEntry>>([&](auto reply) { store->activeBlocks(m_clock.nowMs(), reply); }).value.size(), 1);
    m_clock.advanceMs(1);
    QVERIFY(!blocked());
    QVERIFY(ask<QList<BlockEntry>>([&](auto reply) { store->activeBlocks(m_clock.nowMs(), reply); }).value.isEmpty());
}

void TestStateStore::unblockReachesEveryNode()
{
    QFETCH(QString, backend);
    OPEN_OR_SKIP(server, backend, QStringLiteral("node-a"));
    OPEN_OR_SKIP(desk, backend, QStringLiteral("desk"));
    OPEN_OR_SKIP(other, backend, QStringLiteral("node-b"));
    const QString ip = QStringLiteral("112.67.35.229");
    // Failures on both nodes count together (one node for the file store).
    StateStore *second = backend == QLatin1String("redis") ? other.get() : server.get();
    for (int i = 0; i < 11; ++i) {
        StateStore *node = i % 2 ? second : server.get();
        ask<FailureOutcome>([&](auto reply) { node->recordFailedLogin(ip, m_clock.nowMs(), hour, 10, hour, reply); });
    }
    for (StateStore *node : {server.get(), other.get(), desk.get()}) {
        const auto block =
            ask<std::optional<BlockEntry>>([&](auto reply) { node->blockOf(ip, m_clock.nowMs(), reply); });
        QVERIFY(block.ok);
        QVERIFY(block.value);
    }
    const auto listed = ask<QList<BlockEntry>>([&](auto reply) { desk->activeBlocks(m_clock.nowMs(), reply); });
    QCOMPARE(listed.value.size(), 1);
    if (backend == QLatin1String("redis")) {
        QCOMPARE(listed.value.first().nodes, (QStringList{QStringLiteral("node-a"), QStringLiteral("node-b")}));
    }

    QSignalSpy heard(server.get(), &StateStore::unblocked);
    const auto lifted = ask<AuditEntry>([&](auto reply) {
        desk->unblock(ip, QStringLiteral("anna"), QStringLiteral("ticket 123"), m_clock.nowMs(), reply);
    });
    QVERIFY2(lifted.ok, qPrintable(lifted.error.render(mt::Language::English)));
    QCOMPARE(lifted.value.failures, 11);
    // At once for every node: the next question already gets no block.
    for (StateStore *node : {server.get(), other.get()}) {
        QVERIFY(!ask<std::optional<BlockEntry>>([&](auto reply) { node->blockOf(ip, m_clock.nowMs(), reply); }).value);
    }
    QTRY_VERIFY_WITH_TIMEOUT(!heard.isEmpty(), 3000);
    const auto unblock = heard.first().first().value<AuditEntry>();
    QCOMPARE(unblock.ip, ip);
    QCOMPARE(unblock.who, QStringLiteral("anna"));
    QCOMPARE(unblock.reason, QStringLiteral("ticket 123"));
    // The count starts again.
    const auto again =
        ask<FailureOutcome>([&](auto reply) { server->recordFailedLogin(ip, m_clock.nowMs(), hour, 10, hour, reply); });
    QCOMPARE(again.value.failures, 1);
    const auto trail = ask<QList<AuditEntry>>([&](auto reply) { server->auditTrail(reply); });
    QCOMPARE(trail.value.size(), 1);
    QCOMPARE(trail.value.first().who, QStringLiteral("anna"));
    // Nothing to lift twice.
    QVERIFY(!ask<AuditEntry>([&](auto reply) {
                 desk->unblock(ip, QStringLiteral("anna"), QStringLiteral("again"), m_clock.nowMs(), reply);
             }).ok);
}

void TestStateStore::rateWindows_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<int>("messages");
    QTest::addColumn<qint64>("spacingMs");
    QTest::addColumn<bool>("nextAllowed");
    QTest::addColumn<qint64>("waitMs");
    QTest::addColumn<bool>("allowedAfterWait");
    for (const char *backend : {"files", "redis"}) {
        auto row = [backend](const char *name) -> QTestData & { return QTest::addRow("%s: %s", backend, name); };
        row("249 in a minute: the 250th passes, then no more") << backend << 249 << 100LL << true << 0LL << false;
        row("250 in a minute: the 251st refused") << backend << 250 << 100LL << false << 0LL << false;
        row("250 in a minute, a minute later fine") << backend << 250 << 100LL << false << minute << true;
        row("1000 in an hour: the 1001st refused") << backend << 1000 << 3 * second + 500 << false << 0LL << false;
        row("1000 in an hour, freed as the first ages out")
            << backend << 1000 << 3 * second + 500 << false << 10 * minute << true;
    }
}

void TestStateStore::rateWindows()
{
    QFETCH(QString, backend);
    QFETCH(int, messages);
    QFETCH(qint64, spacingMs);
    QFETCH(bool, nextAllowed);
    QFETCH(qint64, waitMs);
    QFETCH(bool, allowedAfterWait);
    OPEN_OR_SKIP(store, backend);
    SubmissionPolicy rules(demoPolicy(), *store, m_clock);
    const QStringList keys{QStringLiteral("192.0.2.1"), QStringLiteral("jan@kowalski.pl")};
    auto admit = [&] {
        return ask<bool>(
            [&](auto reply) { store->admit(Counter::Messages, keys, rules.rateWindows(), m_clock.nowMs(), reply); });
    };
    for (int i = 0; i < messages; ++i) {
        const auto admitted = admit();
        QVERIFY(admitted.ok);
        QVERIFY2(admitted.value, qPrintable(QStringLiteral("message %1").arg(i + 1)));
        m_clock.advanceMs(spacingMs);
    }
    m_clock.advanceMs(-spacingMs); // "next" is asked at the time of the last one
    QCOMPARE(admit().value, nextAllowed);
    m_clock.advanceMs(waitMs);
    QCOMPARE(admit().value, allowedAfterWait);
}

void TestStateStore::admitUnlessBlocked()
{
    QFETCH(QString, backend);
    OPEN_OR_SKIP(store, backend);
    SubmissionPolicy rules(demoPolicy(), *store, m_clock);
    const QString ip = QStringLiteral("192.0.2.1");
    const QStringList keys{ip, QStringLiteral("jan@kowalski.pl")};
    auto admit = [&] {
        return ask<Admission>([&](auto reply) {
            store->admitUnlessBlocked(ip, Counter::Messages, keys, rules.rateWindows(), m_clock.nowMs(), reply);
        });
    };
    for (int i = 0; i < 249; ++i) {
        QCOMPARE(admit().value, Admission::Admitted);
    }
    for (int i = 0; i < 11; ++i) {
        ask<FailureOutcome>([&](auto reply) { store->recordFailedLogin(ip, m_clock.nowMs(), hour, 10, hour, reply); });
    }
    // Blocked: refused, and not counted (the 250th still fits once the block is lifted).
    QCOMPARE(admit().value, Admission::Blocked);
    QCOMPARE(admit().value, Admission::Blocked);
    QVERIFY(ask<AuditEntry>([&](auto reply) {
                store->unblock(ip, QStringLiteral("helpdesk"), QStringLiteral("called"), m_clock.nowMs(), reply);
            }).ok);
    QCOMPARE(admit().value, Admission::Admitted);
    QCOMPARE(admit().value, Admission::OverLimit);
    // The counts the rules ask at RCPT see the same limit, for the IP and for the account alone.
    const auto counts = ask<SenderCounts>([&](auto reply) {
        store->senderCounts(QStringLiteral("192.0.2.2"), QStringLiteral("jan@kowalski.pl"), rules.rateWindows(), hour,
                            m_clock.nowMs(), true, reply);
    });
    QVERIFY(counts.ok);
    QVERIFY(counts.value.rateReached);
    QVERIFY(!counts.value.block);
    m_clock.advanceMs(minute);
    QCOMPARE(admit().value, Admission::Admitted);
}

void TestStateStore::twoNodesShareTheMinute()
{
    OPEN_OR_SKIP(a, QStringLiteral("redis"), QStringLiteral("node-a"));
    OPEN_OR_SKIP(b, QStringLiteral("redis"), QStringLiteral("node-b"));
    SubmissionPolicy onA(demoPolicy(), *a, m_clock);
    SubmissionPolicy onB(demoPolicy(), *b, m_clock);
    // Both nodes ask at once, without waiting for each other's answers:
    // the scripts make check and count one step, so exactly 250 pass.
    int admitted = 0;
    int refused = 0;
    int answers = 0;
    for (int i = 0; i < 300; ++i) {
        SubmissionPolicy &node = i % 2 ? onB : onA;
        node.admitMessage(QStringLiteral("192.0.2.%1").arg(i % 7 + 1), QStringLiteral("jan@kowalski.pl"),
                          QStringLiteral("t"), [&](Verdict verdict) {
                              ++answers;
                              verdict ? ++refused : ++admitted;
                              if (verdict) {
                                  QCOMPARE(verdict->line(), QStringLiteral("550 5.1.0 t policy violation"));
                              }
                          });
    }
    QTRY_COMPARE_WITH_TIMEOUT(answers, 300, 5000);
    QCOMPARE(admitted, 250);
    QCOMPARE(refused, 50);
    // And MAIL FROM already refuses on either node.
    const Verdict early = mt::test::verdictOf([&](auto reply) {
        onB.checkSender(QHostAddress(QStringLiteral("192.0.2.99")), QStringLiteral("192.0.2.99"),
                        QStringLiteral("jan@kowalski.pl"), QStringLiteral("jan@kowalski.pl"), QStringLiteral("t"),
                        reply);
    });
    QVERIFY(early);
    QCOMPARE(early->rule, QStringLiteral("rate"));
}

void TestStateStore::queueAndSpamCounters()
{
    QFETCH(QString, backend);
    OPEN_OR_SKIP(store, backend);
    SubmissionPolicy rules(demoPolicy(), *store, m_clock);
    const QString ip = QStringLiteral("192.0.2.3");
    const QHostAddress client(ip);
    const QString jan = QStringLiteral("jan@kowalski.pl");
    // Rule 6: 101 messages within the hour, 51 undeliverable.
    for (int i = 0; i < 101; ++i) {
        rules.recordAccepted(ip, i < 51);
    }
    const Verdict queue =
        mt::test::verdictOf([&](auto reply) { rules.checkSender(client, ip, jan, jan, QStringLiteral("t"), reply); });
    QVERIFY(queue);
    QCOMPARE(queue->rule, QStringLiteral("queue"));
    m_clock.advanceMs(hour);
    QVERIFY(
        !mt::test::verdictOf([&](auto reply) { rules.checkSender(client, ip, jan, jan, QStringLiteral("t"), reply); }));
    // Rule 7: three spam messages an hour pass, the 4th is refused.
    const QByteArray spam = "Subject: x\r\nX-Spam-Flag: YES\r\n\r\nbody\r\n";
    for (int i = 0; i < 3; ++i) {
        QVERIFY(!mt::test::verdictOf([&](auto reply) { rules.checkContent(ip, spam, QStringLiteral("t"), reply); }));
    }
    const Verdict fourth =
        mt::test::verdictOf([&](auto reply) { rules.checkContent(ip, spam, QStringLiteral("t"), reply); });
    QVERIFY(fourth);
    QCOMPARE(fourth->line(), QStringLiteral("550 5.1.0 t spam detected"));
}

void TestStateStore::countryExceptions()
{
    QFETCH(QString, backend);
    OPEN_OR_SKIP(store, backend);
    OPEN_OR_SKIP(desk, backend, QStringLiteral("desk"));
    SubmissionPolicy rules(demoPolicy(), *store, m_clock, [](const QHostAddress &) { return QStringLiteral("DE"); });
    const QString jan = QStringLiteral("jan@kowalski.pl");
    const QHostAddress berlin(QStringLiteral("192.0.2.50"));
    auto verdict = [&] {
        return mt::test::verdictOf(
            [&](auto reply) { rules.checkSender(berlin, berlin.toString(), jan, jan, QStringLiteral("t"), reply); });
    };
    QCOMPARE(verdict()->line(), QStringLiteral("550 5.1.0 <jan@kowalski.pl> sender rejected"));
    QCOMPARE(verdict()->rule, QStringLiteral("geoip"));

    CountryException exception{QStringLiteral("kowalski.pl"),        QStringLiteral("DE"), QStringLiteral("anna"),
                               QStringLiteral("customer on a trip"), m_clock.nowMs(),      m_clock.nowMs() + 24 * hour};
    QVERIFY(ask<bool>([&](auto reply) { desk->grantCountry(exception, reply); }).ok);
    QVERIFY(!verdict()); // honoured at once, no restart
    const auto listed =
        ask<QList<CountryException>>([&](auto reply) { store->countryExceptions(m_clock.nowMs(), reply); });
    QCOMPARE(listed.value.size(), 1);
    QCOMPARE(listed.value.first().who, QStringLiteral("anna"));
    m_clock.advanceMs(24 * hour);
    QVERIFY(verdict()); // expired

    QVERIFY(ask<bool>([&](auto reply) { desk->grantCountry(exception, reply); }).ok);
    QVERIFY(ask<bool>([&](auto reply) {
                desk->revokeCountry(QStringLiteral("kowalski.pl"), QStringLiteral("DE"), QStringLiteral("anna"),
                                    QStringLiteral("back home"), m_clock.nowMs(), reply);
            }).ok);
    QVERIFY(!ask<bool>([&](auto reply) {
                 desk->revokeCountry(QStringLiteral("kowalski.pl"), QStringLiteral("DE"), QStringLiteral("anna"),
                                     QStringLiteral("twice"), m_clock.nowMs(), reply);
             }).ok);
    const auto trail = ask<QList<AuditEntry>>([&](auto reply) { store->auditTrail(reply); });
    QCOMPARE(trail.value.size(), 3);
    QCOMPARE(trail.value.at(0).action, AuditEntry::Action::RevokeCountry);
    QCOMPARE(trail.value.at(0).reason, QStringLiteral("back home"));
    QCOMPARE(trail.value.at(2).action, AuditEntry::Action::GrantCountry);
    QCOMPARE(trail.value.at(2).country, QStringLiteral("DE"));
    QCOMPARE(trail.value.at(2).expiresMs, exception.expiresMs);
}

void TestStateStore::storeUrl_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("description");
    QTest::addColumn<QString>("password");
    QTest::newRow("empty: the state directory") << "" << true << "file:/state"
                                                << "";
    QTest::newRow("a directory") << "/var/lib/mailtriage" << true << "file:/var/lib/mailtriage"
                                 << "";
    QTest::newRow("file:") << "file:/srv/state" << true << "file:/srv/state"
                           << "";
    QTest::newRow("redis, defaults") << "redis://10.0.0.5" << true << "redis://10.0.0.5:6379/0"
                                     << "";
    QTest::newRow("redis, port and db") << "redis://127.0.0.1:6380/2" << true << "redis://127.0.0.1:6380/2"
                                        << "";
    QTest::newRow("credentials never shown")
        << "redis://mt:s3cret@127.0.0.1:6380/1" << true << "redis://127.0.0.1:6380/1"
        << "s3cret";
    QTest::newRow("IPv6") << "redis://[::1]:6379" << true << "redis://[::1]:6379/0"
                          << "";
    QTest::newRow("another scheme") << "http://127.0.0.1/" << false << ""
                                    << "";
    QTest::newRow("db not a number") << "redis://127.0.0.1/x" << false << ""
                                     << "";
    QTest::newRow("no host") << "redis://:6379" << false << ""
                             << "";
}

void TestStateStore::storeUrl()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(QString, description);
    QFETCH(QString, password);
    mt::LocalizedText error;
    const auto url = StoreUrl::parse(text, QStringLiteral("/state"), &error);
    QCOMPARE(bool(url), valid);
    if (!valid) {
        QVERIFY(!error.render(mt::Language::English).isEmpty());
        QVERIFY(!error.render(mt::Language::English).contains(QLatin1String("s3cret")));
        return;
    }
    QCOMPARE(url->description(), description);
    QCOMPARE(url->password, password);
}

void TestStateStore::scriptsFlushed()
{
    OPEN_OR_SKIP(store, QStringLiteral("redis"));
    SubmissionPolicy rules(demoPolicy(), *store, m_clock);
    const QStringList keys{QStringLiteral("192.0.2.1")};
    auto admit = [&] {
        return ask<bool>(
            [&](auto reply) { store->admit(Counter::Messages, keys, rules.rateWindows(), m_clock.nowMs(), reply); });
    };
    QVERIFY(admit().value);
    // Somebody empties Redis's script cache: the scripts' texts are sent instead.
    QProcess flush;
    flush.start(QStringLiteral("redis-cli"), {QStringLiteral("-p"), QString::number(m_redis.port()),
                                              QStringLiteral("script"), QStringLiteral("flush")});
    QVERIFY(flush.waitForFinished(5000));
    const auto again = admit();
    QVERIFY(again.ok);
    QVERIFY(again.value);
}

void TestStateStore::unreachableRedisDefers()
{
    mt::LocalizedText error;
    // Nothing listens there.
    const auto url = StoreUrl::parse(QStringLiteral("redis://127.0.0.1:1/0"), {}, &error);
    auto store = makeStateStore(*url, m_clock);
    QVERIFY(store);
    QVERIFY(!store->isAvailable());
    SubmissionPolicy rules(demoPolicy(), *store, m_clock);
    QElapsedTimer timer;
    timer.start();
    const Verdict verdict = mt::test::verdictOf([&](auto reply) {
        rules.admitMessage(QStringLiteral("192.0.2.1"), QStringLiteral("jan@kowalski.pl"), QStringLiteral("t"), reply);
    });
    QVERIFY(timer.elapsed() < 1000); // at once, not after a timeout
    QVERIFY(verdict);
    QCOMPARE(verdict->line(), QStringLiteral("451 4.3.0 t temporary failure of the shared state, try again later"));
    QCOMPARE(verdict->rule, QStringLiteral("store"));
    const Verdict connection = mt::test::verdictOf(
        [&](auto reply) { rules.checkConnection(QStringLiteral("192.0.2.1"), QStringLiteral("t"), reply); });
    QVERIFY(connection && connection->temporary());
}

void TestStateStore::redisComesBack()
{
    OPEN_OR_SKIP(store, QStringLiteral("redis"));
    QSignalSpy availability(store.get(), &StateStore::availabilityChanged);
    SubmissionPolicy rules(demoPolicy(), *store, m_clock);
    auto admit = [&] {
        return mt::test::verdictOf([&](auto reply) {
            rules.admitMessage(QStringLiteral("192.0.2.1"), QStringLiteral("jan@kowalski.pl"), QStringLiteral("t"),
                               reply);
        });
    };
    QVERIFY(!admit());
    m_redis.stop();
    QTRY_VERIFY_WITH_TIMEOUT(!store->isAvailable(), 3000);
    QCOMPARE(admit()->code, 451);
    QString error;
    QVERIFY2(m_redis.start(&error), qPrintable(error));
    // Back within seconds (the backoff starts at 100 ms and stops at 5 s).
    QTRY_VERIFY_WITH_TIMEOUT(store->isAvailable(), 8000);
    QVERIFY(!admit());
    QCOMPARE(availability.last().first().toBool(), true);
}

QTEST_GUILESS_MAIN(TestStateStore)
#include "tst_statestore.moc"
