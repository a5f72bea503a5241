#include "authfailureguard.h"

namespace mt::policy {

AuthFailureGuard::AuthFailureGuard(BlockStore &store, const Clock &clock, int limitPerHour)
    : m_store(store)
    , m_clock(clock)
    , m_limit(limitPerHour)
{}

std::optional<BlockStore::Entry> AuthFailureGuard::recordFailure(const QString &ip)
{
    const qint64 now = m_clock.nowMs();
    auto it = m_failures.find(ip);
    if (it == m_failures.end()) {
        it = m_failures.insert(ip, SlidingWindow(windowMs));
    }
    it->add(now);
    const int count = it->count(now);
    if (count <= m_limit) {
        return std::nullopt;
    }
    BlockStore::Entry entry;
    entry.ip = ip;
    entry.failures = count;
    entry.firstFailureMs = it->oldest();
    entry.lastFailureMs = now;
    entry.blockedUntilMs = now + windowMs;
    LocalizedText error;
    if (!m_store.block(entry, &error)) {
        // The log's language; the block holds in memory until a restart.
        qWarning("%s", qUtf8Printable(error.render(Language::English)));
    }
    return entry;
}

int AuthFailureGuard::failures(const QString &ip) const
{
    const auto it = m_failures.constFind(ip);
    return it == m_failures.constEnd() ? 0 : it->count(m_clock.nowMs());
}

} // namespace mt::policy
