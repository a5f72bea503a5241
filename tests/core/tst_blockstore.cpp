// BlockStore announces what changes as values (blocked, unblocked with who
// and why), also when another process (`mailtriage-cli blocks`, a second
// server) changed the files, and gives its audit trail as values: no other
// class reads blocks.json or unblocks.log.
#include "policy/blockstore.h"
#include "policy/clock.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace mt;
using policy::BlockStore;

class TestBlockStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void blockIsAnnounced();
    void unblockIsAnnouncedAndAudited();
    void anotherProcessBlocksAndUnblocks();
    void auditTrail_data();
    void auditTrail();

private:
    BlockStore::Entry entry(const QString &ip) const
    {
        const qint64 now = m_clock.nowMs();
        return {ip, 11, now - 60 * 1000, now, now + 3600 * 1000, {}};
    }

    QTemporaryDir *m_dir = nullptr;
    policy::ManualClock m_clock;
};

void TestBlockStore::init()
{
    m_dir = new QTemporaryDir;
}

void TestBlockStore::cleanup()
{
    delete m_dir;
}

void TestBlockStore::blockIsAnnounced()
{
    BlockStore store(m_dir->path(), m_clock);
    QList<LocalizedText> messages;
    QVERIFY(store.open(&messages));
    QSignalSpy blocked(&store, &BlockStore::blocked);
    QVERIFY(store.block(entry(QStringLiteral("192.0.2.9"))));
    QCOMPARE(blocked.count(), 1);
    const auto announced = blocked.at(0).at(0).value<BlockStore::Entry>();
    QCOMPARE(announced.ip, QStringLiteral("192.0.2.9"));
    QCOMPARE(announced.failures, 11);
    QCOMPARE(announced.blockedUntilMs, m_clock.nowMs() + 3600 * 1000);
    QCOMPARE(store.activeBlocks().size(), 1);
}

void TestBlockStore::unblockIsAnnouncedAndAudited()
{
    BlockStore store(m_dir->path(), m_clock);
    QList<LocalizedText> messages;
    QVERIFY(store.open(&messages));
    QVERIFY(store.block(entry(QStringLiteral("192.0.2.9"))));
    QVERIFY(store.block(entry(QStringLiteral("192.0.2.10"))));
    QSignalSpy unblocked(&store, &BlockStore::unblocked);
    LocalizedText error;
    QVERIFY(store.unblock(QStringLiteral("192.0.2.9"), QStringLiteral("anna"), QStringLiteral("ticket 1"), &error));
    m_clock.advanceSeconds(60);
    QVERIFY(store.unblock(QStringLiteral("192.0.2.10"), QStringLiteral("piotr"), QStringLiteral("ticket 2"), &error));
    QCOMPARE(unblocked.count(), 2);
    const auto first = unblocked.at(0).at(0).value<BlockStore::AuditEntry>();
    QCOMPARE(first.ip, QStringLiteral("192.0.2.9"));
    QCOMPARE(first.who, QStringLiteral("anna"));
    QCOMPARE(first.reason, QStringLiteral("ticket 1"));
    QCOMPARE(first.failures, 11);
    // The trail says the same, newest first.
    const QList<BlockStore::AuditEntry> trail = store.auditTrail(&error);
    QVERIFY(error.isEmpty());
    QCOMPARE(trail.size(), 2);
    QCOMPARE(trail.at(0).who, QStringLiteral("piotr"));
    QCOMPARE(trail.at(0).timeMs, m_clock.nowMs());
    QCOMPARE(trail.at(1).who, QStringLiteral("anna"));
    QCOMPARE(trail.at(1).blockedUntilMs, first.blockedUntilMs);
    QVERIFY(!store.unblock(QStringLiteral("192.0.2.9"), QStringLiteral("anna"), QStringLiteral("again"), &error));
    QCOMPARE(unblocked.count(), 2);
}

void TestBlockStore::anotherProcessBlocksAndUnblocks()
{
    // The server's store and the one `mailtriage-cli blocks` opens.
    BlockStore server(m_dir->path(), m_clock);
    BlockStore cli(m_dir->path(), m_clock);
    QList<LocalizedText> messages;
    QVERIFY(server.open(&messages));
    QVERIFY(cli.open(&messages));
    QSignalSpy blocked(&server, &BlockStore::blocked);
    QSignalSpy unblocked(&server, &BlockStore::unblocked);

    QVERIFY(cli.block(entry(QStringLiteral("192.0.2.9"))));
    QCOMPARE(server.activeBlocks().size(), 1); // re-read on asking
    QCOMPARE(blocked.count(), 1);
    QCOMPARE(blocked.at(0).at(0).value<BlockStore::Entry>().ip, QStringLiteral("192.0.2.9"));

    LocalizedText error;
    QVERIFY(cli.unblock(QStringLiteral("192.0.2.9"), QStringLiteral("anna"), QStringLiteral("ticket 4711"), &error));
    QVERIFY(!server.isBlocked(QStringLiteral("192.0.2.9")));
    QCOMPARE(unblocked.count(), 1);
    const auto lifted = unblocked.at(0).at(0).value<BlockStore::AuditEntry>();
    QCOMPARE(lifted.ip, QStringLiteral("192.0.2.9"));
    QCOMPARE(lifted.who, QStringLiteral("anna"));
    QCOMPARE(lifted.reason, QStringLiteral("ticket 4711"));
    QCOMPARE(blocked.count(), 1); // nothing new was blocked
}

void TestBlockStore::auditTrail_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QStringList>("who");        // per line, newest first; "?" for a damaged line
    QTest::addColumn<QStringList>("unreadable"); // the damaged lines as they are
    QTest::newRow("no trail yet") << QByteArray() << QStringList() << QStringList();
    QTest::newRow("two unblocks")
        << QByteArray(R"({"time":"2026-11-23T12:00:00.000Z","ip":"192.0.2.9","by":"anna","reason":"t1",)"
                      R"("failures":11,"blocked_until":"2026-11-23T12:30:00.000Z"})"
                      "\n"
                      R"({"time":"2026-11-23T13:00:00.000Z","ip":"192.0.2.10","by":"piotr","reason":"t2"})"
                      "\n")
        << QStringList{QStringLiteral("piotr"), QStringLiteral("anna")} << QStringList();
    QTest::newRow("a damaged line is kept")
        << QByteArray(R"({"time":"2026-11-23T12:00:00.000Z","ip":"192.0.2.9","by":"anna","reason":"t1"})"
                      "\n{half a line\n\n")
        << QStringList{QStringLiteral("?"), QStringLiteral("anna")} << QStringList{QStringLiteral("{half a line")};
    QTest::newRow("an object without an address") << QByteArray(R"({"by":"anna"})") << QStringList{QStringLiteral("?")}
                                                  << QStringList{QStringLiteral(R"({"by":"anna"})")};
}

void TestBlockStore::auditTrail()
{
    QFETCH(QByteArray, file);
    QFETCH(QStringList, who);
    QFETCH(QStringList, unreadable);
    BlockStore store(m_dir->path(), m_clock);
    if (!file.isEmpty()) {
        QFile trail(store.auditPath());
        QVERIFY(trail.open(QIODevice::WriteOnly));
        trail.write(file);
    }
    LocalizedText error;
    const QList<BlockStore::AuditEntry> entries = store.auditTrail(&error);
    QVERIFY(error.isEmpty());
    QStringList gotWho;
    QStringList gotUnreadable;
    for (const BlockStore::AuditEntry &entry : entries) {
        gotWho << (entry.unreadable.isEmpty() ? entry.who : QStringLiteral("?"));
        if (!entry.unreadable.isEmpty()) {
            gotUnreadable << entry.unreadable;
        }
    }
    QCOMPARE(gotWho, who);
    QCOMPARE(gotUnreadable, unreadable);
}

QTEST_GUILESS_MAIN(TestBlockStore)
#include "tst_blockstore.moc"
