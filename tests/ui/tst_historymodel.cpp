// The history list over core's History: newest first, persisted on add,
// consistent for views.
#include "historymodel.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QIcon>
#include <QTemporaryDir>
#include <QTest>

using namespace mt;

class TestHistoryModel : public QObject
{
    Q_OBJECT

private slots:
    void addShowsAndSaves();
    void unsavableFileIsReported();
};

namespace {

HistoryEntry entry(const QString &input, Severity worst)
{
    HistoryEntry e;
    e.input = input;
    e.kind = detectInputKind(input);
    e.time = QDateTime(QDate(2026, 11, 23), QTime(12, 0), Qt::UTC);
    e.worst = worst;
    e.findingCount = 2;
    return e;
}

} // namespace

void TestHistoryModel::addShowsAndSaves()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.json"));
    History history(path);
    HistoryModel model(history);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.add(entry(QStringLiteral("jan@x.test"), Severity::Error)));
    QVERIFY(model.add(entry(QStringLiteral("Delivery failed\nsecond line"), Severity::Ok)));
    QCOMPARE(model.rowCount(), 2);
    const QModelIndex top = model.index(0);
    QVERIFY(top.data().toString().startsWith(QLatin1String("Delivery failed\n"))); // first line only
    QVERIFY(!top.data().toString().contains(QLatin1String("second line")));
    QCOMPARE(top.data(HistoryModel::InputRole).toString(), QStringLiteral("Delivery failed\nsecond line"));
    QVERIFY(!top.data(Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(model.index(1).data().toString().contains(QLatin1String("E-mail address")));

    History reloaded(path);
    QVERIFY(reloaded.load());
    QCOMPARE(reloaded.entries().size(), 2);

    // Too large to keep: not listed, and not an error.
    QVERIFY(model.add(entry(QString(History::maxInputSize + 1, QLatin1Char('x')), Severity::Ok)));
    QCOMPARE(model.rowCount(), 2);
}

void TestHistoryModel::unsavableFileIsReported()
{
    QTemporaryDir dir;
    QFile blocker(dir.filePath(QStringLiteral("file")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    History history(dir.filePath(QStringLiteral("file/history.json")));
    HistoryModel model(history);
    QVERIFY(!model.add(entry(QStringLiteral("x.test"), Severity::Ok)));
    QVERIFY(!model.error().isEmpty());
    QCOMPARE(model.rowCount(), 1); // still listed for this session
}

QTEST_MAIN(TestHistoryModel)
#include "tst_historymodel.moc"
