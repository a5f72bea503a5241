#include "freeport.h"

#include <QCoreApplication>
#include <QTcpServer>
#include <QUdpSocket>

namespace mt::test {
namespace {

bool isFree(const QHostAddress &address, quint16 port)
{
    QTcpServer tcp;
    QUdpSocket udp;
    return tcp.listen(address, port) && udp.bind(address, port);
}

} // namespace

quint16 freePort()
{
    // Below the kernel's ephemeral range (32768 and up), so no client socket
    // (ours pick random ephemeral ports) can take it between this check and
    // the server's bind; the start depends on the PID, so test processes
    // running in parallel look in different places.
    static int next = int(QCoreApplication::applicationPid() * 97 % 20000);
    for (int i = 0; i < 20000; ++i) {
        const auto port = quint16(10000 + next);
        next = (next + 1) % 20000;
        if (isFree(QHostAddress(QHostAddress::LocalHost), port) &&
            isFree(QHostAddress(QHostAddress::LocalHostIPv6), port)) {
            return port;
        }
    }
    qFatal("no free port on 127.0.0.1 and ::1");
}

} // namespace mt::test
