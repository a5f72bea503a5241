// The provider's rules (docs/policy.md) as data and logic, on a manual
// clock: the policy file, password hashes, the sender and country rules, and
// the file store's block list with its audit trail. The windows of rules 4
// to 7 are counted by the state store: tst_statestore, on both backends.
#include "policy/filestatestore.h"
#include "policy/passwordhash.h"
#include "policy/policy.h"
#include "policy/spamfilter.h"
#include "policy/submissionpolicy.h"
#include "storeanswer.h"

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
    void passwordHashKnownAnswers_data();
    void passwordHashKnownAnswers();
    void slidingWindowCounts();
    void slidingWindowEdges_data();
    void slidingWindowEdges();
    void spamDetection_data();
    void spamDetection();
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

void TestPolicy::passwordHashKnownAnswers_data()
{
    // PBKDF2-HMAC-SHA256 test vectors (RFC 7914 section 11 and the widely
    // published ones for "password"/"salt"): hashes written by any
    // PBKDF2-SHA256 implementation, earlier versions of this one included,
    // keep verifying.
    QTest::addColumn<QByteArray>("password");
    QTest::addColumn<QByteArray>("salt");
    QTest::addColumn<int>("iterations");
    QTest::addColumn<QByteArray>("keyHex");
    QTest::newRow("1 iteration") << QByteArray("password") << QByteArray("salt") << 1
                                 << QByteArray("120fb6cffcf8b32c43e7225256c4f837a86548c92ccc35480805987cb70be17b");
    QTest::newRow("2 iterations") << QByteArray("password") << QByteArray("salt") << 2
                                  << QByteArray("ae4d0c95af6b46d32d0adff928f06dd02a303f8ef3c251dfd6e2d85a95474c43");
    QTest::newRow("4096 iterations") << QByteArray("password") << QByteArray("salt") << 4096
                                     << QByteArray("c5e478d59288c841aa530db6845c4c8d962893a001ce4e11a4963873aa98134a");
    QTest::newRow("RFC 7914, passwd/salt")
        << QByteArray("passwd") << QByteArray("salt") << 1
        << QByteArray("55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc");
}

void TestPolicy::passwordHashKnownAnswers()
{
    QFETCH(QByteArray, password);
    QFETCH(QByteArray, salt);
    QFETCH(int, iterations);
    QFETCH(QByteArray, keyHex);
    const QString hash =
        QStringLiteral("pbkdf2-sha256$%1$%2$%3")
            .arg(iterations)
            .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(QByteArray::fromHex(keyHex).toBase64()));
    QVERIFY(passwordhash::verify(password, hash));
    QVERIFY(!passwordhash::verify(password + "x", hash));
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

void TestPolicy::slidingWindowEdges_data()
{
    // Events at minutes 0, 10, 10, 20 and 40 of a two-hour window; counted
    // at NOW over the last WINDOW (both in minutes): (now - window, now].
    QTest::addColumn<int>("now");
    QTest::addColumn<int>("window");
    QTest::addColumn<int>("expected");
    QTest::newRow("all, the window reaching before the first") << 40 << 120 << 5;
    QTest::newRow("the first exactly a window old: out") << 40 << 40 << 4;
    QTest::newRow("two at the same time, both in") << 20 << 11 << 3;
    QTest::newRow("two at the same time, both out") << 20 << 10 << 1;
    QTest::newRow("only the last") << 40 << 1 << 1;
    QTest::newRow("none in a short window") << 50 << 5 << 0;
    QTest::newRow("asked in the past: later ones not counted") << 15 << 120 << 3;
    QTest::newRow("asked before all of them") << -5 << 60 << 0;
}

void TestPolicy::slidingWindowEdges()
{
    QFETCH(int, now);
    QFETCH(int, window);
    QFETCH(int, expected);
    SlidingWindow events(2 * hour);
    const qint64 t0 = 10 * hour;
    for (const int at : {0, 10, 10, 20, 40}) {
        events.add(t0 + at * minute);
    }
    QCOMPARE(events.count(t0 + now * minute, window * minute), expected);
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
    QTest::newRow("marker last, no body") << QByteArray("Subject: hi\r\nX-SPAM-FLAG:\tYes  ") << true;
    QTest::newRow("marker name only") << QByteArray("X-Spam-Flag:\r\n\r\nbody\r\n") << false;
    QTest::newRow("longer value") << QByteArray("X-Spam-Flag: YESS\r\n\r\nbody\r\n") << false;
    QTest::newRow("empty message") << QByteArray() << false;
}

void TestPolicy::spamDetection()
{
    QFETCH(QByteArray, message);
    QFETCH(bool, spam);
    const SpamFilter filter(Policy().spamMarkers);
    QCOMPARE(filter.isSpam(message), spam);
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
    FileStateStore store(dir.path(), clock);
    const SubmissionPolicy policy(demoPolicy(), store, clock);
    QCOMPARE(policy.senderAllowed(login, sender), allowed);
}

void TestPolicy::countryRule_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<QString>("country");
    QTest::addColumn<bool>("allowed");
    QTest::addColumn<QStringList>("exceptions"); // domain/COUNTRY[/ms until it expires]
    QTest::newRow("PL for a PL domain") << "jan@kowalski.pl"
                                        << "PL" << true << QStringList();
    QTest::newRow("lower case code") << "jan@kowalski.pl"
                                     << "pl" << true << QStringList();
    QTest::newRow("CN for a PL domain") << "jan@kowalski.pl"
                                        << "CN" << false << QStringList();
    QTest::newRow("unknown country") << "jan@kowalski.pl"
                                     << "" << true << QStringList();
    QTest::newRow("domain without countries") << "ola@anywhere.example"
                                              << "CN" << true << QStringList();
    QTest::newRow("CN allowed by staff (seed 004)") << "jan@kowalski.pl"
                                                    << "CN" << true << QStringList{QStringLiteral("kowalski.pl/CN")};
    QTest::newRow("exception for another country") << "jan@kowalski.pl"
                                                   << "CN" << false << QStringList{QStringLiteral("kowalski.pl/DE")};
    QTest::newRow("exception for another domain")
        << "jan@kowalski.pl"
        << "CN" << false << QStringList{QStringLiteral("anywhere.example/CN")};
    QTest::newRow("exception that has expired") << "jan@kowalski.pl"
                                                << "CN" << false << QStringList{QStringLiteral("kowalski.pl/CN/0")};
    QTest::newRow("exception still running") << "jan@kowalski.pl"
                                             << "CN" << true << QStringList{QStringLiteral("kowalski.pl/CN/3600000")};
}

void TestPolicy::countryRule()
{
    QFETCH(QString, login);
    QFETCH(QString, country);
    QFETCH(bool, allowed);
    QFETCH(QStringList, exceptions);
    QTemporaryDir dir;
    ManualClock clock;
    FileStateStore store(dir.path(), clock);
    const SubmissionPolicy policy(demoPolicy(), store, clock);
    QList<CountryException> granted;
    for (const QString &exception : exceptions) {
        granted << CountryException{exception.section(QLatin1Char('/'), 0, 0),
                                    exception.section(QLatin1Char('/'), 1, 1),
                                    QStringLiteral("anna"),
                                    QStringLiteral("trip"),
                                    clock.nowMs(),
                                    exception.section(QLatin1Char('/'), 2).isEmpty()
                                        ? 0
                                        : clock.nowMs() + exception.section(QLatin1Char('/'), 2).toLongLong()};
    }
    QCOMPARE(policy.countryAllowed(login, country, granted), allowed);
}

void TestPolicy::checkSenderOrder()
{
    QTemporaryDir dir;
    ManualClock clock;
    FileStateStore store(dir.path(), clock);
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
        const Verdict verdict = mt::test::verdictOf(
            [&](auto reply) { policy.checkSender(client, client.toString(), login, sender, token, reply); });
        return verdict ? verdict->line() : QStringLiteral("ok");
    };
    QCOMPARE(line(poland, {}, jan), QStringLiteral("550 5.1.0 piWs1j0010jifNx01iWsdh authentication failed"));
    QCOMPARE(line(poland, jan, QStringLiteral("john.smith@domain.com")),
             QStringLiteral("550 5.1.0 <john.smith@domain.com> sender rejected"));
    QCOMPARE(line(china, jan, jan), QStringLiteral("550 5.1.0 <jan@kowalski.pl> sender rejected"));
    QCOMPARE(line(poland, jan, jan), QStringLiteral("ok"));

    auto login = [&](const QString &account, const QByteArray &password) {
        std::optional<bool> matches = policy.knownVerdict(account, password);
        if (!matches) {
            matches = passwordhash::verify(password, policy.storedHash(account).value_or(QString()));
        }
        AuthOutcome result;
        policy.recordAuthentication(poland.toString(), account, password, *matches,
                                    [&result](AuthOutcome outcome) { result = outcome; });
        return result;
    };
    QCOMPARE(*login(QStringLiteral("JAN@kowalski.pl"), "secret").account, jan);
    const AuthOutcome wrong = login(jan, "wrong");
    QVERIFY(!wrong.account);
    QCOMPARE(wrong.failures, 1);
    QCOMPARE(login(QStringLiteral("nobody@kowalski.pl"), "secret").failures, 2);
    // Remembered digest: still the right answer for both passwords.
    QVERIFY(login(jan, "secret").account);
    QVERIFY(!login(jan, "secret2").account);
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
            {QStringLiteral("112.67.35.229"), 11, clock.nowMs() - minute, clock.nowMs(), clock.nowMs() + hour, {}}));
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
    QVERIFY(store.block({QStringLiteral("1.2.3.4"), 11, clock.nowMs(), clock.nowMs(), clock.nowMs() + hour, {}}));
    BlockStore again(dir.path(), clock);
    messages.clear();
    QVERIFY(again.open(&messages));
    QVERIFY(again.isBlocked(QStringLiteral("1.2.3.4")));
}

void TestPolicy::unblockByAnotherStore()
{
    QTemporaryDir dir;
    ManualClock clock;
    FileStateStore server(dir.path(), clock);
    QList<mt::LocalizedText> messages;
    server.open(&messages);
    SubmissionPolicy policy(demoPolicy(), server, clock);
    const QString ip = QStringLiteral("112.67.35.229");
    auto fail = [&] {
        policy.recordAuthentication(ip, QStringLiteral("jan@kowalski.pl"), "wrong", false, [](AuthOutcome) {});
    };
    auto refusal = [&](const QString &token) {
        return mt::test::verdictOf([&](auto reply) { policy.checkConnection(ip, token, reply); });
    };
    for (int i = 0; i < 11; ++i) {
        fail();
    }
    QVERIFY(refusal(QStringLiteral("tok")));
    QCOMPARE(refusal(QStringLiteral("piWs1j0010jifNx01iWsdh"))->line(),
             QStringLiteral("550 5.1.0 piWs1j0010jifNx01iWsdh Connection refused from 112.67.35.229. Too many "
                            "authorization failures from this IP, try again later."));

    // What `mailtriage-cli blocks unblock` does, in a store of its own.
    BlockStore staff(dir.path(), clock);
    staff.open(&messages);
    mt::LocalizedText error;
    QVERIFY2(staff.unblock(ip, QStringLiteral("anna"), QStringLiteral("ticket 123"), &error),
             qPrintable(error.render(mt::Language::English)));

    QSignalSpy unblocked(&server, &StateStore::unblocked);
    QVERIFY(!refusal(QStringLiteral("tok"))); // at once, no waiting for the watcher
    QCOMPARE(unblocked.count(), 1);
    // The count starts again: one more failure does not block.
    QCOMPARE(mt::test::ask<int>([&](auto reply) { server.failedLogins(ip, clock.nowMs(), 3600 * 1000, reply); }).value,
             0);
    fail();
    QVERIFY(!refusal(QStringLiteral("tok")));

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
