#include "delaybardelegate.h"

#include <QPainter>

namespace mt {

void DelayBarDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const double fraction = qBound(0.0, index.data(m_role).toDouble(), 1.0);
    if (fraction > 0.0) {
        QRect bar = option.rect.adjusted(2, 3, -2, -3);
        bar.setWidth(qMax(2, int(bar.width() * fraction)));
        QColor colour = option.palette.highlight().color();
        colour.setAlpha(90);
        painter->fillRect(bar, colour);
    }
    QStyledItemDelegate::paint(painter, option, index);
}

} // namespace mt
