#include "ratelimiter.h"

namespace mt::policy {

RateLimiter::RateLimiter(const Clock &clock, const Limits &limits)
    : m_clock(clock)
    , m_limits(limits)
{}

bool RateLimiter::allows(const QString &key) const
{
    const auto it = m_sent.constFind(key);
    if (it == m_sent.constEnd()) {
        return true;
    }
    const qint64 now = m_clock.nowMs();
    return it->count(now, minuteMs) < m_limits.perMinute && it->count(now, hourMs) < m_limits.perHour &&
           it->count(now, twelveHoursMs) < m_limits.per12h;
}

void RateLimiter::record(const QString &key)
{
    auto it = m_sent.find(key);
    if (it == m_sent.end()) {
        it = m_sent.insert(key, SlidingWindow(twelveHoursMs));
    }
    it->add(m_clock.nowMs());
}

int RateLimiter::count(const QString &key, qint64 windowMs) const
{
    const auto it = m_sent.constFind(key);
    return it == m_sent.constEnd() ? 0 : it->count(m_clock.nowMs(), windowMs);
}

} // namespace mt::policy
