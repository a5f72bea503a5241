#pragma once

#include "clock.h"
#include "policy.h"
#include "slidingwindow.h"

#include <QHash>

namespace mt::policy {

// Rule 5: messages per key (an IP, or an account) in sliding windows of a
// minute, an hour and twelve hours. A message over any limit is refused;
// refused messages do not count.
class RateLimiter
{
public:
    RateLimiter(const Clock &clock, const Limits &limits);

    bool allows(const QString &key) const;
    void record(const QString &key);
    int count(const QString &key, qint64 windowMs) const;

    static constexpr qint64 minuteMs = 60 * 1000;
    static constexpr qint64 hourMs = 3600 * 1000;
    static constexpr qint64 twelveHoursMs = 12 * hourMs;

private:
    const Clock &m_clock;
    Limits m_limits;
    QHash<QString, SlidingWindow> m_sent;
};

} // namespace mt::policy
