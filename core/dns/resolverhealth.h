#pragma once

#include "dnsresolver.h"

#include <QStringList>

namespace mt::dns {

// Passes every question to TARGET and counts how the answers ended, so a
// diagnosis can tell "the domain has a problem" from "our resolver did not
// answer at all" (most questions timed out).
class ResolverHealth final : public DnsResolver
{
    Q_OBJECT

public:
    explicit ResolverHealth(DnsResolver &target, QObject *parent = nullptr)
        : DnsResolver(parent)
        , m_target(target)
    {}

    void resolve(const QString &name, RecordType type, QObject *context, Callback callback) override;

    int asked() const { return m_answered + m_failed; } // questions that got their final word
    int failed() const { return m_failed; }             // of those: timed out
    // True when the resolver itself failed: at least two questions, and more
    // than half of them timed out.
    bool resolverFailed() const { return asked() >= 2 && m_failed * 2 > asked(); }
    // The servers that timed out, as HOST:PORT, first seen first.
    QStringList failingServers() const { return m_failingServers; }

private:
    void record(const DnsResult &result);

    DnsResolver &m_target;
    int m_answered = 0;
    int m_failed = 0;
    QStringList m_failingServers;
};

} // namespace mt::dns
