#include "queuehealth.h"

namespace mt::policy {

QueueHealth::QueueHealth(const Clock &clock, const Limits &limits)
    : m_clock(clock)
    , m_limits(limits)
{}

void QueueHealth::record(const QString &ip, bool undeliverable)
{
    Counts &counts = m_counts[ip];
    const qint64 now = m_clock.nowMs();
    counts.all.add(now);
    if (undeliverable) {
        counts.failed.add(now);
    } else {
        counts.failed.prune(now);
    }
}

bool QueueHealth::allows(const QString &ip) const
{
    const int all = sent(ip);
    if (all <= m_limits.queueMinMessages) {
        return true;
    }
    return undeliverable(ip) <= m_limits.queueMaxUndeliverable * all;
}

int QueueHealth::sent(const QString &ip) const
{
    const auto it = m_counts.constFind(ip);
    return it == m_counts.constEnd() ? 0 : it->all.count(m_clock.nowMs());
}

int QueueHealth::undeliverable(const QString &ip) const
{
    const auto it = m_counts.constFind(ip);
    return it == m_counts.constEnd() ? 0 : it->failed.count(m_clock.nowMs());
}

} // namespace mt::policy
