#include "fakeresolver.h"

#include "dns/dnsmessage.h"

#include <QPointer>
#include <QTimer>

namespace mt::test {
namespace {

QString key(const QString &name, dns::RecordType type)
{
    return dns::message::canonicalName(name) + QLatin1Char('|') + QString::number(int(type));
}

} // namespace

void FakeResolver::add(const QString &name, dns::RecordType type, const QString &data)
{
    dns::ResourceRecord record;
    record.name = dns::message::canonicalName(name);
    record.type = type;
    record.ttl = 300;
    record.text = data;
    switch (type) {
    case dns::RecordType::A:
    case dns::RecordType::AAAA:
        record.address = QHostAddress(data);
        break;
    case dns::RecordType::MX:
        record.preference = quint16(data.section(QLatin1Char(' '), 0, 0).toUInt());
        record.target = dns::message::canonicalName(data.section(QLatin1Char(' '), 1, 1));
        if (record.target == QLatin1String(".")) {
            record.target.clear();
        }
        break;
    case dns::RecordType::TXT:
        record.strings << data;
        break;
    default:
        record.target = dns::message::canonicalName(data);
        break;
    }
    m_records[key(name, type)] << record;
    m_names.insert(record.name);
}

void FakeResolver::setStatus(const QString &name, dns::RecordType type, dns::DnsStatus status)
{
    m_statuses.insert(key(name, type), status);
    m_names.insert(dns::message::canonicalName(name));
}

void FakeResolver::addCname(const QString &alias, const QString &target)
{
    m_cnames.insert(dns::message::canonicalName(alias), dns::message::canonicalName(target));
    m_names.insert(dns::message::canonicalName(alias));
}

dns::DnsResult FakeResolver::lookup(const QString &name, dns::RecordType type) const
{
    dns::DnsResult result;
    result.name = name;
    result.type = type;
    result.server = QStringLiteral("fake");
    QString current = dns::message::canonicalName(name);
    while (m_cnames.contains(current) && !result.cnameChain.contains(current)) {
        result.cnameChain << current;
        current = m_cnames.value(current);
    }
    if (const auto status = m_statuses.constFind(key(current, type)); status != m_statuses.cend()) {
        result.status = *status;
        return result;
    }
    result.records = m_records.value(key(current, type));
    if (!result.records.isEmpty()) {
        result.status = dns::DnsStatus::Answer;
    } else {
        result.status = m_names.contains(current) ? dns::DnsStatus::NoData : dns::DnsStatus::NxDomain;
    }
    return result;
}

void FakeResolver::resolve(const QString &name, dns::RecordType type, QObject *context, Callback callback)
{
    ++m_queries;
    QTimer::singleShot(0, context ? context : this, [result = lookup(name, type), callback] { callback(result); });
}

} // namespace mt::test
