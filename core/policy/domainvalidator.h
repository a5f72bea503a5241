#pragma once

#include "clock.h"
#include "dns/dnsresolver.h"

#include <QHash>
#include <QObject>

#include <functional>
#include <optional>

namespace mt::policy {

// Rule 3: a sender or recipient domain must have an MX or an A record. MX
// and A are asked together. A timeout or SERVFAIL says nothing about the
// domain, so it is a temporary failure (the server defers with 4xx), never
// "invalid". Verdicts are cached for a minute: a client sending a hundred
// messages to one domain asks DNS once.
class DomainValidator final : public QObject
{
    Q_OBJECT

public:
    enum class Result
    {
        Valid,
        Invalid,
        TemporaryFailure,
    };
    using Callback = std::function<void(Result)>;

    DomainValidator(dns::DnsResolver &resolver, const Clock &clock, QObject *parent = nullptr);

    // CALLBACK runs later (never inside check()), and not at all once
    // CONTEXT is gone.
    void check(const QString &domain, QObject *context, Callback callback);
    // A verdict still in the cache, without waiting a turn of the event
    // loop: the server answers pipelined commands in one write with it.
    std::optional<Result> cached(const QString &domain) const;

    static constexpr qint64 cacheMs = 60 * 1000;

private:
    dns::DnsResolver &m_resolver;
    const Clock &m_clock;
    struct Cached
    {
        Result result;
        qint64 expiresMs;
    };
    QHash<QString, Cached> m_cache;
};

} // namespace mt::policy
