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

QByteArray envelopeLine(const Envelope &envelope)
{
    const QJsonObject object{
        {QStringLiteral("sender"), envelope.sender},
        {QStringLiteral("recipients"), QJsonArray::fromStringList(envelope.recipients)},
        {QStringLiteral("client_ip"), envelope.clientIp},
        {QStringLiteral("login"), envelope.login},
        {QStringLiteral("token"), envelope.token},
        {QStringLiteral("received"),
         QDateTime::fromMSecsSinceEpoch(envelope.receivedMs, Qt::UTC).toString(Qt::ISODateWithMs)},
    };
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
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

} // namespace

MessageStore::MessageStore(const QString &stateDir)
    : m_dir(QDir(stateDir).filePath(QStringLiteral("messages")))
{}

MessageStore::~MessageStore()
{
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

std::optional<QString> MessageStore::save(const Envelope &envelope, const QByteArray &message, QString *error)
{
    const QString id = QStringLiteral("%1-%2-%3.eml").arg(envelope.receivedMs).arg(envelope.token).arg(++m_sequence);
    const QByteArray head = envelopeLine(envelope);
#ifdef Q_OS_UNIX
    // What QSaveFile does (a new file, written, synced, renamed over), in
    // six system calls instead of a dozen: this is the server's hot path.
    const QByteArray path = QFile::encodeName(QDir(m_dir).filePath(id));
    const QByteArray temporary = path + ".tmp";
    const int fd = ::open(temporary.constData(), O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0600);
    if (fd < 0) {
        *error = QString::fromLocal8Bit(std::strerror(errno));
        return std::nullopt;
    }
    iovec parts[2] = {{const_cast<char *>(head.constData()), size_t(head.size())},
                      {const_cast<char *>(message.constData()), size_t(message.size())}};
    qint64 left = head.size() + message.size();
    int first = 0;
    bool ok = true;
    while (left > 0) {
        const ssize_t written = ::writev(fd, parts + first, 2 - first);
        if (written < 0) {
            if (errno == EINTR) {
                continue;
            }
            ok = false;
            break;
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
    ok = ok && ::fdatasync(fd) == 0;
    const int savedErrno = errno;
    ::close(fd);
    if (!ok || ::rename(temporary.constData(), path.constData()) != 0) {
        *error = QString::fromLocal8Bit(std::strerror(ok ? errno : savedErrno));
        ::unlink(temporary.constData());
        return std::nullopt;
    }
    if (m_dirFd < 0) {
        m_dirFd = ::open(QFile::encodeName(m_dir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    }
    // The rename is durable only once the directory is synced.
    if (m_dirFd >= 0) {
        ::fsync(m_dirFd);
    }
#else
    QSaveFile file(QDir(m_dir).filePath(id));
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return std::nullopt;
    }
    file.write(head);
    file.write(message);
    if (!file.commit()) {
        *error = file.errorString();
        return std::nullopt;
    }
#endif
    return id;
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
