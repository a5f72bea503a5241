#include "messagelistmodel.h"

#include <QDateTime>
#include <QLocale>
#include <QtConcurrent/QtConcurrentRun>

namespace mt {

MessageListModel::MessageListModel(smtp::MessageStore &store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{}

MessageListModel::~MessageListModel()
{
    m_reading.waitForFinished();
}

void MessageListModel::refresh()
{
    if (m_reading.isRunning()) {
        m_readAgain = true;
        return;
    }
    // The store reads only what was added since it was last asked.
    m_reading = QtConcurrent::run([store = &m_store] { return store->list(); });
    m_reading.then(this, [this](const QList<smtp::MessageStore::Stored> &messages) {
        beginResetModel();
        m_messages = messages;
        endResetModel();
        if (std::exchange(m_readAgain, false)) {
            refresh();
        }
    });
}

QString MessageListModel::idAt(int row) const
{
    return row >= 0 && row < m_messages.size() ? m_messages.at(row).id : QString();
}

int MessageListModel::rowOf(const QString &id) const
{
    for (int row = 0; row < m_messages.size(); ++row) {
        if (m_messages.at(row).id == id) {
            return row;
        }
    }
    return -1;
}

int MessageListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_messages.size());
}

int MessageListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MessageListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const smtp::MessageStore::Stored &message = m_messages.at(index.row());
    if (role == IdRole) {
        return message.id;
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) {
        return {};
    }
    const smtp::Envelope &envelope = message.envelope;
    switch (index.column()) {
    case Received:
        return QLocale().toString(QDateTime::fromMSecsSinceEpoch(envelope.receivedMs), QLocale::ShortFormat);
    case Sender:
        return envelope.sender;
    case Recipients:
        return envelope.recipients.join(QStringLiteral(", "));
    case Client:
        return envelope.clientIp;
    case Size:
        return QLocale().formattedDataSize(message.size);
    default:
        return {};
    }
}

QVariant MessageListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Received:
        return tr("Received");
    case Sender:
        return tr("Sender");
    case Recipients:
        return tr("Recipients");
    case Client:
        return tr("Client");
    case Size:
        return tr("Size");
    default:
        return {};
    }
}

} // namespace mt
