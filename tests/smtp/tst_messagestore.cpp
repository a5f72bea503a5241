// The message store's group commit: saves handed over together share one
// sync of the server's segment, each is answered only once it can be read
// back, in the order of the calls, and never after its context is gone;
// after a crash, every acknowledged message is there and a torn append is
// not; segments roll over when full; several servers on one directory see
// each other's messages. (Concurrent SMTP sessions on it: tst_smtpserver.)
#include "smtp/messagesegment.h"
#include "smtp/messagestore.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/resource.h>
#endif

using mt::smtp::Envelope;
using mt::smtp::MessageSegment;
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
    void whatACrashLeaves_data();
    void whatACrashLeaves();
    void segmentsRollOverWhenFull_data();
    void segmentsRollOverWhenFull();
    void twoServersOnOneDirectory();
    void aFailedWriteIsNotAcknowledged();
    void aSegmentSeenWhileBeingCreated();
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
    QObject context;
    // The first message also creates the server's segment (its file and
    // name synced); what follows is measured after it.
    bool warm = false;
    store.save(envelopeFor(-1), messageFor(-1), &context,
               [&](const std::optional<QString> &id, const QString &) { warm = id.has_value(); });
    QTRY_VERIFY_WITH_TIMEOUT(warm, 30000);
    const quint64 syncsBefore = store.syncCount();
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
                       // Answered, so readable, complete.
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
    QCOMPARE(stored.size(), count + 1);
    QCOMPARE(stored.first().envelope.token, envelopeFor(-1).token); // oldest first
    QCOMPARE(stored.last().envelope.token, envelopeFor(count - 1).token);
#ifdef Q_OS_LINUX
    const quint64 syncs = store.syncCount() - syncsBefore;
    if (count == 1) {
        QCOMPARE(syncs, 1u); // the segment's
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
}

#ifdef Q_OS_UNIX
void TestMessageStore::whatACrashLeaves_data()
{
    // A server that crashed after appending three messages (each
    // acknowledged once its append returned), its segment not sealed.
    // DAMAGE: what else happened to the segment; SEEN: the messages a
    // later store lists. Beside it: a legacy .eml file and a stray .seg
    // file that is no segment, both always there.
    QTest::addColumn<QString>("damage");
    QTest::addColumn<QString>("seen");
    QTest::newRow("nothing: zeros after the last record") << ""
                                                          << "012";
    QTest::newRow("last append torn") << "torn"
                                      << "01";
    QTest::newRow("last append cut short") << "short"
                                           << "01";
    QTest::newRow("garbage after the records") << "garbage"
                                               << "012";
    QTest::newRow("second record damaged") << "second"
                                           << "0";
}

void TestMessageStore::whatACrashLeaves()
{
    QFETCH(QString, damage);
    QFETCH(QString, seen);
    QTemporaryDir dir;
    const QString messages = dir.filePath(QStringLiteral("messages"));
    QVERIFY(QDir().mkpath(messages));
    const QByteArray path = QFile::encodeName(messages) + "/1-4242-1-dead" + MessageSegment::suffix;
    std::atomic<quint64> syncs{0};
    QList<qint64> starts; // of each record
    qint64 end = 0;
    {
        QString error;
        const auto segment = MessageSegment::create(path, MessageSegment::defaultCapacity, syncs, &error);
        QVERIFY2(segment, qPrintable(error));
        end = MessageSegment::defaultCapacity - segment->room();
        for (int i = 0; i < 3; ++i) {
            const Envelope envelope = envelopeFor(i);
            const MessageSegment::Record record{"m" + QByteArray::number(i),
                                                "{\"token\":\"" + envelope.token.toUtf8() + "\"}\n", messageFor(i)};
            starts << end;
            QVERIFY(segment->append({record}));
            end += MessageSegment::sizeOf(record);
        }
    } // not sealed: the crash
    QFile file(QFile::decodeName(path));
    QVERIFY(file.open(QIODevice::ReadWrite));
    if (damage == QLatin1String("torn") || damage == QLatin1String("second")) {
        // A byte of a record's message, as if its write was cut short.
        QVERIFY(file.seek((damage == QLatin1String("torn") ? starts.at(2) : starts.at(1)) + 50));
        QVERIFY(file.write("?", 1) == 1);
    } else if (damage == QLatin1String("short")) {
        QVERIFY(file.resize(end - 5));
    } else if (damage == QLatin1String("garbage")) {
        QVERIFY(file.seek(end));
        QVERIFY(file.write(QByteArray(100, '\xa5')) == 100);
    }
    file.close();
    QFile legacy(messages + QStringLiteral("/1699999999999-old-1.eml"));
    QVERIFY(legacy.open(QIODevice::WriteOnly));
    legacy.write("{\"token\":\"old\"}\n" + messageFor(9));
    legacy.close();
    QFile stray(messages + QStringLiteral("/notes") + QLatin1String(MessageSegment::suffix));
    QVERIFY(stray.open(QIODevice::WriteOnly));
    stray.write("not a segment\n");
    stray.close();

    MessageStore store(dir.path());
    QString error;
    QVERIFY2(store.open(&error), qPrintable(error));
    QStringList tokens;
    for (const MessageStore::Stored &stored : store.list()) {
        tokens << stored.envelope.token;
    }
    QStringList expected{QStringLiteral("old")};
    for (const QChar i : seen) {
        expected << envelopeFor(i.digitValue()).token;
    }
    QCOMPARE(tokens, expected);
    for (const QChar i : seen) {
        QCOMPARE(store.read(QStringLiteral("m") + i), messageFor(i.digitValue()));
    }
    QCOMPARE(store.read(QStringLiteral("1699999999999-old-1")), messageFor(9));
    QCOMPARE(store.read(QStringLiteral("m3")), std::nullopt);
}

void TestMessageStore::segmentsRollOverWhenFull_data()
{
    QTest::addColumn<qint64>("capacity");
    QTest::addColumn<int>("messageBytes");
    QTest::newRow("many rounds per segment") << qint64(1) << 100;  // 1 MiB: never full here
    QTest::newRow("full every few messages") << qint64(0) << 1000; // 8 KiB segments
    QTest::newRow("messages bigger than a segment") << qint64(0) << 20000;
}

void TestMessageStore::segmentsRollOverWhenFull()
{
    QFETCH(qint64, capacity);
    QFETCH(int, messageBytes);
    QTemporaryDir dir;
    const qint64 segmentCapacity = capacity > 0 ? (qint64(1) << 20) : 8 * 1024;
    const int count = 120;
    {
        MessageStore store(dir.path(), segmentCapacity);
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        QObject context;
        int stored = 0;
        QStringList problems;
        for (int i = 0; i < count; ++i) {
            const QByteArray message = messageFor(i) + QByteArray(messageBytes, char('a' + i % 26));
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
    }
    // Sealed when the store closed: no segment holds more than its
    // capacity, or than one message that is bigger.
    const QFileInfoList segments =
        QDir(dir.filePath(QStringLiteral("messages")))
            .entryInfoList({QLatin1Char('*') + QLatin1String(MessageSegment::suffix)}, QDir::Files);
    QVERIFY(capacity > 0 ? segments.size() == 1 : segments.size() > 10);
    for (const QFileInfo &segment : segments) {
        QVERIFY2(segment.size() <= std::max<qint64>(segmentCapacity, 4096 + 400 + messageBytes),
                 qPrintable(QString::number(segment.size())));
    }
    MessageStore reopened(dir.path());
    QCOMPARE(reopened.list().size(), count);
}

// Two servers on one state directory (the desk's and a `serve`): each
// appends to segments of its own, and each lists the other's messages as
// they come; a store that stored nothing leaves no file.
void TestMessageStore::twoServersOnOneDirectory()
{
    QTemporaryDir dir;
    const QString messages = dir.filePath(QStringLiteral("messages"));
    const auto segments = [&] {
        return QDir(messages).entryList({QLatin1Char('*') + QLatin1String(MessageSegment::suffix)}, QDir::Files);
    };
    {
        MessageStore first(dir.path());
        MessageStore second(dir.path());
        MessageStore idle(dir.path());
        QString error;
        QVERIFY2(first.open(&error), qPrintable(error));
        QVERIFY2(second.open(&error), qPrintable(error));
        QVERIFY2(idle.open(&error), qPrintable(error));
        QObject context;
        int answered = 0;
        for (int round = 0; round < 2; ++round) {
            for (int i = round * 20; i < round * 20 + 20; ++i) {
                MessageStore &store = i % 2 ? second : first;
                store.save(envelopeFor(i), messageFor(i), &context,
                           [&](const std::optional<QString> &id, const QString &) { answered += id ? 1 : 0; });
            }
            QTRY_COMPARE_WITH_TIMEOUT(answered, round * 20 + 20, 30000);
            for (const MessageStore *store : {&first, &second, &idle}) {
                QCOMPARE(store->list().size(), round * 20 + 20);
            }
        }
        QCOMPARE(segments().size(), 2);
        const auto theirs = first.list().at(1); // message 1, the second's
        QCOMPARE(theirs.envelope.token, envelopeFor(1).token);
        QCOMPARE(first.read(theirs.id), messageFor(1));
    }
    QCOMPARE(segments().size(), 2);
    MessageStore next(dir.path());
    QCOMPARE(next.list().size(), 40);
}

// A reader that lists while another server is creating its segment (the
// file there, its header not yet written) lists that segment's messages
// once they are in it.
void TestMessageStore::aSegmentSeenWhileBeingCreated()
{
    QTemporaryDir dir;
    const QString messages = dir.filePath(QStringLiteral("messages"));
    QVERIFY(QDir().mkpath(messages));
    const QString late = messages + QStringLiteral("/2-4242-1-new") + QLatin1String(MessageSegment::suffix);
    QFile creating(late);
    QVERIFY(creating.open(QIODevice::WriteOnly));
    creating.write(QByteArray(4096, '\0'));
    creating.close();
    const MessageStore reader(dir.path());
    QCOMPARE(reader.list().size(), 0);
    // The other server's segment as it is once written.
    QTemporaryDir elsewhere;
    const QByteArray written = QFile::encodeName(elsewhere.filePath(QStringLiteral("s.seg")));
    {
        std::atomic<quint64> syncs{0};
        QString error;
        const auto segment = MessageSegment::create(written, MessageSegment::defaultCapacity, syncs, &error);
        QVERIFY2(segment, qPrintable(error));
        const MessageSegment::Record record{"m1", "{\"token\":\"t1\"}\n", messageFor(1)};
        QVERIFY(segment->append({record}));
    }
    QFile source(QFile::decodeName(written));
    QVERIFY(source.open(QIODevice::ReadOnly));
    QVERIFY(creating.open(QIODevice::WriteOnly));
    creating.write(source.readAll());
    creating.close();
    const QList<MessageStore::Stored> listed = reader.list();
    QCOMPARE(listed.size(), 1);
    QCOMPARE(listed.first().envelope.token, QStringLiteral("t1"));
    QCOMPARE(reader.read(QStringLiteral("m1")), messageFor(1));
}

// A disk that refuses a write (here: the process's file size limit, as
// a full disk would): the messages of that round are answered with an
// error, never listed, and the next ones go to a new segment.
void TestMessageStore::aFailedWriteIsNotAcknowledged()
{
    QTemporaryDir dir;
    MessageStore store(dir.path());
    QString error;
    QVERIFY2(store.open(&error), qPrintable(error));
    std::signal(SIGXFSZ, SIG_IGN);
    rlimit normal = {};
    QCOMPARE(::getrlimit(RLIMIT_FSIZE, &normal), 0);
    rlimit small = normal;
    small.rlim_cur = 3 << 20;
    QCOMPARE(::setrlimit(RLIMIT_FSIZE, &small), 0);
    QObject context;
    QStringList acknowledged;
    int failed = 0;
    const auto saveOne = [&](int i) {
        std::optional<std::optional<QString>> answer;
        store.save(envelopeFor(i), messageFor(i) + QByteArray(200 * 1024, 'x'), &context,
                   [&](const std::optional<QString> &id, const QString &) { answer = id; });
        QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 30000);
        if (*answer) {
            acknowledged << **answer;
        } else {
            ++failed;
        }
    };
    for (int i = 0; i < 30; ++i) {
        saveOne(i);
    }
    QCOMPARE(::setrlimit(RLIMIT_FSIZE, &normal), 0);
    QVERIFY2(failed > 0, "the limit never bit");
    qInfo("%d of 30 refused", failed);
    QVERIFY(acknowledged.size() > 10);
    saveOne(99);
    QCOMPARE(acknowledged.last().endsWith(QLatin1String("-31")), true); // the 31st save: stored again
    QStringList listed;
    for (const MessageStore::Stored &stored : MessageStore(dir.path()).list()) {
        listed << stored.id;
    }
    std::sort(acknowledged.begin(), acknowledged.end());
    std::sort(listed.begin(), listed.end());
    QCOMPARE(listed, acknowledged);
}
#endif

QTEST_GUILESS_MAIN(TestMessageStore)
#include "tst_messagestore.moc"
