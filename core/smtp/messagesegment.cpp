#include "smtp/messagesegment.h"

#ifdef Q_OS_UNIX

#include <QtEndian>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

namespace mt::smtp {

namespace {

constexpr char fileMagic[8] = {'M', 'T', 'S', 'E', 'G', 'M', 'T', '1'};
constexpr quint32 recordMagic = 0x524d544d; // "MTMR"
constexpr qint64 headerSize = 4096;         // the file's header has a block of its own
constexpr qint64 fixedSize = 20;            // of a record: magic, three lengths, CRC-32
constexpr qint64 initialSize = qint64(1) << 20;
constexpr qint64 scanChunk = qint64(4) << 20;

bool writeFully(int fd, const char *data, qint64 size, qint64 offset)
{
    while (size > 0) {
        const ssize_t written = ::pwrite(fd, data, size_t(size), off_t(offset));
        if (written < 0) {
            if (errno == EINTR) {
                continue;
            }
            return false;
        }
        data += written;
        size -= written;
        offset += written;
    }
    return true;
}

// Up to SIZE bytes at OFFSET (fewer at the end of the file).
qint64 readUpTo(int fd, char *data, qint64 size, qint64 offset)
{
    qint64 total = 0;
    while (total < size) {
        const ssize_t got = ::pread(fd, data + total, size_t(size - total), off_t(offset + total));
        if (got < 0 && errno == EINTR) {
            continue;
        }
        if (got <= 0) {
            break;
        }
        total += got;
    }
    return total;
}

// Of the record's first 16 bytes and its data: enough to tell a torn or
// partly written record (not a defence against tampering), at a fraction of
// a cryptographic hash's cost.
quint32 checksum(const char *fixed, QByteArrayView id, QByteArrayView head, QByteArrayView body)
{
    uLong crc = crc32(0L, Z_NULL, 0);
    for (const QByteArrayView part : {QByteArrayView(fixed, 16), id, head, body}) {
        crc = crc32(crc, reinterpret_cast<const Bytef *>(part.data()), uInt(part.size()));
    }
    return quint32(crc);
}

QString errorText(const QByteArray &path, const char *what)
{
    return QStringLiteral("%1 %2: %3")
        .arg(QLatin1String(what), QString::fromLocal8Bit(path), QString::fromLocal8Bit(std::strerror(errno)));
}

} // namespace

MessageSegment::MessageSegment(QByteArray path, qint64 capacity, std::atomic<quint64> &syncs)
    : m_path(std::move(path))
    , m_capacity(capacity)
    , m_end(headerSize)
    , m_syncs(syncs)
{}

MessageSegment::~MessageSegment()
{
    if (m_fd >= 0) {
        ::close(m_fd);
    }
}

qint64 MessageSegment::sizeOf(const Record &record)
{
    return fixedSize + record.id.size() + record.head.size() + record.body.size();
}

qint64 MessageSegment::capacityFor(qint64 bytes, qint64 capacity)
{
    return std::max(capacity, headerSize + bytes);
}

bool MessageSegment::isEmpty() const
{
    return m_end == headerSize;
}

std::unique_ptr<MessageSegment> MessageSegment::create(const QByteArray &path, qint64 capacity,
                                                       std::atomic<quint64> &syncs, QString *error)
{
    std::unique_ptr<MessageSegment> segment(
        new MessageSegment(path, std::max(capacity, headerSize + fixedSize), syncs));
    segment->m_fd = ::open(path.constData(), O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    // Its space written out once, so that appends only overwrite; its name
    // made durable before the first message counts on it.
    const int directory = ::open(path.left(path.lastIndexOf('/') + 1).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    const bool created = segment->m_fd >= 0 && segment->grow(std::min(initialSize, segment->m_capacity)) &&
                         writeFully(segment->m_fd, fileMagic, sizeof fileMagic, 0) && segment->sync() &&
                         directory >= 0 &&
                         (segment->m_syncs.fetch_add(1, std::memory_order_relaxed), ::fsync(directory) == 0);
    if (directory >= 0) {
        ::close(directory);
    }
    if (!created) {
        *error = errorText(path, "cannot create");
        if (segment->m_fd >= 0) {
            segment->remove();
        }
        return nullptr;
    }
    return segment;
}

bool MessageSegment::append(const std::vector<Record> &records)
{
    qint64 total = 0;
    for (const Record &record : records) {
        total += sizeOf(record);
    }
    if (total > room()) {
        errno = ENOSPC;
        return false;
    }
    if (m_end + total > m_size && !grow(m_end + total)) {
        return false;
    }
    QByteArray buffer;
    buffer.reserve(total);
    for (const Record &record : records) {
        char fixed[fixedSize];
        qToLittleEndian<quint32>(recordMagic, fixed);
        qToLittleEndian<quint32>(quint32(record.id.size()), fixed + 4);
        qToLittleEndian<quint32>(quint32(record.head.size()), fixed + 8);
        qToLittleEndian<quint32>(quint32(record.body.size()), fixed + 12);
        qToLittleEndian<quint32>(checksum(fixed, record.id, record.head, record.body), fixed + 16);
        buffer.append(fixed, fixedSize).append(record.id).append(record.head).append(record.body);
    }
    // A failed append leaves m_end where it was: the next one overwrites
    // it (the messages were not acknowledged).
    if (!writeFully(m_fd, buffer.constData(), buffer.size(), m_end) || !sync()) {
        return false;
    }
    m_end += total;
    return true;
}

bool MessageSegment::seal()
{
    if (m_size == m_end) {
        return true;
    }
    // Only zeros go, which a scan never counts: no sync needed for them.
    if (::ftruncate(m_fd, off_t(m_end)) != 0) {
        return false;
    }
    m_size = m_end;
    return true;
}

void MessageSegment::remove()
{
    ::unlink(m_path.constData());
}

bool MessageSegment::sync()
{
    m_syncs.fetch_add(1, std::memory_order_relaxed);
    return ::fdatasync(m_fd) == 0;
}

bool MessageSegment::grow(qint64 atLeast)
{
    // Doubling: a growth changes the file's size, which costs the file
    // system a metadata write at the next fdatasync(); it happens a few
    // times in the segment's life, not once a round.
    const qint64 target = std::min(m_capacity, std::max({atLeast, m_size * 2, headerSize + fixedSize}));
    static const QByteArray zeros(64 * 1024, '\0');
    for (qint64 offset = m_size; offset < target; offset += zeros.size()) {
        if (!writeFully(m_fd, zeros.constData(), std::min<qint64>(zeros.size(), target - offset), offset)) {
            return false;
        }
    }
    m_size = std::max(m_size, target);
    return true;
}

qint64 MessageSegment::scan(int fd, qint64 from, const std::function<void(Entry &&)> &found)
{
    struct stat status = {};
    if (::fstat(fd, &status) != 0) {
        return -1;
    }
    const qint64 size = status.st_size;
    if (from < headerSize) {
        char magic[sizeof fileMagic] = {};
        readUpTo(fd, magic, sizeof magic, 0);
        if (std::memcmp(magic, fileMagic, sizeof magic) != 0) {
            // Empty or zeros: a segment being created; look again later.
            const bool creating = std::all_of(std::begin(magic), std::end(magic), [](char c) { return c == 0; });
            return creating ? 0 : -1;
        }
        from = headerSize;
    }
    // Read in chunks of several records; a record that does not fit is
    // read by itself.
    QByteArray chunk;
    qint64 chunkStart = from;
    qint64 offset = from;
    while (offset + fixedSize <= size) {
        if (offset + fixedSize > chunkStart + chunk.size()) {
            chunkStart = offset;
            chunk.resize(std::min(scanChunk, size - offset));
            chunk.resize(readUpTo(fd, chunk.data(), chunk.size(), offset));
            if (chunk.size() < fixedSize) {
                break;
            }
        }
        const char *fixed = chunk.constData() + (offset - chunkStart);
        if (qFromLittleEndian<quint32>(fixed) != recordMagic) {
            break; // the zeros after the last record, or not ours
        }
        const qint64 idSize = qFromLittleEndian<quint32>(fixed + 4);
        const qint64 headSize = qFromLittleEndian<quint32>(fixed + 8);
        const qint64 bodySize = qFromLittleEndian<quint32>(fixed + 12);
        const qint64 total = fixedSize + idSize + headSize + bodySize;
        if (offset + total > size) {
            break;
        }
        if (offset + total > chunkStart + chunk.size()) {
            chunkStart = offset;
            chunk.resize(std::max(total, std::min(scanChunk, size - offset)));
            chunk.resize(readUpTo(fd, chunk.data(), chunk.size(), offset));
            if (chunk.size() < total) {
                break;
            }
            fixed = chunk.constData();
        }
        const QByteArrayView id(fixed + fixedSize, idSize);
        const QByteArrayView head(id.end(), headSize);
        const QByteArrayView body(head.end(), bodySize);
        if (checksum(fixed, id, head, body) != qFromLittleEndian<quint32>(fixed + 16)) {
            break; // torn: that append did not finish (or is still under way)
        }
        found(Entry{id.toByteArray(), head.toByteArray(), offset + fixedSize + idSize + headSize, bodySize});
        offset += total;
    }
    return offset;
}

} // namespace mt::smtp

#endif // Q_OS_UNIX
