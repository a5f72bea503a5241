#pragma once

#include <QStyledItemDelegate>

namespace mt {

// Draws a bar behind a cell's text, as long as the cell's share (a number
// from 0 to 1 under ROLE) of the column width: the hops table's delays.
class DelayBarDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    DelayBarDelegate(int role, QObject *parent = nullptr)
        : QStyledItemDelegate(parent)
        , m_role(role)
    {}

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_role;
};

} // namespace mt
