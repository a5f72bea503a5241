#pragma once

#include <QByteArray>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <vector>

namespace mt::smtp {

// Where accepted messages live (Unix): an append-only file of records, one
// per message, that one server writes and any process reads. A round of
// messages is appended with one write and made durable with one
// fdatasync(); no file is created per message, so a message costs the
// file system no inode, directory entry or metadata commit (docs/design.md,
// "Accepted messages"). The file's space is written (zeros) ahead of the
// records, so that fdatasync() flushes data only.
//
// Layout: a 4 KiB header (magic), then records, each a fixed header (magic,
// the lengths of id, envelope line and message, a CRC-32 of all of it),
// the id, the envelope line and the message. A record counts only with a
// matching checksum, so a torn append (never acknowledged) ends a scan, as
// do the zeros after the last record.
//
// The writing side is used from one thread at a time; not copyable.
class MessageSegment
{
public:
    struct Record
    {
        QByteArray id;
        QByteArray head; // the envelope line
        QByteArray body; // the message as received
    };
    // A record as a scan finds it: where its message lies in the file.
    struct Entry
    {
        QByteArray id;
        QByteArray head;
        qint64 bodyOffset = 0;
        qint64 bodySize = 0;
    };

    static constexpr qint64 defaultCapacity = qint64(64) << 20;
    static constexpr char suffix[] = ".seg";

    ~MessageSegment();
    MessageSegment(const MessageSegment &) = delete;
    MessageSegment &operator=(const MessageSegment &) = delete;

    // A new segment at PATH (which must not exist) that takes up to
    // CAPACITY bytes: its first MiB written and, with its name, durable.
    // Every disk sync it makes is counted in SYNCS.
    static std::unique_ptr<MessageSegment> create(const QByteArray &path, qint64 capacity, std::atomic<quint64> &syncs,
                                                  QString *error);

    // The bytes RECORD takes in a segment.
    static qint64 sizeOf(const Record &record);
    // What a segment of CAPACITY needs to hold a record of BYTES.
    static qint64 capacityFor(qint64 bytes, qint64 capacity);
    // Bytes that can still be appended.
    qint64 room() const { return m_capacity - m_end; }
    bool isEmpty() const;
    QByteArray path() const { return m_path; }

    // Appends RECORDS (at most room() bytes) and makes them durable: one
    // fdatasync(). False with errno set when that failed; then none of
    // them counts as stored.
    bool append(const std::vector<Record> &records);
    // No more records: the zeros after the last one go.
    bool seal();
    // Deletes the file (a segment that got no record).
    void remove();

    // Reads the records of the segment file FD from FROM (0: the start) to
    // its end or the first one that is incomplete or damaged, handing each
    // to FOUND; returns where the scan stopped (where the next one starts:
    // a writer may still be appending; 0 for a segment still being
    // created), or -1 when FD is no segment.
    static qint64 scan(int fd, qint64 from, const std::function<void(Entry &&)> &found);

private:
    MessageSegment(QByteArray path, qint64 capacity, std::atomic<quint64> &syncs);
    bool sync();
    bool grow(qint64 atLeast);

    QByteArray m_path;
    qint64 m_capacity;
    int m_fd = -1;
    qint64 m_size = 0; // of the file, all of it written
    qint64 m_end = 0;  // where the next record goes
    std::atomic<quint64> &m_syncs;
};

} // namespace mt::smtp
