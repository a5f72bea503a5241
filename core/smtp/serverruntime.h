#pragma once

#include "common/localizedtext.h"
#include "policy/policy.h"
#include "policy/storeurl.h"
#include "serverevent.h"

#include <QHostAddress>
#include <QObject>

#include <functional>
#include <memory>

namespace mt {

class GeoIpDatabase;

namespace dns {
class DnsResolver;
}
namespace policy {
class Clock;
class StateStore;
class DomainValidator;
class SubmissionPolicy;
} // namespace policy

namespace smtp {

class MessageStore;
class SmtpServer;

// The built-in submission server, assembled once for `mailtriage-cli serve`
// (app/cli/servecommand.cpp) and the GUI's Server, Replay and Blocked IPs
// pages: one policy, one block store and one message store in STATE_DIR,
// the domain validator on the given resolver, the country lookup (GeoIP),
// STARTTLS with a self-signed certificate kept in STATE_DIR, and the
// SmtpServer on the caller's event loop (it is async). What happens is
// reported as ServerEvent values; the front ends render them.
class ServerRuntime final : public QObject
{
    Q_OBJECT

public:
    // Country code of an address, empty when unknown (rule 8).
    using CountryLookup = std::function<QString(const QHostAddress &)>;

    ServerRuntime(dns::DnsResolver &resolver, const policy::Clock &clock, const QString &stateDir,
                  QObject *parent = nullptr);
    ~ServerRuntime() override;

    // The file open() reads the rules from when it exists, and where the
    // GUI's policy editor saves: STATE_DIR/policy.json unless set; empty:
    // none (the CLI's --policy is read by the CLI, which fails on a bad one).
    QString policyPath() const { return m_policyPath; }
    void setPolicyPath(const QString &path) { m_policyPath = path; }
    // Replays claim the customer's address with XCLIENT: on, it is allowed
    // whatever the policy says (the GUI; off for `serve`, the default).
    void setReplays(bool replays);
    // The name in the greeting (default localhost); applies from the next start.
    void setHostName(const QString &name) { m_hostName = name; }
    // Off: connections, logins and accepted messages are not reported (a
    // busy server makes many); applies from the next start.
    void setVerbose(bool verbose) { m_verbose = verbose; }

    // Rule 8's country from DATABASE (nullptr: every country is allowed).
    void setGeoIpDatabase(std::shared_ptr<GeoIpDatabase> database);
    // Or from any LOOKUP (tests, and an empty one for none).
    void setCountryLookup(CountryLookup lookup);
    QString countryOf(const QHostAddress &address) const { return m_countryOf ? m_countryOf(address) : QString(); }

    // Opens the state directory, both stores, and reads policyPath() when
    // it exists (a bad file is reported and the demo policy stays); false
    // with ERROR when the directory is unusable. start() opens if needed.
    bool open(LocalizedText *error);

    // Listens on ADDRESS:PORT (0: a free port); false with ERROR when the
    // port is taken or the state directory unusable.
    bool start(const QHostAddress &address, quint16 port, LocalizedText *error);
    bool start(quint16 port, LocalizedText *error) { return start(QHostAddress::LocalHost, port, error); }
    void stop();
    bool isRunning() const;
    QHostAddress address() const;
    quint16 port() const;
    // "127.0.0.1:2525" or "[::1]:2525" while running, else empty.
    QString addressText() const;

    // The rules in force; a running server restarts with the new ones
    // (ERROR, which may be null, says why it could not).
    const policy::Policy &policy() const { return m_policy; }
    bool setPolicy(const policy::Policy &policy, LocalizedText *error);

    const policy::Clock &clock() const { return m_clock; }
    QString stateDir() const { return m_stateDir; }
    // Where the shared state lives: files in STATE_DIR (the default) or
    // Redis. A running server restarts on the new store; false with ERROR
    // when this build cannot use it.
    bool setStoreUrl(const policy::StoreUrl &url, LocalizedText *error);
    const policy::StoreUrl &storeUrl() const { return m_storeUrl; }
    policy::StateStore &store() { return *m_store; }
    MessageStore &messages() { return *m_messages; }
    // Only while running.
    SmtpServer *server() const { return m_server.get(); }
    quint64 acceptedMessages() const;

signals:
    void started();
    void stopped();
    // store() is another object now (setStoreUrl).
    void storeChanged();
    // Everything the server, its sessions and the block store report, and
    // the runtime's own start, stop and notices.
    void reported(const mt::smtp::ServerEvent &event);

private:
    policy::Policy effective(policy::Policy policy) const;
    void useStore(std::unique_ptr<policy::StateStore> store);

    const policy::Clock &m_clock;
    QString m_stateDir;
    QString m_policyPath;
    bool m_replays = false;
    QString m_hostName = QStringLiteral("localhost");
    bool m_verbose = true;
    policy::Policy m_policy;
    CountryLookup m_countryOf;
    bool m_open = false;
    policy::StoreUrl m_storeUrl;
    std::unique_ptr<policy::StateStore> m_store;
    std::unique_ptr<MessageStore> m_messages;
    std::unique_ptr<policy::DomainValidator> m_domains;
    std::unique_ptr<policy::SubmissionPolicy> m_rules;
    std::unique_ptr<SmtpServer> m_server;
    quint64 m_syncsAtStart = 0; // the message store's count when the server started
};

} // namespace smtp
} // namespace mt
