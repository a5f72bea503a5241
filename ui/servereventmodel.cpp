#include "servereventmodel.h"

#include <QBrush>
#include <QPalette>

namespace mt {

namespace {

QString timeText(const QDateTime &time)
{
    return time.toString(QStringLiteral("HH:mm:ss"));
}

} // namespace

ServerEventModel::ServerEventModel(QObject *parent)
    : QAbstractListModel(parent)
{}

void ServerEventModel::append(const QString &line)
{
    if (m_events.size() >= maxEvents) {
        const int drop = maxEvents / 10; // in batches, not one row per event
        beginRemoveRows({}, 0, drop - 1);
        m_events.remove(0, drop);
        endRemoveRows();
    }
    beginInsertRows({}, int(m_events.size()), int(m_events.size()));
    m_events.append({QDateTime::currentDateTime(), line});
    endInsertRows();
}

void ServerEventModel::clear()
{
    beginResetModel();
    m_events.clear();
    endResetModel();
}

QString ServerEventModel::text() const
{
    QStringList lines;
    lines.reserve(m_events.size());
    for (const Event &event : m_events) {
        lines << timeText(event.time) + QLatin1Char(' ') + event.line;
    }
    return lines.join(QLatin1Char('\n'));
}

int ServerEventModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

QVariant ServerEventModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Event &event = m_events.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return timeText(event.time) + QLatin1Char(' ') + event.line;
    case Qt::ToolTipRole:
        return event.time.toString(Qt::ISODateWithMs);
    case Qt::ForegroundRole:
        // Refusals and blocks stand out from the routine lines.
        if (event.line.startsWith(QLatin1String("reject")) || event.line.startsWith(QLatin1String("blocked")) ||
            event.line.startsWith(QLatin1String("auth-failed")) ||
            event.line.startsWith(QLatin1String("store-failed"))) {
            return QBrush(Qt::darkRed);
        }
        return {};
    default:
        return {};
    }
}

} // namespace mt
