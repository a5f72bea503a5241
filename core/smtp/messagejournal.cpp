#include "smtp/messagejournal.h"

#ifdef Q_OS_UNIX

#include <QCryptographicHash>
#include <QtEndian>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace mt::smtp {

namespace {

constexpr char fileMagic[8] = {'M', 'T', 'J', 'O', 'U', 'R', 'N', '1'};
constexpr quint32 recordMagic = 0x524a544d; // "MTJR"
constexpr qint64 headerSize = 4096;         // the file's header has a block of its own
constexpr qint64 fixedSize = 32;            // of a record: magic, generation, two lengths, MD5
constexpr qint64 initialSize = qint64(1) << 20;

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

bool readFully(int fd, char *data, qint64 size, qint64 offset)
{
    while (size > 0) {
        const ssize_t got = ::pread(fd, data, size_t(size), off_t(offset));
        if (got < 0 && errno == EINTR) {
            continue;
        }
        if (got <= 0) {
            return false;
        }
        data += got;
        size -= got;
        offset += got;
    }
    return true;
}

QByteArray digest(const char *fixed, const MessageJournal::Record &record)
{
    QCryptographicHash hash(QCryptographicHash::Md5);
    hash.addData(QByteArrayView(fixed, 16));
    hash.addData(record.name);
    hash.addData(record.head);
    hash.addData(record.body);
    return hash.result();
}

QString errorText(const QByteArray &path, const char *what)
{
    return QStringLiteral("%1 %2: %3")
        .arg(QLatin1String(what), QString::fromLocal8Bit(path), QString::fromLocal8Bit(std::strerror(errno)));
}

} // namespace

MessageJournal::MessageJournal(QByteArray path, qint64 capacity)
    : m_path(std::move(path))
    , m_capacity(std::max(capacity, headerSize + fixedSize))
{}

MessageJournal::~MessageJournal()
{
    if (m_fd >= 0) {
        ::close(m_fd);
    }
}

qint64 MessageJournal::sizeOf(const Record &record)
{
    return fixedSize + record.name.size() + record.head.size() + record.body.size();
}

bool MessageJournal::canEverHold(const Record &record) const
{
    return sizeOf(record) <= m_capacity - headerSize;
}

bool MessageJournal::open(std::vector<Record> *unfinished, QString *error)
{
    m_fd = ::open(m_path.constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (m_fd >= 0 && ::flock(m_fd, LOCK_EX | LOCK_NB) != 0 && errno == EWOULDBLOCK) {
        m_heldElsewhere = true;
        *error = QStringLiteral("%1 is in use by another server").arg(QString::fromLocal8Bit(m_path));
        return false;
    }
    struct stat status = {};
    if (m_fd < 0 || ::fstat(m_fd, &status) != 0) {
        *error = errorText(m_path, "cannot open");
        return false;
    }
    if (status.st_size < headerSize) {
        // New (or its creation was cut short): its space written out once,
        // so that appends only overwrite; its name made durable.
        m_generation = 1;
        m_end = headerSize;
        const int directory =
            ::open(m_path.left(m_path.lastIndexOf('/') + 1).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        const bool created = grow(std::min(initialSize, m_capacity)) && writeHeader() && sync() && directory >= 0 &&
                             (m_syncs.fetch_add(1, std::memory_order_relaxed), ::fsync(directory) == 0);
        if (directory >= 0) {
            ::close(directory);
        }
        if (!created) {
            *error = errorText(m_path, "cannot create");
        }
        return created;
    }
    m_size = status.st_size;
    m_capacity = std::max(m_capacity, m_size);
    char header[16];
    if (!readFully(m_fd, header, sizeof header, 0) || std::memcmp(header, fileMagic, sizeof fileMagic) != 0) {
        *error = QStringLiteral("%1 is not a MailTriage message journal").arg(QString::fromLocal8Bit(m_path));
        return false;
    }
    m_generation = qFromLittleEndian<quint32>(header + 8);
    qint64 offset = headerSize;
    while (offset + fixedSize <= m_size) {
        char fixed[fixedSize];
        if (!readFully(m_fd, fixed, fixedSize, offset) || qFromLittleEndian<quint32>(fixed) != recordMagic ||
            qFromLittleEndian<quint32>(fixed + 4) != m_generation) {
            break;
        }
        const qint64 nameSize = qFromLittleEndian<quint32>(fixed + 8);
        const qint64 contentSize = qFromLittleEndian<quint32>(fixed + 12);
        if (offset + fixedSize + nameSize + contentSize > m_size) {
            break;
        }
        Record record;
        record.name.resize(nameSize);
        record.head.resize(contentSize);
        if (!readFully(m_fd, record.name.data(), nameSize, offset + fixedSize) ||
            !readFully(m_fd, record.head.data(), contentSize, offset + fixedSize + nameSize) ||
            digest(fixed, record) != QByteArrayView(fixed + 16, 16)) {
            break; // torn: the last append did not finish
        }
        unfinished->push_back(std::move(record));
        offset += fixedSize + nameSize + contentSize;
    }
    m_end = offset;
    return true;
}

void MessageJournal::remove()
{
    ::unlink(m_path.constData());
}

bool MessageJournal::append(const std::vector<const Record *> &records)
{
    qint64 total = 0;
    for (const Record *record : records) {
        total += sizeOf(*record);
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
    for (const Record *record : records) {
        char fixed[fixedSize];
        qToLittleEndian<quint32>(recordMagic, fixed);
        qToLittleEndian<quint32>(m_generation, fixed + 4);
        qToLittleEndian<quint32>(quint32(record->name.size()), fixed + 8);
        qToLittleEndian<quint32>(quint32(record->head.size() + record->body.size()), fixed + 12);
        std::memcpy(fixed + 16, digest(fixed, *record).constData(), 16);
        buffer.append(fixed, fixedSize).append(record->name).append(record->head).append(record->body);
    }
    // A failed append leaves m_end where it was: the next one overwrites
    // it (the messages were not acknowledged).
    if (!writeFully(m_fd, buffer.constData(), buffer.size(), m_end) || !sync()) {
        return false;
    }
    m_end += total;
    return true;
}

bool MessageJournal::reset()
{
    ++m_generation;
    if (!writeHeader() || !sync()) {
        return false;
    }
    m_end = headerSize;
    return true;
}

bool MessageJournal::sync()
{
    m_syncs.fetch_add(1, std::memory_order_relaxed);
    return ::fdatasync(m_fd) == 0;
}

bool MessageJournal::grow(qint64 atLeast)
{
    // Doubling: a growth changes the file's size, which costs the file
    // system a journal commit at the next fdatasync(); it happens a few
    // times in the journal's life, not once a round.
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

bool MessageJournal::writeHeader()
{
    char header[16] = {};
    std::memcpy(header, fileMagic, sizeof fileMagic);
    qToLittleEndian<quint32>(m_generation, header + 8);
    return writeFully(m_fd, header, sizeof header, 0);
}

} // namespace mt::smtp

#endif // Q_OS_UNIX
