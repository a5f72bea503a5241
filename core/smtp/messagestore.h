#pragma once

#include "smtp/messagesegment.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QThread>

#include <atomic>
#include <deque>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace mt::smtp {

// Who sent a message to whom, as the server saw it.
struct Envelope
{
    QString sender;
    QStringList recipients;
    QString clientIp;
    QString login;
    QString token;
    qint64 receivedMs = 0;
};

// Accepted messages, kept and never relayed. On Unix each server appends
// them to segment files of its own, DIR/messages/*.seg (MessageSegment:
// no file per message); elsewhere, and before, one file per message,
// DIR/messages/ID.eml, its first line the envelope as JSON. list() and
// read() see both, and the messages of every server on the directory.
//
// save() is asynchronous, with group commit: one writer thread appends
// every message handed to it while its previous round ran, makes them all
// durable with one fdatasync(), then answers each on its caller's thread.
// An answer with an id means the message is on disk for good: a message
// acknowledged with 250 survives a crash.
class MessageStore
{
public:
    struct Stored
    {
        QString id;
        Envelope envelope;
        qint64 size = 0;
    };
    // The new message's id, or nullopt and why not.
    using Saved = std::function<void(const std::optional<QString> &id, const QString &error)>;

    // SEGMENT_CAPACITY: the most a segment may grow to before the next
    // one starts.
    explicit MessageStore(const QString &stateDir, qint64 segmentCapacity = defaultSegmentCapacity);
    // Finishes the messages handed over and stops the writer thread.
    ~MessageStore();
    MessageStore(const MessageStore &) = delete;
    MessageStore &operator=(const MessageStore &) = delete;

    static constexpr qint64 defaultSegmentCapacity = qint64(64) << 20;

    // Creates the directory.
    bool open(QString *error);
    // Stores MESSAGE under ENVELOPE; DONE runs on this store's thread once
    // the message is durable (or failed), unless CONTEXT is gone by then.
    // Answers come in the order of the calls.
    void save(const Envelope &envelope, const QByteArray &message, QObject *context, Saved done);
    // Every stored message, oldest first (by id); only what was added
    // since the last call is read from disk. Any thread.
    QList<Stored> list() const;
    // The message as received (without the envelope). Any thread.
    std::optional<QByteArray> read(const QString &id, Envelope *envelope = nullptr) const;

    QString directory() const { return m_dir; }
    // Disk syncs (fdatasync, fsync calls) made so far: with group commit,
    // far fewer than the messages saved when many arrive together.
    quint64 syncCount() const { return m_syncs.load(std::memory_order_relaxed); }

private:
    struct Job
    {
        QString id;
        Envelope envelope;
        QByteArray message;
        bool ok = false;
        QString error;
    };
    struct Result
    {
        QString id;
        bool ok = false;
        QString error;
    };
    struct Waiter
    {
        QPointer<QObject> context;
        Saved done;
    };
    // Where a stored message lies: in FILE (a segment or an .eml) at OFFSET.
    struct Indexed
    {
        Stored stored;
        QString file;
        qint64 offset = 0;
    };

    void drainQueue(); // writer thread
    // Writes BATCH and makes it durable; sets each job's outcome. Writer thread.
    void commitRound(std::vector<Job> &batch);
    void deliver(const QList<Result> &results);
#ifdef Q_OS_UNIX
    // Appends JOBS to the current segment with one sync.
    void appendToSegment(const std::vector<Job *> &jobs, const std::vector<MessageSegment::Record> &records);
    // A new current segment that can take a record of BYTES.
    bool startSegment(qint64 bytes, QString *error);
    void closeSegment();
#endif
    // Reads what was stored since the last call into the index. m_indexMutex held.
    void updateIndex() const;

    QString m_dir;
    quint64 m_sequence = 0;
    std::deque<Waiter> m_waiters; // this thread's, in the order of save()

    QMutex m_mutex;
    std::vector<Job> m_queue; // guarded by m_mutex
    bool m_writing = false;   // guarded by m_mutex: the writer has been woken and not yet drained the queue

    qint64 m_segmentCapacity;
#ifdef Q_OS_UNIX
    std::unique_ptr<MessageSegment> m_segment; // the writer's
    int m_segments = 0;                        // created by this store
#endif
    std::atomic<quint64> m_syncs{0};

    mutable QMutex m_indexMutex;
    mutable std::vector<Indexed> m_index;       // in the order read
    mutable QHash<QString, qsizetype> m_byId;   // into m_index
    mutable QHash<QString, qint64> m_scannedTo; // file name: where the next read starts

    QThread m_thread;
    QObject m_writer; // lives in m_thread: what it runs runs there
    QObject m_home;   // lives in this thread: answers come through it
};

} // namespace mt::smtp
