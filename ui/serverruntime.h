#pragma once

#include "policy/policy.h"

#include <QHostAddress>
#include <QObject>

#include <functional>
#include <memory>

namespace mt {

namespace dns {
class DnsResolver;
}
namespace policy {
class BlockStore;
class Clock;
class DomainValidator;
class SubmissionPolicy;
} // namespace policy
namespace smtp {
class MessageStore;
class SmtpServer;
} // namespace smtp

// The built-in submission server inside the GUI, assembled as
// `mailtriage-cli serve` does: one policy, one block store and one message
// store in STATE_DIR, the server on the GUI thread's event loop (it is
// async). The Server, Replay and Blocked IPs pages share one of these.
class ServerRuntime final : public QObject
{
    Q_OBJECT

public:
    // Country code of an address, empty when unknown (GeoIP, rule 8).
    using CountryLookup = std::function<QString(const QHostAddress &)>;

    ServerRuntime(dns::DnsResolver &resolver, const policy::Clock &clock, const QString &stateDir,
                  QObject *parent = nullptr);
    ~ServerRuntime() override;

    // Opens the state directory and reads policyPath() when it exists (a
    // bad file is reported as an event and the demo policy stays); false
    // with ERROR when the directory is unusable.
    bool open(QString *error);

    // Listens on 127.0.0.1:PORT (0: a free one); false with a sentence in
    // ERROR when the port is taken or the state directory unusable.
    bool start(quint16 port, QString *error);
    void stop();
    bool isRunning() const;
    QHostAddress address() const;
    quint16 port() const;
    // "127.0.0.1:2525" while running, else empty.
    QString addressText() const;

    // The rules in force; a running server restarts with the new ones.
    const policy::Policy &policy() const { return m_policy; }
    bool setPolicy(const policy::Policy &policy, QString *error);
    // Where the policy editor saves: STATE_DIR/policy.json unless set.
    QString policyPath() const { return m_policyPath; }
    void setPolicyPath(const QString &path) { m_policyPath = path; }

    void setCountryLookup(CountryLookup lookup);
    QString countryOf(const QHostAddress &address) const { return m_countryOf ? m_countryOf(address) : QString(); }

    const policy::Clock &clock() const { return m_clock; }
    QString stateDir() const { return m_stateDir; }
    policy::BlockStore &blocks() { return *m_blocks; }
    smtp::MessageStore &messages() { return *m_messages; }
    // Only while running.
    smtp::SmtpServer *server() const { return m_server.get(); }
    quint64 acceptedMessages() const;

signals:
    void started();
    void stopped();
    // One line per server event (connections, logins, refusals, messages).
    void event(const QString &line);
    // A message was stored, or the list of blocks may have changed.
    void messagesChanged();
    void blocksChanged();

private:
    dns::DnsResolver &m_resolver;
    const policy::Clock &m_clock;
    QString m_stateDir;
    QString m_policyPath;
    policy::Policy m_policy;
    CountryLookup m_countryOf;
    bool m_open = false;
    std::unique_ptr<policy::BlockStore> m_blocks;
    std::unique_ptr<smtp::MessageStore> m_messages;
    std::unique_ptr<policy::DomainValidator> m_domains;
    std::unique_ptr<policy::SubmissionPolicy> m_rules;
    std::unique_ptr<smtp::SmtpServer> m_server;
};

} // namespace mt
