#include "resolverhealth.h"

namespace mt::dns {

void ResolverHealth::resolve(const QString &name, RecordType type, QObject *context, Callback callback)
{
    m_target.resolve(name, type, context, [this, callback = std::move(callback)](const DnsResult &result) {
        record(result);
        callback(result);
    });
}

void ResolverHealth::record(const DnsResult &result)
{
    // Only silence: an authoritative server refuses names outside its zones,
    // and a list refuses public resolvers, while the resolver itself works.
    if (result.status == DnsStatus::Timeout) {
        ++m_failed;
        if (!result.server.isEmpty() && !m_failingServers.contains(result.server)) {
            m_failingServers << result.server;
        }
    } else {
        ++m_answered;
    }
}

} // namespace mt::dns
