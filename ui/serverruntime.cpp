#include "serverruntime.h"

#include "coreerror.h"
#include "policy/blockstore.h"
#include "policy/domainvalidator.h"
#include "policy/submissionpolicy.h"
#include "smtp/messagestore.h"
#include "smtp/selfsignedcertificate.h"
#include "smtp/smtpserver.h"

#include <QDir>
#include <QFileInfo>

namespace mt {

namespace {

// The demo policy with XCLIENT on: replays claim the customer's address.
policy::Policy replayablePolicy(policy::Policy policy)
{
    policy.server.xclient = true;
    return policy;
}

} // namespace

ServerRuntime::ServerRuntime(dns::DnsResolver &resolver, const policy::Clock &clock, const QString &stateDir,
                             QObject *parent)
    : QObject(parent)
    , m_resolver(resolver)
    , m_clock(clock)
    , m_stateDir(stateDir)
    , m_policyPath(QDir(stateDir).filePath(QStringLiteral("policy.json")))
    , m_policy(replayablePolicy(policy::Policy::embeddedDefault()))
    , m_blocks(std::make_unique<policy::BlockStore>(stateDir, clock))
    , m_messages(std::make_unique<smtp::MessageStore>(stateDir))
    , m_domains(std::make_unique<policy::DomainValidator>(resolver, clock))
{
    connect(m_blocks.get(), &policy::BlockStore::unblocked, this, &ServerRuntime::blocksChanged);
}

ServerRuntime::~ServerRuntime()
{
    stop();
}

bool ServerRuntime::open(QString *error)
{
    if (m_open) {
        return true;
    }
    if (!QDir().mkpath(m_stateDir)) {
        *error = tr("Cannot create the state directory %1.").arg(QDir::toNativeSeparators(m_stateDir));
        return false;
    }
    QList<LocalizedText> problems;
    const bool opened = m_blocks->open(&problems);
    QStringList messages;
    for (const LocalizedText &problem : std::as_const(problems)) {
        messages << errorText(problem);
    }
    if (!opened) {
        *error = messages.join(QStringLiteral("; "));
        return false;
    }
    for (const QString &message : std::as_const(messages)) {
        emit event(message);
    }
    m_blocks->watch();
    if (!m_messages->open(error)) {
        return false;
    }
    if (QFileInfo::exists(m_policyPath)) {
        LocalizedText problem;
        if (const auto loaded = policy::Policy::load(m_policyPath, &problem)) {
            m_policy = replayablePolicy(*loaded);
        } else {
            emit event(tr("The policy file is not usable, the demo policy applies: %1").arg(errorText(problem)));
        }
    }
    m_open = true;
    return true;
}

bool ServerRuntime::start(quint16 port, QString *error)
{
    if (isRunning()) {
        return true;
    }
    if (!open(error)) {
        return false;
    }
    m_rules = std::make_unique<policy::SubmissionPolicy>(m_policy, *m_blocks, m_clock, m_countryOf);
    m_server = std::make_unique<smtp::SmtpServer>(*m_rules, *m_domains, *m_messages);
    QString tlsError;
    if (const auto identity = smtp::SelfSignedCertificate::loadOrCreate(m_stateDir, &tlsError)) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificate(identity->certificate);
        tls.setPrivateKey(identity->key);
        tls.setPeerVerifyMode(QSslSocket::VerifyNone);
        m_server->setTlsConfiguration(tls);
    } else {
        emit event(tr("STARTTLS is off: %1").arg(tlsError));
    }
    connect(m_server.get(), &smtp::SmtpServer::event, this, [this](const QString &line) {
        emit event(line);
        // Event lines start with a word that names them (see SmtpSession).
        if (line.startsWith(QLatin1String("accepted "))) {
            emit messagesChanged();
        }
        if (line.startsWith(QLatin1String("blocked "))) {
            emit blocksChanged();
        }
    });
    if (!m_server->listen(QHostAddress::LocalHost, port)) {
        *error = tr("Cannot listen on 127.0.0.1:%1: %2. Another program (or another MailTriage) uses the port; "
                    "stop it or choose another port in Settings.")
                     .arg(port)
                     .arg(m_server->errorString());
        m_server.reset();
        m_rules.reset();
        return false;
    }
    emit event(tr("listening on %1, state in %2").arg(addressText(), QDir::toNativeSeparators(m_stateDir)));
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
    // Sessions are children of the server: they go with it.
    m_server.reset();
    m_rules.reset();
    emit event(tr("stopped; %n message(s) accepted", nullptr, int(accepted)));
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
    return QStringLiteral("%1:%2").arg(m_server->serverAddress().toString()).arg(m_server->serverPort());
}

bool ServerRuntime::setPolicy(const policy::Policy &policy, QString *error)
{
    m_policy = replayablePolicy(policy);
    if (!isRunning()) {
        return true;
    }
    const quint16 current = port();
    stop();
    return start(current, error);
}

void ServerRuntime::setCountryLookup(CountryLookup lookup)
{
    m_countryOf = std::move(lookup);
    if (m_rules) {
        m_rules->setCountryLookup(m_countryOf);
    }
}

quint64 ServerRuntime::acceptedMessages() const
{
    return m_server ? m_server->acceptedMessages() : 0;
}

} // namespace mt
