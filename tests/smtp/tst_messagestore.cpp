// The message store's group commit: saves handed over together share one
// round of disk syncs, each is answered only once its file is in place
// under its final name, in the order of the calls, and never after its
// context is gone. (Concurrent SMTP sessions on it: tst_smtpserver.)
#include "smtp/messagestore.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using mt::smtp::Envelope;
using mt::smtp::MessageStore;

namespace {

Envelope envelopeFor(int index)
{
    Envelope envelope;
    envelope.sender = QStringLiteral("jan@kowalski.test");
    envelope.recipients = {QStringLiteral("a@example.test"), QStringLiteral("b@example.test")};
    envelope.clientIp = QStringLiteral("192.0.2.9");
    envelope.login = QStringLiteral("jan@kowalski.test");
    envelope.token = QStringLiteral("token%1").arg(index);
    envelope.receivedMs = 1'700'000'000'000 + index;
    return envelope;
}

QByteArray messageFor(int index)
{
    return "Subject: " + QByteArray::number(index) + "\r\n\r\nbody\r\n";
}

} // namespace

class TestMessageStore : public QObject
{
    Q_OBJECT

private slots:
    void envelopeRoundTrip_data();
    void envelopeRoundTrip();
    void groupCommit_data();
    void groupCommit();
    void noAnswerOnceTheContextIsGone();
    void failureIsAnswered();
    void destructorFinishesWhatWasHandedOver();
};

void TestMessageStore::envelopeRoundTrip_data()
{
    QTest::addColumn<QString>("sender");
    QTest::addColumn<QString>("login");
    QTest::addColumn<qint64>("receivedMs");
    QTest::newRow("plain") << QStringLiteral("jan@kowalski.test") << QStringLiteral("jan@kowalski.test")
                           << qint64(1'700'000'000'123);
    QTest::newRow("quote and backslash") << QStringLiteral("\"odd\\one\"@kowalski.test") << QString()
                                         << qint64(1'700'000'000'000);
    QTest::newRow("control characters") << QStringLiteral("a\tb\x01@kowalski.test") << QStringLiteral("x\ny")
                                        << qint64(1'700'000'000'009);
    QTest::newRow("Polish letters") << QStringLiteral("zażółć@gęślą.test") << QStringLiteral("jaźń@kowalski.test")
                                    << qint64(1'700'000'000'999);
    QTest::newRow("null sender") << QString() << QString() << qint64(86'400'000);
}

void TestMessageStore::envelopeRoundTrip()
{
    QFETCH(QString, sender);
    QFETCH(QString, login);
    QFETCH(qint64, receivedMs);
    QTemporaryDir dir;
    MessageStore store(dir.path());
    QString error;
    QVERIFY(store.open(&error));
    Envelope envelope = envelopeFor(1);
    envelope.sender = sender;
    envelope.login = login;
    envelope.receivedMs = receivedMs;
    envelope.recipients << QStringLiteral("\"quoted\"@example.test");
    QObject context;
    std::optional<QString> id;
    store.save(envelope, messageFor(1), &context, [&](const std::optional<QString> &saved, const QString &) {
        id = saved.value_or(QStringLiteral("failed"));
    });
    QTRY_VERIFY_WITH_TIMEOUT(id.has_value(), 30000);
    Envelope read;
    QCOMPARE(store.read(*id, &read), messageFor(1));
    QCOMPARE(read.sender, envelope.sender);
    QCOMPARE(read.login, envelope.login);
    QCOMPARE(read.recipients, envelope.recipients);
    QCOMPARE(read.clientIp, envelope.clientIp);
    QCOMPARE(read.token, envelope.token);
    QCOMPARE(read.receivedMs, envelope.receivedMs);
}

void TestMessageStore::groupCommit_data()
{
    QTest::addColumn<int>("count");
    QTest::newRow("one message") << 1;
    QTest::newRow("twenty at once") << 20;
    QTest::newRow("five hundred at once") << 500;
}

void TestMessageStore::groupCommit()
{
    QFETCH(int, count);
    QTemporaryDir dir;
    MessageStore store(dir.path());
    QString error;
    QVERIFY2(store.open(&error), qPrintable(error));
    QObject context;
    QList<int> answered;
    QStringList problems;
    for (int i = 0; i < count; ++i) {
        store.save(envelopeFor(i), messageFor(i), &context,
                   [&, i](const std::optional<QString> &id, const QString &error) {
                       answered << i;
                       if (!id) {
                           problems << QStringLiteral("%1: %2").arg(i).arg(error);
                           return;
                       }
                       // Answered, so in place under its name, complete.
                       const QString path = QDir(store.directory()).filePath(*id);
                       if (!QFileInfo::exists(path) || QFileInfo::exists(path + QStringLiteral(".tmp"))) {
                           problems << QStringLiteral("%1: not in place when answered").arg(i);
                       }
                       if (store.read(*id) != messageFor(i)) {
                           problems << QStringLiteral("%1: not complete when answered").arg(i);
                       }
                   });
    }
    QTRY_COMPARE_WITH_TIMEOUT(answered.size(), count, 60000);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    QList<int> inOrder(count);
    std::iota(inOrder.begin(), inOrder.end(), 0);
    QCOMPARE(answered, inOrder);
    const QList<MessageStore::Stored> stored = store.list();
    QCOMPARE(stored.size(), count);
    QCOMPARE(QDir(store.directory()).entryList({QStringLiteral("*.tmp")}, QDir::Files), QStringList());
#ifdef Q_OS_LINUX
    if (count == 1) {
        QCOMPARE(store.syncCount(), 2u); // the data, then the rename
    } else {
        // Handed over faster than a sync completes: batches, not one
        // round per message.
        QVERIFY2(store.syncCount() < quint64(count), qPrintable(QString::number(store.syncCount())));
    }
#endif
}

void TestMessageStore::noAnswerOnceTheContextIsGone()
{
    QTemporaryDir dir;
    MessageStore store(dir.path());
    QString error;
    QVERIFY(store.open(&error));
    auto gone = std::make_unique<QObject>();
    bool goneAnswered = false;
    store.save(envelopeFor(1), messageFor(1), gone.get(),
               [&](const std::optional<QString> &, const QString &) { goneAnswered = true; });
    gone.reset();
    QObject context;
    bool answered = false;
    store.save(envelopeFor(2), messageFor(2), &context,
               [&](const std::optional<QString> &id, const QString &) { answered = id.has_value(); });
    QTRY_VERIFY_WITH_TIMEOUT(answered, 30000);
    QVERIFY(!goneAnswered);
    // Stored all the same (a client that left before the 250 sends it again).
    QCOMPARE(store.list().size(), 2);
}

void TestMessageStore::failureIsAnswered()
{
    QTemporaryDir dir;
    MessageStore store(dir.path() + QStringLiteral("/missing")); // never opened: no directory
    QObject context;
    std::optional<std::optional<QString>> answer;
    QString why;
    store.save(envelopeFor(1), messageFor(1), &context, [&](const std::optional<QString> &id, const QString &error) {
        answer = id;
        why = error;
    });
    QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 30000);
    QVERIFY(!answer->has_value());
    QVERIFY(!why.isEmpty());
    QCOMPARE(store.syncCount(), 0u);
}

void TestMessageStore::destructorFinishesWhatWasHandedOver()
{
    QTemporaryDir dir;
    {
        MessageStore store(dir.path());
        QString error;
        QVERIFY(store.open(&error));
        QObject context;
        for (int i = 0; i < 50; ++i) {
            store.save(envelopeFor(i), messageFor(i), &context, [](const std::optional<QString> &, const QString &) {});
        }
    }
    MessageStore reopened(dir.path());
    QCOMPARE(reopened.list().size(), 50);
    QCOMPARE(QDir(reopened.directory()).entryList({QStringLiteral("*.tmp")}, QDir::Files), QStringList());
}

QTEST_GUILESS_MAIN(TestMessageStore)
#include "tst_messagestore.moc"
