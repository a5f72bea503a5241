#include "messagestore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QStringBuilder>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>
#endif

namespace mt::smtp {

namespace {

// TEXT as a JSON string (RFC 8259 7). ASCII, what envelopes mostly hold,
// is written straight from the UTF-16; the rest goes through UTF-8.
void appendJsonString(QByteArray &out, const QString &text)
{
    static const char hex[] = "0123456789abcdef";
    const auto escaped = [&out](unsigned char byte) {
        if (byte < 0x20) {
            const char sequence[] = {'\\', 'u', '0', '0', hex[byte >> 4], hex[byte & 15]};
            out.append(sequence, sizeof sequence);
        } else {
            const char sequence[] = {'\\', char(byte)};
            out.append(sequence, sizeof sequence);
        }
    };
    const qsizetype start = out.size();
    out.resize(start + 1 + text.size()); // the quote and one byte per unit: ASCII without escapes
    char *ascii = out.data() + start;
    *ascii++ = '"';
    qsizetype i = 0;
    for (; i < text.size(); ++i) {
        const char16_t unit = text.at(i).unicode();
        if (unit >= 0x80 || unit < 0x20 || unit == '"' || unit == '\\') {
            break;
        }
        *ascii++ = char(unit);
    }
    out.resize(ascii - out.constData());
    if (i < text.size()) {
        const QByteArray rest = QStringView(text).sliced(i).toUtf8();
        const char *run = rest.constData();
        const char *const end = run + rest.size();
        for (const char *c = run; c != end; ++c) {
            const auto byte = static_cast<unsigned char>(*c);
            if (byte >= 0x20 && *c != '"' && *c != '\\') {
                continue;
            }
            out.append(run, c - run);
            escaped(byte);
            run = c + 1;
        }
        out.append(run, end - run);
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
QString errorText(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}
#endif

// A legacy or non-Unix message file's suffix; its id is the rest of its name.
const QString emlSuffix = QStringLiteral(".eml");

} // namespace

MessageStore::MessageStore(const QString &stateDir, qint64 segmentCapacity)
    : m_dir(QDir(stateDir).filePath(QStringLiteral("messages")))
    , m_segmentCapacity(segmentCapacity)
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
    closeSegment();
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
    job.id = QString::number(envelope.receivedMs) % QLatin1Char('-') % envelope.token % QLatin1Char('-') %
             QString::number(++m_sequence);
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
bool MessageStore::startSegment(qint64 bytes, QString *error)
{
    closeSegment();
    // Named by when and by whom it was started, so that every server on
    // the directory writes files of its own and a name is never reused.
    const QByteArray name = QByteArray::number(QDateTime::currentMSecsSinceEpoch()) + '-' +
                            QByteArray::number(QCoreApplication::applicationPid()) + '-' +
                            QByteArray::number(++m_segments) + '-' +
                            QByteArray::number(QRandomGenerator::global()->generate(), 16) + MessageSegment::suffix;
    m_segment = MessageSegment::create(QFile::encodeName(m_dir) + '/' + name,
                                       MessageSegment::capacityFor(bytes, m_segmentCapacity), m_syncs, error);
    return m_segment != nullptr;
}

void MessageStore::closeSegment()
{
    if (!m_segment) {
        return;
    }
    if (m_segment->isEmpty()) {
        m_segment->remove();
    } else {
        m_segment->seal();
    }
    m_segment.reset();
}

void MessageStore::appendToSegment(const std::vector<Job *> &jobs, const std::vector<MessageSegment::Record> &records)
{
    if (jobs.empty()) {
        return;
    }
    const bool ok = m_segment->append(records);
    const QString error = ok ? QString() : errorText(errno);
    if (!ok) {
        // What the failed append left is cut off and the next round starts
        // a new segment, so that no later record takes its place under
        // the eyes of a reader that saw it.
        closeSegment();
    }
    for (Job *job : jobs) {
        job->ok = ok;
        job->error = error; // when not stored, not acknowledged: the client sends it again
    }
}
#endif

void MessageStore::commitRound(std::vector<Job> &batch)
{
#ifdef Q_OS_UNIX
    // Durability (docs/design.md, "Accepted messages"): every message of
    // the round is appended to this server's segment, and one fdatasync()
    // makes them all durable; then each is answered. A message that does
    // not fit starts the next segment.
    std::vector<Job *> pending;
    std::vector<MessageSegment::Record> records;
    qint64 pendingBytes = 0;
    for (Job &job : batch) {
        MessageSegment::Record record{job.id.toUtf8(), envelopeLine(job.envelope), std::exchange(job.message, {})};
        const qint64 bytes = MessageSegment::sizeOf(record);
        if (!m_segment || pendingBytes + bytes > m_segment->room()) {
            if (m_segment) {
                appendToSegment(pending, records);
            }
            pending.clear();
            records.clear();
            pendingBytes = 0;
            QString error;
            if (!startSegment(bytes, &error)) {
                job.error = error;
                continue;
            }
        }
        pending.push_back(&job);
        records.push_back(std::move(record));
        pendingBytes += bytes;
    }
    appendToSegment(pending, records);
#else
    for (Job &job : batch) {
        QSaveFile file(QDir(m_dir).filePath(job.id + emlSuffix));
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

void MessageStore::updateIndex() const
{
    const QDir dir(m_dir);
    const auto add = [this](const QString &id, std::optional<Envelope> envelope, const QString &file, qint64 offset,
                            qint64 size) {
        if (!envelope || m_byId.contains(id)) {
            return;
        }
        m_byId.insert(id, qsizetype(m_index.size()));
        m_index.push_back(Indexed{Stored{id, std::move(*envelope), size}, file, offset});
    };
#ifdef Q_OS_UNIX
    const QString segmentPattern = QLatin1Char('*') + QLatin1String(MessageSegment::suffix);
    for (const QFileInfo &info : dir.entryInfoList({segmentPattern}, QDir::Files, QDir::Name)) {
        const QString name = info.fileName();
        qint64 &scannedTo = m_scannedTo[name];
        if (scannedTo < 0 || (scannedTo > 0 && scannedTo == info.size())) {
            continue; // not a segment, or a sealed one read to its end: not opened again
        }
        const int fd = ::open(QFile::encodeName(dir.filePath(name)).constData(), O_RDONLY | O_CLOEXEC);
        if (fd < 0) {
            continue;
        }
        scannedTo = MessageSegment::scan(fd, scannedTo, [&](MessageSegment::Entry &&entry) {
            add(QString::fromUtf8(entry.id), parseEnvelope(entry.head), name, entry.bodyOffset, entry.bodySize);
        });
        ::close(fd);
    }
#endif
    for (const QString &name : dir.entryList({QLatin1Char('*') + emlSuffix}, QDir::Files, QDir::Name)) {
        if (m_scannedTo.contains(name)) {
            continue; // written whole (renamed into place): read once
        }
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            continue;
        }
        m_scannedTo.insert(name, file.size());
        const std::optional<Envelope> envelope = parseEnvelope(file.readLine(1 << 20));
        add(name.chopped(emlSuffix.size()), envelope, name, file.pos(), file.size() - file.pos());
    }
}

QList<MessageStore::Stored> MessageStore::list() const
{
    const QMutexLocker lock(&m_indexMutex);
    updateIndex();
    QList<Stored> result;
    result.reserve(qsizetype(m_index.size()));
    for (const Indexed &indexed : m_index) {
        result << indexed.stored;
    }
    std::sort(result.begin(), result.end(), [](const Stored &a, const Stored &b) {
        return a.envelope.receivedMs != b.envelope.receivedMs ? a.envelope.receivedMs < b.envelope.receivedMs
                                                              : a.id < b.id;
    });
    return result;
}

std::optional<QByteArray> MessageStore::read(const QString &id, Envelope *envelope) const
{
    Indexed found;
    {
        const QMutexLocker lock(&m_indexMutex);
        if (!m_byId.contains(id)) {
            updateIndex();
        }
        const auto at = m_byId.constFind(id);
        if (at == m_byId.constEnd()) {
            return std::nullopt;
        }
        found = m_index.at(size_t(*at));
    }
    QFile file(QDir(m_dir).filePath(found.file));
    if (!file.open(QIODevice::ReadOnly) || !file.seek(found.offset)) {
        return std::nullopt;
    }
    QByteArray message = file.read(found.stored.size);
    if (message.size() != found.stored.size) {
        return std::nullopt;
    }
    if (envelope) {
        *envelope = found.stored.envelope;
    }
    return message;
}

} // namespace mt::smtp
