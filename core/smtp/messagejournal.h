#pragma once

#include <QByteArray>
#include <QString>

#include <atomic>
#include <vector>

namespace mt::smtp {

// The message store's write-ahead journal (Unix): one file, written ahead
// of the message files, that makes a whole round of accepted messages
// durable with one fdatasync(). Its space is written once (zeros) and then
// overwritten in place, so that fdatasync() flushes data only and never
// commits the file system's own journal, which is what made a sync per
// round cost as much as the messages themselves (docs/design.md,
// "Accepted messages").
//
// Layout: a header (magic, generation) in the first 4 KiB, then records,
// each a fixed header (magic, generation, name and content lengths, MD5 of
// all of it), the file name and its content. A record counts only with the
// current generation and a matching digest, so a torn last write and the
// records of earlier generations end the scan. reset() starts a new
// generation once every file the records stand for is durable by itself.
//
// Used from one thread at a time; not copyable.
class MessageJournal
{
public:
    struct Record
    {
        QByteArray name; // the message file's name, in the journal's directory
        QByteArray head; // the content is HEAD then BODY (the envelope line
        QByteArray body; // and the message), kept apart to save a copy
    };

    static constexpr qint64 defaultCapacity = qint64(64) << 20;

    // The journal at PATH, at most CAPACITY bytes (the file starts at 1 MiB
    // and doubles as needed).
    explicit MessageJournal(QByteArray path, qint64 capacity = defaultCapacity);
    ~MessageJournal();
    MessageJournal(const MessageJournal &) = delete;
    MessageJournal &operator=(const MessageJournal &) = delete;

    // Opens the journal, creating it, and locks it (flock()) for as long as
    // this object lives. UNFINISHED gets the records of the current
    // generation: the messages acknowledged since the last reset, whose
    // files a crash may have lost (record.head holds the content). False
    // also when another live process holds it: see heldElsewhere().
    bool open(std::vector<Record> *unfinished, QString *error);
    // After a failed open(): the journal is another running server's.
    bool heldElsewhere() const { return m_heldElsewhere; }
    // Deletes the journal's file (an extra one, once recovered).
    void remove();

    // The bytes RECORD takes in the journal.
    static qint64 sizeOf(const Record &record);
    // Bytes that can still be appended before a reset() is needed.
    qint64 room() const { return m_capacity - m_end; }
    // Whether RECORD fits at all, even in an empty journal.
    bool canEverHold(const Record &record) const;

    // Appends RECORDS (at most room() bytes) and makes them durable: one
    // fdatasync(). False with errno set when that failed; then nothing of
    // them counts as journalled.
    bool append(const std::vector<const Record *> &records);
    // Forgets every record: a new generation. Only once the files they
    // stand for are durable without the journal.
    bool reset();

    quint64 syncCount() const { return m_syncs.load(std::memory_order_relaxed); }

private:
    bool sync();
    bool grow(qint64 atLeast);
    bool writeHeader();

    QByteArray m_path;
    qint64 m_capacity;
    int m_fd = -1;
    bool m_heldElsewhere = false;
    quint32 m_generation = 0;
    qint64 m_size = 0; // of the file, all of it written
    qint64 m_end = 0;  // where the next record goes
    std::atomic<quint64> m_syncs{0};
};

} // namespace mt::smtp
