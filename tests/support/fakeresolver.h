#pragma once

#include "dns/dnsresolver.h"

#include <QHash>
#include <QSet>

namespace mt::test {

// Zone data served from memory, for tests of check logic: every answer is
// delivered on the next turn of the event loop, as the real resolver does.
// Names not set up get NXDOMAIN.
class FakeResolver final : public dns::DnsResolver
{
    Q_OBJECT

public:
    using DnsResolver::DnsResolver;

    void add(const QString &name, dns::RecordType type, const QString &data);         // one record
    void setStatus(const QString &name, dns::RecordType type, dns::DnsStatus status); // e.g. Timeout
    void addCname(const QString &alias, const QString &target);
    void resolve(const QString &name, dns::RecordType type, QObject *context, Callback callback) override;

    int queries() const { return m_queries; }

private:
    dns::DnsResult lookup(const QString &name, dns::RecordType type) const;

    QHash<QString, QList<dns::ResourceRecord>> m_records; // key: name|type
    QHash<QString, dns::DnsStatus> m_statuses;
    QHash<QString, QString> m_cnames;
    QSet<QString> m_names;
    int m_queries = 0;
};

} // namespace mt::test
