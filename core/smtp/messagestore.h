#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

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
// DIR/messages, its first line the envelope as JSON. save() returns only
// after the file is on disk (written, fdatasync()ed, renamed into place and
// the directory synced), so a message acknowledged with 250 survives a crash.
class MessageStore
{
public:
    struct Stored
    {
        QString id; // the file name
        Envelope envelope;
        qint64 size = 0;
    };

    explicit MessageStore(const QString &stateDir);
    ~MessageStore();
    MessageStore(const MessageStore &) = delete;
    MessageStore &operator=(const MessageStore &) = delete;

    bool open(QString *error);
    // The new message's id, or nullopt with ERROR set.
    std::optional<QString> save(const Envelope &envelope, const QByteArray &message, QString *error);
    QList<Stored> list() const;
    // The message as received (without the envelope line).
    std::optional<QByteArray> read(const QString &id, Envelope *envelope = nullptr) const;

    QString directory() const { return m_dir; }

private:
    QString m_dir;
    quint64 m_sequence = 0;
    int m_dirFd = -1; // kept open to sync the directory after each rename
};

} // namespace mt::smtp
