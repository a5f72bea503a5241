#include "clientsocket.h"

#include <QSocketNotifier>
#include <QSslConfiguration>
#include <QSslSocket>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

#include <algorithm>

namespace mt {

namespace {

QHostAddress shownAddress(const QHostAddress &address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    return isV4 ? QHostAddress(v4) : address;
}

constexpr QIODevice::OpenMode qtSocketMode = QIODevice::ReadWrite | QIODevice::Unbuffered;

#ifdef Q_OS_UNIX
// One recv() takes up to this much: a pipelined SMTP message of the usual
// size, or a whole policy request, in one call. Read into a scratch buffer
// so that an idle connection keeps no read space of its own.
constexpr qint64 readChunk = 16 * 1024;
#endif

} // namespace

ClientSocket::ClientSocket(qintptr descriptor, QObject *parent)
    : QObject(parent)
{
#ifdef Q_OS_UNIX
    m_fd = int(descriptor);
    ::fcntl(m_fd, F_SETFL, ::fcntl(m_fd, F_GETFL) | O_NONBLOCK);
    // Replies are small and often wait on DNS or the state store: Nagle
    // would hold each one back for the client's delayed ACK.
    const int on = 1;
    ::setsockopt(m_fd, IPPROTO_TCP, TCP_NODELAY, &on, sizeof on);
    sockaddr_storage address{};
    socklen_t length = sizeof address;
    if (::getpeername(m_fd, reinterpret_cast<sockaddr *>(&address), &length) == 0) {
        m_peer = shownAddress(QHostAddress(reinterpret_cast<const sockaddr *>(&address)));
    }
    m_readNotifier = new QSocketNotifier(m_fd, QSocketNotifier::Read, this);
    connect(m_readNotifier, &QSocketNotifier::activated, this, &ClientSocket::readable);
#else
    auto *socket = new QSslSocket(this);
    if (!socket->setSocketDescriptor(descriptor, QAbstractSocket::ConnectedState, qtSocketMode)) {
        delete socket;
        return;
    }
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_peer = shownAddress(socket->peerAddress());
    adoptQtSocket(socket);
#endif
}

ClientSocket::~ClientSocket()
{
#ifdef Q_OS_UNIX
    closeDescriptor();
#endif
}

bool ClientSocket::isOpen() const
{
#ifdef Q_OS_UNIX
    if (m_fd >= 0) {
        return true;
    }
#endif
    return m_qt && m_qt->state() == QAbstractSocket::ConnectedState;
}

void ClientSocket::adoptQtSocket(QSslSocket *socket)
{
    m_qt = socket;
    connect(m_qt, &QIODevice::readyRead, this, &ClientSocket::readyRead);
    connect(m_qt, &QIODevice::bytesWritten, this, &ClientSocket::bytesWritten);
    connect(m_qt, &QAbstractSocket::disconnected, this, &ClientSocket::announceDisconnected);
    connect(m_qt, &QAbstractSocket::errorOccurred, this, [this] {
        if (m_qt->state() == QAbstractSocket::UnconnectedState) {
            announceDisconnected();
        }
    });
}

void ClientSocket::announceDisconnected()
{
    if (!m_disconnected) {
        m_disconnected = true;
        emit disconnected();
    }
}

qint64 ClientSocket::readInto(QByteArray &buffer, qint64 max)
{
#ifdef Q_OS_UNIX
    if (m_fd >= 0) {
        m_readCalled = true;
        if (!m_peerClosed && !m_readNotifier->isEnabled()) {
            m_readNotifier->setEnabled(true);
        }
        static thread_local char scratch[readChunk];
        qint64 total = 0;
        while (total < max && !m_peerClosed) {
            const qint64 want = std::min(readChunk, max - total);
            const ssize_t got = ::recv(m_fd, scratch, size_t(want), 0);
            if (got > 0) {
                buffer.append(scratch, qsizetype(got));
                total += got;
                if (got < want) {
                    break; // the kernel had no more
                }
            } else if (got < 0 && errno == EINTR) {
                continue;
            } else {
                if (got == 0 || (errno != EAGAIN && errno != EWOULDBLOCK)) {
                    peerGone(); // end of input, or a reset: nothing more will come
                }
                break;
            }
        }
        return total;
    }
#endif
    if (!m_qt) {
        return 0;
    }
    const qint64 available = std::min(m_qt->bytesAvailable(), max);
    if (available <= 0) {
        const QByteArray bytes = m_qt->read(max);
        buffer.append(bytes);
        return bytes.size();
    }
    const qsizetype had = buffer.size();
    buffer.resize(had + available);
    const qint64 got = std::max<qint64>(m_qt->read(buffer.data() + had, available), 0);
    buffer.resize(had + got);
    return got;
}

void ClientSocket::discardInput()
{
    // Once: more is told again, so a client that keeps sending cannot keep
    // the event loop here.
    QByteArray sink;
    readInto(sink, 64 * 1024);
}

void ClientSocket::write(QByteArrayView bytes)
{
#ifdef Q_OS_UNIX
    if (m_fd >= 0) {
        if (!m_unsent.isEmpty()) {
            m_unsent.append(bytes);
            return;
        }
        qsizetype sent = 0;
        while (sent < bytes.size()) {
            const ssize_t n = ::send(m_fd, bytes.data() + sent, size_t(bytes.size() - sent), MSG_NOSIGNAL);
            if (n > 0) {
                sent += n;
            } else if (n < 0 && errno == EINTR) {
                continue;
            } else if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
                break;
            } else {
                m_unsent.clear();
                peerGone(); // nobody reads what we write any more
                return;
            }
        }
        if (sent < bytes.size()) {
            m_unsent = bytes.sliced(sent).toByteArray();
            if (!m_writeNotifier) {
                m_writeNotifier = new QSocketNotifier(m_fd, QSocketNotifier::Write, this);
                connect(m_writeNotifier, &QSocketNotifier::activated, this, &ClientSocket::writable);
            }
            m_writeNotifier->setEnabled(true);
        }
        return;
    }
#endif
    if (m_qt) {
        m_qt->write(bytes.data(), bytes.size());
    }
}

qint64 ClientSocket::bytesToWrite() const
{
#ifdef Q_OS_UNIX
    if (m_fd >= 0) {
        return m_unsent.size();
    }
#endif
    return m_qt ? m_qt->bytesToWrite() : 0;
}

void ClientSocket::disconnectFromHost()
{
#ifdef Q_OS_UNIX
    if (m_fd >= 0) {
        if (m_unsent.isEmpty()) {
            closeDescriptor();
            announceDisconnected();
        } else {
            m_closeWhenSent = true;
        }
        return;
    }
#endif
    if (m_qt) {
        m_qt->disconnectFromHost();
    }
}

void ClientSocket::abort()
{
#ifdef Q_OS_UNIX
    if (m_fd >= 0) {
        closeDescriptor();
        announceDisconnected();
        return;
    }
#endif
    if (m_qt) {
        m_qt->abort();
    }
}

void ClientSocket::startServerEncryption(const QSslConfiguration &configuration)
{
#ifdef Q_OS_UNIX
    if (m_fd >= 0) {
        // The descriptor becomes the QSslSocket's; ours stop watching it.
        m_readNotifier->setEnabled(false);
        m_readNotifier->deleteLater();
        m_readNotifier = nullptr;
        if (m_writeNotifier) {
            m_writeNotifier->setEnabled(false);
            m_writeNotifier->deleteLater();
            m_writeNotifier = nullptr;
        }
        const int fd = std::exchange(m_fd, -1);
        auto *socket = new QSslSocket(this);
        if (!socket->setSocketDescriptor(fd, QAbstractSocket::ConnectedState, qtSocketMode)) {
            ::close(fd);
            delete socket;
            announceDisconnected();
            return;
        }
        if (!m_unsent.isEmpty()) {
            socket->write(std::exchange(m_unsent, {}));
        }
        adoptQtSocket(socket);
    }
#endif
    if (!m_qt) {
        return;
    }
    m_qt->setSslConfiguration(configuration);
    m_qt->setPeerVerifyMode(QSslSocket::VerifyNone);
    m_qt->startServerEncryption();
}

#ifdef Q_OS_UNIX

void ClientSocket::readable()
{
    m_readCalled = false;
    emit readyRead();
    // A receiver that did not read is waiting (for DNS, say): no further
    // notices until it reads, or the event loop would spin on its bytes.
    if (!m_readCalled && m_readNotifier) {
        m_readNotifier->setEnabled(false);
    }
}

void ClientSocket::writable()
{
    while (!m_unsent.isEmpty()) {
        const ssize_t n = ::send(m_fd, m_unsent.constData(), size_t(m_unsent.size()), MSG_NOSIGNAL);
        if (n > 0) {
            m_unsent.remove(0, n);
        } else if (n < 0 && errno == EINTR) {
            continue;
        } else if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
            return;
        } else {
            closeDescriptor(); // the client is gone: nothing more to send
            announceDisconnected();
            return;
        }
    }
    m_writeNotifier->setEnabled(false);
    if (m_closeWhenSent) {
        closeDescriptor();
        announceDisconnected();
        return;
    }
    emit bytesWritten();
}

void ClientSocket::peerGone()
{
    if (m_peerClosed) {
        return;
    }
    m_peerClosed = true;
    m_readNotifier->setEnabled(false);
    // Later: the caller is still busy with this connection (with what came
    // before the end, say, whose replies may still go out).
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (m_fd < 0) {
                return;
            }
            if (m_unsent.isEmpty()) {
                closeDescriptor();
                announceDisconnected();
            } else {
                m_closeWhenSent = true;
            }
        },
        Qt::QueuedConnection);
}

void ClientSocket::closeDescriptor()
{
    // Deleted later: this may run inside a notifier's own signal.
    for (QSocketNotifier **notifier : {&m_readNotifier, &m_writeNotifier}) {
        if (*notifier) {
            (*notifier)->setEnabled(false);
            (*notifier)->deleteLater();
            *notifier = nullptr;
        }
    }
    if (m_fd >= 0) {
        ::close(m_fd);
        m_fd = -1;
    }
    m_unsent.clear();
}

#endif

} // namespace mt
