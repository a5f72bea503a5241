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
    if (result.status == DnsStatus::Timeout || result.status == DnsStatus::Refused) {
        ++m_failed;
        if (!result.server.isEmpty() && !m_failingServers.contains(result.server)) {
            m_failingServers << result.server;
        }
    } else {
        ++m_answered;
    }
}

} // namespace mt::dns
