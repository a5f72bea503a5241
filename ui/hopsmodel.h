#pragma once

#include "checks/finding.h"

#include <QAbstractTableModel>
#include <QVariantList>

namespace mt {

// The path of an analyzed message as a table, one row per hop (oldest
// first), from the facts of its "hops.path" finding. The delay column
// carries, under DelayFractionRole, the hop's share of the longest delay,
// for the bar the view draws behind it.
class HopsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        HopColumn,
        FromColumn,
        IpColumn,
        ByColumn,
        ProtocolColumn,
        DelayColumn,
        DateColumn,
        ColumnCount,
    };
    static constexpr int DelayFractionRole = Qt::UserRole + 1;

    using QAbstractTableModel::QAbstractTableModel;

    // Takes the hops from FINDINGS when they contain a "hops.path" finding.
    void append(const mt::Findings &findings);
    void clear();
    // Header texts in the UI's current language.
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariantList m_hops;
    QString m_sendingIp;
    qint64 m_longestDelay = 0;
};

} // namespace mt
