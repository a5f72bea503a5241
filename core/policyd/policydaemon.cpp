#include "policydaemon.h"

#include "common/clientsocket.h"
#include "httprequest.h"
#include "policyservice.h"

#include <QElapsedTimer>
#include <QTcpServer>
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

// Hands each accepted descriptor to the daemon, before Qt wraps it in a
// QTcpSocket of its own.
class PolicyDaemon::Listener final : public QTcpServer
{
public:
    explicit Listener(PolicyDaemon &daemon)
        : m_daemon(daemon)
    {}

protected:
    void incomingConnection(qintptr descriptor) override { m_daemon.acceptConnection(descriptor); }

private:
    PolicyDaemon &m_daemon;
};

// One client: its protocol (from the first line), its reader, and the one
// request being decided.
class PolicyDaemon::Connection final : public QObject
{
public:
    Connection(ClientSocket *socket, PolicyDaemon &daemon)
        : QObject(&daemon)
        , m_socket(socket)
        , m_daemon(daemon)
    {
        m_socket->setParent(this);
        m_idle.setSingleShot(true);
        m_requestTimer.setSingleShot(true);
        connect(&m_idle, &QTimer::timeout, this, &Connection::idleTimerFired);
        connect(&m_requestTimer, &QTimer::timeout, this, [this] { m_socket->abort(); });
        connect(m_socket, &ClientSocket::readyRead, this, &Connection::read);
        connect(m_socket, &ClientSocket::bytesWritten, this, [this] {
            if (m_socket->bytesToWrite() < maxUnsent / 2) {
                process();
            }
        });
        connect(m_socket, &ClientSocket::disconnected, this, &QObject::deleteLater);
        ++m_daemon.m_connections;
        m_lastInput.start();
        m_idle.start(m_daemon.m_settings.idleTimeoutMs);
    }

    ~Connection() override
    {
        --m_daemon.m_connections;
        m_daemon.m_unflushed.removeOne(this);
    }

    // Writes the answers of this pass of the event loop.
    void flush()
    {
        m_socket->write(m_unflushed);
        m_unflushed.resize(0); // keeps its capacity
        if (m_closing) {
            m_socket->disconnectFromHost();
        }
    }

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
        // Not a timer restart per read: the timer checks this when it fires.
        m_lastInput.start();
        if (m_closing) {
            m_socket->discardInput();
            return;
        }
        if (m_protocol == Protocol::Unknown) {
            m_socket->readInto(m_pending, maxFirstLine + 1 - m_pending.size());
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

    void idleTimerFired()
    {
        const qint64 idleMs = m_daemon.m_settings.idleTimeoutMs;
        if (const qint64 quiet = m_lastInput.elapsed(); quiet < idleMs) {
            m_idle.start(int(idleMs - quiet));
            return;
        }
        m_socket->abort();
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
        while (!m_busy && !m_closing && m_socket->bytesToWrite() + m_unflushed.size() < maxUnsent) {
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
        m_processing = false;
    }

    // Reads what has arrived into m_pending; false when nothing has.
    bool readArrived() { return m_socket->readInto(m_pending, maxReadAhead) > 0; }

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
        send(bytes);
        process();
    }

    void closeWith(const QByteArray &bytes)
    {
        m_closing = true;
        m_requestTimer.stop();
        send(bytes);
    }

    // Not written at once: the answers of one pass of the event loop go out
    // together at its end (PolicyDaemon::flushAnswers), so a client with
    // several connections wakes once for them, not once per answer.
    void send(const QByteArray &bytes)
    {
        if (m_unflushed.isEmpty()) {
            m_daemon.scheduleFlush(this);
        }
        m_unflushed.append(bytes);
    }

    ClientSocket *m_socket;
    PolicyDaemon &m_daemon;
    Protocol m_protocol = Protocol::Unknown;
    QByteArray m_pending;   // read, not yet given to a reader
    QByteArray m_unflushed; // answers of this pass (see send())
    QElapsedTimer m_lastInput;
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
    // Connections reach into this object as they go (their count, the
    // answers to flush): they go first.
    const QObjectList children = this->children();
    for (QObject *child : children) {
        delete dynamic_cast<Connection *>(child);
    }
}

bool PolicyDaemon::listen(const QHostAddress &address, quint16 port, LocalizedText *error)
{
    close();
    m_server = std::make_unique<Listener>(*this);
    m_server->setListenBacklogSize(1024);
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

void PolicyDaemon::acceptConnection(qintptr descriptor)
{
    auto *socket = new ClientSocket(descriptor);
    if (!socket->isOpen() || m_connections >= m_settings.maxConnections) {
        delete socket;
        return;
    }
    new Connection(socket, *this);
}

void PolicyDaemon::scheduleFlush(Connection *connection)
{
    if (m_unflushed.isEmpty()) {
        QMetaObject::invokeMethod(this, &PolicyDaemon::flushAnswers, Qt::QueuedConnection);
    }
    m_unflushed.append(connection);
}

void PolicyDaemon::flushAnswers()
{
    // Taken first: a flush may close its connection (deleted later), and a
    // connection deleted before its flush has taken itself off the list.
    const QList<Connection *> connections = std::exchange(m_unflushed, {});
    for (Connection *connection : connections) {
        connection->flush();
    }
}

} // namespace mt::policyd
