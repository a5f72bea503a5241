#pragma once

#include "blockstore.h"
#include "clock.h"
#include "slidingwindow.h"

#include <QHash>

#include <optional>

namespace mt::policy {

// Rule 4: more than LIMIT failed logins from one IP within an hour block it
// for an hour (the 11th failure with the default 10, docs/policy.md rule 4). Failures are counted in
// memory; blocks go to the BlockStore, which outlives the process.
class AuthFailureGuard
{
public:
    AuthFailureGuard(BlockStore &store, const Clock &clock, int limitPerHour);

    // Counts one failure; the block it put on IP, if it did (the 11th
    // failure blocks, and every further one within the hour extends it).
    std::optional<BlockStore::Entry> recordFailure(const QString &ip);
    bool isBlocked(const QString &ip) { return m_store.isBlocked(ip); }
    int failures(const QString &ip) const;
    // Staff lifted the block: the count starts again.
    void forget(const QString &ip) { m_failures.remove(ip); }

    static constexpr qint64 windowMs = 3600 * 1000;

private:
    BlockStore &m_store;
    const Clock &m_clock;
    int m_limit;
    QHash<QString, SlidingWindow> m_failures;
};

} // namespace mt::policy
