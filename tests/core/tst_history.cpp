// The history of recent checks: persisted, bounded, newest first; a bad
// file never stops the program and is kept for inspection.
#include "diagnosis/history.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace mt;

class TestHistory : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void roundTrip();
    void sameInputMovesToTop();
    void remove_data();
    void remove();
    void bounded();
    void notKept_data();
    void notKept();
    void badFile_data();
    void badFile();
    void missingFileIsEmpty();
    void unwritablePathFails();

private:
    static HistoryEntry entry(const QString &input, int minute = 0);
    QString path() const { return m_dir->filePath(QStringLiteral("history.json")); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

HistoryEntry TestHistory::entry(const QString &input, int minute)
{
    HistoryEntry e;
    e.input = input;
    e.kind = InputKind::Domain;
    e.time = QDateTime(QDate(2026, 11, 23), QTime(12, minute, 5, 250), Qt::UTC);
    e.worst = Severity::Warning;
    e.findingCount = 3;
    return e;
}

void TestHistory::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
}

void TestHistory::roundTrip()
{
    History history(path());
    HistoryEntry address = entry(QStringLiteral("jan@kowalski.pl"), 1);
    address.kind = InputKind::Address;
    address.worst = Severity::Error;
    HistoryEntry bounce = entry(QStringLiteral("Delivery failed\n550 5.1.1 \"zażółć\" <x@y.test>"), 2);
    bounce.kind = InputKind::Text;
    QVERIFY(history.add(address));
    QVERIFY(history.add(bounce));
    QVERIFY2(history.save(), qPrintable(history.error()));

    History loaded(path());
    QVERIFY(loaded.load());
    QCOMPARE(loaded.entries().size(), 2);
    QCOMPARE(loaded.entries().at(0), bounce); // newest first
    QCOMPARE(loaded.entries().at(1), address);
}

void TestHistory::sameInputMovesToTop()
{
    History history(path());
    history.add(entry(QStringLiteral("a.test"), 1));
    history.add(entry(QStringLiteral("b.test"), 2));
    history.add(entry(QStringLiteral("a.test"), 3));
    QCOMPARE(history.entries().size(), 2);
    QCOMPARE(history.entries().at(0).input, QStringLiteral("a.test"));
    QCOMPARE(history.entries().at(0).time.time().minute(), 3);
}

void TestHistory::remove_data()
{
    QTest::addColumn<QStringList>("removed");
    QTest::addColumn<bool>("found");
    QTest::addColumn<QStringList>("left"); // newest first, as saved and loaded again
    QTest::newRow("the newest") << QStringList{QStringLiteral("c.test")} << true
                                << QStringList{QStringLiteral("b.test"), QStringLiteral("a.test")};
    QTest::newRow("one in the middle") << QStringList{QStringLiteral("b.test")} << true
                                       << QStringList{QStringLiteral("c.test"), QStringLiteral("a.test")};
    QTest::newRow("all, one by one") << QStringList{QStringLiteral("a.test"), QStringLiteral("c.test"),
                                                    QStringLiteral("b.test")}
                                     << true << QStringList();
    QTest::newRow("unknown input: nothing goes")
        << QStringList{QStringLiteral("d.test")} << false
        << QStringList{QStringLiteral("c.test"), QStringLiteral("b.test"), QStringLiteral("a.test")};
    QTest::newRow("the exact input, not a part of it")
        << QStringList{QStringLiteral("b.tes")} << false
        << QStringList{QStringLiteral("c.test"), QStringLiteral("b.test"), QStringLiteral("a.test")};
}

void TestHistory::remove()
{
    QFETCH(QStringList, removed);
    QFETCH(bool, found);
    QFETCH(QStringList, left);
    History history(path());
    for (const char *input : {"a.test", "b.test", "c.test"}) {
        history.add(entry(QLatin1String(input)));
    }
    bool any = false;
    for (const QString &input : removed) {
        any = history.remove(input) || any;
    }
    QCOMPARE(any, found);
    QVERIFY(history.save());
    History loaded(path());
    loaded.load();
    QStringList inputs;
    for (const HistoryEntry &e : loaded.entries()) {
        inputs << e.input;
    }
    QCOMPARE(inputs, left);
}

void TestHistory::bounded()
{
    History history(path());
    for (int i = 0; i < History::maxEntries + 20; ++i) {
        history.add(entry(QStringLiteral("d%1.test").arg(i)));
    }
    QCOMPARE(history.entries().size(), History::maxEntries);
    QCOMPARE(history.entries().first().input, QStringLiteral("d%1.test").arg(History::maxEntries + 19));
    QVERIFY(history.save());
    QVERIFY(QFileInfo(path()).size() < 64 * 1024);
}

void TestHistory::notKept_data()
{
    QTest::addColumn<QString>("input");
    QTest::newRow("empty") << QString();
    QTest::newRow("blank") << QStringLiteral(" \n\t ");
    QTest::newRow("larger than maxInputSize") << QString(History::maxInputSize + 1, QLatin1Char('x'));
}

void TestHistory::notKept()
{
    QFETCH(QString, input);
    History history(path());
    QVERIFY(!history.add(entry(input)));
    QVERIFY(history.entries().isEmpty());
}

void TestHistory::badFile_data()
{
    QTest::addColumn<QByteArray>("contents");
    QTest::newRow("not JSON") << QByteArray("{\"version\": 1, \"entries\": [");
    QTest::newRow("binary garbage") << QByteArray("\x00\xff\xfe garbage", 12);
    QTest::newRow("empty file") << QByteArray();
    QTest::newRow("an array, not an object") << QByteArray("[1, 2, 3]");
    QTest::newRow("unknown version") << QByteArray("{\"version\": 99, \"entries\": []}");
    QTest::newRow("entries not a list") << QByteArray("{\"version\": 1, \"entries\": {}}");
    QTest::newRow("unknown kind") << QByteArray(
        "{\"version\": 1, \"entries\": [{\"input\": \"a.test\", \"kind\": \"fish\", "
        "\"time\": \"2026-11-23T12:00:00.000Z\", \"worst\": \"ok\", \"findings\": 1}]}");
    QTest::newRow("bad time") << QByteArray(
        "{\"version\": 1, \"entries\": [{\"input\": \"a.test\", \"kind\": \"domain\", "
        "\"time\": \"yesterday\", \"worst\": \"ok\", \"findings\": 1}]}");
}

void TestHistory::badFile()
{
    QFETCH(QByteArray, contents);
    QFile file(path());
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(contents);
    file.close();

    History history(path());
    QVERIFY(!history.load());
    QVERIFY(history.entries().isEmpty());
    QVERIFY(!history.error().isEmpty());
    // The bad file is kept aside, byte for byte, and a new one can be written.
    QFile aside(path() + QStringLiteral(".corrupt"));
    QVERIFY(aside.open(QIODevice::ReadOnly));
    QCOMPARE(aside.readAll(), contents);
    QVERIFY(!QFile::exists(path()));
    QVERIFY(history.add(entry(QStringLiteral("a.test"))));
    QVERIFY(history.save());
    History again(path());
    QVERIFY(again.load());
    QCOMPARE(again.entries().size(), 1);
}

void TestHistory::missingFileIsEmpty()
{
    History history(path());
    QVERIFY(!history.load());
    QVERIFY(history.entries().isEmpty());
    QVERIFY(history.error().isEmpty()); // nothing wrong: just no history yet
}

void TestHistory::unwritablePathFails()
{
    QFile blocker(m_dir->filePath(QStringLiteral("file")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    History history(m_dir->filePath(QStringLiteral("file/history.json"))); // a file where a folder should be
    history.add(entry(QStringLiteral("a.test")));
    QVERIFY(!history.save());
    QVERIFY(!history.error().isEmpty());
}

QTEST_GUILESS_MAIN(TestHistory)
#include "tst_history.moc"
