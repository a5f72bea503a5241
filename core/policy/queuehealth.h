#pragma once

#include "clock.h"
#include "policy.h"
#include "slidingwindow.h"

#include <QHash>

namespace mt::policy {

// Rule 6: an IP that sent more than MIN messages within an hour, more than
// MAX_SHARE of them undeliverable, is refused further messages until the
// hour's mix gets better.
class QueueHealth
{
public:
    QueueHealth(const Clock &clock, const Limits &limits);

    void record(const QString &ip, bool undeliverable);
    bool allows(const QString &ip) const;
    int sent(const QString &ip) const;
    int undeliverable(const QString &ip) const;

    static constexpr qint64 windowMs = 3600 * 1000;

private:
    struct Counts
    {
        SlidingWindow all{windowMs};
        SlidingWindow failed{windowMs};
    };
    const Clock &m_clock;
    Limits m_limits;
    QHash<QString, Counts> m_counts;
};

} // namespace mt::policy
