#include "slidingwindow.h"

#include <algorithm>

namespace mt::policy {

void SlidingWindow::add(qint64 nowMs)
{
    prune(nowMs);
    // An injected clock never goes back, but a system clock may: keep order.
    if (!m_times.empty() && nowMs < m_times.back()) {
        m_times.insert(std::upper_bound(m_times.begin(), m_times.end(), nowMs), nowMs);
    } else {
        m_times.push_back(nowMs);
    }
}

int SlidingWindow::count(qint64 nowMs, qint64 windowMs) const
{
    if (m_times.empty()) {
        return 0;
    }
    // Searched only where the answer is not at an end: a busy sender's
    // windows hold thousands of times, and this runs for every message.
    const qint64 since = nowMs - windowMs;
    const auto first =
        m_times.front() > since ? m_times.begin() : std::upper_bound(m_times.begin(), m_times.end(), since);
    const auto last = m_times.back() <= nowMs ? m_times.end() : std::upper_bound(first, m_times.end(), nowMs);
    return int(std::max<std::ptrdiff_t>(0, last - first));
}

bool SlidingWindow::prune(qint64 nowMs)
{
    while (!m_times.empty() && m_times.front() <= nowMs - m_spanMs) {
        m_times.pop_front();
    }
    return m_times.empty();
}

} // namespace mt::policy
