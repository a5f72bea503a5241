#include "historymodel.h"

#include "common/textutil.h"

#include <QLocale>

namespace mt {

HistoryModel::HistoryModel(History &history, QObject *parent)
    : QAbstractListModel(parent)
    , m_history(history)
{}

void HistoryModel::setLanguage(Language language)
{
    m_language = language;
    if (!m_history.entries().isEmpty()) {
        emit dataChanged(index(0), index(int(m_history.entries().size()) - 1));
    }
}

bool HistoryModel::add(const HistoryEntry &entry)
{
    beginResetModel(); // the entry may move from anywhere to the top
    const bool kept = m_history.add(entry);
    endResetModel();
    return !kept || m_history.save();
}

bool HistoryModel::remove(const QStringList &inputs)
{
    // From the bottom, so the rows above keep their numbers.
    for (int row = int(m_history.entries().size()) - 1; row >= 0; --row) {
        const QString input = m_history.entries().at(row).input;
        if (inputs.contains(input)) {
            beginRemoveRows({}, row, row);
            m_history.remove(input);
            endRemoveRows();
        }
    }
    return m_history.save();
}

bool HistoryModel::clear()
{
    beginResetModel();
    m_history.clear();
    endResetModel();
    return m_history.save();
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_history.entries().size());
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const HistoryEntry &entry = m_history.entries().at(index.row());
    const QString when = QLocale().toString(entry.time.toLocalTime(), QLocale::ShortFormat);
    switch (role) {
    case Qt::DisplayRole: {
        const QString firstLine = entry.input.trimmed().section(QLatin1Char('\n'), 0, 0);
        return QStringLiteral("%1\n%2 · %3")
            .arg(text::shown(firstLine, 60), inputKindLabel(entry.kind).render(m_language), when);
    }
    case Qt::DecorationRole:
        return m_icons.icon(entry.worst);
    case Qt::ToolTipRole:
        return tr("%1 checked on %2; findings: %3, the worst: %4. Press Enter or double-click to check it again.")
            .arg(inputKindLabel(entry.kind).render(m_language), when, QString::number(entry.findingCount),
                 severityLabel(entry.worst).render(m_language));
    case SearchTextRole:
        return QStringList{entry.input, inputKindLabel(entry.kind).render(m_language), when}.join(QLatin1Char('\n'));
    case Qt::AccessibleTextRole:
        return text::shown(entry.input.trimmed(), 200);
    case InputRole:
        return entry.input;
    default:
        return {};
    }
}

} // namespace mt
