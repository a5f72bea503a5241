#include "blockstore.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTimer>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

#include <algorithm>

namespace mt::policy {

namespace {

QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

qint64 parseTime(const QJsonValue &value, bool *ok)
{
    const QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (!time.isValid()) {
        *ok = false;
        return 0;
    }
    return time.toMSecsSinceEpoch();
}

const char *actionName(AuditEntry::Action action)
{
    switch (action) {
    case AuditEntry::Action::GrantCountry:
        return "grant-country";
    case AuditEntry::Action::RevokeCountry:
        return "revoke-country";
    case AuditEntry::Action::Unblock:
        break;
    }
    return "unblock";
}

LocalizedText say(const char *source, QStringList args = {})
{
    return {"BlockStore", source, std::move(args)};
}

} // namespace

QJsonObject auditEntryToJson(const AuditEntry &entry)
{
    QJsonObject line{{QStringLiteral("time"), isoTime(entry.timeMs)},
                     {QStringLiteral("by"), entry.who},
                     {QStringLiteral("reason"), entry.reason}};
    if (entry.action == AuditEntry::Action::Unblock) {
        line.insert(QStringLiteral("ip"), entry.ip);
        line.insert(QStringLiteral("failures"), entry.failures);
        line.insert(QStringLiteral("blocked_until"), isoTime(entry.blockedUntilMs));
    } else {
        line.insert(QStringLiteral("action"), QString::fromLatin1(actionName(entry.action)));
        line.insert(QStringLiteral("domain"), entry.domain);
        line.insert(QStringLiteral("country"), entry.country);
        if (entry.expiresMs > 0) {
            line.insert(QStringLiteral("expires"), isoTime(entry.expiresMs));
        }
    }
    return line;
}

AuditEntry auditEntryFromJson(const QJsonObject &object)
{
    // Times are read leniently (0 when absent): the line is still worth showing.
    bool ignored = true;
    AuditEntry entry;
    const QString action = object.value(QStringLiteral("action")).toString();
    for (const auto candidate : {AuditEntry::Action::GrantCountry, AuditEntry::Action::RevokeCountry}) {
        if (action == QLatin1String(actionName(candidate))) {
            entry.action = candidate;
        }
    }
    entry.timeMs = parseTime(object.value(QStringLiteral("time")), &ignored);
    entry.ip = object.value(QStringLiteral("ip")).toString();
    entry.who = object.value(QStringLiteral("by")).toString();
    entry.reason = object.value(QStringLiteral("reason")).toString();
    entry.failures = object.value(QStringLiteral("failures")).toInt();
    entry.blockedUntilMs = parseTime(object.value(QStringLiteral("blocked_until")), &ignored);
    entry.domain = object.value(QStringLiteral("domain")).toString();
    entry.country = object.value(QStringLiteral("country")).toString();
    entry.expiresMs = parseTime(object.value(QStringLiteral("expires")), &ignored);
    return entry;
}

BlockStore::BlockStore(const QString &stateDir, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_dir(stateDir)
    , m_clock(clock)
{}

BlockStore::~BlockStore() = default;

QString BlockStore::filePath() const
{
    return QDir(m_dir).filePath(QStringLiteral("blocks.json"));
}

QString BlockStore::auditPath() const
{
    return QDir(m_dir).filePath(QStringLiteral("unblocks.log"));
}

bool BlockStore::open(QList<LocalizedText> *messages)
{
    if (!QDir().mkpath(m_dir)) {
        messages->append(say(QT_TRANSLATE_NOOP("BlockStore", "cannot create the state directory %1"), {m_dir}));
        return false;
    }
    return read(messages, false);
}

void BlockStore::watch()
{
    if (m_watcher) {
        return;
    }
    // The directory, not the file: QSaveFile replaces the file by a rename.
    m_watcher = new QFileSystemWatcher({m_dir}, this);
    // A moment later: `blocks unblock` saves blocks.json and then appends
    // its audit line, and the unblock is announced with who and why from it.
    auto *settle = new QTimer(this);
    settle->setSingleShot(true);
    settle->setInterval(100);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, settle, qOverload<>(&QTimer::start));
    connect(settle, &QTimer::timeout, this, &BlockStore::reloadIfChanged);
}

BlockStore::FileStamp BlockStore::stamp() const
{
    FileStamp result;
#ifdef Q_OS_UNIX
    struct stat info;
    if (::stat(QFile::encodeName(filePath()).constData(), &info) == 0) {
        result.inode = qint64(info.st_ino);
        result.modifiedNs = qint64(info.st_mtim.tv_sec) * 1'000'000'000 + info.st_mtim.tv_nsec;
        result.size = qint64(info.st_size);
    }
#else
    const QFileInfo info(filePath());
    if (info.exists()) {
        result.inode = 0;
        result.modifiedNs = info.lastModified().toMSecsSinceEpoch() * 1'000'000;
        result.size = info.size();
    }
#endif
    return result;
}

void BlockStore::reloadIfChanged()
{
    if (stamp() == m_stamp) {
        return;
    }
    QList<LocalizedText> messages;
    read(&messages, true);
    for (const LocalizedText &message : std::as_const(messages)) {
        qWarning("%s", qUtf8Printable(message.render(Language::English)));
    }
}

bool BlockStore::read(QList<LocalizedText> *messages, bool announce)
{
    const QHash<QString, Entry> before = m_entries;
    m_stamp = stamp();
    m_entries.clear();
    QFile file(filePath());
    if (!file.exists()) {
        messages->append(
            say(QT_TRANSLATE_NOOP("BlockStore", "no block list at %1 yet: no IP address is blocked"), {filePath()}));
    } else if (!file.open(QIODevice::ReadOnly)) {
        messages->append(say(QT_TRANSLATE_NOOP("BlockStore", "cannot read %1 (%2): no IP address is blocked"),
                             {filePath(), file.errorString()}));
    } else {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
        file.close();
        QString problem;
        QHash<QString, Entry> entries;
        if (parseError.error != QJsonParseError::NoError) {
            problem = parseError.errorString();
        } else if (!document.isObject() || !document.object().value(QStringLiteral("blocked")).isArray()) {
            problem = QStringLiteral("no \"blocked\" list");
        } else {
            for (const QJsonValue &value : document.object().value(QStringLiteral("blocked")).toArray()) {
                const QJsonObject object = value.toObject();
                Entry entry;
                bool ok = true;
                entry.ip = object.value(QStringLiteral("ip")).toString();
                entry.failures = object.value(QStringLiteral("failures")).toInt(-1);
                entry.firstFailureMs = parseTime(object.value(QStringLiteral("first_failure")), &ok);
                entry.lastFailureMs = parseTime(object.value(QStringLiteral("last_failure")), &ok);
                entry.blockedUntilMs = parseTime(object.value(QStringLiteral("blocked_until")), &ok);
                for (const QJsonValue &node : object.value(QStringLiteral("nodes")).toArray()) {
                    entry.nodes << node.toString();
                }
                if (!ok || QHostAddress(entry.ip).isNull() || entry.failures < 0) {
                    problem = QStringLiteral("an entry is incomplete");
                    break;
                }
                entries.insert(entry.ip, entry);
            }
        }
        if (problem.isEmpty()) {
            m_entries = entries;
        } else {
            const QString copy = filePath() + QStringLiteral(".corrupt-") +
                                 QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddTHHmmsszzz"));
            QFile::copy(filePath(), copy);
            messages->append(say(QT_TRANSLATE_NOOP("BlockStore", "%1 is damaged (%2); kept as %3; starting with no IP "
                                                                 "address blocked"),
                                 {filePath(), problem, copy}));
        }
    }
    if (!announce) {
        return true;
    }
    for (auto it = before.constBegin(); it != before.constEnd(); ++it) {
        if (!m_entries.contains(it.key())) {
            emit unblocked(auditEntryFor(*it));
        }
    }
    for (const Entry &entry : std::as_const(m_entries)) {
        const auto old = before.constFind(entry.ip);
        if (old == before.constEnd() || old->blockedUntilMs != entry.blockedUntilMs) {
            emit blocked(entry);
        }
    }
    return true;
}

BlockStore::AuditEntry BlockStore::auditEntryFor(const Entry &lifted) const
{
    // Another process lifted it: its audit line names the block by IP and
    // end, so an older unblock of the same address is not taken for it.
    const QList<AuditEntry> trail = auditTrail();
    for (const AuditEntry &line : trail) {
        if (line.ip == lifted.ip && line.blockedUntilMs == lifted.blockedUntilMs) {
            return line;
        }
    }
    AuditEntry unknown;
    unknown.timeMs = m_clock.nowMs();
    unknown.ip = lifted.ip;
    unknown.failures = lifted.failures;
    unknown.blockedUntilMs = lifted.blockedUntilMs;
    return unknown;
}

QList<BlockStore::AuditEntry> BlockStore::auditTrail(LocalizedText *error) const
{
    QList<AuditEntry> result;
    QFile file(auditPath());
    if (!file.open(QIODevice::ReadOnly)) {
        if (file.exists() && error) {
            *error = say(QT_TRANSLATE_NOOP("BlockStore", "cannot read %1: %2"), {auditPath(), file.errorString()});
        }
        return result;
    }
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (auto it = lines.crbegin(); it != lines.crend(); ++it) {
        const QByteArray text = it->trimmed();
        if (text.isEmpty()) {
            continue;
        }
        AuditEntry entry = auditEntryFromJson(QJsonDocument::fromJson(text).object());
        if (entry.ip.isEmpty() && entry.domain.isEmpty()) {
            entry = AuditEntry();
            entry.unreadable = QString::fromUtf8(text);
        }
        result << entry;
    }
    return result;
}

bool BlockStore::appendAudit(const AuditEntry &entry, LocalizedText *error)
{
    QString why;
    if (appendAuditLine(entry, &why)) {
        return true;
    }
    if (error) {
        *error = say(QT_TRANSLATE_NOOP("BlockStore", "cannot append to %1: %2"), {auditPath(), why});
    }
    return false;
}

bool BlockStore::appendAuditLine(const AuditEntry &entry, QString *why)
{
    QFile audit(auditPath());
    if (!audit.open(QIODevice::WriteOnly | QIODevice::Append)) {
        *why = audit.errorString();
        return false;
    }
    audit.write(QJsonDocument(auditEntryToJson(entry)).toJson(QJsonDocument::Compact) + '\n');
    audit.flush();
    return true;
}

bool BlockStore::save(LocalizedText *error)
{
    const qint64 now = m_clock.nowMs();
    QList<Entry> entries = m_entries.values();
    std::sort(entries.begin(), entries.end(),
              [](const Entry &a, const Entry &b) { return a.lastFailureMs < b.lastFailureMs; });
    QJsonArray list;
    for (const Entry &entry : std::as_const(entries)) {
        if (entry.blockedUntilMs <= now) {
            continue; // expired blocks are not worth keeping
        }
        list << QJsonObject{{QStringLiteral("ip"), entry.ip},
                            {QStringLiteral("failures"), entry.failures},
                            {QStringLiteral("first_failure"), isoTime(entry.firstFailureMs)},
                            {QStringLiteral("last_failure"), isoTime(entry.lastFailureMs)},
                            {QStringLiteral("blocked_until"), isoTime(entry.blockedUntilMs)},
                            {QStringLiteral("nodes"), QJsonArray::fromStringList(entry.nodes)}};
    }
    QSaveFile file(filePath());
    if (!file.open(QIODevice::WriteOnly)) {
        if (error) {
            *error = say(QT_TRANSLATE_NOOP("BlockStore", "cannot write %1: %2"), {filePath(), file.errorString()});
        }
        return false;
    }
    file.write(QJsonDocument(QJsonObject{{QStringLiteral("blocked"), list}}).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        if (error) {
            *error = say(QT_TRANSLATE_NOOP("BlockStore", "cannot write %1: %2"), {filePath(), file.errorString()});
        }
        return false;
    }
    m_stamp = stamp();
    return true;
}

bool BlockStore::isBlocked(const QString &ip)
{
    const auto it = m_entries.constFind(ip);
    if (it == m_entries.constEnd() || it->blockedUntilMs <= m_clock.nowMs()) {
        return false;
    }
    // Another process may have lifted it a moment ago.
    reloadIfChanged();
    const auto again = m_entries.constFind(ip);
    return again != m_entries.constEnd() && again->blockedUntilMs > m_clock.nowMs();
}

std::optional<BlockStore::Entry> BlockStore::entry(const QString &ip)
{
    reloadIfChanged();
    const auto it = m_entries.constFind(ip);
    if (it == m_entries.constEnd()) {
        return std::nullopt;
    }
    return *it;
}

QList<BlockStore::Entry> BlockStore::activeBlocks()
{
    reloadIfChanged();
    QList<Entry> result;
    const qint64 now = m_clock.nowMs();
    for (const Entry &entry : std::as_const(m_entries)) {
        if (entry.blockedUntilMs > now) {
            result << entry;
        }
    }
    std::sort(result.begin(), result.end(),
              [](const Entry &a, const Entry &b) { return a.lastFailureMs < b.lastFailureMs; });
    return result;
}

bool BlockStore::block(const Entry &entry, LocalizedText *error)
{
    reloadIfChanged();
    m_entries.insert(entry.ip, entry);
    // Announced even when the file cannot be written: the block holds in
    // memory until a restart.
    const bool saved = save(error);
    emit blocked(entry);
    return saved;
}

bool BlockStore::unblock(const QString &ip, const QString &who, const QString &reason, LocalizedText *error)
{
    reloadIfChanged();
    const auto it = m_entries.find(ip);
    if (it == m_entries.end() || it->blockedUntilMs <= m_clock.nowMs()) {
        *error = say(QT_TRANSLATE_NOOP("BlockStore", "%1 is not blocked"), {ip});
        return false;
    }
    const Entry removed = *it;
    m_entries.erase(it);
    if (!save(error)) {
        m_entries.insert(removed.ip, removed);
        return false;
    }
    AuditEntry unblock;
    unblock.timeMs = m_clock.nowMs();
    unblock.ip = ip;
    unblock.who = who;
    unblock.reason = reason;
    unblock.failures = removed.failures;
    unblock.blockedUntilMs = removed.blockedUntilMs;
    QString why;
    if (!appendAuditLine(unblock, &why)) {
        *error = say(QT_TRANSLATE_NOOP("BlockStore", "unblocked, but cannot append to %1: %2"), {auditPath(), why});
        emit unblocked(unblock);
        return false;
    }
    emit unblocked(unblock);
    return true;
}

} // namespace mt::policy
