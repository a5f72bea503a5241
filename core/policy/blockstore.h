#pragma once

#include "clock.h"
#include "common/localizedtext.h"
#include "statestore.h"

#include <QHash>
#include <QObject>
#include <QStringList>

class QFileSystemWatcher;
class QJsonObject;

namespace mt::policy {

// An audit line as JSON, as the file store and the Redis stream keep it.
QJsonObject auditEntryToJson(const AuditEntry &entry);
AuditEntry auditEntryFromJson(const QJsonObject &object);

// IP addresses blocked after too many failed logins (rule 4), kept in
// STATE_DIR/blocks.json (written whole with QSaveFile, so a crash leaves the
// old or the new file, never half of one) with an append-only audit trail of
// unblocks in STATE_DIR/unblocks.log. A server and `mailtriage-cli blocks`
// share the directory: the server re-reads the file when it changes and
// before it trusts a block, so an unblock works at once. Both files are this
// class's alone: others get entries as values and learn of changes from the
// blocked and unblocked signals.
class BlockStore final : public QObject
{
    Q_OBJECT

public:
    using Entry = BlockEntry;
    using AuditEntry = mt::policy::AuditEntry;

    BlockStore(const QString &stateDir, const Clock &clock, QObject *parent = nullptr);
    ~BlockStore() override;

    // Reads the file. A missing file is an empty list; a corrupt one is kept
    // as blocks.json.corrupt-TIME and the store starts empty. Either way the
    // returned messages say what happened; false only if the directory is
    // unusable.
    bool open(QList<LocalizedText> *messages);
    // Re-reads the file on changes made by another process.
    void watch();

    bool isBlocked(const QString &ip);
    std::optional<Entry> entry(const QString &ip);
    // Entries still blocked now, oldest first.
    QList<Entry> activeBlocks();
    bool block(const Entry &entry, LocalizedText *error = nullptr);
    // Removes IP's block and appends WHO, the time and REASON to the trail.
    bool unblock(const QString &ip, const QString &who, const QString &reason, LocalizedText *error);

    // The audit trail, newest first; empty without one, and with ERROR set
    // when it exists but cannot be read.
    QList<AuditEntry> auditTrail(LocalizedText *error = nullptr) const;
    // Appends a line that is not an unblock (a country exception granted or revoked).
    bool appendAudit(const AuditEntry &entry, LocalizedText *error);

    QString filePath() const;
    QString auditPath() const;

signals:
    // An IP was blocked (or its block extended), here or by another process.
    void blocked(const mt::policy::BlockEntry &entry);
    // An IP's block was lifted, here or by another process (then WHO and
    // REASON are what its audit line says, empty when there is none yet).
    void unblocked(const mt::policy::AuditEntry &unblock);

private:
    struct FileStamp
    {
        qint64 inode = -1;
        qint64 modifiedNs = -1;
        qint64 size = -1;
        bool operator==(const FileStamp &other) const
        {
            return inode == other.inode && modifiedNs == other.modifiedNs && size == other.size;
        }
    };
    FileStamp stamp() const;
    void reloadIfChanged();
    // ANNOUNCE: emit blocked and unblocked for what changed since the last read.
    bool read(QList<LocalizedText> *messages, bool announce);
    AuditEntry auditEntryFor(const Entry &lifted) const;
    bool save(LocalizedText *error);
    bool appendAuditLine(const AuditEntry &entry, QString *why);

    QString m_dir;
    const Clock &m_clock;
    QHash<QString, Entry> m_entries;
    FileStamp m_stamp;
    QFileSystemWatcher *m_watcher = nullptr;
};

} // namespace mt::policy
