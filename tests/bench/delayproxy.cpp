#include "delayproxy.h"

#include <QNetworkDatagram>
#include <QTimer>

DelayProxy::DelayProxy(QHostAddress upstream, quint16 upstreamPort, int delayMs)
    : m_upstream(std::move(upstream))
    , m_upstreamPort(upstreamPort)
    , m_delayMs(delayMs)
{}

void DelayProxy::start()
{
    m_listener = new QUdpSocket(this);
    m_listener->bind(QHostAddress::LocalHost, 0);
    connect(m_listener, &QUdpSocket::readyRead, this, &DelayProxy::onQuery);
    m_port = m_listener->localPort();
}

void DelayProxy::onQuery()
{
    while (m_listener->hasPendingDatagrams()) {
        const QNetworkDatagram query = m_listener->receiveDatagram();
        // One upstream socket per query keeps the reply's way back obvious.
        auto *upstream = new QUdpSocket(this);
        upstream->connectToHost(m_upstream, m_upstreamPort);
        connect(upstream, &QUdpSocket::readyRead, this,
                [this, upstream, client = query.senderAddress(), clientPort = query.senderPort()] {
                    const QByteArray reply = upstream->readAll();
                    upstream->deleteLater();
                    QTimer::singleShot(m_delayMs, Qt::PreciseTimer, this, [this, reply, client, clientPort] {
                        m_listener->writeDatagram(reply, client, clientPort);
                    });
                });
        upstream->write(query.data());
    }
}
