#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QObject>

class QSocketNotifier;
class QSslConfiguration;
class QSslSocket;

namespace mt {

// A server's end of one client's TCP connection, for the SMTP server and
// policyd. On Unix it reads and writes the descriptor itself, watched by one
// read notifier: no Qt socket buffers, no FIONREAD before each read and no
// signal chain per read, which together were a fifth of what a pipelined
// SMTP message cost the server. STARTTLS hands the descriptor to a
// QSslSocket, as does every connection on Windows.
class ClientSocket final : public QObject
{
    Q_OBJECT

public:
    // Takes DESCRIPTOR (an accepted socket) and closes it when done.
    explicit ClientSocket(qintptr descriptor, QObject *parent = nullptr);
    ~ClientSocket() override;

    bool isOpen() const;
    // An IPv4 client on a dual-stack socket is 1.2.3.4, not ::ffff:1.2.3.4.
    QHostAddress peerAddress() const { return m_peer; }

    // Appends to BUFFER what has arrived, at most MAX bytes; returns how many.
    qint64 readInto(QByteArray &buffer, qint64 max);
    // Reads what has arrived and throws it away.
    void discardInput();

    // BYTES go to the kernel at once; what it does not take yet is kept and
    // sent when it can (bytesWritten() then).
    void write(QByteArrayView bytes);
    qint64 bytesToWrite() const;

    // Closes once everything written has gone; disconnected() then.
    void disconnectFromHost();
    void abort();

    // Starts the server side of a TLS handshake on this connection (what
    // was written before still goes out in the clear, first).
    void startServerEncryption(const QSslConfiguration &configuration);

signals:
    // Once per arrival: a receiver that does not read now is told again
    // only after its next readInto().
    void readyRead();
    void bytesWritten();
    void disconnected();

private:
    void adoptQtSocket(QSslSocket *socket);
    void announceDisconnected(); // once
#ifdef Q_OS_UNIX
    void readable();
    void writable();
    void peerGone(); // end of input, or an error: close once the rest is sent
    void closeDescriptor();

    int m_fd = -1;
    QSocketNotifier *m_readNotifier = nullptr;
    QSocketNotifier *m_writeNotifier = nullptr;
    QByteArray m_unsent;
    bool m_readCalled = false;
    bool m_peerClosed = false;
    bool m_closeWhenSent = false;
#endif
    QSslSocket *m_qt = nullptr; // after STARTTLS, or always on Windows
    QHostAddress m_peer;
    bool m_disconnected = false;
};

} // namespace mt
