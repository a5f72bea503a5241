#include "messagestore.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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

MessageStore::MessageStore(const QString &stateDir)
    : m_dir(QDir(stateDir).filePath(QStringLiteral("messages")))
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
    return true;
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
    // Group commit, pipelined: each round takes every message that arrived
    // while the last round ran, writes them, and makes them durable with
    // one sync, which also makes the previous round's renames durable (see
    // commitRound()). A message is answered the round after its own, so a
    // busy store syncs once per round, and an idle one twice per message.
    std::vector<Job> previous;
    for (;;) {
        std::vector<Job> batch;
        {
            const QMutexLocker lock(&m_mutex);
            if (m_queue.empty() && previous.empty()) {
                m_writing = false;
                return;
            }
            batch.swap(m_queue);
        }
        commitRound(previous, batch);
        QList<Result> results;
        results.reserve(qsizetype(previous.size()));
        for (Job &job : previous) {
            results.append({std::move(job.id), job.ok, std::move(job.error)});
        }
        if (!results.isEmpty()) {
            QMetaObject::invokeMethod(
                &m_home, [this, results = std::move(results)] { deliver(results); }, Qt::QueuedConnection);
        }
        previous = std::move(batch);
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
#ifdef Q_OS_LINUX
    return ::syncfs(fd) == 0;
#else
    return ::fdatasync(fd) == 0;
#endif
}

bool MessageStore::syncDirectory()
{
    m_syncs.fetch_add(1, std::memory_order_relaxed);
    return ::fsync(m_dirFd) == 0;
}
#endif

void MessageStore::commitRound(std::vector<Job> &previous, std::vector<Job> &batch)
{
#ifdef Q_OS_UNIX
    // Durability. Each message of BATCH is written to NAME.tmp, a new file;
    // then one syncfs() writes back the data and inodes of all of them and
    // flushes the disk's cache; only then is each renamed to NAME. The
    // renames become durable with the next round's sync: its syncfs(), or,
    // when nothing new came, an fsync() of the directory. Only after that
    // are the messages of PREVIOUS answered, so a 250 is sent once both the
    // data and the name are on disk. Data is durable before any rename is,
    // so after a crash a file under its final name is complete, and a
    // leftover .tmp was never acknowledged. One syncfs() rather than an
    // fdatasync() per file: on ext4 each fdatasync() of a newly written
    // file allocates its blocks and commits the journal on its own, so a
    // round of N would cost N commits; syncfs() allocates all and commits
    // once. (Elsewhere than Linux, without syncfs(), each file is
    // fdatasync()ed as it is written, and the directory is synced once a
    // round.)
    if (m_dirFd < 0) {
        m_dirFd = ::open(QFile::encodeName(m_dir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        if (m_dirFd < 0) {
            const QString error = errorText(errno);
            for (Job &job : batch) {
                job.error = error;
            }
            return;
        }
    }
    const QByteArray directory = QFile::encodeName(m_dir) + '/';
    bool wrote = false;
    for (Job &job : batch) {
        job.path = directory + QFile::encodeName(job.id);
        const QByteArray temporary = job.path + ".tmp";
        const int fd = ::open(temporary.constData(), O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0600);
        if (fd < 0) {
            job.error = errorText(errno);
            continue;
        }
        bool ok = writeAll(fd, envelopeLine(job.envelope), job.message);
#ifndef Q_OS_LINUX
        ok = ok && syncData(fd);
#endif
        const int savedErrno = errno;
        ::close(fd);
        job.message = QByteArray();
        if (!ok) {
            job.error = errorText(savedErrno);
            ::unlink(temporary.constData());
            continue;
        }
        job.written = true;
        wrote = true;
    }
    const bool renamedBefore =
        std::any_of(previous.cbegin(), previous.cend(), [](const Job &job) { return job.renamed; });
    bool synced = true;
#ifdef Q_OS_LINUX
    if (wrote) {
        synced = syncData(m_dirFd);
    } else if (renamedBefore) {
        synced = syncDirectory();
    }
#else
    if (wrote || renamedBefore) {
        synced = syncDirectory();
    }
#endif
    const QString error = synced ? QString() : errorText(errno);
    for (Job &job : previous) {
        if (!job.renamed) {
            continue;
        }
        job.ok = synced;
        if (!synced) {
            // Not known to be durable, so not acknowledged: the client retries.
            job.error = error;
            ::unlink(job.path.constData());
        }
    }
    for (Job &job : batch) {
        if (!job.written) {
            continue;
        }
        const QByteArray temporary = job.path + ".tmp";
        if (!synced) {
            job.error = error;
        } else if (::rename(temporary.constData(), job.path.constData()) == 0) {
            job.renamed = true;
            continue;
        } else {
            job.error = errorText(errno);
        }
        ::unlink(temporary.constData());
    }
#else
    Q_UNUSED(previous)
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
