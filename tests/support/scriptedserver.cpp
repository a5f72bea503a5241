#include "scriptedserver.h"

#include <QNetworkDatagram>
#include <QTimer>

#include <ldns/ldns.h>

namespace mt::test {
namespace {

// The reply to QUERY with RCODE; with an answer when ADDRESS is given.
// NAME replaces the question's name when not empty.
QByteArray makeReply(const QByteArray &query, ldns_pkt_rcode rcode, const char *address, quint16 idDelta = 0,
                     const char *name = nullptr)
{
    ldns_pkt *packet = nullptr;
    if (ldns_wire2pkt(&packet, reinterpret_cast<const uint8_t *>(query.constData()), size_t(query.size())) !=
        LDNS_STATUS_OK) {
        return {};
    }
    ldns_pkt_set_qr(packet, true);
    ldns_pkt_set_ra(packet, true);
    ldns_pkt_set_rcode(packet, rcode);
    ldns_pkt_set_id(packet, quint16(ldns_pkt_id(packet) + idDelta));
    ldns_rr *question = ldns_rr_list_rr(ldns_pkt_question(packet), 0);
    if (name) {
        ldns_rdf *other = ldns_dname_new_frm_str(name);
        ldns_rdf_deep_free(ldns_rr_owner(question));
        ldns_rr_set_owner(question, other);
    }
    if (address && ldns_rr_get_type(question) == LDNS_RR_TYPE_A) {
        char *owner = ldns_rdf2str(ldns_rr_owner(question));
        ldns_rr *rr = nullptr;
        const QByteArray line = QByteArray(owner) + " 60 IN A " + address;
        free(owner);
        if (ldns_rr_new_frm_str(&rr, line.constData(), 60, nullptr, nullptr) == LDNS_STATUS_OK) {
            ldns_pkt_push_rr(packet, LDNS_SECTION_ANSWER, rr);
        }
    }
    uint8_t *wire = nullptr;
    size_t size = 0;
    ldns_pkt2wire(&wire, packet, &size);
    QByteArray bytes(reinterpret_cast<const char *>(wire), qsizetype(size));
    free(wire);
    ldns_pkt_free(packet);
    return bytes;
}

} // namespace

ScriptedServer::ScriptedServer(Behaviour behaviour, QObject *parent)
    : QObject(parent)
    , m_behaviour(behaviour)
{
    m_socket.bind(QHostAddress::LocalHost, 0);
    m_spoofer.bind(QHostAddress(QStringLiteral("127.0.0.2")), 0);
    connect(&m_socket, &QUdpSocket::readyRead, this, &ScriptedServer::onQuery);
}

dns::Nameserver ScriptedServer::nameserver() const
{
    return {QHostAddress(QHostAddress::LocalHost), m_socket.localPort()};
}

void ScriptedServer::onQuery()
{
    while (m_socket.hasPendingDatagrams()) {
        const QNetworkDatagram query = m_socket.receiveDatagram();
        ++m_queries;
        const QByteArray answer = makeReply(query.data(), LDNS_RCODE_NOERROR, "192.0.2.99");
        auto sendLater = [this, answer, to = query.senderAddress(), port = query.senderPort()] {
            QTimer::singleShot(50, this, [this, answer, to, port] { m_socket.writeDatagram(answer, to, port); });
        };
        switch (m_behaviour) {
        case Behaviour::Answer:
            m_socket.writeDatagram(answer, query.senderAddress(), query.senderPort());
            break;
        case Behaviour::Refuse:
            m_socket.writeDatagram(makeReply(query.data(), LDNS_RCODE_REFUSED, nullptr), query.senderAddress(),
                                   query.senderPort());
            break;
        case Behaviour::ServFail:
            m_socket.writeDatagram(makeReply(query.data(), LDNS_RCODE_SERVFAIL, nullptr), query.senderAddress(),
                                   query.senderPort());
            break;
        case Behaviour::Garbage:
            m_socket.writeDatagram(query.data().left(2) + QByteArray("\x81\x80 this is not DNS"), query.senderAddress(),
                                   query.senderPort());
            break;
        case Behaviour::WrongIdThenAnswer:
            m_socket.writeDatagram(makeReply(query.data(), LDNS_RCODE_NOERROR, "203.0.113.66", 1),
                                   query.senderAddress(), query.senderPort());
            sendLater();
            break;
        case Behaviour::SpoofThenAnswer:
            m_spoofer.writeDatagram(makeReply(query.data(), LDNS_RCODE_NOERROR, "203.0.113.66"), query.senderAddress(),
                                    query.senderPort());
            sendLater();
            break;
        case Behaviour::OtherQuestionThenAnswer:
            m_socket.writeDatagram(makeReply(query.data(), LDNS_RCODE_NOERROR, "203.0.113.66", 0, "evil.test."),
                                   query.senderAddress(), query.senderPort());
            sendLater();
            break;
        }
    }
}

} // namespace mt::test
