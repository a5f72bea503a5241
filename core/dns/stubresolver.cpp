#include "stubresolver.h"

#include "dnsmessage.h"
#include "systemnameservers.h"

#include <QNetworkDatagram>
#include <QPointer>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QTimer>
#include <QUdpSocket>
#include <QtEndian>

namespace mt::dns {

// One question, from the first packet to the callback. Walks the server
// list `attempts` times; each try has a fresh socket, port and ID.
class PendingQuery final : public QObject
{
public:
    PendingQuery(StubResolver *resolver, QString name, RecordType type, QObject *context,
                 DnsResolver::Callback callback)
        : QObject(resolver)
        , m_resolver(resolver)
        , m_name(std::move(name))
        , m_type(type)
        , m_context(context ? context : resolver)
        , m_callback(std::move(callback))
    {
        m_timer.setSingleShot(true);
        connect(&m_timer, &QTimer::timeout, this, [this] { failTry(DnsStatus::Timeout, QStringLiteral("no reply")); });
        if (context) {
            // The caller went away: stop asking at once and free the socket.
            connect(context, &QObject::destroyed, this, [this] { finish(std::nullopt); });
        }
    }

    void start()
    {
        m_started = true;
        const QString problem = message::nameProblem(m_name);
        if (!problem.isEmpty()) {
            DnsResult result;
            result.status = DnsStatus::InvalidName;
            result.detail = problem;
            finish(result);
            return;
        }
        sendTry();
    }

    bool started() const { return m_started; }

private:
    const Nameserver &server() const
    {
        const auto &servers = m_resolver->config().servers;
        return servers.at(m_try % servers.size());
    }

    void sendTry()
    {
        if (m_finished) {
            return; // cancelled while the next try was queued
        }
        closeSockets();
        m_id = quint16(QRandomGenerator::system()->bounded(0x10000));
        m_query = message::buildQuery(m_name, m_type, m_id);
        // No explicit bind: connecting an unbound UDP socket lets the kernel
        // pick the source port, at random from the whole ephemeral range
        // (Linux and Windows both randomize it), and costs a tenth of a
        // QUdpSocket::bind().
        m_udp = new QUdpSocket(this);
        connect(m_udp, &QUdpSocket::readyRead, this, &PendingQuery::readUdp);
        m_udp->connectToHost(server().address, server().port);
        m_udp->write(m_query);
        m_timer.start(m_resolver->config().timeoutMs);
    }

    void readUdp()
    {
        if (!m_udp->hasPendingDatagrams()) {
            // Readable without a datagram: the ICMP "port unreachable" of a
            // server that is not there, reported on the connected socket.
            // No need to wait for the timeout.
            failTry(DnsStatus::Timeout, QStringLiteral("port unreachable"));
            return;
        }
        while (m_udp && m_udp->hasPendingDatagrams()) {
            const QNetworkDatagram datagram = m_udp->receiveDatagram();
            if (!datagram.senderAddress().isEqual(server().address) || datagram.senderPort() != server().port) {
                continue;
            }
            if (handleReply(datagram.data(), false)) {
                return;
            }
        }
    }

    // Returns true when the try is over (answered, failed, or moved to TCP).
    bool handleReply(const QByteArray &wire, bool viaTcp)
    {
        message::Reply reply = message::parseReply(wire, m_id, m_name, m_type);
        switch (reply.verdict) {
        case message::Verdict::NotOurs:
            return false;
        case message::Verdict::Truncated:
            if (viaTcp) {
                failTry(DnsStatus::Malformed, QStringLiteral("truncated reply over TCP"));
            } else {
                askOverTcp();
            }
            return true;
        case message::Verdict::Malformed:
            failTry(DnsStatus::Malformed, reply.result.detail);
            return true;
        case message::Verdict::Final:
            break;
        }
        reply.result.viaTcp = viaTcp;
        if (reply.result.status == DnsStatus::ServFail || reply.result.status == DnsStatus::Refused) {
            // Another server may know better; remember this one's word.
            m_best = reply.result;
            m_best->server = server().toString();
            nextTry();
        } else {
            finish(reply.result);
        }
        return true;
    }

    void askOverTcp()
    {
        closeSockets();
        m_tcp = new QTcpSocket(this);
        m_tcpBuffer.clear();
        connect(m_tcp, &QTcpSocket::connected, this, [this] {
            QByteArray framed(2, Qt::Uninitialized);
            qToBigEndian(quint16(m_query.size()), framed.data());
            m_tcp->write(framed + m_query);
        });
        connect(m_tcp, &QTcpSocket::readyRead, this, [this] {
            m_tcpBuffer += m_tcp->readAll();
            if (m_tcpBuffer.size() < 2) {
                return;
            }
            const int length = qFromBigEndian<quint16>(m_tcpBuffer.constData());
            if (m_tcpBuffer.size() >= 2 + length) {
                if (!handleReply(m_tcpBuffer.mid(2, length), true)) {
                    failTry(DnsStatus::Malformed, QStringLiteral("TCP reply does not match the question"));
                }
            }
        });
        connect(m_tcp, &QAbstractSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) {
            failTry(DnsStatus::ServFail, QStringLiteral("TCP fallback failed: %1").arg(m_tcp->errorString()));
        });
        m_tcp->connectToHost(server().address, server().port);
        m_timer.start(m_resolver->config().timeoutMs);
    }

    void failTry(DnsStatus status, const QString &detail)
    {
        // A server's own word (SERVFAIL, REFUSED, garbage) tells more than silence.
        if (!m_best || status != DnsStatus::Timeout) {
            DnsResult result;
            result.status = status;
            result.detail = detail;
            result.server = server().toString();
            m_best = result;
        }
        nextTry();
    }

    void nextTry()
    {
        const auto &config = m_resolver->config();
        if (++m_try >= config.attempts * config.servers.size()) {
            finish(m_best);
        } else {
            QTimer::singleShot(0, this, &PendingQuery::sendTry); // leave the socket's signal handler first
            closeSockets();
        }
    }

    void closeSockets()
    {
        m_timer.stop();
        for (QAbstractSocket *socket : {static_cast<QAbstractSocket *>(m_udp), static_cast<QAbstractSocket *>(m_tcp)}) {
            if (socket) {
                socket->disconnect(this);
                socket->abort();
                socket->deleteLater();
            }
        }
        m_udp = nullptr;
        m_tcp = nullptr;
    }

    void finish(std::optional<DnsResult> result)
    {
        if (m_finished) {
            return;
        }
        m_finished = true;
        closeSockets();
        if (result && m_context) {
            result->name = m_name;
            result->type = m_type;
            if (result->server.isEmpty() && !m_resolver->config().servers.isEmpty() && m_started &&
                result->status != DnsStatus::InvalidName) {
                result->server = server().toString();
            }
            // Queued, so a callback never runs inside resolve() or a socket handler.
            QTimer::singleShot(0, m_context.data(), [callback = m_callback, result = *result] { callback(result); });
        }
        m_resolver->queryFinished(this);
    }

    StubResolver *m_resolver;
    QString m_name;
    RecordType m_type;
    QPointer<QObject> m_context;
    DnsResolver::Callback m_callback;
    QTimer m_timer;
    QUdpSocket *m_udp = nullptr;
    QTcpSocket *m_tcp = nullptr;
    QByteArray m_query;
    QByteArray m_tcpBuffer;
    quint16 m_id = 0;
    int m_try = 0;
    bool m_started = false;
    bool m_finished = false;
    std::optional<DnsResult> m_best;
};

ResolverConfig ResolverConfig::fromSystem()
{
    const SystemResolverSettings system = systemResolverSettings();
    ResolverConfig config;
    config.servers = system.servers;
    config.timeoutMs = system.timeoutMs > 0 ? system.timeoutMs : config.timeoutMs;
    config.attempts = system.attempts > 0 ? system.attempts : config.attempts;
    return config;
}

ResolverConfig ResolverConfig::forServers(const QStringList &texts, QStringList *invalid)
{
    ResolverConfig config = texts.isEmpty() ? fromSystem() : ResolverConfig();
    for (const QString &text : texts) {
        if (const auto server = Nameserver::parse(text)) {
            config.servers << *server;
        } else if (invalid) {
            *invalid << text;
        }
    }
    return config;
}

StubResolver::StubResolver(ResolverConfig config, QObject *parent)
    : DnsResolver(parent)
    , m_config(std::move(config))
{
    if (m_config.servers.isEmpty()) {
        m_config.servers = systemResolverSettings().servers;
    }
    m_config.attempts = qMax(1, m_config.attempts);
    m_config.timeoutMs = qMax(1, m_config.timeoutMs);
    m_config.maxInFlight = qMax(1, m_config.maxInFlight);
}

StubResolver::~StubResolver() = default;

void StubResolver::resolve(const QString &name, RecordType type, QObject *context, Callback callback)
{
    auto *query = new PendingQuery(this, name, type, context, std::move(callback));
    if (m_active < m_config.maxInFlight) {
        ++m_active;
        query->start();
    } else {
        m_waiting.enqueue(query);
    }
}

void StubResolver::queryFinished(PendingQuery *query)
{
    query->deleteLater();
    if (!query->started()) {
        m_waiting.removeOne(query); // cancelled while it waited for a slot
        return;
    }
    --m_active;
    while (!m_waiting.isEmpty() && m_active < m_config.maxInFlight) {
        ++m_active;
        m_waiting.dequeue()->start();
    }
}

} // namespace mt::dns
