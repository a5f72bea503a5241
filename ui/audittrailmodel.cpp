#include "audittrailmodel.h"

#include <QDateTime>
#include <QLocale>

namespace mt {

AuditTrailModel::AuditTrailModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void AuditTrailModel::setEntries(const QList<policy::AuditEntry> &entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

int AuditTrailModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditTrailModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditTrailModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) {
        return {};
    }
    const policy::AuditEntry &entry = m_entries.at(index.row());
    if (!entry.unreadable.isEmpty()) {
        return index.column() == Reason ? entry.unreadable : QVariant();
    }
    switch (index.column()) {
    case Time:
        return entry.timeMs > 0 ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(entry.timeMs), QLocale::ShortFormat)
                                : QString();
    case Who:
        return entry.who;
    case Ip:
        // Country exceptions share the trail with unblocks.
        switch (entry.action) {
        case policy::AuditEntry::Action::GrantCountry:
            return tr("%1 allowed from %2").arg(entry.domain, entry.country);
        case policy::AuditEntry::Action::RevokeCountry:
            return tr("%1 no longer allowed from %2").arg(entry.domain, entry.country);
        case policy::AuditEntry::Action::Unblock:
            break;
        }
        return entry.ip;
    case Failures:
        return entry.action == policy::AuditEntry::Action::Unblock ? QVariant(entry.failures) : QVariant();
    case Reason:
        return entry.reason;
    default:
        return {};
    }
}

QVariant AuditTrailModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Time:
        return tr("When");
    case Who:
        return tr("By");
    case Ip:
        return tr("Unblocked IP or exception");
    case Failures:
        return tr("Failures");
    case Reason:
        return tr("Reason");
    default:
        return {};
    }
}

} // namespace mt
