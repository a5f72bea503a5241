#pragma once

#include "dns/dnsresolver.h"

#include <QHash>
#include <QJsonObject>

namespace mt::test {

// Serves one scenario of the OpenSPF conformance suites from memory, by the
// rules of pyspf's test driver (the conformance suites' README, under MAILTRIAGE_TESTDATA): owner
// names case-insensitive, SPF entries also served as TXT unless the name has
// TXT of its own, a list of strings is one record, TIMEOUT makes every
// later-listed type at that name time out, CNAMEs followed. Answers come on
// the next turn of the event loop.
class ZoneDataResolver final : public dns::DnsResolver
{
    Q_OBJECT

public:
    explicit ZoneDataResolver(const QJsonObject &zoneData, QObject *parent = nullptr);

    void resolve(const QString &name, dns::RecordType type, QObject *context, Callback callback) override;
    dns::DnsResult lookup(const QString &name, dns::RecordType type) const;

    int queries() const { return m_queries; }

private:
    struct Entry
    {
        bool timeout = false; // a TIMEOUT marker
        dns::RecordType type = dns::RecordType::A;
        QStringList strings; // TXT/SPF strings
        QString value;       // A, AAAA, PTR, CNAME, "NONE"
        quint16 preference = 0;
    };

    QHash<QString, QList<Entry>> m_names; // lower-case owner -> entries in order
    int m_queries = 0;
};

} // namespace mt::test
