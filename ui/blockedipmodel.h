#pragma once

#include "policy/clock.h"
#include "policy/statestore.h"

#include <QAbstractTableModel>
#include <QHostAddress>
#include <QPointer>

#include <functional>

class QTimer;

namespace mt {

// The addresses the state store holds blocked (rule 4), on every node that
// shares it, one row each: IP, failures, first and last failure, time left
// (counted down every second from the injected clock, so tests move it by
// hours), country when GeoIP knows it, the nodes that recorded the
// failures. A block comes in as the store's blocked event (its values, not a
// re-read); rows go when a block is lifted or expires. The list is re-read
// every second; while the store does not answer, the rows stay as they were
// and storeError() says why.
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
        Nodes,
        ColumnCount
    };
    static constexpr int IpRole = Qt::UserRole + 1;
    static constexpr int RemainingMsRole = Qt::UserRole + 2;
    using CountryLookup = std::function<QString(const QHostAddress &)>;

    BlockedIpModel(policy::StateStore &store, const policy::Clock &clock, QObject *parent = nullptr);

    // The store was replaced (Settings named another one).
    void setStore(policy::StateStore &store);
    // Why the last refresh had no answer; empty when it had one.
    LocalizedText storeError() const { return m_storeError; }

    void setCountryLookup(CountryLookup lookup);
    // Re-reads the store: rows added or gone are inserted and removed, the
    // rest only change their countdown.
    void refresh();
    // A block the store announced: a new row, or the row of its IP updated.
    void show(const policy::BlockEntry &entry);
    // IP's block was lifted: its row goes.
    void remove(const QString &ip);
    QString ipAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "2 h 05 min 07 s" left of a block.
    static QString remainingText(qint64 ms);

signals:
    // The store stopped or started answering (storeError() says why).
    void storeStatusChanged();

private:
    void update(const QList<policy::BlockEntry> &now);

    QPointer<policy::StateStore> m_store;
    LocalizedText m_storeError;
    bool m_asking = false;
    const policy::Clock &m_clock;
    CountryLookup m_countryOf;
    QList<policy::BlockEntry> m_entries;
    mutable QHash<QString, QString> m_countries; // looked up once per address
    QTimer *m_timer = nullptr;
};

} // namespace mt
