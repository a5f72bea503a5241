#pragma once

#include <QtGlobal>

#include <deque>

namespace mt::policy {

// Event times within the longest window a rule asks about; older ones are
// dropped as time moves on. Counting any shorter window is a binary search,
// so one list serves the minute, the hour and the twelve hours.
class SlidingWindow
{
public:
    explicit SlidingWindow(qint64 spanMs)
        : m_spanMs(spanMs)
    {}

    void add(qint64 nowMs);
    // Events in (now - windowMs, now].
    int count(qint64 nowMs, qint64 windowMs) const;
    int count(qint64 nowMs) const { return count(nowMs, m_spanMs); }
    // Drops events older than the span; true when nothing is left.
    bool prune(qint64 nowMs);
    qint64 oldest() const { return m_times.empty() ? 0 : m_times.front(); }

private:
    qint64 m_spanMs;
    std::deque<qint64> m_times; // ascending
};

} // namespace mt::policy
