// The server's end of a client connection (core/common/clientsocket.h),
// against real clients on loopback: what a client sends arrives whole in
// any size, what the server writes arrives whole even when the client reads
// slowly, the end of a connection comes after its last bytes, a server that
// waits before reading does not spin, and STARTTLS carries on encrypted.
#include "common/clientsocket.h"
#include "smtp/selfsignedcertificate.h"

#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <arpa/inet.h>
#include <atomic>
#include <memory>
#include <netinet/in.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

using mt::ClientSocket;

namespace {

// A listener that gives each accepted connection to a ClientSocket.
class Listener final : public QTcpServer
{
public:
    std::vector<ClientSocket *> sockets;

protected:
    void incomingConnection(qintptr descriptor) override { sockets.push_back(new ClientSocket(descriptor, this)); }
};

QByteArray pattern(qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i) {
        bytes[i] = char('a' + i % 23);
    }
    return bytes;
}

// A blocking client on its own thread that reads until the end of the
// connection, slowly (a small receive buffer), as a client that does not
// keep up would.
struct SlowReader
{
    QByteArray received;
    std::atomic<bool> done{false};
    std::thread thread;

    explicit SlowReader(quint16 port)
    {
        const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
        const int small = 4096;
        ::setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &small, sizeof small);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_port = htons(port);
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        if (::connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0) {
            ::close(fd);
            done = true;
            return;
        }
        thread = std::thread([this, fd] {
            char chunk[1024];
            for (;;) {
                const ssize_t got = ::recv(fd, chunk, sizeof chunk, 0);
                if (got <= 0) {
                    break;
                }
                received.append(chunk, qsizetype(got));
            }
            ::close(fd);
            done = true;
        });
    }
    ~SlowReader()
    {
        if (thread.joinable()) {
            thread.join();
        }
    }
};

} // namespace

class TestClientSocket : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void readsWhatArrives_data();
    void readsWhatArrives();
    void writesAllToASlowClient_data();
    void writesAllToASlowClient();
    void endOfInputComesAfterTheData();
    void aServerThatWaitsIsToldAgainAfterItReads();
    void readingStopsAtTheLimit();
    void ipv4ClientOnADualStackListener();
    void startTlsAfterPlainText();

private:
    // Connects CLIENT to the listener; the server's end of it.
    ClientSocket *acceptFrom(QAbstractSocket &client);
    ClientSocket *accepted();
    std::unique_ptr<Listener> m_listener;
};

void TestClientSocket::init()
{
    m_listener = std::make_unique<Listener>();
    QVERIFY(m_listener->listen(QHostAddress::LocalHost));
}

void TestClientSocket::cleanup()
{
    m_listener.reset();
}

ClientSocket *TestClientSocket::acceptFrom(QAbstractSocket &client)
{
    client.connectToHost(QHostAddress::LocalHost, m_listener->serverPort());
    return accepted();
}

ClientSocket *TestClientSocket::accepted()
{
    if (!QTest::qWaitFor([this] { return !m_listener->sockets.empty(); })) {
        return nullptr;
    }
    return m_listener->sockets.back();
}

void TestClientSocket::readsWhatArrives_data()
{
    QTest::addColumn<qsizetype>("size");
    QTest::newRow("one command") << qsizetype(6);
    QTest::newRow("one read's worth") << qsizetype(16 * 1024);
    QTest::newRow("one byte past it") << qsizetype(16 * 1024 + 1);
    QTest::newRow("a 3 MB message") << qsizetype(3 * 1024 * 1024);
}

void TestClientSocket::readsWhatArrives()
{
    QFETCH(qsizetype, size);
    QTcpSocket client;
    ClientSocket *server = acceptFrom(client);
    QVERIFY(server);
    QByteArray input;
    connect(server, &ClientSocket::readyRead, this, [&] { server->readInto(input, 1 << 30); });
    const QByteArray sent = pattern(size);
    client.write(sent);
    QTRY_COMPARE_WITH_TIMEOUT(input.size(), sent.size(), 10000);
    QCOMPARE(input, sent);
}

void TestClientSocket::writesAllToASlowClient_data()
{
    QTest::addColumn<qsizetype>("size");
    QTest::newRow("a reply") << qsizetype(40);
    QTest::newRow("more than the kernel takes at once") << qsizetype(8 * 1024 * 1024);
}

void TestClientSocket::writesAllToASlowClient()
{
    QFETCH(qsizetype, size);
    SlowReader client(m_listener->serverPort());
    ClientSocket *server = accepted();
    QVERIFY(server);
    bool disconnected = false;
    connect(server, &ClientSocket::disconnected, this, [&] { disconnected = true; });
    const QByteArray sent = pattern(size);
    server->write(sent);
    // Closed only once all of it has gone.
    server->disconnectFromHost();
    QTRY_VERIFY_WITH_TIMEOUT(client.done.load(), 20000);
    QVERIFY(disconnected);
    QCOMPARE(client.received.size(), sent.size());
    QCOMPARE(client.received, sent);
}

void TestClientSocket::endOfInputComesAfterTheData()
{
    QTcpSocket client;
    ClientSocket *server = acceptFrom(client);
    QVERIFY(server);
    QByteArray input;
    QByteArray inputAtDisconnect;
    bool disconnected = false;
    connect(server, &ClientSocket::readyRead, this, [&] { server->readInto(input, 1 << 20); });
    connect(server, &ClientSocket::disconnected, this, [&] {
        inputAtDisconnect = input;
        disconnected = true;
    });
    client.write("QUIT\r\n");
    client.disconnectFromHost();
    QTRY_VERIFY(disconnected);
    QCOMPARE(inputAtDisconnect, QByteArray("QUIT\r\n"));
    QVERIFY(!server->isOpen());
}

void TestClientSocket::aServerThatWaitsIsToldAgainAfterItReads()
{
    QTcpSocket client;
    ClientSocket *server = acceptFrom(client);
    QVERIFY(server);
    int notices = 0;
    connect(server, &ClientSocket::readyRead, this, [&] { ++notices; });
    client.write("MAIL FROM:<a@b.test>\r\n");
    QTRY_COMPARE(notices, 1);
    // Waiting (on DNS, say) without reading: told once, not on every pass.
    QTest::qWait(50);
    QCOMPARE(notices, 1);
    QByteArray input;
    QCOMPARE(server->readInto(input, 1 << 20), qint64(22));
    client.write("RCPT TO:<c@d.test>\r\n");
    QTRY_COMPARE(notices, 2);
}

void TestClientSocket::readingStopsAtTheLimit()
{
    QTcpSocket client;
    ClientSocket *server = acceptFrom(client);
    QVERIFY(server);
    int notices = 0;
    connect(server, &ClientSocket::readyRead, this, [&] { ++notices; });
    client.write(pattern(100));
    QTRY_COMPARE(notices, 1);
    QByteArray input;
    QCOMPARE(server->readInto(input, 30), qint64(30));
    QCOMPARE(server->readInto(input, 1000), qint64(70));
    QCOMPARE(input, pattern(100));
}

void TestClientSocket::ipv4ClientOnADualStackListener()
{
    Listener dualStack;
    if (!dualStack.listen(QHostAddress::Any)) {
        QSKIP("no dual-stack listener here");
    }
    QTcpSocket client;
    client.connectToHost(QHostAddress(QStringLiteral("127.0.0.1")), dualStack.serverPort());
    QTRY_VERIFY(!dualStack.sockets.empty());
    QCOMPARE(dualStack.sockets.front()->peerAddress().toString(), QStringLiteral("127.0.0.1"));
}

void TestClientSocket::startTlsAfterPlainText()
{
    if (!QSslSocket::supportsSsl()) {
        QSKIP("no TLS backend");
    }
    QByteArray certificatePem;
    QByteArray keyPem;
    QString error;
    QVERIFY2(mt::smtp::SelfSignedCertificate::generate(&certificatePem, &keyPem, &error), qPrintable(error));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(QSslCertificate(certificatePem));
    tls.setPrivateKey(QSslKey(keyPem, QSsl::Ec));

    QSslSocket client;
    client.setPeerVerifyMode(QSslSocket::VerifyNone);
    ClientSocket *server = acceptFrom(client);
    QVERIFY(server);
    QByteArray input;
    connect(server, &ClientSocket::readyRead, this, [&] { server->readInto(input, 1 << 20); });

    client.write("STARTTLS\r\n");
    QTRY_COMPARE(input, QByteArray("STARTTLS\r\n"));
    server->write("220 2.0.0 Ready to start TLS\r\n");
    server->startServerEncryption(tls);
    QTRY_VERIFY(client.canReadLine());
    QCOMPARE(client.readLine(), QByteArray("220 2.0.0 Ready to start TLS\r\n"));
    client.startClientEncryption();
    QTRY_VERIFY_WITH_TIMEOUT(client.isEncrypted(), 10000);

    input.clear();
    client.write("EHLO secret.test\r\n");
    QTRY_COMPARE(input, QByteArray("EHLO secret.test\r\n"));
    server->write("250 secret\r\n");
    QTRY_VERIFY(client.canReadLine());
    QCOMPARE(client.readLine(), QByteArray("250 secret\r\n"));
}

QTEST_GUILESS_MAIN(TestClientSocket)
#include "tst_clientsocket.moc"
