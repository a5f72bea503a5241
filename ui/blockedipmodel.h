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
// shares it, one row each: IP, failures, first and last failure, time left,
// country when GeoIP knows it, the nodes that recorded the failures.
//
// Every second the countdown is redrawn from the injected clock (tests move
// it by hours) and rows whose block ran out go, without asking the store: with
// the shared Redis store every desk would otherwise ask Redis every second.
// The store is read when it is set, when it becomes reachable again, and
// every resyncMs; a block comes in as the store's blocked event (its values,
// not a re-read) and a row goes on its unblocked event. While the store does
// not answer, the rows stay as they were, storeError() says why, and it is
// asked again every retryMs until it answers.
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
    // The store is read again this often although its events keep the rows
    // current: a block recorded by a node whose announcement this desk missed
    // (it was disconnected, or Redis dropped the message) shows up within it.
    static constexpr qint64 resyncMs = 30 * 1000;
    // While the store does not answer: asked again this soon. A Redis that
    // comes back says so (availabilityChanged), but an error answer from a
    // reachable store has no such event.
    static constexpr qint64 retryMs = 2 * 1000;

    BlockedIpModel(policy::StateStore &store, const policy::Clock &clock, QObject *parent = nullptr);

    // The store was replaced (Settings named another one).
    void setStore(policy::StateStore &store);
    // Why the last refresh had no answer; empty when it had one.
    LocalizedText storeError() const { return m_storeError; }

    void setCountryLookup(CountryLookup lookup);
    // Re-reads the store: rows added or gone are inserted and removed, the
    // rest updated where the store's values changed.
    void refresh();
    // What the timer does every second: the countdown moves, rows whose block
    // ran out go, and the store is re-read when resyncMs (retryMs while it
    // does not answer) passed on the clock since it was last asked.
    void tick();
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
    void removeExpired(qint64 nowMs);

    QPointer<policy::StateStore> m_store;
    LocalizedText m_storeError;
    bool m_asking = false;
    qint64 m_askedMs = 0; // on m_clock, when the store was last asked
    const policy::Clock &m_clock;
    CountryLookup m_countryOf;
    QList<policy::BlockEntry> m_entries;
    mutable QHash<QString, QString> m_countries; // looked up once per address
    QTimer *m_timer = nullptr;
};

} // namespace mt
