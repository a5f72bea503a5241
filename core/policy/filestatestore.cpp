#include "filestatestore.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <algorithm>

namespace mt::policy {

namespace {

LocalizedText say(const char *source, QStringList args = {})
{
    return {"StateStore", source, std::move(args)};
}

QJsonValue timeValue(qint64 ms)
{
    return ms > 0 ? QJsonValue(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs))
                  : QJsonValue(QJsonValue::Null);
}

qint64 timeOf(const QJsonValue &value)
{
    const QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return time.isValid() ? time.toMSecsSinceEpoch() : 0;
}

} // namespace

FileStateStore::FileStateStore(const QString &stateDir, const Clock &clock, QObject *parent)
    : StateStore(parent)
    , m_dir(stateDir)
    , m_blocks(stateDir, clock)
{
    connect(&m_blocks, &BlockStore::blocked, this, &StateStore::blocked);
    connect(&m_blocks, &BlockStore::unblocked, this, [this](const AuditEntry &unblock) {
        // Staff lifted the block (here or in another process): the count starts again.
        m_failures.remove(unblock.ip);
        emit unblocked(unblock);
    });
}

FileStateStore::~FileStateStore() = default;

bool FileStateStore::open(QList<LocalizedText> *messages)
{
    return m_blocks.open(messages);
}

QString FileStateStore::description() const
{
    return QStringLiteral("file:%1").arg(QDir::toNativeSeparators(m_dir));
}

QString FileStateStore::exceptionsPath() const
{
    return QDir(m_dir).filePath(QStringLiteral("exceptions.json"));
}

void FileStateStore::recordFailedLogin(const QString &ip, qint64 nowMs, qint64 windowMs, int limit, qint64 blockMs,
                                       Reply<FailureOutcome> done)
{
    auto it = m_failures.find(ip);
    if (it == m_failures.end()) {
        it = m_failures.insert(ip, SlidingWindow(windowMs));
    }
    it->add(nowMs);
    FailureOutcome outcome;
    outcome.failures = it->count(nowMs);
    if (outcome.failures > limit) {
        BlockEntry entry;
        entry.ip = ip;
        entry.failures = outcome.failures;
        entry.firstFailureMs = it->oldest();
        entry.lastFailureMs = nowMs;
        entry.blockedUntilMs = nowMs + blockMs;
        entry.nodes = QStringList{nodeName()};
        LocalizedText error;
        if (!m_blocks.block(entry, &error)) {
            // The log's language; the block holds in memory until a restart.
            qWarning("%s", qUtf8Printable(error.render(Language::English)));
        }
        outcome.block = entry;
    }
    done({true, outcome, {}});
}

void FileStateStore::failedLogins(const QString &ip, qint64 nowMs, qint64 windowMs, Reply<int> done)
{
    const auto it = m_failures.constFind(ip);
    done({true, it == m_failures.constEnd() ? 0 : it->count(nowMs, windowMs), {}});
}

void FileStateStore::blockOf(const QString &ip, qint64 nowMs, Reply<std::optional<BlockEntry>> done)
{
    // entry() looks at the file's stamp first: a block or unblock by another
    // process counts at once.
    std::optional<BlockEntry> entry = m_blocks.entry(ip);
    if (entry && entry->blockedUntilMs <= nowMs) {
        entry.reset();
    }
    done({true, entry, {}});
}

void FileStateStore::activeBlocks(qint64, Reply<QList<BlockEntry>> done)
{
    done({true, m_blocks.activeBlocks(), {}});
}

void FileStateStore::unblock(const QString &ip, const QString &who, const QString &reason, qint64,
                             Reply<AuditEntry> done)
{
    LocalizedText error;
    std::optional<AuditEntry> lifted;
    auto once =
        connect(&m_blocks, &BlockStore::unblocked, this, [&lifted](const AuditEntry &entry) { lifted = entry; });
    const bool ok = m_blocks.unblock(ip, who, reason, &error);
    disconnect(once);
    if (!ok) {
        done(StoreAnswer<AuditEntry>::failed(error));
        return;
    }
    done({true, lifted.value_or(AuditEntry()), {}});
}

void FileStateStore::auditTrail(Reply<QList<AuditEntry>> done)
{
    LocalizedText error;
    QList<AuditEntry> trail = m_blocks.auditTrail(&error);
    if (!error.isEmpty()) {
        done(StoreAnswer<QList<AuditEntry>>::failed(error));
        return;
    }
    done({true, trail, {}});
}

SlidingWindow &FileStateStore::window(Counter counter, const QString &key, qint64 spanMs)
{
    const QPair<int, QString> id(int(counter), key);
    auto it = m_windows.find(id);
    if (it == m_windows.end()) {
        it = m_windows.insert(id, SlidingWindow(spanMs));
    }
    return *it;
}

void FileStateStore::admit(Counter counter, const QStringList &keys, const QList<Window> &windows, qint64 nowMs,
                           Reply<bool> done)
{
    const qint64 span = widestSpan(windows);
    for (const QString &key : keys) {
        if (reached(counter, key, windows, nowMs)) {
            done({true, false, {}});
            return;
        }
    }
    for (const QString &key : keys) {
        window(counter, key, span).add(nowMs);
    }
    done({true, true, {}});
}

void FileStateStore::admitUnlessBlocked(const QString &ip, Counter counter, const QStringList &keys,
                                        const QList<Window> &windows, qint64 nowMs, Reply<Admission> done)
{
    bool blocked = false;
    blockOf(ip, nowMs, [&blocked](StoreAnswer<std::optional<BlockEntry>> block) { blocked = block.value.has_value(); });
    if (blocked) {
        done({true, Admission::Blocked, {}});
        return;
    }
    admit(counter, keys, windows, nowMs, [done](StoreAnswer<bool> admitted) {
        done({true, admitted.value ? Admission::Admitted : Admission::OverLimit, {}});
    });
}

void FileStateStore::add(Counter counter, const QString &key, qint64 nowMs, qint64 spanMs, Reply<int> done)
{
    SlidingWindow &events = window(counter, key, spanMs);
    events.add(nowMs);
    if (done) {
        done({true, events.count(nowMs), {}});
    }
}

int FileStateStore::events(Counter counter, const QString &key, qint64 nowMs, qint64 windowMs) const
{
    const auto it = m_windows.constFind({int(counter), key});
    return it == m_windows.constEnd() ? 0 : it->count(nowMs, windowMs);
}

bool FileStateStore::reached(Counter counter, const QString &key, const QList<Window> &windows, qint64 nowMs) const
{
    // One lookup for all of the windows: this runs for every message.
    const auto it = m_windows.constFind({int(counter), key});
    return it != m_windows.constEnd() && std::any_of(windows.cbegin(), windows.cend(), [&](const Window &limit) {
               return it->count(nowMs, limit.ms) >= limit.limit;
           });
}

void FileStateStore::senderCounts(const QString &ip, const QString &login, const QList<Window> &windows,
                                  qint64 queueWindowMs, qint64 nowMs, bool withBlock, Reply<SenderCounts> done)
{
    SenderCounts counts;
    counts.rateReached =
        reached(Counter::Messages, ip, windows, nowMs) || reached(Counter::Messages, login, windows, nowMs);
    counts.queueAll = events(Counter::QueueAll, ip, nowMs, queueWindowMs);
    counts.queueFailed = events(Counter::QueueFailed, ip, nowMs, queueWindowMs);
    if (withBlock) {
        blockOf(ip, nowMs, [&counts](StoreAnswer<std::optional<BlockEntry>> block) { counts.block = block.value; });
    }
    done({true, counts, {}});
}

QList<CountryException> FileStateStore::readExceptions(LocalizedText *error) const
{
    QList<CountryException> result;
    QFile file(exceptionsPath());
    if (!file.exists()) {
        return result;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *error = say(QT_TRANSLATE_NOOP("StateStore", "cannot read %1: %2"), {exceptionsPath(), file.errorString()});
        return result;
    }
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll());
    if (!document.isObject()) {
        *error = say(QT_TRANSLATE_NOOP("StateStore", "%1 is damaged"), {exceptionsPath()});
        return result;
    }
    for (const QJsonValue &value : document.object().value(QStringLiteral("countries")).toArray()) {
        const QJsonObject object = value.toObject();
        CountryException exception;
        exception.domain = object.value(QStringLiteral("domain")).toString().toLower();
        exception.country = object.value(QStringLiteral("country")).toString().toUpper();
        exception.who = object.value(QStringLiteral("by")).toString();
        exception.reason = object.value(QStringLiteral("reason")).toString();
        exception.grantedMs = timeOf(object.value(QStringLiteral("granted")));
        exception.expiresMs = timeOf(object.value(QStringLiteral("expires")));
        if (!exception.domain.isEmpty() && exception.country.size() == 2) {
            result << exception;
        }
    }
    return result;
}

bool FileStateStore::writeExceptions(const QList<CountryException> &exceptions, LocalizedText *error)
{
    QJsonArray list;
    for (const CountryException &exception : exceptions) {
        list << QJsonObject{{QStringLiteral("domain"), exception.domain},
                            {QStringLiteral("country"), exception.country},
                            {QStringLiteral("by"), exception.who},
                            {QStringLiteral("reason"), exception.reason},
                            {QStringLiteral("granted"), timeValue(exception.grantedMs)},
                            {QStringLiteral("expires"), timeValue(exception.expiresMs)}};
    }
    QSaveFile file(exceptionsPath());
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(QJsonDocument(QJsonObject{{QStringLiteral("countries"), list}}).toJson()) < 0 || !file.commit()) {
        *error = say(QT_TRANSLATE_NOOP("StateStore", "cannot write %1: %2"), {exceptionsPath(), file.errorString()});
        return false;
    }
    return true;
}

void FileStateStore::grantCountry(const CountryException &exception, Reply<bool> done)
{
    LocalizedText error;
    QList<CountryException> exceptions = readExceptions(&error);
    exceptions.removeIf([&](const CountryException &old) {
        return old.domain == exception.domain && old.country == exception.country;
    });
    exceptions << exception;
    AuditEntry line;
    line.action = AuditEntry::Action::GrantCountry;
    line.timeMs = exception.grantedMs;
    line.who = exception.who;
    line.reason = exception.reason;
    line.domain = exception.domain;
    line.country = exception.country;
    line.expiresMs = exception.expiresMs;
    if (!error.isEmpty() || !writeExceptions(exceptions, &error) || !m_blocks.appendAudit(line, &error)) {
        done(StoreAnswer<bool>::failed(error));
        return;
    }
    emit exceptionsChanged();
    done({true, true, {}});
}

void FileStateStore::revokeCountry(const QString &domain, const QString &country, const QString &who,
                                   const QString &reason, qint64 nowMs, Reply<bool> done)
{
    LocalizedText error;
    QList<CountryException> exceptions = readExceptions(&error);
    const qsizetype removed = exceptions.removeIf([&](const CountryException &old) {
        return old.domain == domain.toLower() && old.country == country.toUpper();
    });
    if (error.isEmpty() && removed == 0) {
        error = say(QT_TRANSLATE_NOOP("StateStore", "%1 has no exception for %2"), {domain, country});
    }
    AuditEntry line;
    line.action = AuditEntry::Action::RevokeCountry;
    line.timeMs = nowMs;
    line.who = who;
    line.reason = reason;
    line.domain = domain.toLower();
    line.country = country.toUpper();
    if (!error.isEmpty() || !writeExceptions(exceptions, &error) || !m_blocks.appendAudit(line, &error)) {
        done(StoreAnswer<bool>::failed(error));
        return;
    }
    emit exceptionsChanged();
    done({true, true, {}});
}

void FileStateStore::countryExceptions(qint64 nowMs, Reply<QList<CountryException>> done)
{
    LocalizedText error;
    QList<CountryException> exceptions = readExceptions(&error);
    if (!error.isEmpty()) {
        done(StoreAnswer<QList<CountryException>>::failed(error));
        return;
    }
    exceptions.removeIf([nowMs](const CountryException &exception) { return !exception.activeAt(nowMs); });
    done({true, exceptions, {}});
}

} // namespace mt::policy
