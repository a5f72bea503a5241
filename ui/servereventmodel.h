#pragma once

#include "smtp/serverevent.h"

#include <QAbstractListModel>
#include <QDateTime>

namespace mt {

// The built-in server's events as they come, each with the local time it
// arrived, rendered in the UI's language when shown (so a language switch
// re-renders the whole log); the oldest go once there are more than
// maxEvents.
class ServerEventModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    static constexpr int maxEvents = 5000;
    static constexpr int KindRole = Qt::UserRole + 1; // the event's ServerEvent::Kind, as int

    explicit ServerEventModel(QObject *parent = nullptr);

    void append(const smtp::ServerEvent &event);
    void clear();
    // "HH:mm:ss text", for copying the log.
    QString text() const;
    // The UI language changed: every row is shown anew.
    void retranslate();

    // One event in the UI's language, as the log shows it.
    static QString describe(const smtp::ServerEvent &event);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QDateTime time;
        smtp::ServerEvent event;
    };
    QList<Row> m_rows;
};

} // namespace mt
