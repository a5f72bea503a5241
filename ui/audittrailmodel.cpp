#include "audittrailmodel.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QLocale>

namespace mt {

AuditTrailModel::AuditTrailModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

bool AuditTrailModel::load(const QString &path, QString *error)
{
    QList<Line> lines;
    QFile file(path);
    bool ok = true;
    if (file.open(QIODevice::ReadOnly)) {
        const QList<QByteArray> raw = file.readAll().split('\n');
        for (auto it = raw.crbegin(); it != raw.crend(); ++it) {
            const QByteArray text = it->trimmed();
            if (text.isEmpty()) {
                continue;
            }
            const QJsonDocument document = QJsonDocument::fromJson(text);
            lines.append({document.object(), QString::fromUtf8(text)});
        }
    } else if (file.exists()) {
        *error = file.errorString();
        ok = false;
    }
    beginResetModel();
    m_lines = lines;
    endResetModel();
    return ok;
}

int AuditTrailModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
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
    const Line &line = m_lines.at(index.row());
    if (line.entry.isEmpty()) {
        return index.column() == Reason ? line.raw : QVariant();
    }
    const QJsonObject &entry = line.entry;
    switch (index.column()) {
    case Time: {
        const QDateTime time = QDateTime::fromString(entry.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs);
        return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat)
                              : entry.value(QStringLiteral("time")).toString();
    }
    case Who:
        return entry.value(QStringLiteral("by")).toString();
    case Ip:
        return entry.value(QStringLiteral("ip")).toString();
    case Failures:
        return entry.value(QStringLiteral("failures")).toInt();
    case Reason:
        return entry.value(QStringLiteral("reason")).toString();
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
        return tr("Unblocked");
    case Who:
        return tr("By");
    case Ip:
        return tr("IP address");
    case Failures:
        return tr("Failures");
    case Reason:
        return tr("Reason");
    default:
        return {};
    }
}

} // namespace mt
