#pragma once

#include "dns/dnsresolver.h"

namespace mt {

// Passes every question to a resolver chosen at run time: the built-in
// server keeps this one for its life while Settings replace the real one
// (DNS servers named there). A question in flight when its resolver goes
// is dropped with it, as any cancelled one.
class ForwardingResolver final : public dns::DnsResolver
{
    Q_OBJECT

public:
    explicit ForwardingResolver(dns::DnsResolver &target, QObject *parent = nullptr)
        : DnsResolver(parent)
        , m_target(&target)
    {}

    void setTarget(dns::DnsResolver &target) { m_target = &target; }
    dns::DnsResolver &target() const { return *m_target; }

    void resolve(const QString &name, dns::RecordType type, QObject *context, Callback callback) override
    {
        m_target->resolve(name, type, context, std::move(callback));
    }

private:
    dns::DnsResolver *m_target;
};

} // namespace mt
