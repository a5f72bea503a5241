// The parts of SPF the conformance suites do not name one by one: RFC 7208
// 7.4's macro examples, record syntax, and how many round trips an
// evaluation costs when answers come in rounds.
#include "checks/spfevaluator.h"
#include "checks/spfmacro.h"
#include "checks/spfrecord.h"
#include "zonedataresolver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

using namespace mt;

namespace {

// Holds every query until the test releases all of them at once: one
// release is one network round trip, without any clock.
class RoundResolver final : public dns::DnsResolver
{
public:
    explicit RoundResolver(const QJsonObject &zone)
        : m_zone(zone)
    {}

    void resolve(const QString &name, dns::RecordType type, QObject *context, Callback callback) override
    {
        m_pending.append({name, type, QPointer<QObject>(context), std::move(callback)});
    }

    // Answers everything asked so far; what the answers make the caller
    // ask waits for the next round.
    int releaseRound()
    {
        const auto batch = std::exchange(m_pending, {});
        for (const Pending &p : batch) {
            if (p.context) {
                p.callback(m_zone.lookup(p.name, p.type));
            }
        }
        return int(batch.size());
    }

private:
    struct Pending
    {
        QString name;
        dns::RecordType type;
        QPointer<QObject> context;
        Callback callback;
    };
    test::ZoneDataResolver m_zone;
    QList<Pending> m_pending;
};

QJsonObject zone(const char *json)
{
    return QJsonDocument::fromJson(json).object();
}

} // namespace

class TestSpfEvaluator : public QObject
{
    Q_OBJECT

private slots:
    void macros_data();
    void macros();
    void records_data();
    void records();
    void roundTrips_data();
    void roundTrips();
    void destroyingTheEvaluatorCancelsIt();
    void randomRecordsNeverCrash();
};

void TestSpfEvaluator::macros_data()
{
    QTest::addColumn<QString>("ip");
    QTest::addColumn<QString>("macro");
    QTest::addColumn<bool>("explanation");
    QTest::addColumn<QString>("expanded"); // empty: a syntax error

    auto row = [](const char *macro, const char *expanded, const char *ip = "192.0.2.3", bool exp = false) {
        const QString name =
            QStringLiteral("%1 (%2%3)")
                .arg(QLatin1String(macro), QLatin1String(ip), exp ? QStringLiteral(", explanation") : QString());
        QTest::newRow(qPrintable(name)) << QString::fromLatin1(ip) << QString::fromLatin1(macro) << exp
                                        << QString::fromLatin1(expanded);
    };
    // RFC 7208 7.4: sender strong-bad@email.example.com.
    row("%{s}", "strong-bad@email.example.com");
    row("%{o}", "email.example.com");
    row("%{d}", "email.example.com");
    row("%{d4}", "email.example.com");
    row("%{d3}", "email.example.com");
    row("%{d2}", "example.com");
    row("%{d1}", "com");
    row("%{dr}", "com.example.email");
    row("%{d2r}", "example.email");
    row("%{l}", "strong-bad");
    row("%{l-}", "strong.bad");
    row("%{lr}", "strong-bad");
    row("%{lr-}", "bad.strong");
    row("%{l1r-}", "strong");
    row("%{ir}.%{v}._spf.%{d2}", "3.2.0.192.in-addr._spf.example.com");
    row("%{lr-}.lp._spf.%{d2}", "bad.strong.lp._spf.example.com");
    row("%{lr-}.lp.%{ir}.%{v}._spf.%{d2}", "bad.strong.lp.3.2.0.192.in-addr._spf.example.com");
    row("%{ir}.%{v}.%{l1r-}.lp._spf.%{d2}", "3.2.0.192.in-addr.strong.lp._spf.example.com");
    row("%{d2}.trusted-domains.example.net", "example.com.trusted-domains.example.net");
    row("%{ir}.%{v}._spf.%{d2}", "1.0.B.C.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.B.D.0.1.0.0.2.ip6._spf.example.com",
        "2001:db8::cb01");
    row("%{c} %{r}", "2001:db8::cb01 unknown", "2001:db8::cb01", true);
    row("%{c}", "192.0.2.3", "192.0.2.3", true);
    row("%%%_%-", "% %20");
    row("%{L}", "strong-bad");
    row("%{S}", "strong-bad%40email.example.com");
    row("%{h}", "mail.example.org");
    row("%{d0}", "");
    row("%{d000}", "");
    row("%{d0002}", "example.com");
    row("%{d99999999999999999999}", "email.example.com");
    row("%{x}", "");
    row("%", "");
    row("%{d", "");
    row("%{c}", "");
    row("%{t}", "");
}

void TestSpfEvaluator::macros()
{
    QFETCH(QString, ip);
    QFETCH(QString, macro);
    QFETCH(bool, explanation);
    QFETCH(QString, expanded);

    spf::MacroContext context;
    context.sender = QStringLiteral("strong-bad@email.example.com");
    context.localPart = QStringLiteral("strong-bad");
    context.senderDomain = QStringLiteral("email.example.com");
    context.domain = QStringLiteral("email.example.com");
    context.ip = QHostAddress(ip);
    context.helo = QStringLiteral("mail.example.org");
    const spf::Expansion result = spf::expandMacros(macro, context, explanation);
    if (expanded.isEmpty()) {
        QVERIFY2(!result.ok, qPrintable(result.text));
        QCOMPARE(spf::isValidMacroString(macro, explanation), false);
    } else {
        QVERIFY(result.ok);
        QCOMPARE(result.text, expanded);
        QCOMPARE(spf::isValidMacroString(macro, explanation), !macro.contains(QLatin1Char(' ')) || explanation);
    }
}

void TestSpfEvaluator::records_data()
{
    QTest::addColumn<QString>("record");
    QTest::addColumn<int>("mechanisms"); // -1: a permerror

    auto row = [](const char *record, int mechanisms) {
        QTest::newRow(record) << QString::fromLatin1(record) << mechanisms;
    };
    row("v=spf1", 0);
    row("V=SPF1 A MX -ALL", 3);
    row("v=spf1 a/24//64 mx:example.com/28 ip4:192.0.2.0/24 ip6:2001:db8::/32 ptr ?exists:%{i}.x.example.com ~all", 7);
    row("v=spf1 include:_spf.example.com redirect=example.net exp=why.example.com unknown=%{d}", 1);
    row("v=spf10 a", -1);
    row("v=spf1 a:example.com/33", -1);
    row("v=spf1 a/024", -1);
    row("v=spf1 ip4:192.0.2.0/-1", -1);
    row("v=spf1 ip4:1.2.3", -1);
    row("v=spf1 ip6:192.0.2.1", -1);
    row("v=spf1 a:1.2.3.4", -1);
    row("v=spf1 include:", -1);
    row("v=spf1 foo", -1);
    row("v=spf1 all:example.com", -1);
    row("v=spf1 redirect=a.example.com redirect=b.example.com", -1);
    row("v=spf1 exp=a.example.com exp=b.example.com", -1);
    row("v=spf1 unknown=%{z}", -1);
    row("v=spf1 -all \xc3\xa9", -1);
}

void TestSpfEvaluator::records()
{
    QFETCH(QString, record);
    QFETCH(int, mechanisms);
    if (!spf::isSpfRecord(record)) {
        QCOMPARE(mechanisms, -1);
        return;
    }
    const spf::ParsedRecord parsed = spf::parseRecord(record);
    if (mechanisms < 0) {
        QVERIFY(!parsed.record);
        QVERIFY(!parsed.error.isEmpty());
    } else {
        QVERIFY2(parsed.record, qPrintable(parsed.error));
        QCOMPARE(parsed.record->mechanisms.size(), mechanisms);
    }
}

void TestSpfEvaluator::roundTrips_data()
{
    QTest::addColumn<QByteArray>("zoneJson");
    QTest::addColumn<QString>("ip");
    QTest::addColumn<QString>("result");
    QTest::addColumn<int>("rounds");

    // Nine includes side by side, each with a, mx and ip4: the lookups are
    // 4 deep (record, included records, their A and MX, the MX hosts' A),
    // however many there are.
    QJsonObject wide;
    QStringList includes;
    for (int i = 1; i <= 9; ++i) {
        const QString name = QStringLiteral("i%1.example.com").arg(i);
        includes << QStringLiteral("include:") + name;
        wide.insert(
            name,
            QJsonArray{QJsonObject{{QStringLiteral("SPF"), QStringLiteral("v=spf1 a mx ip4:203.0.113.%1 -all").arg(i)}},
                       QJsonObject{{QStringLiteral("A"), QStringLiteral("198.51.100.%1").arg(i)}},
                       QJsonObject{{QStringLiteral("MX"), QJsonArray{10, QStringLiteral("mx.") + name}}}});
        wide.insert(QStringLiteral("mx.") + name,
                    QJsonArray{QJsonObject{{QStringLiteral("A"), QStringLiteral("198.51.100.%1").arg(100 + i)}}});
    }
    wide.insert(QStringLiteral("example.com"),
                QJsonArray{QJsonObject{
                    {QStringLiteral("SPF"), QStringLiteral("v=spf1 %1 -all").arg(includes.join(QLatin1Char(' ')))}}});
    const QByteArray wideJson = QJsonDocument(wide).toJson();
    QTest::newRow("9 includes, client in the 3rd")
        << wideJson << QStringLiteral("203.0.113.3") << QStringLiteral("pass") << 4;
    QTest::newRow("9 includes, client nowhere: permerror at 11")
        << wideJson << QStringLiteral("192.0.2.1") << QStringLiteral("permerror") << 4;
    QTest::newRow("MX with 5 hosts: their A records together")
        << QByteArray(R"({"example.com": [{"SPF": "v=spf1 mx -all"}, {"MX": [10, "a.example.com"]},
                         {"MX": [20, "b.example.com"]}, {"MX": [30, "c.example.com"]}, {"MX": [40, "d.example.com"]},
                         {"MX": [50, "e.example.com"]}],
                         "a.example.com": [{"A": "192.0.2.1"}], "b.example.com": [{"A": "192.0.2.2"}],
                         "c.example.com": [{"A": "192.0.2.3"}], "d.example.com": [{"A": "192.0.2.4"}],
                         "e.example.com": [{"A": "192.0.2.5"}]})")
        << QStringLiteral("192.0.2.5") << QStringLiteral("pass") << 3;
    QTest::newRow("chain of 3 includes: one round per level")
        << QByteArray(R"({"example.com": [{"SPF": "v=spf1 include:l1.example.com -all"}],
                         "l1.example.com": [{"SPF": "v=spf1 include:l2.example.com -all"}],
                         "l2.example.com": [{"SPF": "v=spf1 include:l3.example.com -all"}],
                         "l3.example.com": [{"SPF": "v=spf1 ip4:192.0.2.0/24 -all"}]})")
        << QStringLiteral("192.0.2.9") << QStringLiteral("pass") << 4;
}

void TestSpfEvaluator::roundTrips()
{
    QFETCH(QByteArray, zoneJson);
    QFETCH(QString, ip);
    QFETCH(QString, result);
    QFETCH(int, rounds);

    RoundResolver resolver(QJsonDocument::fromJson(zoneJson).object());
    spf::Query query;
    query.ip = QHostAddress(ip);
    query.sender = QStringLiteral("jan@example.com");
    query.helo = QStringLiteral("example.com");
    spf::Evaluator evaluator(resolver, query);
    QSignalSpy finished(&evaluator, &spf::Evaluator::finished);
    evaluator.start();
    int released = 0;
    for (int guard = 0; finished.isEmpty() && guard < 50; ++guard) {
        QCoreApplication::processEvents(); // start() goes on the event loop
        if (finished.isEmpty() && resolver.releaseRound() > 0) {
            ++released;
        }
    }
    QCOMPARE(finished.size(), 1);
    QCOMPARE(spf::resultName(evaluator.evaluation().result), result);
    QCOMPARE(released, rounds);
    QVERIFY(evaluator.queriesUsed() >= rounds);
}

void TestSpfEvaluator::destroyingTheEvaluatorCancelsIt()
{
    RoundResolver resolver(zone(R"({"example.com": [{"SPF": "v=spf1 include:a.example.com -all"}]})"));
    spf::Query query;
    query.ip = QHostAddress(QStringLiteral("192.0.2.1"));
    query.sender = QStringLiteral("jan@example.com");
    auto *evaluator = new spf::Evaluator(resolver, query);
    evaluator->start();
    QCoreApplication::processEvents();
    delete evaluator;
    QCOMPARE(resolver.releaseRound(), 1); // the answer finds nobody, and nothing breaks
    QCOMPARE(resolver.releaseRound(), 0);
}

void TestSpfEvaluator::randomRecordsNeverCrash()
{
    // Records made of SPF's own pieces in random order: whatever comes out,
    // the evaluation ends once with a result, and a parse error means
    // permerror.
    static const char *const pieces[] = {
        "v=spf1", " ",         " ",       "a",    "mx",   "ptr",       "all", "-",           "~",
        "?",      "+",         ":",       "/",    "//",   "24",        "0",   "128",         "include",
        "exists", "redirect=", "exp=",    "ip4",  "ip6",  "192.0.2.1", "::1", "example.com", "x.example.com",
        "%{d}",   "%{ir}",     "%{l1r-}", "%{p}", "%{c}", "%%",        "%_",  "%",           "{",
        "}",      ".",         "=",       "\x80",
    };
    QRandomGenerator random(7208);
    for (int round = 0; round < 300; ++round) {
        QString record = QStringLiteral("v=spf1");
        const int count = int(random.bounded(12));
        for (int i = 0; i < count; ++i) {
            record += QLatin1String(pieces[random.bounded(int(std::size(pieces)))]);
        }
        QJsonObject zone{
            {QStringLiteral("example.com"),
             QJsonArray{QJsonObject{{QStringLiteral("SPF"), record}},
                        QJsonObject{{QStringLiteral("A"), QStringLiteral("192.0.2.1")}},
                        QJsonObject{{QStringLiteral("MX"), QJsonArray{10, QStringLiteral("x.example.com")}}}}},
            {QStringLiteral("x.example.com"),
             QJsonArray{QJsonObject{{QStringLiteral("SPF"), QStringLiteral("v=spf1 ?all")}},
                        QStringLiteral("TIMEOUT")}},
        };
        test::ZoneDataResolver resolver(zone);
        spf::Query query;
        query.ip = QHostAddress(round % 2 ? QStringLiteral("192.0.2.1") : QStringLiteral("2001:db8::1"));
        query.sender = QStringLiteral("jan@example.com");
        spf::Evaluator evaluator(resolver, query);
        QSignalSpy finished(&evaluator, &spf::Evaluator::finished);
        evaluator.start();
        QVERIFY2(finished.wait(2000), qPrintable(record));
        QCOMPARE(finished.size(), 1);
        if (spf::isSpfRecord(record) && !spf::parseRecord(record).record) {
            QCOMPARE(evaluator.evaluation().result, spf::Result::PermError);
        }
    }
}

QTEST_GUILESS_MAIN(TestSpfEvaluator)
#include "tst_spfevaluator.moc"
