#pragma once

#include "smtp/messagejournal.h"

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

// Accepted messages, kept and never relayed: one file per message in
// DIR/messages, its first line the envelope as JSON.
//
// save() is asynchronous, with group commit: one writer thread writes the
// files and makes every message handed to it while its previous sync ran
// durable with one sync of a write-ahead journal (MessageJournal, see
// commitRound()), then answers each on its caller's thread. An answer with
// an id means the message is on disk for good: a message acknowledged
// with 250 survives a crash (open() restores its file from the journal).
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

    // JOURNAL_CAPACITY: the most the write-ahead journal may grow to before
    // its messages are synced by themselves and it starts over.
    explicit MessageStore(const QString &stateDir, qint64 journalCapacity = MessageJournal::defaultCapacity);
    // Finishes the messages handed over and stops the writer thread.
    ~MessageStore();
    MessageStore(const MessageStore &) = delete;
    MessageStore &operator=(const MessageStore &) = delete;

    // Creates the directory, and restores every message the journal holds
    // that a crash lost (or left incomplete) in it.
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
    quint64 syncCount() const;
    // Messages open() restored from the journal.
    int recoveredCount() const { return m_recovered; }

private:
    struct Job
    {
        QString id;
        Envelope envelope;
        QByteArray message;
        MessageJournal::Record record; // the file's name and content
        QByteArray path;
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
    // Writes BATCH and makes it durable; sets each job's outcome. Writer thread.
    void commitRound(std::vector<Job> &batch);
    void deliver(const QList<Result> &results);
#ifdef Q_OS_UNIX
    // Journals JOBS with one sync, then writes each to its file.
    void commitJournalled(const std::vector<Job *> &jobs);
    // Writes JOB's file (and syncs it if SYNC); sets its outcome.
    bool writeFile(Job &job, bool sync);
    // Makes every message file durable by itself, then empties the journal.
    bool checkpoint();
    bool recover(const std::vector<MessageJournal::Record> &unfinished, QString *error);
    bool syncData(int fd); // counted, as is syncDirectory()
    bool syncDirectory();
#endif

    QString m_dir;
    quint64 m_sequence = 0;
    std::deque<Waiter> m_waiters; // this thread's, in the order of save()

    QMutex m_mutex;
    std::vector<Job> m_queue; // guarded by m_mutex
    bool m_writing = false;   // guarded by m_mutex: the writer has been woken and not yet drained the queue

    qint64 m_journalCapacity;
    int m_dirFd = -1; // the writer's, kept open to sync the directory
#ifdef Q_OS_UNIX
    std::unique_ptr<MessageJournal> m_journal; // set by open(), then the writer's
    bool m_extraJournal = false;               // not "journal": another server holds that
#endif
    int m_recovered = 0;
    std::atomic<quint64> m_syncs{0};

    QThread m_thread;
    QObject m_writer; // lives in m_thread: what it runs runs there
    QObject m_home;   // lives in this thread: answers come through it
};

} // namespace mt::smtp
