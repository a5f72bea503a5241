#include "hopsmodel.h"

#include "message/hopfindings.h"
#include "tonecolours.h"

#include <QBrush>
#include <QFont>
#include <QPalette>

namespace mt {

void HopsModel::append(const Findings &findings)
{
    for (const Finding &finding : findings) {
        if (finding.code != QLatin1String("hops.path")) {
            continue;
        }
        beginResetModel();
        m_hops = finding.data.value(QStringLiteral("hops")).toList();
        m_sendingIp = finding.data.value(QStringLiteral("sending_ip")).toString();
        m_longestDelay = 0;
        for (const QVariant &hop : std::as_const(m_hops)) {
            const QVariantMap map = hop.toMap();
            if (!map.value(QStringLiteral("clock_skew")).toBool()) {
                m_longestDelay = qMax(m_longestDelay, map.value(QStringLiteral("delay_s")).toLongLong());
            }
        }
        endResetModel();
    }
}

void HopsModel::clear()
{
    beginResetModel();
    m_hops.clear();
    m_sendingIp.clear();
    m_longestDelay = 0;
    endResetModel();
}

void HopsModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int HopsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hops.size());
}

int HopsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HopsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const QVariantMap hop = m_hops.at(index.row()).toMap();
    auto text = [&hop](const char *key) { return hop.value(QLatin1String(key)).toString(); };
    const bool skew = hop.value(QStringLiteral("clock_skew")).toBool();
    const bool sending = !m_sendingIp.isEmpty() && text("from_ip") == m_sendingIp;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case HopColumn:
            return index.row() + 1;
        case FromColumn: {
            const QString host = text("from_host");
            const QString helo = text("from_helo");
            if (!host.isEmpty() && !helo.isEmpty() && host != helo) {
                return tr("%1 (HELO %2)").arg(host, helo);
            }
            return host.isEmpty() ? helo : host;
        }
        case IpColumn:
            return text("from_ip");
        case ByColumn:
            return text("by");
        case ProtocolColumn:
            return text("tls").isEmpty() ? text("with") : QStringLiteral("%1, %2").arg(text("with"), text("tls"));
        case DelayColumn:
            return hop.contains(QStringLiteral("delay_s"))
                       ? message::durationText(hop.value(QStringLiteral("delay_s")).toLongLong())
                       : QString();
        case DateColumn:
            return text("date");
        default:
            return {};
        }
    case DelayFractionRole:
        if (index.column() != DelayColumn || skew || m_longestDelay <= 0) {
            return 0.0;
        }
        return double(qMax<qint64>(0, hop.value(QStringLiteral("delay_s")).toLongLong())) / double(m_longestDelay);
    case Qt::ToolTipRole:
        if (skew) {
            return tr("The clocks of the servers disagree here: this delay is not real.");
        }
        if (sending) {
            return tr("The server that handed the message in: its SPF and reputation count.");
        }
        return hop.value(QStringLiteral("internal")).toBool() ? tr("A hop inside the receiving organisation.")
                                                              : QVariant();
    case Qt::FontRole:
        if (sending) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        if (skew && index.column() == DelayColumn) {
            return QBrush(toneColour(Tone::Problem, QPalette()));
        }
        return {};
    default:
        return {};
    }
}

QVariant HopsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case HopColumn:
        return tr("Hop");
    case FromColumn:
        return tr("From");
    case IpColumn:
        return tr("IP");
    case ByColumn:
        return tr("Received by");
    case ProtocolColumn:
        return tr("Protocol");
    case DelayColumn:
        return tr("Delay");
    case DateColumn:
        return tr("Date (UTC)");
    default:
        return {};
    }
}

} // namespace mt
