#include "messagestore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSaveFile>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/uio.h>
#include <unistd.h>
#endif

namespace mt::smtp {

namespace {

// TEXT as a JSON string (RFC 8259 7).
void appendJsonString(QByteArray &out, const QString &text)
{
    static const char hex[] = "0123456789abcdef";
    out += '"';
    for (const char c : text.toUtf8()) {
        const auto byte = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (byte < 0x20) {
            out += "\\u00";
            out += hex[byte >> 4];
            out += hex[byte & 15];
        } else {
            out += c;
        }
    }
    out += '"';
}

// MS as Qt::ISODateWithMs writes it in UTC ("2023-11-14T22:13:20.000Z"),
// the date and time formatted once a second: this runs for every message.
QByteArray isoDateWithMs(qint64 ms)
{
    thread_local qint64 second = -1;
    thread_local QByteArray text;
    if (ms / 1000 != second) {
        second = ms / 1000;
        text = QDateTime::fromMSecsSinceEpoch(second * 1000, Qt::UTC).toString(Qt::ISODate).toLatin1();
        text.chop(1); // the Z
    }
    const int rest = int(ms % 1000);
    return text + '.' + char('0' + rest / 100) + char('0' + rest / 10 % 10) + char('0' + rest % 10) + 'Z';
}

// The envelope as one line of JSON, keys in the order QJsonDocument writes
// them; written by hand, as QJsonObject costs more than the file's write.
QByteArray envelopeLine(const Envelope &envelope)
{
    QByteArray line;
    line.reserve(200);
    line += "{\"client_ip\":";
    appendJsonString(line, envelope.clientIp);
    line += ",\"login\":";
    appendJsonString(line, envelope.login);
    line += ",\"received\":\"" + isoDateWithMs(envelope.receivedMs) + "\",\"recipients\":[";
    for (qsizetype i = 0; i < envelope.recipients.size(); ++i) {
        if (i > 0) {
            line += ',';
        }
        appendJsonString(line, envelope.recipients.at(i));
    }
    line += "],\"sender\":";
    appendJsonString(line, envelope.sender);
    line += ",\"token\":";
    appendJsonString(line, envelope.token);
    line += "}\n";
    return line;
}

std::optional<Envelope> parseEnvelope(const QByteArray &line)
{
    const QJsonDocument document = QJsonDocument::fromJson(line);
    if (!document.isObject()) {
        return std::nullopt;
    }
    const QJsonObject object = document.object();
    Envelope envelope;
    envelope.sender = object.value(QStringLiteral("sender")).toString();
    for (const QJsonValue &recipient : object.value(QStringLiteral("recipients")).toArray()) {
        envelope.recipients << recipient.toString();
    }
    envelope.clientIp = object.value(QStringLiteral("client_ip")).toString();
    envelope.login = object.value(QStringLiteral("login")).toString();
    envelope.token = object.value(QStringLiteral("token")).toString();
    envelope.receivedMs = QDateTime::fromString(object.value(QStringLiteral("received")).toString(), Qt::ISODateWithMs)
                              .toMSecsSinceEpoch();
    return envelope;
}

#ifdef Q_OS_UNIX
// Writes HEAD then MESSAGE to FD, whatever the kernel takes per call.
bool writeAll(int fd, const QByteArray &head, const QByteArray &message)
{
    iovec parts[2] = {{const_cast<char *>(head.constData()), size_t(head.size())},
                      {const_cast<char *>(message.constData()), size_t(message.size())}};
    qint64 left = head.size() + message.size();
    int first = 0;
    while (left > 0) {
        const ssize_t written = ::writev(fd, parts + first, 2 - first);
        if (written < 0) {
            if (errno == EINTR) {
                continue;
            }
            return false;
        }
        left -= written;
        for (size_t done = size_t(written); done > 0 && first < 2;) {
            const size_t step = std::min(done, parts[first].iov_len);
            parts[first].iov_base = static_cast<char *>(parts[first].iov_base) + step;
            parts[first].iov_len -= step;
            done -= step;
            if (parts[first].iov_len == 0) {
                ++first;
            }
        }
    }
    return true;
}

QString errorText(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}
#endif

} // namespace

MessageStore::MessageStore(const QString &stateDir, qint64 journalCapacity)
    : m_dir(QDir(stateDir).filePath(QStringLiteral("messages")))
    , m_journalCapacity(journalCapacity)
{
    m_thread.setObjectName(QStringLiteral("MessageStore writer"));
    m_writer.moveToThread(&m_thread);
    m_thread.start();
}

MessageStore::~MessageStore()
{
    m_thread.quit();
    m_thread.wait();
    // What the writer had not taken yet is written all the same, here
    // (nobody is left to answer): a message handed over is not dropped.
    drainQueue();
#ifdef Q_OS_UNIX
    if (m_journal && checkpoint() && m_extraJournal) {
        m_journal->remove(); // so that the next start has nothing to restore
    }
    if (m_dirFd >= 0) {
        ::close(m_dirFd);
    }
#endif
}

bool MessageStore::open(QString *error)
{
    if (!QDir().mkpath(m_dir)) {
        *error = QStringLiteral("cannot create %1").arg(m_dir);
        return false;
    }
#ifdef Q_OS_UNIX
    if (m_journal) {
        return true;
    }
    m_dirFd = ::open(QFile::encodeName(m_dir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (m_dirFd < 0) {
        *error = QStringLiteral("cannot open %1: %2").arg(m_dir, errorText(errno));
        return false;
    }
    // Our journal is "journal", or, while another server runs on this
    // directory and holds that one, an extra one of our own. An extra one
    // nobody holds is a crashed server's: its messages are restored too,
    // then it goes.
    const QByteArray directory = QFile::encodeName(m_dir) + '/';
    std::vector<MessageJournal::Record> unfinished;
    std::vector<std::unique_ptr<MessageJournal>> orphans;
    for (const QString &name : QDir(m_dir).entryList({QStringLiteral("journal-*")}, QDir::Files)) {
        auto orphan = std::make_unique<MessageJournal>(directory + QFile::encodeName(name));
        if (orphan->open(&unfinished, error)) {
            orphans.push_back(std::move(orphan));
        } else if (!orphan->heldElsewhere()) {
            return false;
        }
    }
    auto journal = std::make_unique<MessageJournal>(directory + "journal", m_journalCapacity);
    if (!journal->open(&unfinished, error)) {
        if (!journal->heldElsewhere()) {
            return false;
        }
        const QByteArray extra = "journal-" + QByteArray::number(QCoreApplication::applicationPid()) + '-' +
                                 QByteArray::number(QRandomGenerator::global()->generate(), 16);
        journal = std::make_unique<MessageJournal>(directory + extra, m_journalCapacity);
        if (!journal->open(&unfinished, error)) {
            return false;
        }
        m_extraJournal = true;
    }
    m_journal = std::move(journal);
    if (!recover(unfinished, error)) {
        return false;
    }
    for (const auto &orphan : orphans) {
        orphan->remove(); // what it held is restored and synced
    }
    return true;
#else
    return true;
#endif
}

quint64 MessageStore::syncCount() const
{
    quint64 count = m_syncs.load(std::memory_order_relaxed);
#ifdef Q_OS_UNIX
    if (m_journal) {
        count += m_journal->syncCount();
    }
#endif
    return count;
}

void MessageStore::save(const Envelope &envelope, const QByteArray &message, QObject *context, Saved done)
{
    Q_ASSERT(QThread::currentThread() == m_home.thread());
    Job job;
    job.id = QStringLiteral("%1-%2-%3.eml").arg(envelope.receivedMs).arg(envelope.token).arg(++m_sequence);
    job.envelope = envelope;
    job.message = message;
    m_waiters.push_back({context, std::move(done)});
    bool wake = false;
    {
        const QMutexLocker lock(&m_mutex);
        m_queue.push_back(std::move(job));
        wake = !std::exchange(m_writing, true);
    }
    if (wake) {
        QMetaObject::invokeMethod(
            &m_writer, [this] { drainQueue(); }, Qt::QueuedConnection);
    }
}

void MessageStore::drainQueue()
{
    // Group commit: each round takes every message that arrived while the
    // last round ran and makes them all durable with one sync.
    for (;;) {
        std::vector<Job> batch;
        {
            const QMutexLocker lock(&m_mutex);
            if (m_queue.empty()) {
                m_writing = false;
                return;
            }
            batch.swap(m_queue);
        }
        commitRound(batch);
        QList<Result> results;
        results.reserve(qsizetype(batch.size()));
        for (Job &job : batch) {
            results.append({std::move(job.id), job.ok, std::move(job.error)});
        }
        QMetaObject::invokeMethod(
            &m_home, [this, results = std::move(results)] { deliver(results); }, Qt::QueuedConnection);
    }
}

void MessageStore::deliver(const QList<Result> &results)
{
    for (const Result &result : results) {
        const Waiter waiter = std::move(m_waiters.front());
        m_waiters.pop_front();
        if (waiter.context) {
            waiter.done(result.ok ? std::optional<QString>(result.id) : std::nullopt, result.error);
        }
    }
}

#ifdef Q_OS_UNIX
bool MessageStore::syncData(int fd)
{
    m_syncs.fetch_add(1, std::memory_order_relaxed);
    return ::fdatasync(fd) == 0;
}

bool MessageStore::syncDirectory()
{
    m_syncs.fetch_add(1, std::memory_order_relaxed);
    return ::fsync(m_dirFd) == 0;
}

bool MessageStore::checkpoint()
{
    // Every message file durable by itself: on Linux one syncfs() writes
    // back the data and names of all of them (and, the price, whatever else
    // is dirty on that file system), with one commit of the file system's
    // journal; elsewhere each file was synced as it was written, so the
    // directory is enough.
#ifdef Q_OS_LINUX
    m_syncs.fetch_add(1, std::memory_order_relaxed);
    const bool synced = ::syncfs(m_dirFd) == 0;
#else
    const bool synced = syncDirectory();
#endif
    return synced && m_journal->reset();
}

bool MessageStore::recover(const std::vector<MessageJournal::Record> &unfinished, QString *error)
{
    const QByteArray directory = QFile::encodeName(m_dir) + '/';
    for (const MessageJournal::Record &record : unfinished) {
        if (record.name.contains('/') || record.name.startsWith('.')) {
            continue;
        }
        const QByteArray path = directory + record.name;
        QFile existing(QFile::decodeName(path));
        if (existing.open(QIODevice::ReadOnly) && existing.size() == record.head.size() &&
            existing.readAll() == record.head) {
            continue;
        }
        const QByteArray temporary = path + ".tmp";
        const int fd = ::open(temporary.constData(), O_CREAT | O_TRUNC | O_WRONLY | O_CLOEXEC, 0600);
        const bool written = fd >= 0 && writeAll(fd, record.head, QByteArray()) && syncData(fd);
        if (fd >= 0) {
            ::close(fd);
        }
        if (!written || ::rename(temporary.constData(), path.constData()) != 0) {
            *error =
                QStringLiteral("cannot restore %1 from the journal: %2").arg(QFile::decodeName(path), errorText(errno));
            return false;
        }
        ++m_recovered;
    }
    // A .tmp left over was either restored above or never acknowledged.
    const QDir dir(m_dir);
    for (const QString &name : dir.entryList({QStringLiteral("*.tmp")}, QDir::Files | QDir::Hidden)) {
        QFile::remove(dir.filePath(name));
    }
    if (!unfinished.empty() && !checkpoint()) {
        *error = QStringLiteral("cannot sync %1: %2").arg(m_dir, errorText(errno));
        return false;
    }
    return true;
}

void MessageStore::commitJournalled(const std::vector<Job *> &jobs)
{
    if (jobs.empty()) {
        return;
    }
    std::vector<const MessageJournal::Record *> records;
    records.reserve(jobs.size());
    for (const Job *job : jobs) {
        records.push_back(&job->record);
    }
    if (!m_journal->append(records)) {
        const QString error = errorText(errno);
        for (Job *job : jobs) {
            job->error = error; // not acknowledged: the client sends it again
        }
        return;
    }
    for (Job *job : jobs) {
        writeFile(*job, false);
    }
}

bool MessageStore::writeFile(Job &job, bool sync)
{
    // O_EXCL: ids are unique, so an existing file is not ours to overwrite.
    const int fd = ::open(job.path.constData(), O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0600);
    bool ok = fd >= 0 && writeAll(fd, job.record.head, job.record.body);
#ifndef Q_OS_LINUX
    sync = true; // see checkpoint()
#endif
    ok = ok && (!sync || syncData(fd));
    const int savedErrno = errno;
    if (fd >= 0) {
        ::close(fd);
        if (!ok) {
            ::unlink(job.path.constData());
        }
    }
    job.ok = ok;
    if (!ok) {
        job.error = errorText(savedErrno);
    }
    return ok;
}
#endif

void MessageStore::commitRound(std::vector<Job> &batch)
{
#ifdef Q_OS_UNIX
    // Durability (docs/design.md, "Accepted messages"): every message of
    // the round is appended to the journal, and one fdatasync() makes them
    // all durable; only then is each written to its file, which is left
    // in the page cache, and answered. The files become durable by
    // themselves at a checkpoint, when the journal is full (or the store
    // closes). Every file the store creates is in the journal first, so
    // after a crash open() finds each one that is missing or incomplete
    // and rewrites it; a message the journal does not hold was never
    // acknowledged and has no file.
    if (!m_journal) {
        for (Job &job : batch) {
            job.error = QStringLiteral("the message store is not open");
        }
        return;
    }
    const QByteArray directory = QFile::encodeName(m_dir) + '/';
    std::vector<Job *> pending;
    qint64 pendingBytes = 0;
    for (Job &job : batch) {
        job.record.name = QFile::encodeName(job.id);
        job.record.head = envelopeLine(job.envelope);
        job.record.body = std::exchange(job.message, QByteArray());
        job.path = directory + job.record.name;
        if (!m_journal->canEverHold(job.record)) {
            // Too big for the journal: synced by itself, then its name.
            if (writeFile(job, true) && !syncDirectory()) {
                job.ok = false;
                job.error = errorText(errno);
                ::unlink(job.path.constData());
            }
            continue;
        }
        const qint64 bytes = MessageJournal::sizeOf(job.record);
        if (pendingBytes + bytes > m_journal->room()) {
            commitJournalled(pending);
            pending.clear();
            pendingBytes = 0;
            if (bytes > m_journal->room() && !checkpoint()) {
                job.error = errorText(errno);
                continue;
            }
        }
        pending.push_back(&job);
        pendingBytes += bytes;
    }
    commitJournalled(pending);
    for (Job &job : batch) {
        job.record = MessageJournal::Record(); // the memory goes now, not when answered
    }
#else
    for (Job &job : batch) {
        QSaveFile file(QDir(m_dir).filePath(job.id));
        if (!file.open(QIODevice::WriteOnly)) {
            job.error = file.errorString();
            continue;
        }
        file.write(envelopeLine(job.envelope));
        file.write(job.message);
        m_syncs.fetch_add(1, std::memory_order_relaxed); // commit() flushes the file
        job.ok = file.commit();
        if (!job.ok) {
            job.error = file.errorString();
        }
    }
#endif
}

QList<MessageStore::Stored> MessageStore::list() const
{
    QList<Stored> result;
    const QDir dir(m_dir);
    for (const QString &name : dir.entryList({QStringLiteral("*.eml")}, QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            continue;
        }
        const auto envelope = parseEnvelope(file.readLine(1 << 20));
        if (!envelope) {
            continue;
        }
        result << Stored{name, *envelope, file.size() - file.pos()};
    }
    return result;
}

std::optional<QByteArray> MessageStore::read(const QString &id, Envelope *envelope) const
{
    if (id.contains(QLatin1Char('/')) || id.contains(QLatin1Char('\\')) || id.startsWith(QLatin1Char('.'))) {
        return std::nullopt;
    }
    QFile file(QDir(m_dir).filePath(id));
    if (!file.open(QIODevice::ReadOnly)) {
        return std::nullopt;
    }
    const auto parsed = parseEnvelope(file.readLine(1 << 20));
    if (!parsed) {
        return std::nullopt;
    }
    if (envelope) {
        *envelope = *parsed;
    }
    return file.readAll();
}

} // namespace mt::smtp
