#pragma once

#include <QSortFilterProxyModel>

namespace mt {

// The Blocked IPs table as staff read it: the country by name in the UI's
// language ("Australia (AU)" where BlockedIpModel has "AU"), and only the
// rows whose IP or country (code, English or Polish name) contains the
// filter text. Presentation only: the rows and their source stay
// BlockedIpModel's.
class BlockedIpFilter final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    // Case-insensitive; empty shows every row.
    void setFilterText(const QString &text);
    QString filterText() const { return m_text; }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
};

} // namespace mt
