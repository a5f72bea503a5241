#include "benchsupport.h"

#include "delayproxy.h"

#include <QCoreApplication>

namespace bench {

int delayArgument(int argc, char *argv[])
{
    return argc > 1 ? QByteArray(argv[1]).toInt() : 100;
}

void waitUntil(const std::function<bool()> &done)
{
    QElapsedTimer guard;
    guard.start();
    while (!done() && guard.elapsed() < 60000) {
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    }
}

double elapsedMs(const QElapsedTimer &clock)
{
    return clock.nsecsElapsed() / 1e6;
}

void printDelay(const char *bench, int delayMs, const char *server, quint16 port)
{
    std::printf("%s: every reply delayed by D = %d ms (%s on 127.0.0.1:%u)\n", bench, delayMs, server, port);
}

DelayedServers::DelayedServers(int delayMs)
    : m_delayMs(delayMs)
{
    m_thread.start();
}

DelayedServers::~DelayedServers()
{
    m_thread.quit();
    m_thread.wait();
}

mt::dns::ResolverConfig DelayedServers::resolverConfig(quint16 upstreamPort)
{
    auto *proxy = new DelayProxy(QHostAddress(QHostAddress::LocalHost), upstreamPort, m_delayMs);
    proxy->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, proxy, &QObject::deleteLater);
    QMetaObject::invokeMethod(proxy, &DelayProxy::start, Qt::BlockingQueuedConnection);

    mt::dns::ResolverConfig config;
    config.servers = {{QHostAddress(QHostAddress::LocalHost), proxy->port()}};
    config.timeoutMs = 10 * m_delayMs + 1000;
    return config;
}

} // namespace bench
