#pragma once

#include <QHostAddress>
#include <QObject>
#include <QUdpSocket>

#include <atomic>

// A UDP DNS proxy on 127.0.0.1 that holds every reply for a fixed delay
// before passing it back, as a distant server would. Runs in its own thread
// so its timers do not share the event loop being measured.
class DelayProxy final : public QObject
{
    Q_OBJECT

public:
    DelayProxy(QHostAddress upstream, quint16 upstreamPort, int delayMs);

    quint16 port() const { return m_port; }

public slots:
    void start(); // binds; call in the proxy's thread

private:
    void onQuery();

    QHostAddress m_upstream;
    quint16 m_upstreamPort;
    int m_delayMs;
    QUdpSocket *m_listener = nullptr;
    std::atomic<quint16> m_port{0};
};
