#include "dnstypes.h"

namespace mt::dns {

QString recordTypeName(RecordType type)
{
    switch (type) {
    case RecordType::A:
        return QStringLiteral("A");
    case RecordType::NS:
        return QStringLiteral("NS");
    case RecordType::CNAME:
        return QStringLiteral("CNAME");
    case RecordType::SOA:
        return QStringLiteral("SOA");
    case RecordType::PTR:
        return QStringLiteral("PTR");
    case RecordType::MX:
        return QStringLiteral("MX");
    case RecordType::TXT:
        return QStringLiteral("TXT");
    case RecordType::AAAA:
        return QStringLiteral("AAAA");
    case RecordType::SPF:
        return QStringLiteral("SPF");
    }
    return QStringLiteral("TYPE%1").arg(static_cast<int>(type));
}

QString statusName(DnsStatus status)
{
    switch (status) {
    case DnsStatus::Answer:
        return QStringLiteral("answer");
    case DnsStatus::NxDomain:
        return QStringLiteral("nxdomain");
    case DnsStatus::NoData:
        return QStringLiteral("nodata");
    case DnsStatus::ServFail:
        return QStringLiteral("servfail");
    case DnsStatus::Refused:
        return QStringLiteral("refused");
    case DnsStatus::Timeout:
        return QStringLiteral("timeout");
    case DnsStatus::Malformed:
        return QStringLiteral("malformed");
    case DnsStatus::InvalidName:
        return QStringLiteral("invalid_name");
    }
    return {};
}

bool isTemporaryFailure(DnsStatus status)
{
    switch (status) {
    case DnsStatus::Answer:
    case DnsStatus::NxDomain:
    case DnsStatus::NoData:
    case DnsStatus::InvalidName:
        return false;
    case DnsStatus::ServFail:
    case DnsStatus::Refused:
    case DnsStatus::Timeout:
    case DnsStatus::Malformed:
        return true;
    }
    return true;
}

std::optional<Nameserver> Nameserver::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    QString host = trimmed;
    QString portText;
    if (trimmed.startsWith(QLatin1Char('['))) {
        const int close = trimmed.indexOf(QLatin1Char(']'));
        if (close < 0) {
            return std::nullopt;
        }
        host = trimmed.mid(1, close - 1);
        const QString rest = trimmed.mid(close + 1);
        if (!rest.isEmpty()) {
            if (!rest.startsWith(QLatin1Char(':'))) {
                return std::nullopt;
            }
            portText = rest.mid(1);
        }
    } else if (trimmed.count(QLatin1Char(':')) == 1) { // IPv4 with a port; IPv6 needs brackets for one
        const int colon = trimmed.indexOf(QLatin1Char(':'));
        host = trimmed.left(colon);
        portText = trimmed.mid(colon + 1);
    }
    Nameserver server;
    if (!server.address.setAddress(host) || host.contains(QLatin1Char('%'))) {
        return std::nullopt;
    }
    if (server.address.protocol() == QAbstractSocket::IPv4Protocol && host.count(QLatin1Char('.')) != 3) {
        return std::nullopt; // QHostAddress accepts "1" or "1.2" as IPv4; a nameserver list should not
    }
    if (trimmed.startsWith(QLatin1Char('[')) && server.address.protocol() != QAbstractSocket::IPv6Protocol) {
        return std::nullopt;
    }
    if (!portText.isNull()) {
        bool ok = false;
        const uint port = portText.toUInt(&ok);
        if (!ok || port == 0 || port > 65535) {
            return std::nullopt;
        }
        server.port = static_cast<quint16>(port);
    }
    return server;
}

QString Nameserver::toString() const
{
    if (address.protocol() == QAbstractSocket::IPv6Protocol) {
        return port == 53 ? address.toString() : QStringLiteral("[%1]:%2").arg(address.toString()).arg(port);
    }
    return port == 53 ? address.toString() : QStringLiteral("%1:%2").arg(address.toString()).arg(port);
}

} // namespace mt::dns
