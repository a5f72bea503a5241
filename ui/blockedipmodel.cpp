#include "blockedipmodel.h"

#include <QDateTime>
#include <QLocale>
#include <QTimer>

namespace mt {

BlockedIpModel::BlockedIpModel(policy::StateStore &store, const policy::Clock &clock, QObject *parent)
    : QAbstractTableModel(parent)
    , m_clock(clock)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &BlockedIpModel::tick);
    m_timer->start();
    setStore(store);
}

void BlockedIpModel::setStore(policy::StateStore &store)
{
    if (m_store) {
        disconnect(m_store, nullptr, this, nullptr);
    }
    m_store = &store;
    m_asking = false;
    connect(m_store, &policy::StateStore::blocked, this, &BlockedIpModel::show);
    connect(m_store, &policy::StateStore::unblocked, this,
            [this](const policy::AuditEntry &unblock) { remove(unblock.ip); });
    // Reachable again: blocks may have come and gone meanwhile. Unreachable:
    // the question fails at once and storeError() says why.
    connect(m_store, &policy::StateStore::availabilityChanged, this, &BlockedIpModel::refresh);
    refresh();
}

void BlockedIpModel::setCountryLookup(CountryLookup lookup)
{
    m_countryOf = std::move(lookup);
    m_countries.clear();
    if (!m_entries.isEmpty()) {
        emit dataChanged(index(0, Country), index(int(m_entries.size()) - 1, Country));
    }
}

void BlockedIpModel::refresh()
{
    if (!m_store || m_asking) {
        return; // the last question is still out (a slow Redis)
    }
    m_asking = true;
    m_askedMs = m_clock.nowMs();
    m_store->activeBlocks(m_askedMs, [self = QPointer<BlockedIpModel>(this),
                                      store = m_store](policy::StoreAnswer<QList<policy::BlockEntry>> answer) {
        if (!self || self->m_store != store) {
            return;
        }
        self->m_asking = false;
        const bool wasFailing = !self->m_storeError.isEmpty();
        self->m_storeError = answer.ok ? LocalizedText() : answer.error;
        if (wasFailing != !self->m_storeError.isEmpty()) {
            emit self->storeStatusChanged();
        }
        if (answer.ok) {
            self->update(answer.value);
        }
    });
}

void BlockedIpModel::update(const QList<policy::BlockEntry> &now)
{
    // Remove the rows that went, from the bottom so indexes stay valid.
    for (int row = int(m_entries.size()) - 1; row >= 0; --row) {
        const QString ip = m_entries.at(row).ip;
        if (std::none_of(now.begin(), now.end(), [&](const auto &entry) { return entry.ip == ip; })) {
            remove(ip);
        }
    }
    for (const policy::BlockEntry &entry : now) {
        show(entry);
    }
}

void BlockedIpModel::tick()
{
    const qint64 now = m_clock.nowMs();
    removeExpired(now);
    if (!m_entries.isEmpty()) {
        emit dataChanged(index(0, BlockedUntil), index(int(m_entries.size()) - 1, BlockedUntil),
                         {Qt::DisplayRole, RemainingMsRole});
    }
    const qint64 interval = m_storeError.isEmpty() ? resyncMs : retryMs;
    // A clock set back (now < m_askedMs) would otherwise delay the next read.
    if (now - m_askedMs >= interval || now < m_askedMs) {
        refresh();
    }
}

void BlockedIpModel::removeExpired(qint64 nowMs)
{
    for (int row = int(m_entries.size()) - 1; row >= 0; --row) {
        if (m_entries.at(row).blockedUntilMs <= nowMs) {
            beginRemoveRows({}, row, row);
            m_entries.removeAt(row);
            endRemoveRows();
        }
    }
}

void BlockedIpModel::show(const policy::BlockEntry &entry)
{
    const auto existing =
        std::find_if(m_entries.begin(), m_entries.end(), [&](const auto &e) { return e.ip == entry.ip; });
    if (existing != m_entries.end()) {
        if (existing->blockedUntilMs != entry.blockedUntilMs || existing->failures != entry.failures ||
            existing->nodes != entry.nodes) {
            *existing = entry;
            const int row = int(existing - m_entries.begin());
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
        return;
    }
    if (entry.blockedUntilMs <= m_clock.nowMs()) {
        return;
    }
    beginInsertRows({}, int(m_entries.size()), int(m_entries.size()));
    m_entries.append(entry);
    endInsertRows();
}

void BlockedIpModel::remove(const QString &ip)
{
    const auto existing = std::find_if(m_entries.begin(), m_entries.end(), [&](const auto &e) { return e.ip == ip; });
    if (existing == m_entries.end()) {
        return;
    }
    const int row = int(existing - m_entries.begin());
    beginRemoveRows({}, row, row);
    m_entries.removeAt(row);
    endRemoveRows();
}

QString BlockedIpModel::ipAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? m_entries.at(row).ip : QString();
}

int BlockedIpModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int BlockedIpModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString BlockedIpModel::remainingText(qint64 ms)
{
    const qint64 seconds = std::max<qint64>(0, (ms + 999) / 1000);
    const qint64 hours = seconds / 3600;
    const qint64 minutes = (seconds % 3600) / 60;
    const qint64 rest = seconds % 60;
    if (hours > 0) {
        return tr("%1 h %2 min %3 s")
            .arg(hours)
            .arg(minutes, 2, 10, QLatin1Char('0'))
            .arg(rest, 2, 10, QLatin1Char('0'));
    }
    if (minutes > 0) {
        return tr("%1 min %2 s").arg(minutes).arg(rest, 2, 10, QLatin1Char('0'));
    }
    return tr("%1 s").arg(rest);
}

QVariant BlockedIpModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const policy::BlockEntry &entry = m_entries.at(index.row());
    const qint64 remaining = entry.blockedUntilMs - m_clock.nowMs();
    if (role == IpRole) {
        return entry.ip;
    }
    if (role == RemainingMsRole) {
        return remaining;
    }
    auto when = [](qint64 ms) { return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat); };
    if (role == Qt::ToolTipRole && index.column() == BlockedUntil) {
        return tr("Blocked until %1").arg(when(entry.blockedUntilMs));
    }
    if (role == Qt::TextAlignmentRole && index.column() == Failures) {
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (index.column()) {
    case Ip:
        return entry.ip;
    case Failures:
        return entry.failures;
    case FirstFailure:
        return when(entry.firstFailureMs);
    case LastFailure:
        return when(entry.lastFailureMs);
    case BlockedUntil:
        return remaining > 0 ? tr("%1 (%2 left)")
                                   .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(entry.blockedUntilMs).time(),
                                                           QLocale::ShortFormat),
                                        remainingText(remaining))
                             : tr("expired");
    case Country: {
        if (!m_countryOf) {
            return tr("(no GeoIP)");
        }
        auto cached = m_countries.constFind(entry.ip);
        if (cached == m_countries.constEnd()) {
            cached = m_countries.insert(entry.ip, m_countryOf(QHostAddress(entry.ip)));
        }
        return cached->isEmpty() ? tr("unknown") : *cached;
    }
    case Nodes:
        return entry.nodes.join(QStringLiteral(", "));
    default:
        return {};
    }
}

QVariant BlockedIpModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Ip:
        return tr("IP address");
    case Failures:
        return tr("Failures");
    case FirstFailure:
        return tr("First failure");
    case LastFailure:
        return tr("Last failure");
    case BlockedUntil:
        return tr("Blocked until");
    case Country:
        return tr("Country");
    case Nodes:
        return tr("Recorded by");
    default:
        return {};
    }
}

} // namespace mt
