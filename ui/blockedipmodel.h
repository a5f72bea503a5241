#pragma once

#include "policy/blockstore.h"

#include <QAbstractTableModel>
#include <QHostAddress>

#include <functional>

class QTimer;

namespace mt {

// The addresses BlockStore holds blocked (rule 4), one row each: IP,
// failures, first and last failure, time left (counted down every second
// from the injected clock, so tests move it by hours), country when GeoIP
// knows it. A block comes in as the store's blocked event (its values, not
// a re-read); rows go when a block is lifted or expires.
class BlockedIpModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Ip,
        Failures,
        FirstFailure,
        LastFailure,
        BlockedUntil,
        Country,
        ColumnCount
    };
    static constexpr int IpRole = Qt::UserRole + 1;
    static constexpr int RemainingMsRole = Qt::UserRole + 2;
    using CountryLookup = std::function<QString(const QHostAddress &)>;

    BlockedIpModel(policy::BlockStore &store, const policy::Clock &clock, QObject *parent = nullptr);

    void setCountryLookup(CountryLookup lookup);
    // Re-reads the store: rows added or gone are inserted and removed, the
    // rest only change their countdown.
    void refresh();
    // A block the store announced: a new row, or the row of its IP updated.
    void show(const policy::BlockStore::Entry &entry);
    // IP's block was lifted: its row goes.
    void remove(const QString &ip);
    QString ipAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "2 h 05 min 07 s" left of a block.
    static QString remainingText(qint64 ms);

private:
    policy::BlockStore &m_store;
    const policy::Clock &m_clock;
    CountryLookup m_countryOf;
    QList<policy::BlockStore::Entry> m_entries;
    mutable QHash<QString, QString> m_countries; // looked up once per address
    QTimer *m_timer = nullptr;
};

} // namespace mt
