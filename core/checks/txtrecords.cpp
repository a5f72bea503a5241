#include "txtrecords.h"

namespace mt::txt {

QString joined(const dns::ResourceRecord &record)
{
    return record.strings.join(QString());
}

QStringList recordsWhere(const dns::DnsResult &result, const std::function<bool(const QString &)> &accept)
{
    QStringList records;
    for (const dns::ResourceRecord &record : result.records) {
        const QString text = joined(record);
        if (accept(text)) {
            records << text;
        }
    }
    return records;
}

} // namespace mt::txt
