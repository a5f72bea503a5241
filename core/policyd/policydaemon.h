#pragma once

#include "common/localizedtext.h"
#include "smtp/serverevent.h"

#include <QHostAddress>
#include <QList>
#include <QObject>

#include <memory>

class QTcpServer;

namespace mt::policyd {

class PolicyService;

// `mailtriage-cli policyd`'s listener: one TCP port for both protocols, told
// apart by the first line a client sends. "POST /... HTTP/1.1" is Dovecot's
// auth policy (HTTP/1.1, keep-alive); anything else is Postfix's policy
// delegation ("request=smtpd_access_policy", name=value lines). Each
// connection answers its requests one at a time, in order; what one client
// can cost is bounded (line, request and body sizes, an idle timeout, a
// time limit for each request, a number of connections).
class PolicyDaemon final : public QObject
{
    Q_OBJECT

public:
    struct Settings
    {
        int maxConnections = 1000;
        // Postfix keeps an idle policy connection for 300 s
        // (smtpd_policy_service_max_idle); we wait a little longer.
        int idleTimeoutMs = 330 * 1000;
        // From a request's first byte to its last: slow clients go.
        int requestTimeoutMs = 30 * 1000;
    };

    explicit PolicyDaemon(PolicyService &service, QObject *parent = nullptr);
    PolicyDaemon(PolicyService &service, Settings settings, QObject *parent = nullptr);
    ~PolicyDaemon() override;

    // False with ERROR when the address cannot be listened on.
    bool listen(const QHostAddress &address, quint16 port, LocalizedText *error);
    void close();
    QHostAddress address() const;
    quint16 port() const;
    int connectionCount() const { return m_connections; }

signals:
    void reported(const mt::smtp::ServerEvent &event);

private:
    class Connection;
    class Listener;
    void acceptConnection(qintptr descriptor);
    void scheduleFlush(Connection *connection);
    void flushAnswers();

    PolicyService &m_service;
    Settings m_settings;
    std::unique_ptr<QTcpServer> m_server;
    int m_connections = 0;
    QList<Connection *> m_unflushed; // with answers to write at the end of this pass
};

} // namespace mt::policyd
