#pragma once

#include <QHostAddress>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace mt::dns {

// The record types MailTriage asks for; values are the IANA type codes.
enum class RecordType : quint16
{
    A = 1,
    NS = 2,
    CNAME = 5,
    SOA = 6,
    PTR = 12,
    MX = 15,
    TXT = 16,
    AAAA = 28,
    SPF = 99,
};

QString recordTypeName(RecordType type);

// How a query ended. Each outcome means something different to the checks:
// NXDOMAIN says the name does not exist, NODATA that it exists without this
// type, and the failures say nothing about the name at all.
enum class DnsStatus
{
    Answer,
    NxDomain,
    NoData,
    ServFail,
    Refused,
    Timeout,
    Malformed,
    InvalidName, // never sent: not a name DNS can carry
};

QString statusName(DnsStatus status);
// True for outcomes that say nothing about the name: the same question may
// get a real answer later.
bool isTemporaryFailure(DnsStatus status);

// A nameserver as HOST[:PORT]: "192.0.2.1", "192.0.2.1:5300", "::1",
// "[::1]:5300". Only literal addresses: a resolver cannot resolve its own
// servers' names.
struct Nameserver
{
    QHostAddress address;
    quint16 port = 53;

    static std::optional<Nameserver> parse(const QString &text);
    QString toString() const;
    friend bool operator==(const Nameserver &a, const Nameserver &b)
    {
        return a.port == b.port && a.address.isEqual(b.address, QHostAddress::StrictConversion);
    }
};

struct ResourceRecord
{
    QString name; // owner, absolute, lower case, without the final dot
    RecordType type = RecordType::A;
    quint32 ttl = 0;
    QHostAddress address;   // A, AAAA
    QString target;         // MX exchange, CNAME, PTR, NS (no final dot; "" for the root)
    quint16 preference = 0; // MX
    QStringList strings;    // TXT character-strings, as sent
    QString text;           // presentation form of the data, for display
};

struct DnsResult
{
    QString name; // the name asked, as asked
    RecordType type = RecordType::A;
    DnsStatus status = DnsStatus::Timeout;
    QList<ResourceRecord> records; // answers of the asked type
    QStringList cnameChain;        // names the answer was reached through (aliases)
    QString server;                // which nameserver gave the final word
    bool viaTcp = false;
    QString detail; // why it failed, for the raw view

    bool ok() const { return status == DnsStatus::Answer; }
};

} // namespace mt::dns

Q_DECLARE_METATYPE(mt::dns::DnsResult)
