#pragma once

#include "clock.h"
#include "dns/dnsresolver.h"
#include "maildomainrule.h"

#include <QHash>
#include <QObject>

#include <functional>
#include <optional>

namespace mt::policy {

// Rule 3 for the server: asks DNS what the rule (maildomainrule.h) needs,
// MX and A together, and gives its verdict. Names are looked up in their
// ASCII form, so an IDN counts as the diagnosis counts it. Verdicts are
// cached for a minute: a client sending a hundred messages to one domain
// asks DNS once.
class DomainValidator final : public QObject
{
    Q_OBJECT

public:
    using Result = MailDomainVerdict;
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
