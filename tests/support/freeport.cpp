#include "freeport.h"

#include <QTcpServer>
#include <QUdpSocket>

namespace mt::test {

quint16 freePort()
{
    for (int i = 0; i < 50; ++i) {
        QTcpServer tcp;
        if (!tcp.listen(QHostAddress::LocalHost, 0)) {
            continue;
        }
        QUdpSocket udp;
        if (udp.bind(QHostAddress::LocalHost, tcp.serverPort())) {
            return tcp.serverPort();
        }
    }
    qFatal("no free port on 127.0.0.1");
}

} // namespace mt::test
