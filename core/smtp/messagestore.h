#pragma once

#include <QByteArray>
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

// Accepted messages, kept and never relayed: one file per message in
// DIR/messages, its first line the envelope as JSON.
//
// save() is asynchronous, with group commit: one writer thread writes the
// files and makes every message handed to it while its previous sync ran
// durable with one sync (see commitRound()), then answers each on its
// caller's thread. An answer with an id means the message's data and
// its name are on disk, so a message acknowledged with 250 after it
// survives a crash; a file under its final name is always complete.
class MessageStore
{
public:
    struct Stored
    {
        QString id; // the file name
        Envelope envelope;
        qint64 size = 0;
    };
    // The new message's id, or nullopt and why not.
    using Saved = std::function<void(const std::optional<QString> &id, const QString &error)>;

    explicit MessageStore(const QString &stateDir);
    // Finishes the messages handed over and stops the writer thread.
    ~MessageStore();
    MessageStore(const MessageStore &) = delete;
    MessageStore &operator=(const MessageStore &) = delete;

    bool open(QString *error);
    // Stores MESSAGE under ENVELOPE; DONE runs on this store's thread once
    // the message is durable (or failed), unless CONTEXT is gone by then.
    // Answers come in the order of the calls.
    void save(const Envelope &envelope, const QByteArray &message, QObject *context, Saved done);
    QList<Stored> list() const;
    // The message as received (without the envelope line).
    std::optional<QByteArray> read(const QString &id, Envelope *envelope = nullptr) const;

    QString directory() const { return m_dir; }
    // Disk syncs (syncfs, fsync, fdatasync calls) made so far: with group
    // commit, far fewer than the messages saved when many arrive together.
    quint64 syncCount() const { return m_syncs.load(std::memory_order_relaxed); }

private:
    struct Job
    {
        QString id;
        Envelope envelope;
        QByteArray message;
        QByteArray path;      // the final one
        bool written = false; // as NAME.tmp, its data synced
        bool renamed = false; // to NAME, not yet known to be durable
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

    void drainQueue(); // writer thread
    // Writes BATCH and makes PREVIOUS (written and renamed the round before)
    // durable; sets each job's outcome. Writer thread.
    void commitRound(std::vector<Job> &previous, std::vector<Job> &batch);
    void deliver(const QList<Result> &results);
#ifdef Q_OS_UNIX
    bool syncData(int fd); // counted, as is syncDirectory()
    bool syncDirectory();
#endif

    QString m_dir;
    quint64 m_sequence = 0;
    std::deque<Waiter> m_waiters; // this thread's, in the order of save()

    QMutex m_mutex;
    std::vector<Job> m_queue; // guarded by m_mutex
    bool m_writing = false;   // guarded by m_mutex: the writer has been woken and not yet drained the queue

    int m_dirFd = -1; // the writer's, kept open to sync the directory
    std::atomic<quint64> m_syncs{0};

    QThread m_thread;
    QObject m_writer; // lives in m_thread: what it runs runs there
    QObject m_home;   // lives in this thread: answers come through it
};

} // namespace mt::smtp
