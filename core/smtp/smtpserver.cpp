#include "smtpserver.h"

#include "common/clientsocket.h"
#include "policy/passwordhash.h"
#include "smtpsession.h"

#include <QCryptographicHash>
#include <QSslSocket>

namespace mt::smtp {

SmtpServer::SmtpServer(policy::SubmissionPolicy &policy, policy::DomainValidator &domains, MessageStore &messages,
                       QObject *parent)
    : QTcpServer(parent)
    , m_policy(policy)
    , m_domains(domains)
    , m_messages(messages)
{
    // Accept as fast as clients come; the session limit is ours to enforce.
    setMaxPendingConnections(1024);
    // Qt's default backlog of 50 drops the handshakes of a burst of clients.
    setListenBacklogSize(1024);
}

SmtpServer::~SmtpServer()
{
    // A check still running posts its answer to this object: let it finish
    // now, and the answer is dropped with the object.
    m_passwordChecks.waitForDone();
}

void SmtpServer::setTlsConfiguration(const QSslConfiguration &configuration)
{
    m_tls = configuration;
    m_tlsAvailable = QSslSocket::supportsSsl() && !configuration.localCertificate().isNull();
}

void SmtpServer::checkPassword(const QString &hash, const QByteArray &password, QObject *context,
                               std::function<void(bool)> done)
{
    const QByteArray key = QCryptographicHash::hash(hash.toUtf8() + '\0' + password, QCryptographicHash::Sha256);
    auto it = m_checksInFlight.find(key);
    if (it != m_checksInFlight.end()) {
        it->append({context, std::move(done)});
        return;
    }
    m_checksInFlight.insert(key, {{context, std::move(done)}});
    m_passwordChecks.start([this, key, hash, password] {
        const bool matches = policy::passwordhash::verify(password, hash);
        QMetaObject::invokeMethod(
            this,
            [this, key, matches] {
                const QList<Waiting> waiting = m_checksInFlight.take(key);
                for (const Waiting &entry : waiting) {
                    if (entry.context) {
                        entry.done(matches);
                    }
                }
            },
            Qt::QueuedConnection);
    });
}

void SmtpServer::incomingConnection(qintptr descriptor)
{
    auto *socket = new ClientSocket(descriptor);
    if (!socket->isOpen()) {
        delete socket;
        return;
    }
    if (m_sessions >= settings().maxConnections) {
        // Refused before a session exists: no token yet, nothing to keep.
        static const QByteArray reply = QByteArrayLiteral("421 4.7.0 Too many connections, try again later");
        report(ServerEvent::connectionRefused(socket->peerAddress().toString(), {}, QStringLiteral("connections"),
                                              QString::fromLatin1(reply)));
        connect(socket, &ClientSocket::disconnected, socket, &QObject::deleteLater);
        socket->write(reply + "\r\n");
        socket->disconnectFromHost();
        return;
    }
    ++m_sessions;
    auto *session = new SmtpSession(socket, *this);
    connect(session, &QObject::destroyed, this, [this] {
        --m_sessions;
        emit sessionFinished();
    });
    session->start();
}

} // namespace mt::smtp
