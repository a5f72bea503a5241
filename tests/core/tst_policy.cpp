// The provider's rules (docs/policy.md) as data and logic, on a manual
// clock: the policy file, password hashes, the windows of rules 4 to 7, the
// sender and country rules, and the block store with its audit trail.
#include "policy/authfailureguard.h"
#include "policy/blockstore.h"
#include "policy/passwordhash.h"
#include "policy/policy.h"
#include "policy/queuehealth.h"
#include "policy/ratelimiter.h"
#include "policy/spamfilter.h"
#include "policy/submissionpolicy.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace mt::policy;

namespace {

constexpr qint64 second = 1000;
constexpr qint64 minute = 60 * second;
constexpr qint64 hour = 60 * minute;

Policy demoPolicy()
{
    Policy policy;
    policy.domains << DomainPolicy{QStringLiteral("kowalski.pl"),
                                   {QStringLiteral("kowalski.com.pl")},
                                   {QStringLiteral("PL")}}
                   << DomainPolicy{QStringLiteral("anywhere.example"), {}, {}};
    policy.accounts << Account{QStringLiteral("jan@kowalski.pl"), passwordhash::make("secret", 1000),
                               QStringLiteral("jan.kowalski@gmail.com")}
                    << Account{QStringLiteral("ola@anywhere.example"), passwordhash::make("secret", 1000), {}};
    return policy;
}

} // namespace

class TestPolicy : public QObject
{
    Q_OBJECT

private slots:
    void defaultsAreTheSeeds();
    void embeddedDefaultLoads();
    void policyFile_data();
    void policyFile();
    void policyRoundTrip();
    void saveWritesWhatLoadReads();
    void passwordHash_data();
    void passwordHash();
    void slidingWindowCounts();
    void authFailureBoundary_data();
    void authFailureBoundary();
    void blockExpiresAfterAnHour();
    void rateLimits_data();
    void rateLimits();
    void rateLimitPerAccount();
    void queueHealth_data();
    void queueHealth();
    void spamDetection_data();
    void spamDetection();
    void spamQuota();
    void senderRule_data();
    void senderRule();
    void countryRule_data();
    void countryRule();
    void checkSenderOrder();
    void blockStorePersists();
    void blockStoreCorruptFile();
    void unblockByAnotherStore();
    void unblockNeedsABlock();
};

void TestPolicy::defaultsAreTheSeeds()
{
    const Limits limits;
    QCOMPARE(limits.perMinute, 250);
    QCOMPARE(limits.perHour, 1000);
    QCOMPARE(limits.per12h, 10000);
    QCOMPARE(limits.authFailuresPerHour, 10);
    QCOMPARE(limits.spamAcceptedPerHour, 3);
    QCOMPARE(limits.queueMinMessages, 100);
    QCOMPARE(limits.queueMaxUndeliverable, 0.5);
    QVERIFY(!ServerSettings().xclient);
    QVERIFY(!ServerSettings().requireTlsForAuth);
}

void TestPolicy::embeddedDefaultLoads()
{
    const Policy policy = Policy::embeddedDefault();
    QVERIFY(policy.domains.size() >= 2);
    QVERIFY(policy.accounts.size() >= 2);
    QCOMPARE(policy.limits.perMinute, 250);
    const Account *jan = policy.account(QStringLiteral("JAN@kowalski.pl"));
    QVERIFY(jan);
    QVERIFY(passwordhash::verify("demo-password", jan->password));
    QVERIFY(!passwordhash::verify("demo-passwordx", jan->password));
    QCOMPARE(jan->alternativeSender, QStringLiteral("jan.kowalski@gmail.com"));
}

void TestPolicy::policyFile_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error"); // empty = loads; else a part of the message
    QTest::addColumn<int>("perMinute");

    QTest::newRow("empty object: seeds' values") << QByteArray("{}") << QString() << 250;
    QTest::newRow("one limit") << QByteArray(R"({"limits": {"per_minute": 5}})") << QString() << 5;
    QTest::newRow("unknown top key") << QByteArray(R"({"limit": {}})") << QStringLiteral("limit: unknown key") << 0;
    QTest::newRow("unknown limit") << QByteArray(R"({"limits": {"per_day": 5}})")
                                   << QStringLiteral("limits.per_day: unknown key") << 0;
    QTest::newRow("wrong type") << QByteArray(R"({"limits": {"per_minute": "many"}})")
                                << QStringLiteral("limits.per_minute: must be a whole number") << 0;
    QTest::newRow("fraction") << QByteArray(R"({"limits": {"per_minute": 2.5}})") << QStringLiteral("limits.per_minute")
                              << 0;
    QTest::newRow("share over 1") << QByteArray(R"({"limits": {"queue_max_undeliverable": 2}})")
                                  << QStringLiteral("queue_max_undeliverable") << 0;
    QTest::newRow("bool") << QByteArray(R"({"server": {"xclient": 1}})")
                          << QStringLiteral("server.xclient: must be true or false") << 0;
    QTest::newRow("domain without name") << QByteArray(R"({"domains": [{"aliases": []}]})")
                                         << QStringLiteral("domains[0].name: is required") << 0;
    QTest::newRow("unknown domain key") << QByteArray(R"({"domains": [{"name": "a.pl", "alias": []}]})")
                                        << QStringLiteral("domains[0].alias: unknown key") << 0;
    QTest::newRow("clear-text password") << QByteArray(R"({"accounts": [{"login": "a@a.pl", "password": "secret"}]})")
                                         << QStringLiteral("accounts[0].password: must be a hash") << 0;
    QTest::newRow("not JSON") << QByteArray("{limits") << QStringLiteral("not valid JSON") << 0;
    QTest::newRow("array") << QByteArray("[]") << QStringLiteral("must be a JSON object") << 0;
    QTest::newRow("country code in lower case")
        << QByteArray(R"({"domains": [{"name": "a.pl", "countries": ["pl"]}]})") << QString() << 250;
    QTest::newRow("country name, not code")
        << QByteArray(R"({"domains": [{"name": "a.pl", "countries": ["PL", "Polska"]}]})")
        << QStringLiteral("domains[0].countries: \"Polska\" is not a two-letter country code") << 0;
    QTest::newRow("three-letter code") << QByteArray(R"({"domains": [{"name": "a.pl", "countries": ["POL"]}]})")
                                       << QStringLiteral("is not a two-letter country code") << 0;
}

void TestPolicy::policyFile()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    QFETCH(int, perMinute);
    mt::LocalizedText problem;
    const auto policy = Policy::fromJson(json, &problem);
    const QString message = problem.render(mt::Language::English);
    if (error.isEmpty()) {
        QVERIFY2(policy, qPrintable(message));
        QCOMPARE(policy->limits.perMinute, perMinute);
        QCOMPARE(policy->limits.perHour, 1000);
    } else {
        QVERIFY(!policy);
        QVERIFY2(message.contains(error), qPrintable(message));
    }
}

void TestPolicy::saveWritesWhatLoadReads()
{
    QTemporaryDir dir;
    const QString path = QDir(dir.path()).filePath(QStringLiteral("sub/policy.json"));
    Policy policy = demoPolicy();
    policy.limits.perMinute = 5;
    mt::LocalizedText error;
    QVERIFY2(policy.save(path, &error), qPrintable(error.render(mt::Language::English)));
    const auto loaded = Policy::load(path, &error);
    QVERIFY2(loaded, qPrintable(error.render(mt::Language::English)));
    QCOMPARE(loaded->limits.perMinute, 5);
    QCOMPARE(loaded->toJson(), policy.toJson());
    // A folder cannot be written as a file: the error names the path.
    QVERIFY(!policy.save(dir.path(), &error));
    QVERIFY2(error.render(mt::Language::English).contains(QDir::toNativeSeparators(dir.path())),
             qPrintable(error.render(mt::Language::English)));
}

void TestPolicy::policyRoundTrip()
{
    Policy policy = demoPolicy();
    policy.limits.perHour = 7;
    policy.server.xclient = true;
    mt::LocalizedText error;
    const auto again = Policy::fromJson(policy.toJson(), &error);
    QVERIFY2(again, qPrintable(error.render(mt::Language::English)));
    QCOMPARE(again->limits.perHour, 7);
    QVERIFY(again->server.xclient);
    QCOMPARE(again->domains.size(), 2);
    QCOMPARE(again->domains.first().aliases, QStringList{QStringLiteral("kowalski.com.pl")});
    QCOMPARE(again->accounts.first().alternativeSender, QStringLiteral("jan.kowalski@gmail.com"));
}

void TestPolicy::passwordHash_data()
{
    QTest::addColumn<QByteArray>("password");
    QTest::addColumn<QByteArray>("tried");
    QTest::addColumn<bool>("matches");
    QTest::newRow("same") << QByteArray("zaq1@WSX") << QByteArray("zaq1@WSX") << true;
    QTest::newRow("other") << QByteArray("zaq1@WSX") << QByteArray("zaq1@WSx") << false;
    QTest::newRow("empty tried") << QByteArray("zaq1@WSX") << QByteArray() << false;
    QTest::newRow("utf-8") << QByteArray("hasło żółć") << QByteArray("hasło żółć") << true;
}

void TestPolicy::passwordHash()
{
    QFETCH(QByteArray, password);
    QFETCH(QByteArray, tried);
    QFETCH(bool, matches);
    const QString hash = passwordhash::make(password, 2000);
    QVERIFY(hash.startsWith(QLatin1String("pbkdf2-sha256$2000$")));
    QVERIFY(!hash.contains(QString::fromUtf8(password)));
    QCOMPARE(passwordhash::verify(tried, hash), matches);
    // Salted: the same password never gives the same string.
    QVERIFY(passwordhash::make(password, 2000) != hash);
    // Damaged strings are a failed login, not a crash.
    QVERIFY(!passwordhash::verify(password, hash.left(hash.size() - 4)));
    QVERIFY(!passwordhash::verify(password, QStringLiteral("pbkdf2-sha256$999999999$a$b")));
    QVERIFY(!passwordhash::verify(password, QStringLiteral("md5$1$2$3")));
}

void TestPolicy::slidingWindowCounts()
{
    SlidingWindow window(hour);
    const qint64 t0 = 1'000'000;
    window.add(t0);
    window.add(t0 + 30 * minute);
    QCOMPARE(window.count(t0 + 30 * minute), 2);
    QCOMPARE(window.count(t0 + 30 * minute, minute), 1);
    QCOMPARE(window.count(t0 + hour - 1), 2);
    QCOMPARE(window.count(t0 + hour), 1); // the first one is exactly an hour old: out
    QVERIFY(!window.prune(t0 + hour));
    QVERIFY(window.prune(t0 + 2 * hour));
}

void TestPolicy::authFailureBoundary_data()
{
    QTest::addColumn<int>("failures");
    QTest::addColumn<qint64>("spacingMs");
    QTest::addColumn<bool>("blocked");
    QTest::newRow("10 failures: allowed (seed: at most 10)") << 10 << 1000LL << false;
    QTest::newRow("the 11th failure blocks") << 11 << 1000LL << true;
    QTest::newRow("11 within 59 minutes") << 11 << 5 * minute + 50 * second << true;
    QTest::newRow("11 over more than an hour: never 11 in one hour") << 11 << 6 * minute + 1 << false;
    QTest::newRow("30 spread over 5 hours") << 30 << 10 * minute << false;
}

void TestPolicy::authFailureBoundary()
{
    QFETCH(int, failures);
    QFETCH(qint64, spacingMs);
    QFETCH(bool, blocked);
    QTemporaryDir dir;
    ManualClock clock;
    BlockStore store(dir.path(), clock);
    QList<mt::LocalizedText> messages;
    QVERIFY(store.open(&messages));
    AuthFailureGuard guard(store, clock, Limits().authFailuresPerHour);
    const QString ip = QStringLiteral("112.67.35.229");
    bool blockedNow = false;
    for (int i = 0; i < failures; ++i) {
        if (i > 0) {
            clock.advanceMs(spacingMs);
        }
        blockedNow = guard.recordFailure(ip) || blockedNow;
    }
    QCOMPARE(blockedNow, blocked);
    QCOMPARE(guard.isBlocked(ip), blocked);
    QVERIFY(!guard.isBlocked(QStringLiteral("112.67.35.230")));
}

void TestPolicy::blockExpiresAfterAnHour()
{
    QTemporaryDir dir;
    ManualClock clock;
    BlockStore store(dir.path(), clock);
    QList<mt::LocalizedText> messages;
    QVERIFY(store.open(&messages));
    AuthFailureGuard guard(store, clock, 10);
    const QString ip = QStringLiteral("198.51.100.7");
    for (int i = 0; i < 11; ++i) {
        guard.recordFailure(ip);
    }
    QVERIFY(guard.isBlocked(ip));
    const auto entry = store.entry(ip);
    QVERIFY(entry);
    QCOMPARE(entry->failures, 11);
    QCOMPARE(entry->blockedUntilMs, clock.nowMs() + hour);
    clock.advanceMs(hour - 1);
    QVERIFY(guard.isBlocked(ip));
    clock.advanceMs(1);
    QVERIFY(!guard.isBlocked(ip));
}

void TestPolicy::rateLimits_data()
{
    QTest::addColumn<int>("messages");
    QTest::addColumn<qint64>("spacingMs");
    QTest::addColumn<bool>("nextAllowed");
    QTest::addColumn<qint64>("waitMs");         // then wait this long...
    QTest::addColumn<bool>("allowedAfterWait"); // ...and ask again
    QTest::newRow("249 in a minute") << 249 << 100LL << true << 0LL << true;
    QTest::newRow("250 in a minute: the 251st refused") << 250 << 100LL << false << 0LL << false;
    QTest::newRow("250 in a minute, a minute later fine") << 250 << 100LL << false << minute << true;
    QTest::newRow("1000 in an hour: the 1001st refused") << 1000 << 3 * second + 500 << false << 0LL << false;
    QTest::newRow("1000 in an hour, freed as the first ages out")
        << 1000 << 3 * second + 500 << false << 10 * minute << true;
    QTest::newRow("10000 in 12 hours: refused") << 10000 << 4 * second + 300 << false << 0LL << false;
    QTest::newRow("10000 in 12 hours, 12 h later fine") << 10000 << 4 * second + 300 << false << 12 * hour << true;
    QTest::newRow("9999 in 12 hours") << 9999 << 4 * second + 300 << true << 0LL << true;
}

void TestPolicy::rateLimits()
{
    QFETCH(int, messages);
    QFETCH(qint64, spacingMs);
    QFETCH(bool, nextAllowed);
    QFETCH(qint64, waitMs);
    QFETCH(bool, allowedAfterWait);
    ManualClock clock;
    RateLimiter limiter(clock, Limits());
    const QString ip = QStringLiteral("192.0.2.1");
    for (int i = 0; i < messages; ++i) {
        QVERIFY2(limiter.allows(ip), qPrintable(QStringLiteral("message %1").arg(i + 1)));
        limiter.record(ip);
        clock.advanceMs(spacingMs);
    }
    clock.advanceMs(-spacingMs); // "next" is asked at the time of the last one
    QCOMPARE(limiter.allows(ip), nextAllowed);
    clock.advanceMs(waitMs);
    QCOMPARE(limiter.allows(ip), allowedAfterWait);
    QVERIFY(limiter.allows(QStringLiteral("192.0.2.2")));
}

void TestPolicy::rateLimitPerAccount()
{
    QTemporaryDir dir;
    ManualClock clock;
    BlockStore store(dir.path(), clock);
    QList<mt::LocalizedText> messages;
    store.open(&messages);
    SubmissionPolicy policy(demoPolicy(), store, clock);
    const QString login = QStringLiteral("jan@kowalski.pl");
    // 250 messages from 250 addresses: each IP is far from its limit, the
    // account is not.
    for (int i = 0; i < 250; ++i) {
        const QHostAddress client(QStringLiteral("10.0.%1.%2").arg(i / 200).arg(i % 200 + 1));
        QVERIFY(!policy.checkSender(client, login, login, QStringLiteral("t")));
        policy.recordAccepted(client.toString(), login, false);
    }
    const auto verdict =
        policy.checkSender(QHostAddress(QStringLiteral("10.9.9.9")), login, login, QStringLiteral("t"));
    QVERIFY(verdict);
    QCOMPARE(verdict->line(), QStringLiteral("550 5.1.0 t policy violation"));
    QCOMPARE(verdict->rule, QStringLiteral("rate"));
}

void TestPolicy::queueHealth_data()
{
    QTest::addColumn<int>("sent");
    QTest::addColumn<int>("undeliverable");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("100 sent, all undeliverable: not more than 100") << 100 << 100 << true;
    QTest::newRow("101 sent, 51 undeliverable") << 101 << 51 << false;
    QTest::newRow("101 sent, 50 undeliverable") << 101 << 50 << true;
    QTest::newRow("200 sent, exactly half") << 200 << 100 << true;
    QTest::newRow("200 sent, 101 undeliverable") << 200 << 101 << false;
    QTest::newRow("few, all undeliverable") << 20 << 20 << true;
}

void TestPolicy::queueHealth()
{
    QFETCH(int, sent);
    QFETCH(int, undeliverable);
    QFETCH(bool, allowed);
    ManualClock clock;
    QueueHealth health(clock, Limits());
    const QString ip = QStringLiteral("192.0.2.3");
    for (int i = 0; i < sent; ++i) {
        health.record(ip, i < undeliverable);
        clock.advanceMs(10 * second);
    }
    QCOMPARE(health.allows(ip), allowed);
    clock.advanceMs(hour);
    QVERIFY(health.allows(ip)); // the hour passed
    QCOMPARE(health.sent(ip), 0);
}

void TestPolicy::spamDetection_data()
{
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<bool>("spam");
    QTest::newRow("plain") << QByteArray("Subject: hi\r\n\r\nHello\r\n") << false;
    QTest::newRow("GTUBE in body") << QByteArray("Subject: hi\r\n\r\n") + SpamFilter::gtube + "\r\n" << true;
    QTest::newRow("marker header") << QByteArray("Subject: hi\r\nX-Spam-Flag: YES\r\n\r\nbody\r\n") << true;
    QTest::newRow("marker, other spacing and case") << QByteArray("x-spam-flag:yes\r\n\r\nbody\r\n") << true;
    QTest::newRow("marker quoted in body") << QByteArray("Subject: hi\r\n\r\nX-Spam-Flag: YES\r\n") << false;
    QTest::newRow("marker NO") << QByteArray("X-Spam-Flag: NO\r\n\r\nbody\r\n") << false;
    QTest::newRow("bare LF header") << QByteArray("X-Spam-Flag: YES\n\nbody\n") << true;
}

void TestPolicy::spamDetection()
{
    QFETCH(QByteArray, message);
    QFETCH(bool, spam);
    ManualClock clock;
    const SpamFilter filter(clock, Policy().spamMarkers, 3);
    QCOMPARE(filter.isSpam(message), spam);
}

void TestPolicy::spamQuota()
{
    ManualClock clock;
    SpamFilter filter(clock, {}, 3);
    const QString ip = QStringLiteral("192.0.2.4");
    QVERIFY(filter.admit(ip));
    QVERIFY(filter.admit(ip));
    QVERIFY(filter.admit(ip));
    QVERIFY(!filter.admit(ip)); // the 4th spam in the hour
    QVERIFY(filter.admit(QStringLiteral("192.0.2.5")));
    clock.advanceMs(hour);
    QVERIFY(filter.admit(ip));
}

void TestPolicy::senderRule_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<QString>("sender");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("own domain") << "jan@kowalski.pl"
                                << "jan@kowalski.pl" << true;
    QTest::newRow("other mailbox, same domain") << "jan@kowalski.pl"
                                                << "biuro@kowalski.pl" << true;
    QTest::newRow("alias") << "jan@kowalski.pl"
                           << "jan@kowalski.com.pl" << true;
    QTest::newRow("case") << "jan@kowalski.pl"
                          << "Jan@KOWALSKI.PL" << true;
    QTest::newRow("third-level domain (seed: same rule)") << "jan@kowalski.pl"
                                                          << "jan@poczta.kowalski.pl" << false;
    QTest::newRow("gmail") << "jan@kowalski.pl"
                           << "somebody@gmail.com" << false;
    QTest::newRow("alternative sender") << "jan@kowalski.pl"
                                        << "jan.kowalski@gmail.com" << true;
    QTest::newRow("another's alternative sender") << "ola@anywhere.example"
                                                  << "jan.kowalski@gmail.com" << false;
    QTest::newRow("other hosted domain") << "jan@kowalski.pl"
                                         << "ola@anywhere.example" << false;
    QTest::newRow("null sender") << "jan@kowalski.pl"
                                 << "" << false;
}

void TestPolicy::senderRule()
{
    QFETCH(QString, login);
    QFETCH(QString, sender);
    QFETCH(bool, allowed);
    QTemporaryDir dir;
    ManualClock clock;
    BlockStore store(dir.path(), clock);
    const SubmissionPolicy policy(demoPolicy(), store, clock);
    QCOMPARE(policy.senderAllowed(login, sender), allowed);
}

void TestPolicy::countryRule_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<QString>("country");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("PL for a PL domain") << "jan@kowalski.pl"
                                        << "PL" << true;
    QTest::newRow("lower case code") << "jan@kowalski.pl"
                                     << "pl" << true;
    QTest::newRow("CN for a PL domain") << "jan@kowalski.pl"
                                        << "CN" << false;
    QTest::newRow("unknown country") << "jan@kowalski.pl"
                                     << "" << true;
    QTest::newRow("domain without countries") << "ola@anywhere.example"
                                              << "CN" << true;
}

void TestPolicy::countryRule()
{
    QFETCH(QString, login);
    QFETCH(QString, country);
    QFETCH(bool, allowed);
    QTemporaryDir dir;
    ManualClock clock;
    BlockStore store(dir.path(), clock);
    const SubmissionPolicy policy(demoPolicy(), store, clock);
    QCOMPARE(policy.countryAllowed(login, country), allowed);
}

void TestPolicy::checkSenderOrder()
{
    QTemporaryDir dir;
    ManualClock clock;
    BlockStore store(dir.path(), clock);
    QList<mt::LocalizedText> messages;
    store.open(&messages);
    const QHash<QString, QString> countries{{QStringLiteral("203.0.113.9"), QStringLiteral("CN")},
                                            {QStringLiteral("192.0.2.9"), QStringLiteral("PL")}};
    SubmissionPolicy policy(demoPolicy(), store, clock,
                            [countries](const QHostAddress &address) { return countries.value(address.toString()); });
    const QString token = QStringLiteral("piWs1j0010jifNx01iWsdh");
    const QHostAddress poland(QStringLiteral("192.0.2.9"));
    const QHostAddress china(QStringLiteral("203.0.113.9"));
    const QString jan = QStringLiteral("jan@kowalski.pl");

    auto line = [&](const QHostAddress &client, const QString &login, const QString &sender) {
        const Verdict verdict = policy.checkSender(client, login, sender, token);
        return verdict ? verdict->line() : QStringLiteral("ok");
    };
    QCOMPARE(line(poland, {}, jan), QStringLiteral("550 5.1.0 piWs1j0010jifNx01iWsdh authentication failed"));
    QCOMPARE(line(poland, jan, QStringLiteral("john.smith@domain.com")),
             QStringLiteral("550 5.1.0 <john.smith@domain.com> sender rejected"));
    QCOMPARE(line(china, jan, jan), QStringLiteral("550 5.1.0 <jan@kowalski.pl> sender rejected"));
    QCOMPARE(line(poland, jan, jan), QStringLiteral("ok"));

    QCOMPARE(*policy.authenticate(poland.toString(), QStringLiteral("JAN@kowalski.pl"), "secret"), jan);
    QVERIFY(!policy.authenticate(poland.toString(), jan, "wrong"));
    QCOMPARE(policy.authFailures().failures(poland.toString()), 1);
    QVERIFY(!policy.authenticate(poland.toString(), QStringLiteral("nobody@kowalski.pl"), "secret"));
    QCOMPARE(policy.authFailures().failures(poland.toString()), 2);
    // Remembered digest: still the right answer for both passwords.
    QVERIFY(policy.authenticate(poland.toString(), jan, "secret"));
    QVERIFY(!policy.authenticate(poland.toString(), jan, "secret2"));
}

void TestPolicy::blockStorePersists()
{
    QTemporaryDir dir;
    ManualClock clock;
    {
        BlockStore store(dir.path(), clock);
        QList<mt::LocalizedText> messages;
        QVERIFY(store.open(&messages));
        QCOMPARE(messages.size(), 1); // "no block list yet"
        QVERIFY(store.block(
            {QStringLiteral("112.67.35.229"), 11, clock.nowMs() - minute, clock.nowMs(), clock.nowMs() + hour}));
    }
    BlockStore again(dir.path(), clock);
    QList<mt::LocalizedText> messages;
    QVERIFY(again.open(&messages));
    QVERIFY(messages.isEmpty());
    QVERIFY(again.isBlocked(QStringLiteral("112.67.35.229")));
    const auto entry = again.entry(QStringLiteral("112.67.35.229"));
    QCOMPARE(entry->failures, 11);
    QCOMPARE(entry->firstFailureMs, clock.nowMs() - minute);
    QCOMPARE(entry->blockedUntilMs, clock.nowMs() + hour);
}

void TestPolicy::blockStoreCorruptFile()
{
    QTemporaryDir dir;
    ManualClock clock;
    QFile file(QDir(dir.path()).filePath(QStringLiteral("blocks.json")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"blocked\": [ {\"ip\": \"1.2.3.4\", \"fail");
    file.close();
    BlockStore store(dir.path(), clock);
    QList<mt::LocalizedText> messages;
    QVERIFY(store.open(&messages));
    QCOMPARE(messages.size(), 1);
    const QString damaged = messages.first().render(mt::Language::English);
    QVERIFY2(damaged.contains(QLatin1String("damaged")), qPrintable(damaged));
    QVERIFY(store.activeBlocks().isEmpty());
    const QStringList copies = QDir(dir.path()).entryList({QStringLiteral("blocks.json.corrupt-*")});
    QCOMPARE(copies.size(), 1);
    QFile copy(QDir(dir.path()).filePath(copies.first()));
    QVERIFY(copy.open(QIODevice::ReadOnly));
    QCOMPARE(copy.readAll(), QByteArray("{\"blocked\": [ {\"ip\": \"1.2.3.4\", \"fail"));
    // And the store works on: a new block is written over the bad file.
    QVERIFY(store.block({QStringLiteral("1.2.3.4"), 11, clock.nowMs(), clock.nowMs(), clock.nowMs() + hour}));
    BlockStore again(dir.path(), clock);
    messages.clear();
    QVERIFY(again.open(&messages));
    QVERIFY(again.isBlocked(QStringLiteral("1.2.3.4")));
}

void TestPolicy::unblockByAnotherStore()
{
    QTemporaryDir dir;
    ManualClock clock;
    BlockStore server(dir.path(), clock);
    QList<mt::LocalizedText> messages;
    server.open(&messages);
    SubmissionPolicy policy(demoPolicy(), server, clock);
    const QString ip = QStringLiteral("112.67.35.229");
    for (int i = 0; i < 11; ++i) {
        policy.authenticate(ip, QStringLiteral("jan@kowalski.pl"), "wrong");
    }
    QVERIFY(policy.checkConnection(ip, QStringLiteral("tok")));
    QCOMPARE(policy.checkConnection(ip, QStringLiteral("piWs1j0010jifNx01iWsdh"))->line(),
             QStringLiteral("550 5.1.0 piWs1j0010jifNx01iWsdh Connection refused from 112.67.35.229. Too many "
                            "authorization failures from this IP, try again later."));

    // What `mailtriage-cli blocks unblock` does, in a store of its own.
    BlockStore staff(dir.path(), clock);
    staff.open(&messages);
    mt::LocalizedText error;
    QVERIFY2(staff.unblock(ip, QStringLiteral("anna"), QStringLiteral("ticket 123"), &error),
             qPrintable(error.render(mt::Language::English)));

    QSignalSpy unblocked(&server, &BlockStore::unblocked);
    QVERIFY(!policy.checkConnection(ip, QStringLiteral("tok"))); // at once, no waiting for the watcher
    QCOMPARE(unblocked.count(), 1);
    // The count starts again: one more failure does not block.
    QCOMPARE(policy.authFailures().failures(ip), 0);
    policy.authenticate(ip, QStringLiteral("jan@kowalski.pl"), "wrong");
    QVERIFY(!policy.checkConnection(ip, QStringLiteral("tok")));

    QFile audit(staff.auditPath());
    QVERIFY(audit.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = audit.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 1);
    const QJsonObject line = QJsonDocument::fromJson(lines.first()).object();
    QCOMPARE(line.value(QStringLiteral("ip")).toString(), ip);
    QCOMPARE(line.value(QStringLiteral("by")).toString(), QStringLiteral("anna"));
    QCOMPARE(line.value(QStringLiteral("reason")).toString(), QStringLiteral("ticket 123"));
    QCOMPARE(line.value(QStringLiteral("failures")).toInt(), 11);
}

void TestPolicy::unblockNeedsABlock()
{
    QTemporaryDir dir;
    ManualClock clock;
    BlockStore store(dir.path(), clock);
    QList<mt::LocalizedText> messages;
    store.open(&messages);
    mt::LocalizedText error;
    QVERIFY(!store.unblock(QStringLiteral("192.0.2.1"), QStringLiteral("anna"), QStringLiteral("x"), &error));
    QVERIFY(error.render(mt::Language::English).contains(QLatin1String("not blocked")));
    QVERIFY(!QFile::exists(store.auditPath()));
}

QTEST_GUILESS_MAIN(TestPolicy)
#include "tst_policy.moc"
