#pragma once

#include "messagestore.h"
#include "policy/domainvalidator.h"
#include "policy/submissionpolicy.h"
#include "serverevent.h"

#include <QHash>
#include <QPointer>
#include <QSslConfiguration>
#include <QTcpServer>
#include <QThreadPool>

#include <functional>

namespace mt::smtp {

class SmtpSession;

// The provider's submission server, reproduced: ESMTP on QTcpServer, one
// SmtpSession per connection, the rules of SubmissionPolicy and
// DomainValidator, accepted messages kept in a MessageStore. Listens where
// listen() says (the CLI defaults to 127.0.0.1).
class SmtpServer final : public QTcpServer
{
    Q_OBJECT

public:
    SmtpServer(policy::SubmissionPolicy &policy, policy::DomainValidator &domains, MessageStore &messages,
               QObject *parent = nullptr);
    ~SmtpServer() override;

    // STARTTLS is offered only with a configuration holding a certificate.
    void setTlsConfiguration(const QSslConfiguration &configuration);
    bool tlsAvailable() const { return m_tlsAvailable; }
    const QSslConfiguration &tlsConfiguration() const { return m_tls; }

    void setHostName(const QString &name) { m_hostName = name; }
    QString hostName() const { return m_hostName; }

    policy::SubmissionPolicy &policy() { return m_policy; }
    policy::DomainValidator &domains() { return m_domains; }
    MessageStore &messages() { return m_messages; }
    const policy::ServerSettings &settings() const { return m_policy.policy().server; }

    // Runs the slow password hash off the event loop; DONE gets whether
    // PASSWORD matches HASH, later, unless CONTEXT is gone. Clients that log
    // in together with the same password share one hash.
    void checkPassword(const QString &hash, const QByteArray &password, QObject *context,
                       std::function<void(bool)> done);

    int sessionCount() const { return m_sessions; }
    quint64 acceptedMessages() const { return m_accepted; }

    // Emits EVENT. Sessions skip the routine ones (connections, logins,
    // messages) unless verbose (the default): a busy server makes many.
    void report(const ServerEvent &event) { emit reported(event); }
    void setVerbose(bool verbose) { m_verbose = verbose; }
    bool verbose() const { return m_verbose; }
    void countAccepted() { ++m_accepted; }

signals:
    void reported(const mt::smtp::ServerEvent &event);
    void sessionFinished();

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    policy::SubmissionPolicy &m_policy;
    policy::DomainValidator &m_domains;
    MessageStore &m_messages;
    QSslConfiguration m_tls;
    bool m_tlsAvailable = false;
    QString m_hostName = QStringLiteral("localhost");
    bool m_verbose = true;
    int m_sessions = 0;
    quint64 m_accepted = 0;
    struct Waiting
    {
        QPointer<QObject> context;
        std::function<void(bool)> done;
    };
    QHash<QByteArray, QList<Waiting>> m_checksInFlight; // by digest of hash and password
    QThreadPool m_passwordChecks;
};

} // namespace mt::smtp
