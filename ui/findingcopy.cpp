#include "findingcopy.h"

#include "findingsmodel.h"

#include <QStringList>

namespace mt {

QString copyTextFor(const QModelIndex &index)
{
    if (!index.isValid()) {
        return {};
    }
    const QAbstractItemModel *model = index.model();
    const QModelIndex row = index.siblingAtColumn(0);
    const auto node = static_cast<FindingsModel::Node>(row.data(FindingsModel::NodeRole).toInt());
    auto findingText = [](const QModelIndex &finding) {
        QString text = finding.siblingAtColumn(FindingsModel::SummaryColumn).data().toString();
        const QString advice = finding.data(FindingsModel::AdviceRole).toString();
        if (!advice.isEmpty()) {
            text += QLatin1Char('\n') + advice;
        }
        return text;
    };
    switch (node) {
    case FindingsModel::Node::Group: {
        QStringList lines;
        for (int child = 0; child < model->rowCount(row); ++child) {
            lines << findingText(model->index(child, 0, row));
        }
        return lines.join(QStringLiteral("\n\n"));
    }
    case FindingsModel::Node::Finding:
        return findingText(row);
    case FindingsModel::Node::Detail:
        return row.siblingAtColumn(FindingsModel::SummaryColumn).data(Qt::ToolTipRole).toString();
    }
    return {};
}

QString proposedRecord(const Finding &finding)
{
    for (const char *key : {"corrected_record", "suggested_record"}) {
        const QString record = finding.data.value(QLatin1String(key)).toString();
        if (!record.isEmpty()) {
            return record;
        }
    }
    return {};
}

} // namespace mt
