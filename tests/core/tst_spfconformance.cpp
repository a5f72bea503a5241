// The OpenSPF conformance suites (RFC 7208 and the older RFC 4408), one data
// row per test, each scenario's zone data served from memory.
#include "checks/spfevaluator.h"
#include "testdata.h"
#include "zonedataresolver.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace mt;

class TestSpfConformance : public QObject
{
    Q_OBJECT

private slots:
    void conformance_data();
    void conformance();
    void cleanupTestCase();

private:
    QHash<QString, int> m_passed; // per suite
};

namespace {

const char *const suites[] = {"rfc7208", "rfc4408"};

QJsonArray loadSuite(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QJsonDocument::fromJson(file.readAll()).array();
}

// The suites' old result names.
QString modernResult(const QString &name)
{
    if (name == QLatin1String("unknown")) {
        return QStringLiteral("permerror");
    }
    if (name == QLatin1String("error")) {
        return QStringLiteral("temperror");
    }
    return name;
}

} // namespace

void TestSpfConformance::conformance_data()
{
    QTest::addColumn<QString>("suite");
    QTest::addColumn<QJsonObject>("zoneData");
    QTest::addColumn<QString>("helo");
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("mailFrom");
    QTest::addColumn<QStringList>("results");
    QTest::addColumn<QString>("explanation");

    for (const char *suite : suites) {
        QString missing;
        const QString path =
            mt::test::testDataPath(QStringLiteral("conformance/spf/%1-tests.json").arg(QLatin1String(suite)), &missing);
        if (path.isEmpty()) {
            QSKIP(qPrintable(missing));
        }
        const QJsonArray scenarios = loadSuite(path);
        QVERIFY2(!scenarios.isEmpty(), qPrintable(QStringLiteral("no scenarios in %1").arg(path)));
        for (const QJsonValue &scenarioValue : scenarios) {
            const QJsonObject scenario = scenarioValue.toObject();
            const QJsonObject tests = scenario.value(QLatin1String("tests")).toObject();
            for (auto it = tests.begin(); it != tests.end(); ++it) {
                const QJsonObject test = it.value().toObject();
                QStringList results;
                const QJsonValue result = test.value(QLatin1String("result"));
                if (result.isArray()) {
                    for (const QJsonValue &r : result.toArray()) {
                        results << modernResult(r.toString());
                    }
                } else {
                    results << modernResult(result.toString());
                }
                const QByteArray row = QByteArray(suite) + ' ' + it.key().toUtf8();
                QTest::newRow(row.constData())
                    << QString::fromLatin1(suite) << scenario.value(QLatin1String("zonedata")).toObject()
                    << test.value(QLatin1String("helo")).toString() << test.value(QLatin1String("host")).toString()
                    << test.value(QLatin1String("mailfrom")).toString() << results
                    << test.value(QLatin1String("explanation")).toString();
            }
        }
    }
}

void TestSpfConformance::conformance()
{
    QFETCH(QString, suite);
    QFETCH(QJsonObject, zoneData);
    QFETCH(QString, helo);
    QFETCH(QString, host);
    QFETCH(QString, mailFrom);
    QFETCH(QStringList, results);
    QFETCH(QString, explanation);

    test::ZoneDataResolver resolver(zoneData);
    spf::Query query;
    query.ip = QHostAddress(host);
    QVERIFY2(!query.ip.isNull(), qPrintable(host));
    query.sender = mailFrom;
    query.helo = helo;
    query.defaultExplanation = QStringLiteral("DEFAULT");
    spf::Evaluator evaluator(resolver, query);
    QSignalSpy finished(&evaluator, &spf::Evaluator::finished);
    evaluator.start();
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.size(), 1);

    const spf::Evaluation &evaluation = evaluator.evaluation();
    const QString actual = spf::resultName(evaluation.result);
    QStringList trace;
    for (const spf::TraceStep &step : evaluation.trace) {
        trace << spf::traceLine(step);
    }
    QVERIFY2(results.contains(actual), qPrintable(QStringLiteral("got %1, expected %2 (%3)\n%4")
                                                      .arg(actual, results.join(QLatin1Char('|')), evaluation.error,
                                                           trace.join(QLatin1Char('\n')))));
    if (!explanation.isEmpty() && evaluation.result == spf::Result::Fail) {
        QCOMPARE(evaluation.explanation, explanation);
    }
    ++m_passed[suite];
}

void TestSpfConformance::cleanupTestCase()
{
    for (const char *suite : suites) {
        QString missing;
        const QString path =
            mt::test::testDataPath(QStringLiteral("conformance/spf/%1-tests.json").arg(QLatin1String(suite)), &missing);
        if (path.isEmpty()) {
            continue; // the data function said so
        }
        const QJsonArray scenarios = loadSuite(path);
        int total = 0;
        for (const QJsonValue &scenario : scenarios) {
            total += int(scenario.toObject().value(QLatin1String("tests")).toObject().size());
        }
        qInfo("%s: %d of %d conformance tests pass", suite, m_passed.value(QLatin1String(suite)), total);
    }
}

QTEST_GUILESS_MAIN(TestSpfConformance)
#include "tst_spfconformance.moc"
