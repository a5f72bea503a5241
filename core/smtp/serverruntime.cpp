#include "serverruntime.h"

#include "common/geoipdatabase.h"
#include "common/textutil.h"
#include "messagestore.h"
#include "policy/domainvalidator.h"
#include "policy/filestatestore.h"
#include "policy/submissionpolicy.h"
#include "selfsignedcertificate.h"
#include "smtpserver.h"

#include <QDir>
#include <QFileInfo>

namespace mt::smtp {

namespace {

LocalizedText say(const char *source, QStringList args = {})
{
    return {"ServerRuntime", source, std::move(args)};
}

} // namespace

ServerRuntime::ServerRuntime(dns::DnsResolver &resolver, const policy::Clock &clock, const QString &stateDir,
                             QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_stateDir(stateDir)
    , m_policyPath(QDir(stateDir).filePath(QStringLiteral("policy.json")))
    , m_policy(policy::Policy::embeddedDefault())
    , m_messages(std::make_unique<MessageStore>(stateDir))
    , m_domains(std::make_unique<policy::DomainValidator>(resolver, clock))
{
    m_storeUrl.directory = stateDir;
    useStore(std::make_unique<policy::FileStateStore>(stateDir, clock));
}

void ServerRuntime::useStore(std::unique_ptr<policy::StateStore> store)
{
    m_store = std::move(store);
    // Blocks are reported by the session that made them (with the count);
    // unblocks come from staff, here or on another node.
    connect(m_store.get(), &policy::StateStore::unblocked, this, [this](const policy::AuditEntry &unblock) {
        emit reported(ServerEvent::unblocked(unblock.ip, unblock.who, unblock.reason));
    });
    connect(m_store.get(), &policy::StateStore::availabilityChanged, this, [this](bool available) {
        emit reported(ServerEvent::storeAvailability(available, m_store->description()));
    });
    emit storeChanged();
}

bool ServerRuntime::setStoreUrl(const policy::StoreUrl &url, LocalizedText *error)
{
    // The same place with the same credentials: nothing to do (a new
    // password alone reconnects).
    if (m_open && url.description() == m_storeUrl.description() && url.user == m_storeUrl.user &&
        url.password == m_storeUrl.password) {
        return true;
    }
    auto store = policy::makeStateStore(url, m_clock);
    if (!store) {
        *error = say(QT_TRANSLATE_NOOP("ServerRuntime", "This build cannot use %1: it has no Redis support."),
                     {url.description()});
        return false;
    }
    const bool running = isRunning();
    const QHostAddress where = address();
    const quint16 current = port();
    stop();
    m_storeUrl = url;
    useStore(std::move(store));
    if (m_open) {
        m_open = false;
        if (!open(error)) {
            return false;
        }
    }
    return !running || start(where, current, error);
}

ServerRuntime::~ServerRuntime()
{
    stop();
}

policy::Policy ServerRuntime::effective(policy::Policy policy) const
{
    if (m_replays) {
        policy.server.xclient = true;
    }
    return policy;
}

void ServerRuntime::setReplays(bool replays)
{
    m_replays = replays;
    m_policy = effective(m_policy);
}

void ServerRuntime::setGeoIpDatabase(std::shared_ptr<GeoIpDatabase> database)
{
    if (!database) {
        setCountryLookup({});
        return;
    }
    setCountryLookup([database](const QHostAddress &address) { return database->countryCodeOf(address); });
}

void ServerRuntime::setCountryLookup(CountryLookup lookup)
{
    m_countryOf = std::move(lookup);
    if (m_rules) {
        m_rules->setCountryLookup(m_countryOf);
    }
}

bool ServerRuntime::open(LocalizedText *error)
{
    if (m_open) {
        return true;
    }
    if (!QDir().mkpath(m_stateDir)) {
        *error = say(QT_TRANSLATE_NOOP("ServerRuntime", "Cannot create the state directory %1."),
                     {QDir::toNativeSeparators(m_stateDir)});
        return false;
    }
    if (auto *files = qobject_cast<policy::FileStateStore *>(m_store.get())) {
        QList<LocalizedText> problems;
        if (!files->open(&problems)) {
            *error = problems.isEmpty()
                         ? say(QT_TRANSLATE_NOOP("ServerRuntime", "Cannot create the state directory %1."),
                               {QDir::toNativeSeparators(m_stateDir)})
                         : problems.takeLast();
            return false;
        }
        for (const LocalizedText &problem : std::as_const(problems)) {
            emit reported(ServerEvent::notice(problem));
        }
        files->watch();
    }
    QString detail;
    if (!m_messages->open(&detail)) {
        *error = say(QT_TRANSLATE_NOOP("ServerRuntime", "Cannot use the state directory %1: %2"),
                     {QDir::toNativeSeparators(m_stateDir), detail});
        return false;
    }
    if (!m_policyPath.isEmpty() && QFileInfo::exists(m_policyPath)) {
        LocalizedText problem;
        if (const auto loaded = policy::Policy::load(m_policyPath, &problem)) {
            m_policy = effective(*loaded);
        } else {
            emit reported(ServerEvent::notice(
                say(QT_TRANSLATE_NOOP("ServerRuntime", "The policy file is not usable, the demo policy applies")),
                problem));
        }
    }
    m_open = true;
    return true;
}

bool ServerRuntime::start(const QHostAddress &address, quint16 port, LocalizedText *error)
{
    if (isRunning()) {
        return true;
    }
    if (!open(error)) {
        return false;
    }
    m_rules = std::make_unique<policy::SubmissionPolicy>(m_policy, *m_store, m_clock, m_countryOf);
    m_server = std::make_unique<SmtpServer>(*m_rules, *m_domains, *m_messages);
    m_server->setHostName(m_hostName);
    m_server->setVerbose(m_verbose);
    QString tlsError;
    if (const auto identity = SelfSignedCertificate::loadOrCreate(m_stateDir, &tlsError)) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificate(identity->certificate);
        tls.setPrivateKey(identity->key);
        tls.setPeerVerifyMode(QSslSocket::VerifyNone);
        m_server->setTlsConfiguration(tls);
    } else {
        emit reported(ServerEvent::notice(say(QT_TRANSLATE_NOOP("ServerRuntime", "STARTTLS is off: %1"), {tlsError})));
    }
    connect(m_server.get(), &SmtpServer::reported, this, &ServerRuntime::reported);
    if (!m_server->listen(address, port)) {
        *error = say(QT_TRANSLATE_NOOP("ServerRuntime", "Cannot listen on %1: %2. Another program (or another "
                                                        "MailTriage) may be using the port; stop it or choose "
                                                        "another port."),
                     {text::endpoint(address, port), m_server->errorString()});
        m_server.reset();
        m_rules.reset();
        return false;
    }
    m_syncsAtStart = m_messages->syncCount();
    emit reported(ServerEvent::listening(addressText(), m_stateDir));
    emit started();
    return true;
}

void ServerRuntime::stop()
{
    if (!m_server) {
        return;
    }
    m_server->close();
    const quint64 accepted = m_server->acceptedMessages();
    const quint64 syncs = m_messages->syncCount() - m_syncsAtStart;
    // Sessions are children of the server: they go with it.
    m_server.reset();
    m_rules.reset();
    emit reported(ServerEvent::stopped(accepted, syncs));
    emit stopped();
}

bool ServerRuntime::isRunning() const
{
    return m_server && m_server->isListening();
}

QHostAddress ServerRuntime::address() const
{
    return isRunning() ? m_server->serverAddress() : QHostAddress();
}

quint16 ServerRuntime::port() const
{
    return isRunning() ? m_server->serverPort() : 0;
}

QString ServerRuntime::addressText() const
{
    if (!isRunning()) {
        return {};
    }
    return text::endpoint(m_server->serverAddress(), m_server->serverPort());
}

bool ServerRuntime::setPolicy(const policy::Policy &policy, LocalizedText *error)
{
    m_policy = effective(policy);
    if (!isRunning()) {
        return true;
    }
    const QHostAddress where = address();
    const quint16 current = port();
    stop();
    LocalizedText ignored;
    return start(where, current, error ? error : &ignored);
}

quint64 ServerRuntime::acceptedMessages() const
{
    return m_server ? m_server->acceptedMessages() : 0;
}

} // namespace mt::smtp
