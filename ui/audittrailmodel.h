#pragma once

#include "policy/statestore.h"

#include <QAbstractTableModel>

namespace mt {

// The unblock audit trail as BlockStore gives it (its values, newest
// first): when, who, which IP, why. A damaged line is shown as it is, never
// dropped.
class AuditTrailModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Time,
        Who,
        Ip,
        Failures,
        Reason,
        ColumnCount
    };

    explicit AuditTrailModel(QObject *parent = nullptr);

    void setEntries(const QList<policy::AuditEntry> &entries);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<policy::AuditEntry> m_entries;
};

} // namespace mt
