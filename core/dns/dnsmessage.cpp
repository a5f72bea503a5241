#include "dnsmessage.h"

#include <ldns/ldns.h>
#include <memory>

namespace mt::dns::message {
namespace {

struct PacketDeleter
{
    void operator()(ldns_pkt *packet) const { ldns_pkt_free(packet); }
};
using PacketPtr = std::unique_ptr<ldns_pkt, PacketDeleter>;

QString rdfToName(const ldns_rdf *rdf)
{
    char *text = ldns_rdf2str(rdf);
    const QString name = canonicalName(QString::fromLatin1(text ? text : ""));
    free(text);
    return name;
}

QString rrDataText(const ldns_rr *rr)
{
    QStringList parts;
    for (size_t i = 0; i < ldns_rr_rd_count(rr); ++i) {
        char *text = ldns_rdf2str(ldns_rr_rdf(rr, i));
        parts << QString::fromUtf8(text ? text : "");
        free(text);
    }
    return parts.join(QLatin1Char(' '));
}

ResourceRecord toRecord(const ldns_rr *rr)
{
    ResourceRecord record;
    record.name = rdfToName(ldns_rr_owner(rr));
    record.type = static_cast<RecordType>(ldns_rr_get_type(rr));
    record.ttl = ldns_rr_ttl(rr);
    record.text = rrDataText(rr);
    switch (ldns_rr_get_type(rr)) {
    case LDNS_RR_TYPE_A:
    case LDNS_RR_TYPE_AAAA:
        if (const ldns_rdf *rdf = ldns_rr_rdf(rr, 0)) {
            if (ldns_rdf_size(rdf) == 4) {
                const uint8_t *d = ldns_rdf_data(rdf);
                record.address = QHostAddress(quint32(d[0]) << 24 | quint32(d[1]) << 16 | quint32(d[2]) << 8 | d[3]);
            } else if (ldns_rdf_size(rdf) == 16) {
                record.address = QHostAddress(ldns_rdf_data(rdf));
            }
        }
        break;
    case LDNS_RR_TYPE_MX:
        if (ldns_rr_rd_count(rr) == 2) {
            record.preference = ldns_rdf2native_int16(ldns_rr_rdf(rr, 0));
            record.target = rdfToName(ldns_rr_rdf(rr, 1));
        }
        break;
    case LDNS_RR_TYPE_CNAME:
    case LDNS_RR_TYPE_PTR:
    case LDNS_RR_TYPE_NS:
        if (ldns_rr_rd_count(rr) >= 1) {
            record.target = rdfToName(ldns_rr_rdf(rr, 0));
        }
        break;
    case LDNS_RR_TYPE_TXT:
    case LDNS_RR_TYPE_SPF:
        for (size_t i = 0; i < ldns_rr_rd_count(rr); ++i) {
            const ldns_rdf *rdf = ldns_rr_rdf(rr, i);
            // A character-string on the wire: one length octet, then the octets.
            if (ldns_rdf_size(rdf) >= 1) {
                const auto *d = reinterpret_cast<const char *>(ldns_rdf_data(rdf));
                const int length = qMin<int>(static_cast<uchar>(d[0]), int(ldns_rdf_size(rdf)) - 1);
                record.strings << QString::fromUtf8(d + 1, length);
            }
        }
        break;
    default:
        break;
    }
    return record;
}

bool questionMatches(const ldns_pkt *packet, const QString &name, RecordType type)
{
    const ldns_rr_list *question = ldns_pkt_question(packet);
    if (!question || ldns_rr_list_rr_count(question) != 1) {
        return false;
    }
    const ldns_rr *q = ldns_rr_list_rr(question, 0);
    return ldns_rr_get_type(q) == static_cast<ldns_rr_type>(type) && ldns_rr_get_class(q) == LDNS_RR_CLASS_IN &&
           rdfToName(ldns_rr_owner(q)) == canonicalName(name);
}

// Follows CNAMEs from the asked name through the answer section and keeps
// the records of the asked type at the end of the chain.
void collectAnswers(const ldns_pkt *packet, const QString &name, RecordType type, DnsResult &result)
{
    QList<ResourceRecord> all;
    const ldns_rr_list *answer = ldns_pkt_answer(packet);
    for (size_t i = 0; answer && i < ldns_rr_list_rr_count(answer); ++i) {
        const ldns_rr *rr = ldns_rr_list_rr(answer, i);
        if (ldns_rr_get_class(rr) == LDNS_RR_CLASS_IN) {
            all << toRecord(rr);
        }
    }
    QString current = canonicalName(name);
    for (int hops = 0; hops < 16; ++hops) {
        bool aliased = false;
        for (const ResourceRecord &record : std::as_const(all)) {
            if (record.name != current) {
                continue;
            }
            if (record.type == type) {
                result.records << record;
            } else if (record.type == RecordType::CNAME && type != RecordType::CNAME && !aliased) {
                result.cnameChain << current;
                current = record.target;
                aliased = true;
            }
        }
        if (!result.records.isEmpty() || !aliased || result.cnameChain.contains(current)) {
            break;
        }
    }
}

} // namespace

QString canonicalName(const QString &name)
{
    QString result = name.toLower();
    if (result.endsWith(QLatin1Char('.'))) {
        result.chop(1);
    }
    return result;
}

QString nameProblem(const QString &name)
{
    const QString canonical = canonicalName(name);
    if (canonical.isEmpty()) {
        return QStringLiteral("empty name");
    }
    if (canonical.size() > 253) {
        return QStringLiteral("name longer than 253 characters");
    }
    for (const QChar c : canonical) {
        if (c.unicode() <= 0x20 || c.unicode() >= 0x7f || c == QLatin1Char('\\')) {
            return QStringLiteral("name contains a character that is not printable ASCII");
        }
    }
    const QStringList labels = canonical.split(QLatin1Char('.'));
    for (const QString &label : labels) {
        if (label.isEmpty()) {
            return QStringLiteral("empty label");
        }
        if (label.size() > 63) {
            return QStringLiteral("label longer than 63 characters");
        }
    }
    return {};
}

QByteArray buildQuery(const QString &name, RecordType type, quint16 id)
{
    if (!nameProblem(name).isEmpty()) {
        return {};
    }
    const QByteArray absolute = canonicalName(name).toLatin1() + '.';
    ldns_rdf *owner = ldns_dname_new_frm_str(absolute.constData());
    if (!owner) {
        return {};
    }
    PacketPtr packet(ldns_pkt_query_new(owner, static_cast<ldns_rr_type>(type), LDNS_RR_CLASS_IN, LDNS_RD));
    if (!packet) {
        return {};
    }
    ldns_pkt_set_id(packet.get(), id);
    ldns_pkt_set_edns_udp_size(packet.get(), ednsUdpSize);
    uint8_t *wire = nullptr;
    size_t size = 0;
    if (ldns_pkt2wire(&wire, packet.get(), &size) != LDNS_STATUS_OK) {
        return {};
    }
    QByteArray bytes(reinterpret_cast<const char *>(wire), static_cast<qsizetype>(size));
    free(wire);
    return bytes;
}

Reply parseReply(const QByteArray &wire, quint16 expectedId, const QString &name, RecordType type)
{
    Reply reply;
    if (wire.size() < 2) {
        return reply; // cannot even carry an ID
    }
    const quint16 id = quint16(quint8(wire[0])) << 8 | quint8(wire[1]);
    if (id != expectedId) {
        return reply;
    }
    ldns_pkt *raw = nullptr;
    if (ldns_wire2pkt(&raw, reinterpret_cast<const uint8_t *>(wire.constData()), size_t(wire.size())) !=
            LDNS_STATUS_OK ||
        !raw) {
        reply.verdict = Verdict::Malformed;
        reply.result.status = DnsStatus::Malformed;
        reply.result.detail = QStringLiteral("reply cannot be parsed (%1 bytes)").arg(wire.size());
        return reply;
    }
    PacketPtr packet(raw);
    if (!ldns_pkt_qr(packet.get())) {
        reply.verdict = Verdict::Malformed;
        reply.result.status = DnsStatus::Malformed;
        reply.result.detail = QStringLiteral("reply is a query (QR bit clear)");
        return reply;
    }
    if (!questionMatches(packet.get(), name, type)) {
        return reply; // RFC 5452: a reply to another question is not an answer
    }
    if (ldns_pkt_tc(packet.get())) {
        reply.verdict = Verdict::Truncated;
        return reply;
    }
    reply.verdict = Verdict::Final;
    DnsResult &result = reply.result;
    const ldns_pkt_rcode rcode = ldns_pkt_get_rcode(packet.get());
    switch (rcode) {
    case LDNS_RCODE_NOERROR:
        collectAnswers(packet.get(), name, type, result);
        result.status = result.records.isEmpty() ? DnsStatus::NoData : DnsStatus::Answer;
        break;
    case LDNS_RCODE_NXDOMAIN:
        collectAnswers(packet.get(), name, type, result);
        result.status = DnsStatus::NxDomain;
        break;
    case LDNS_RCODE_REFUSED:
        result.status = DnsStatus::Refused;
        break;
    default: {
        result.status = DnsStatus::ServFail;
        const ldns_lookup_table *entry = ldns_lookup_by_id(ldns_rcodes, rcode);
        result.detail =
            QStringLiteral("rcode %1").arg(entry ? QString::fromLatin1(entry->name) : QString::number(rcode));
        break;
    }
    }
    return reply;
}

} // namespace mt::dns::message
