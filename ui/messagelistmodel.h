#pragma once

#include "smtp/messagestore.h"

#include <QAbstractTableModel>
#include <QFuture>

namespace mt {

// The messages the built-in server accepted (newest last): received,
// sender, recipients, client address, size. refresh() reads what is new in
// the store off the GUI thread (a first look at a big store reads all of
// it), then resets the rows.
class MessageListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Received,
        Sender,
        Recipients,
        Client,
        Size,
        ColumnCount
    };
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit MessageListModel(smtp::MessageStore &store, QObject *parent = nullptr);
    // Waits for a read still under way (it uses the store).
    ~MessageListModel() override;

    void refresh();
    QString idAt(int row) const;
    int rowOf(const QString &id) const; // -1 when gone

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    smtp::MessageStore &m_store;
    QList<smtp::MessageStore::Stored> m_messages;
    QFuture<QList<smtp::MessageStore::Stored>> m_reading;
    bool m_readAgain = false; // asked while a read was under way
};

} // namespace mt
