#include "zonedataresolver.h"

#include <QJsonArray>
#include <QTimer>

namespace mt::test {
namespace {

QString canonical(QString name)
{
    name = name.toLower();
    if (name.endsWith(QLatin1Char('.'))) {
        name.chop(1);
    }
    return name;
}

std::optional<dns::RecordType> typeOf(const QString &name)
{
    static const QHash<QString, dns::RecordType> types = {
        {QStringLiteral("A"), dns::RecordType::A},         {QStringLiteral("AAAA"), dns::RecordType::AAAA},
        {QStringLiteral("MX"), dns::RecordType::MX},       {QStringLiteral("PTR"), dns::RecordType::PTR},
        {QStringLiteral("TXT"), dns::RecordType::TXT},     {QStringLiteral("SPF"), dns::RecordType::SPF},
        {QStringLiteral("CNAME"), dns::RecordType::CNAME},
    };
    const auto it = types.constFind(name);
    return it == types.cend() ? std::nullopt : std::optional<dns::RecordType>(*it);
}

} // namespace

ZoneDataResolver::ZoneDataResolver(const QJsonObject &zoneData, QObject *parent)
    : DnsResolver(parent)
{
    for (auto it = zoneData.begin(); it != zoneData.end(); ++it) {
        QList<Entry> &entries = m_names[canonical(it.key())];
        for (const QJsonValue &item : it.value().toArray()) {
            if (item.isString()) {
                Entry entry;
                entry.timeout = item.toString() == QLatin1String("TIMEOUT");
                entries << entry;
                continue;
            }
            const QJsonObject object = item.toObject();
            for (auto field = object.begin(); field != object.end(); ++field) {
                const auto type = typeOf(field.key());
                if (!type) {
                    continue;
                }
                Entry entry;
                entry.type = *type;
                const QJsonValue value = field.value();
                if (*type == dns::RecordType::MX) {
                    const QJsonArray mx = value.toArray();
                    entry.preference = quint16(mx.at(0).toInt());
                    entry.value = canonical(mx.at(1).toString());
                } else if (value.isArray()) {
                    for (const QJsonValue &part : value.toArray()) {
                        entry.strings << part.toString();
                    }
                } else {
                    entry.value = value.toString();
                    entry.strings << entry.value;
                }
                entries << entry;
            }
        }
    }
}

dns::DnsResult ZoneDataResolver::lookup(const QString &name, dns::RecordType type) const
{
    dns::DnsResult result;
    result.name = name;
    result.type = type;
    result.server = QStringLiteral("zonedata");
    QString current = canonical(name);
    for (int hops = 0; hops <= 8; ++hops) {
        const auto it = m_names.constFind(current);
        if (it == m_names.cend()) {
            result.status = dns::DnsStatus::NxDomain;
            return result;
        }
        const QList<Entry> &entries = *it;
        const bool ownTxt = std::any_of(entries.cbegin(), entries.cend(),
                                        [](const Entry &e) { return !e.timeout && e.type == dns::RecordType::TXT; });
        QString alias;
        for (const Entry &entry : entries) {
            if (entry.timeout) {
                if (result.records.isEmpty()) {
                    result.status = dns::DnsStatus::Timeout;
                    result.detail = QStringLiteral("TIMEOUT in the zone data");
                    return result;
                }
                break;
            }
            dns::RecordType served = entry.type;
            if (served == dns::RecordType::SPF && type == dns::RecordType::TXT && !ownTxt) {
                served = dns::RecordType::TXT; // SPF entries double as TXT
            }
            if (entry.type == dns::RecordType::CNAME) {
                alias = canonical(entry.value);
                continue;
            }
            if (served != type) {
                continue;
            }
            if (entry.type == dns::RecordType::TXT && entry.value == QLatin1String("NONE")) {
                continue;
            }
            dns::ResourceRecord record;
            record.name = current;
            record.type = type;
            record.ttl = 300;
            record.preference = entry.preference;
            record.strings = entry.strings;
            record.text = entry.strings.join(QString());
            if (type == dns::RecordType::A || type == dns::RecordType::AAAA) {
                record.address = QHostAddress(entry.value);
                if (record.address.isNull() ||
                    (record.address.protocol() == QAbstractSocket::IPv4Protocol) != (type == dns::RecordType::A)) {
                    continue;
                }
            } else if (type == dns::RecordType::MX || type == dns::RecordType::PTR) {
                record.target = canonical(entry.value);
            }
            result.records << record;
        }
        if (!result.records.isEmpty()) {
            result.status = dns::DnsStatus::Answer;
            return result;
        }
        if (alias.isEmpty() || type == dns::RecordType::CNAME) {
            result.status = dns::DnsStatus::NoData;
            return result;
        }
        if (result.cnameChain.contains(current)) {
            break; // a loop
        }
        result.cnameChain << current;
        current = alias;
    }
    result.status = dns::DnsStatus::ServFail;
    result.detail = QStringLiteral("CNAME loop");
    return result;
}

void ZoneDataResolver::resolve(const QString &name, dns::RecordType type, QObject *context, Callback callback)
{
    ++m_queries;
    QTimer::singleShot(0, context ? context : this, [result = lookup(name, type), callback] { callback(result); });
}

} // namespace mt::test
