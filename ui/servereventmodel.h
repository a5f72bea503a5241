#pragma once

#include <QAbstractListModel>
#include <QDateTime>

namespace mt {

// The built-in server's event lines as they come, each with the local time
// it arrived; the oldest go once there are more than maxEvents.
class ServerEventModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    static constexpr int maxEvents = 5000;

    explicit ServerEventModel(QObject *parent = nullptr);

    void append(const QString &line);
    void clear();
    // "HH:mm:ss line", for copying the log.
    QString text() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    struct Event
    {
        QDateTime time;
        QString line;
    };
    QList<Event> m_events;
};

} // namespace mt
