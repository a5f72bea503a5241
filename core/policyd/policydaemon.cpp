#include "policydaemon.h"

#include "httprequest.h"
#include "policyservice.h"

#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace mt::policyd {

namespace {

// A connection that has not said which protocol it speaks within this many
// bytes speaks Postfix's (whose reader then refuses the long line).
constexpr int maxFirstLine = 4096;
// Bytes read ahead of the request being answered, and answers not yet
// taken by the client: past these the connection waits.
constexpr qint64 maxReadAhead = 64 * 1024;
constexpr qint64 maxUnsent = 256 * 1024;

} // namespace

// One client: its protocol (from the first line), its reader, and the one
// request being decided.
class PolicyDaemon::Connection final : public QObject
{
public:
    Connection(QTcpSocket *socket, PolicyDaemon &daemon)
        : QObject(&daemon)
        , m_socket(socket)
        , m_daemon(daemon)
    {
        m_socket->setParent(this);
        m_socket->setReadBufferSize(maxReadAhead);
        m_idle.setSingleShot(true);
        m_requestTimer.setSingleShot(true);
        connect(&m_idle, &QTimer::timeout, this, [this] { m_socket->abort(); });
        connect(&m_requestTimer, &QTimer::timeout, this, [this] { m_socket->abort(); });
        connect(m_socket, &QTcpSocket::readyRead, this, &Connection::read);
        connect(m_socket, &QTcpSocket::bytesWritten, this, [this] {
            if (m_socket->bytesToWrite() < maxUnsent / 2) {
                process();
            }
        });
        connect(m_socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
        connect(m_socket, &QTcpSocket::errorOccurred, this, [this] {
            if (m_socket->state() == QAbstractSocket::UnconnectedState) {
                deleteLater();
            }
        });
        ++m_daemon.m_connections;
        m_idle.start(m_daemon.m_settings.idleTimeoutMs);
    }

    ~Connection() override { --m_daemon.m_connections; }

private:
    enum class Protocol
    {
        Unknown,
        Postfix,
        Http,
    };

    bool readerBusy() const { return m_protocol == Protocol::Http ? m_http.inRequest() : m_postfix.inRequest(); }

    void read()
    {
        m_idle.start(m_daemon.m_settings.idleTimeoutMs);
        if (m_closing) {
            m_socket->readAll();
            return;
        }
        if (m_protocol == Protocol::Unknown) {
            m_pending.append(m_socket->read(maxFirstLine + 1 - m_pending.size()));
            const qsizetype newline = m_pending.indexOf('\n');
            if (newline < 0 && m_pending.size() <= maxFirstLine) {
                startRequestTimer();
                return;
            }
            m_protocol = newline >= 0 && HttpRequestReader::isRequestLine(m_pending.left(newline)) ? Protocol::Http
                                                                                                   : Protocol::Postfix;
        }
        process();
    }

    void startRequestTimer()
    {
        if (!m_requestTimer.isActive()) {
            m_requestTimer.start(m_daemon.m_settings.requestTimeoutMs);
        }
    }

    // Answers what has arrived, one request at a time, in order. The reader
    // is fed only when it has no complete request left, so a client that
    // sends without reading the answers waits in its own socket buffers.
    void process()
    {
        if (m_processing || m_closing || m_protocol == Protocol::Unknown) {
            return;
        }
        m_processing = true;
        while (!m_busy && !m_closing && m_socket->bytesToWrite() < maxUnsent) {
            if (m_protocol == Protocol::Http ? nextHttp() : nextPostfix()) {
                continue;
            }
            if (m_closing) {
                break;
            }
            if (m_pending.isEmpty() && !readArrived()) {
                break;
            }
            if (m_protocol == Protocol::Http) {
                m_http.feed(m_pending);
            } else {
                m_postfix.feed(m_pending);
            }
            m_pending.clear();
        }
        if (!m_busy) {
            if (readerBusy()) {
                startRequestTimer();
            } else {
                m_requestTimer.stop();
            }
        }
        // The answers are not flushed here: the socket writes them when the
        // event loop has finished this pass, so the answers of one pass
        // reach their clients together (flushing each at once measured
        // slower: the clients woke once per answer).
        m_processing = false;
    }

    // Copies what has arrived into m_pending; false when nothing has. A copy,
    // not QIODevice::read(qint64): that would take the socket's buffer
    // block with it, and the socket would allocate a new one (16 KB) for
    // every read.
    bool readArrived()
    {
        const qint64 available = std::min(m_socket->bytesAvailable(), maxReadAhead);
        if (available <= 0) {
            return false;
        }
        m_pending.resize(available);
        const qint64 got = m_socket->read(m_pending.data(), available);
        m_pending.resize(std::max<qint64>(got, 0));
        return !m_pending.isEmpty();
    }

    // True when a request was taken (answered or being decided).
    bool nextPostfix()
    {
        PostfixRequest request;
        QByteArray error;
        switch (m_postfix.next(&request, &error)) {
        case PostfixRequestReader::Status::NeedMore:
            return false;
        case PostfixRequestReader::Status::Error:
            closeWith(
                postfixAnswer(QStringLiteral("451 4.3.5 policy request refused: %1").arg(QString::fromLatin1(error))));
            return false;
        case PostfixRequestReader::Status::Request:
            break;
        }
        m_busy = true;
        m_requestTimer.stop();
        m_daemon.m_service.decide(request, this, [this](const QString &action) { answer(postfixAnswer(action)); });
        return true;
    }

    bool nextHttp()
    {
        HttpRequest request;
        int errorStatus = 0;
        switch (m_http.next(&request, &errorStatus)) {
        case HttpRequestReader::Status::NeedMore:
            return false;
        case HttpRequestReader::Status::Error:
            closeWith(httpResponse(errorStatus, authPolicyAnswer(-1, QStringLiteral("bad request")), false));
            return false;
        case HttpRequestReader::Status::Request:
            break;
        }
        m_requestTimer.stop();
        const bool keepAlive = request.keepAlive();
        if (request.method != "POST") {
            closeWith(httpResponse(405, authPolicyAnswer(-1, QStringLiteral("POST only")), false));
            return false;
        }
        QByteArray error;
        const auto parsed =
            AuthPolicyRequest::parse(request.queryValue(QByteArrayLiteral("command")), request.body, &error);
        if (!parsed) {
            const QByteArray body = authPolicyAnswer(-1, QString::fromLatin1(error));
            m_busy = true;
            answer(httpResponse(400, body, keepAlive), keepAlive);
            return true;
        }
        m_busy = true;
        m_daemon.m_service.decide(*parsed, this, [this, keepAlive](int status, const QString &message) {
            answer(httpResponse(200, authPolicyAnswer(status, message), keepAlive), keepAlive);
        });
        return true;
    }

    void answer(const QByteArray &bytes, bool keepOpen = true)
    {
        m_busy = false;
        if (!keepOpen) {
            closeWith(bytes);
            return;
        }
        m_socket->write(bytes);
        process();
    }

    void closeWith(const QByteArray &bytes)
    {
        m_closing = true;
        m_requestTimer.stop();
        m_socket->write(bytes);
        m_socket->disconnectFromHost();
    }

    QTcpSocket *m_socket;
    PolicyDaemon &m_daemon;
    Protocol m_protocol = Protocol::Unknown;
    QByteArray m_pending; // read, not yet given to a reader
    PostfixRequestReader m_postfix;
    HttpRequestReader m_http;
    QTimer m_idle;
    QTimer m_requestTimer;
    bool m_busy = false;
    bool m_processing = false;
    bool m_closing = false;
};

PolicyDaemon::PolicyDaemon(PolicyService &service, QObject *parent)
    : PolicyDaemon(service, Settings(), parent)
{}

PolicyDaemon::PolicyDaemon(PolicyService &service, Settings settings, QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_settings(settings)
{}

PolicyDaemon::~PolicyDaemon()
{
    close();
}

bool PolicyDaemon::listen(const QHostAddress &address, quint16 port, LocalizedText *error)
{
    close();
    m_server = std::make_unique<QTcpServer>();
    m_server->setListenBacklogSize(1024);
    // Accepting one by one in a loop is what keeps 300 clients arriving at
    // once from waiting on each other.
    m_server->setMaxPendingConnections(1024);
    connect(m_server.get(), &QTcpServer::pendingConnectionAvailable, this, &PolicyDaemon::acceptConnections);
    if (!m_server->listen(address, port)) {
        const QString endpoint = address.protocol() == QAbstractSocket::IPv6Protocol
                                     ? QStringLiteral("[%1]:%2").arg(address.toString()).arg(port)
                                     : QStringLiteral("%1:%2").arg(address.toString()).arg(port);
        *error = LocalizedText("ServerRuntime",
                               QT_TRANSLATE_NOOP("ServerRuntime", "Cannot listen on %1: %2. Another program (or "
                                                                  "another MailTriage) may be using the port; stop "
                                                                  "it or choose another port."),
                               {endpoint, m_server->errorString()});
        m_server.reset();
        return false;
    }
    return true;
}

void PolicyDaemon::close()
{
    if (m_server) {
        m_server->close();
        m_server.reset();
    }
}

QHostAddress PolicyDaemon::address() const
{
    return m_server ? m_server->serverAddress() : QHostAddress();
}

quint16 PolicyDaemon::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

void PolicyDaemon::acceptConnections()
{
    while (m_server && m_server->hasPendingConnections()) {
        QTcpSocket *socket = m_server->nextPendingConnection();
        if (m_connections >= m_settings.maxConnections) {
            socket->abort();
            socket->deleteLater();
            continue;
        }
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        new Connection(socket, *this);
    }
}

} // namespace mt::policyd
