// The message store's group commit: saves handed over together share one
// sync of the journal, each is answered only once its file is in place
// under its final name, in the order of the calls, and never after its
// context is gone; after a crash, open() restores from the journal every
// acknowledged message whose file is missing or incomplete. (Concurrent
// SMTP sessions on it: tst_smtpserver.)
#include "smtp/messagejournal.h"
#include "smtp/messagestore.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using mt::smtp::Envelope;
using mt::smtp::MessageJournal;
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
#ifdef Q_OS_UNIX
    void recoversWhatTheJournalHolds_data();
    void recoversWhatTheJournalHolds();
    void journalStartsOverWhenFull_data();
    void journalStartsOverWhenFull();
    void twoServersOnOneDirectory();
#endif
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
    const quint64 syncsBefore = store.syncCount(); // creating the journal
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
    const quint64 syncs = store.syncCount() - syncsBefore;
    if (count == 1) {
        QCOMPARE(syncs, 1u); // the journal's
    } else {
        // Handed over faster than a sync completes: batches, not one
        // round per message.
        QVERIFY2(syncs < quint64(count), qPrintable(QString::number(syncs)));
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

#ifdef Q_OS_UNIX
void TestMessageStore::recoversWhatTheJournalHolds_data()
{
    // What a crash leaves: the journal holds messages 0, 1 and 2 (their
    // 250 was sent); their files are as FILES says ('-' missing, 'p'
    // partial, 'c' complete, 'x' another content of the same size). TORN:
    // the last record's bytes damaged (its append was cut short); OLD: the
    // journal started over after them (their files were synced).
    QTest::addColumn<QString>("files");
    QTest::addColumn<bool>("torn");
    QTest::addColumn<bool>("old");
    QTest::addColumn<QString>("restored");
    QTest::newRow("files lost") << "---" << false << false << "012";
    QTest::newRow("one partial, one lost") << "p-c" << false << false << "01";
    QTest::newRow("same size, other bytes") << "xcc" << false << false << "0";
    QTest::newRow("all in place") << "ccc" << false << false << "";
    QTest::newRow("last append torn") << "---" << true << false << "01";
    QTest::newRow("earlier generation") << "---" << false << true << "";
}

void TestMessageStore::recoversWhatTheJournalHolds()
{
    QFETCH(QString, files);
    QFETCH(bool, torn);
    QFETCH(bool, old);
    QFETCH(QString, restored);
    QTemporaryDir dir;
    const QString messages = dir.filePath(QStringLiteral("messages"));
    QVERIFY(QDir().mkpath(messages));
    const auto contentOf = [](int i) { return "{\"n\":" + QByteArray::number(i) + "}\n" + messageFor(i); };
    const auto nameOf = [](int i) { return "m" + QByteArray::number(i) + ".eml"; };
    qint64 tornAt = 0; // the journal's room before the last append
    {
        MessageJournal journal(QFile::encodeName(messages) + "/journal");
        std::vector<MessageJournal::Record> none;
        QString error;
        QVERIFY2(journal.open(&none, &error), qPrintable(error));
        QVERIFY(none.empty());
        for (int i = 0; i < 3; ++i) {
            const MessageJournal::Record record{nameOf(i), contentOf(i), QByteArray()};
            tornAt = journal.room();
            QVERIFY(journal.append({&record}));
        }
        if (old) {
            QVERIFY(journal.reset());
        }
    }
    if (torn) {
        // A byte in the last record's content, as if its write was cut short.
        QFile file(messages + QStringLiteral("/journal"));
        QVERIFY(file.open(QIODevice::ReadWrite));
        const qint64 lastRecord = MessageJournal::defaultCapacity - tornAt; // where the room began
        QVERIFY(file.seek(lastRecord + 40));
        QVERIFY(file.write("?", 1) == 1);
    }
    for (int i = 0; i < 3; ++i) {
        QFile file(messages + QLatin1Char('/') + QString::fromLatin1(nameOf(i)));
        const QChar state = files.at(i);
        if (state == QLatin1Char('-')) {
            continue;
        }
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QByteArray content = contentOf(i);
        if (state == QLatin1Char('p')) {
            file.write(content.left(content.size() / 2));
        } else if (state == QLatin1Char('x')) {
            file.write(QByteArray(content.size(), 'x'));
        } else {
            file.write(content);
        }
    }
    MessageStore store(dir.path());
    QString error;
    QVERIFY2(store.open(&error), qPrintable(error));
    QCOMPARE(store.recoveredCount(), int(restored.size()));
    for (int i = 0; i < 3; ++i) {
        QFile file(messages + QLatin1Char('/') + QString::fromLatin1(nameOf(i)));
        const bool shouldHave = restored.contains(QString::number(i)) || files.at(i) != QLatin1Char('-');
        QCOMPARE(file.exists(), shouldHave);
        if (restored.contains(QString::number(i))) {
            QVERIFY(file.open(QIODevice::ReadOnly));
            QCOMPARE(file.readAll(), contentOf(i));
        }
    }
    QCOMPARE(QDir(messages).entryList({QStringLiteral("*.tmp")}, QDir::Files), QStringList());
    // Restored and synced: the journal starts over, and a second start
    // has nothing to do.
    MessageStore again(dir.path());
    QVERIFY(again.open(&error));
    QCOMPARE(again.recoveredCount(), 0);
}

void TestMessageStore::journalStartsOverWhenFull_data()
{
    QTest::addColumn<qint64>("capacity");
    QTest::addColumn<int>("messageBytes");
    QTest::newRow("many rounds per journal") << qint64(1) << 100;  // 1 MiB: never full here
    QTest::newRow("full every few messages") << qint64(0) << 1000; // 8 KiB journal
    QTest::newRow("messages bigger than the journal") << qint64(0) << 20000;
}

void TestMessageStore::journalStartsOverWhenFull()
{
    QFETCH(qint64, capacity);
    QFETCH(int, messageBytes);
    QTemporaryDir dir;
    const qint64 journalCapacity = capacity > 0 ? (qint64(1) << 20) : 8 * 1024;
    MessageStore store(dir.path(), journalCapacity);
    QString error;
    QVERIFY2(store.open(&error), qPrintable(error));
    QObject context;
    int stored = 0;
    QStringList problems;
    const int count = 120;
    for (int i = 0; i < count; ++i) {
        const QByteArray message = messageFor(i) + QByteArray(messageBytes, 'a' + i % 26);
        store.save(envelopeFor(i), message, &context,
                   [&, i, message](const std::optional<QString> &id, const QString &error) {
                       if (!id) {
                           problems << QStringLiteral("%1: %2").arg(i).arg(error);
                       } else if (store.read(*id) != message) {
                           problems << QStringLiteral("%1: not complete when answered").arg(i);
                       }
                       ++stored;
                   });
    }
    QTRY_COMPARE_WITH_TIMEOUT(stored, count, 60000);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    QCOMPARE(store.list().size(), count);
    QVERIFY(QFileInfo(store.directory() + QStringLiteral("/journal")).size() <= journalCapacity);
}

// Two servers on one state directory (the desk's and a `serve`): the
// second keeps an extra journal of its own, removed when it stops; one
// left by a crash is restored from by the next start, then removed.
void TestMessageStore::twoServersOnOneDirectory()
{
    QTemporaryDir dir;
    const QString messages = dir.filePath(QStringLiteral("messages"));
    const auto journals = [&] { return QDir(messages).entryList({QStringLiteral("journal*")}, QDir::Files); };
    {
        MessageStore first(dir.path());
        MessageStore second(dir.path());
        QString error;
        QVERIFY2(first.open(&error), qPrintable(error));
        QVERIFY2(second.open(&error), qPrintable(error));
        QCOMPARE(journals().size(), 2);
        QObject context;
        int answered = 0;
        for (int i = 0; i < 40; ++i) {
            MessageStore &store = i % 2 ? second : first;
            store.save(envelopeFor(i), messageFor(i), &context,
                       [&](const std::optional<QString> &id, const QString &) { answered += id ? 1 : 0; });
        }
        QTRY_COMPARE_WITH_TIMEOUT(answered, 40, 30000);
    }
    QCOMPARE(journals(), QStringList{QStringLiteral("journal")});
    // A crashed second server's journal, its files lost.
    {
        MessageJournal crashed(QFile::encodeName(messages) + "/journal-4242-dead");
        std::vector<MessageJournal::Record> none;
        QString error;
        QVERIFY(crashed.open(&none, &error));
        const MessageJournal::Record record{"lost.eml", "{}\n" + messageFor(7), QByteArray()};
        QVERIFY(crashed.append({&record}));
    }
    MessageStore next(dir.path());
    QString error;
    QVERIFY2(next.open(&error), qPrintable(error));
    QCOMPARE(next.recoveredCount(), 1);
    QCOMPARE(next.list().size(), 41);
    QCOMPARE(journals(), QStringList{QStringLiteral("journal")});
}
#endif

QTEST_GUILESS_MAIN(TestMessageStore)
#include "tst_messagestore.moc"
