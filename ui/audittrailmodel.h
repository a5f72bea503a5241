#pragma once

#include <QAbstractTableModel>
#include <QJsonObject>

namespace mt {

// The unblock audit trail (BlockStore's unblocks.log, one JSON object a
// line), newest first: when, who, which IP, why. A line that is not such an
// object is shown as it is, never dropped.
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

    // Reads PATH; false with ERROR when it exists and cannot be read.
    bool load(const QString &path, QString *error);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Line
    {
        QJsonObject entry; // empty when RAW is not an object
        QString raw;
    };
    QList<Line> m_lines;
};

} // namespace mt
