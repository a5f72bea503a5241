#include "messagestore.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#ifdef Q_OS_UNIX
#include <fcntl.h>
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

// The rename that QSaveFile ends with is durable only once the directory
// itself is synced.
void syncDirectory(const QString &path)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#else
    Q_UNUSED(path);
#endif
}

} // namespace

MessageStore::MessageStore(const QString &stateDir)
    : m_dir(QDir(stateDir).filePath(QStringLiteral("messages")))
{}

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
    const QString id = QStringLiteral("%1-%2-%3.eml")
                           .arg(QDateTime::fromMSecsSinceEpoch(envelope.receivedMs, Qt::UTC)
                                    .toString(QStringLiteral("yyyyMMddTHHmmsszzz")),
                                envelope.token)
                           .arg(++m_sequence);
    QSaveFile file(QDir(m_dir).filePath(id));
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return std::nullopt;
    }
    file.write(envelopeLine(envelope));
    file.write(message);
    if (!file.commit()) {
        *error = file.errorString();
        return std::nullopt;
    }
    syncDirectory(m_dir);
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
