#pragma once

#include "blockstore.h"
#include "clock.h"
#include "slidingwindow.h"
#include "statestore.h"

#include <QHash>

namespace mt::policy {

// The default store, with nothing to set up: blocks and the audit trail in
// files of the state directory (BlockStore, shared with `mailtriage-cli
// blocks` and the GUI on the same machine), the country exceptions in
// STATE_DIR/exceptions.json, and the counters in this process's memory (one
// node: the windows start empty after a restart, as they always have).
// Every answer comes before the call returns.
class FileStateStore final : public StateStore
{
    Q_OBJECT

public:
    FileStateStore(const QString &stateDir, const Clock &clock, QObject *parent = nullptr);
    ~FileStateStore() override;

    // Opens the directory and reads the block list (see BlockStore::open);
    // false only when the directory is unusable.
    bool open(QList<LocalizedText> *messages);
    // Follows changes made by other processes.
    void watch() { m_blocks.watch(); }
    BlockStore &blockFile() { return m_blocks; }
    QString exceptionsPath() const;

    QString description() const override;
    bool isAvailable() const override { return true; }

    void recordFailedLogin(const QString &ip, qint64 nowMs, qint64 windowMs, int limit, qint64 blockMs,
                           Reply<FailureOutcome> done) override;
    void failedLogins(const QString &ip, qint64 nowMs, qint64 windowMs, Reply<int> done) override;
    void blockOf(const QString &ip, qint64 nowMs, Reply<std::optional<BlockEntry>> done) override;
    void activeBlocks(qint64 nowMs, Reply<QList<BlockEntry>> done) override;
    void unblock(const QString &ip, const QString &who, const QString &reason, qint64 nowMs,
                 Reply<AuditEntry> done) override;
    void auditTrail(Reply<QList<AuditEntry>> done) override;

    void admit(Counter counter, const QStringList &keys, const QList<Window> &windows, qint64 nowMs,
               Reply<bool> done) override;
    void admitUnlessBlocked(const QString &ip, Counter counter, const QStringList &keys, const QList<Window> &windows,
                            qint64 nowMs, Reply<Admission> done) override;
    void add(Counter counter, const QString &key, qint64 nowMs, qint64 spanMs, Reply<int> done) override;

    void senderCounts(const QString &ip, const QString &login, const QList<Window> &windows, qint64 queueWindowMs,
                      qint64 nowMs, bool withBlock, Reply<SenderCounts> done) override;

    void grantCountry(const CountryException &exception, Reply<bool> done) override;
    void revokeCountry(const QString &domain, const QString &country, const QString &who, const QString &reason,
                       qint64 nowMs, Reply<bool> done) override;
    void countryExceptions(qint64 nowMs, Reply<QList<CountryException>> done) override;

private:
    SlidingWindow &window(Counter counter, const QString &key, qint64 spanMs);
    // KEY's events within WINDOW_MS before NOW_MS (0 when it has none).
    int events(Counter counter, const QString &key, qint64 nowMs, qint64 windowMs) const;
    // Whether KEY's events reach the limit of any of WINDOWS.
    bool reached(Counter counter, const QString &key, const QList<Window> &windows, qint64 nowMs) const;
    QList<CountryException> readExceptions(LocalizedText *error) const;
    bool writeExceptions(const QList<CountryException> &exceptions, LocalizedText *error);

    QString m_dir;
    BlockStore m_blocks;
    QHash<QString, SlidingWindow> m_failures;
    QHash<QPair<int, QString>, SlidingWindow> m_windows;
};

} // namespace mt::policy
