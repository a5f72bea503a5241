#include "submissionpolicy.h"

#include "passwordhash.h"

#include <QCryptographicHash>

namespace mt::policy {

QString domainOf(const QString &address)
{
    const qsizetype at = address.lastIndexOf(QLatin1Char('@'));
    return at < 0 ? QString() : address.mid(at + 1).toLower();
}

SubmissionPolicy::SubmissionPolicy(Policy policy, BlockStore &store, const Clock &clock, CountryLookup countryOf)
    : m_policy(std::move(policy))
    , m_clock(clock)
    , m_countryOf(std::move(countryOf))
    , m_guard(store, clock, m_policy.limits.authFailuresPerHour)
    , m_rates(clock, m_policy.limits)
    , m_queue(clock, m_policy.limits)
    , m_spam(clock, m_policy.spamMarkers, m_policy.limits.spamAcceptedPerHour)
{
    m_unblocked = QObject::connect(&store, &BlockStore::unblocked, &store,
                                   [this](const BlockStore::AuditEntry &unblock) { m_guard.forget(unblock.ip); });
}

SubmissionPolicy::~SubmissionPolicy()
{
    QObject::disconnect(m_unblocked);
}

Verdict SubmissionPolicy::checkConnection(const QString &ip, const QString &token)
{
    if (m_guard.isBlocked(ip)) {
        return Rejection{550, ServerReply::TooManyAuthFailures, token, ip, QStringLiteral("auth-failures")};
    }
    return std::nullopt;
}

namespace {

QByteArray passwordDigest(const QString &hash, const QByteArray &password)
{
    return QCryptographicHash::hash(hash.toUtf8() + '\0' + password, QCryptographicHash::Sha256);
}

} // namespace

std::optional<QString> SubmissionPolicy::storedHash(const QString &login) const
{
    const Account *account = m_policy.account(login.trimmed());
    return account ? std::optional<QString>(account->password) : std::nullopt;
}

std::optional<bool> SubmissionPolicy::knownVerdict(const QString &login, const QByteArray &password) const
{
    const Account *account = m_policy.account(login.trimmed());
    if (!account) {
        return false;
    }
    // A verified password is remembered as a digest, so a client that logs
    // in once per message does not pay the slow hash every time.
    const auto known = m_verified.constFind(account->login);
    if (known != m_verified.constEnd() &&
        passwordhash::constantTimeEquals(*known, passwordDigest(account->password, password))) {
        return true;
    }
    return std::nullopt;
}

AuthOutcome SubmissionPolicy::recordAuthentication(const QString &ip, const QString &login, const QByteArray &password,
                                                   bool passwordMatches)
{
    AuthOutcome outcome;
    const Account *account = m_policy.account(login.trimmed());
    if (account && passwordMatches) {
        m_verified.insert(account->login, passwordDigest(account->password, password));
        outcome.account = account->login;
        return outcome;
    }
    outcome.block = m_guard.recordFailure(ip);
    outcome.failures = m_guard.failures(ip);
    return outcome;
}

std::optional<QString> SubmissionPolicy::authenticate(const QString &ip, const QString &login,
                                                      const QByteArray &password)
{
    std::optional<bool> matches = knownVerdict(login, password);
    if (!matches) {
        matches = passwordhash::verify(password, storedHash(login).value_or(QString()));
    }
    return recordAuthentication(ip, login, password, *matches).account;
}

const DomainPolicy *SubmissionPolicy::domainOfLogin(const QString &login) const
{
    return domainPolicyFor(m_policy.domains, domainOf(login));
}

bool SubmissionPolicy::senderAllowed(const QString &login, const QString &sender) const
{
    const QString address = sender.toLower();
    const Account *account = m_policy.account(login);
    if (account && !account->alternativeSender.isEmpty() && account->alternativeSender == address) {
        return true;
    }
    // Exact names only: a third-level domain under an allowed one is
    // another domain (docs/policy.md, rule 2).
    const QString domain = domainOf(address);
    if (domain.isEmpty()) {
        return false;
    }
    if (const DomainPolicy *own = domainOfLogin(login)) {
        return own->name == domain || own->aliases.contains(domain);
    }
    return domain == domainOf(login);
}

bool SubmissionPolicy::countryAllowed(const QString &login, const QString &country) const
{
    const DomainPolicy *own = domainOfLogin(login);
    if (!own || own->countries.isEmpty()) {
        return true;
    }
    // Unknown (loopback, private ranges, no database): the rule cannot
    // judge, and refusing everyone would make the server useless.
    return country.isEmpty() || own->countries.contains(country.toUpper());
}

Verdict SubmissionPolicy::checkSender(const QHostAddress &client, const QString &ip, const QString &login,
                                      const QString &sender, const QString &token)
{
    if (login.isEmpty()) {
        return Rejection{550, ServerReply::AuthenticationFailed, token, ip, QStringLiteral("auth")};
    }
    if (!senderAllowed(login, sender)) {
        return Rejection{550, ServerReply::SenderRejected, sender, ip, QStringLiteral("sender")};
    }
    if (!countryAllowed(login, m_countryOf ? m_countryOf(client) : QString())) {
        return Rejection{550, ServerReply::SenderRejected, sender, ip, QStringLiteral("geoip")};
    }
    if (!m_rates.allows(ip) || !m_rates.allows(login)) {
        return Rejection{550, ServerReply::PolicyViolation, token, ip, QStringLiteral("rate")};
    }
    if (!m_queue.allows(ip)) {
        return Rejection{550, ServerReply::PolicyViolation, token, ip, QStringLiteral("queue")};
    }
    return std::nullopt;
}

Verdict SubmissionPolicy::checkContent(const QString &ip, const QByteArray &message, const QString &token)
{
    if (m_spam.isSpam(message) && !m_spam.admit(ip)) {
        return Rejection{550, ServerReply::SpamDetected, token, ip, QStringLiteral("spam")};
    }
    return std::nullopt;
}

void SubmissionPolicy::recordAccepted(const QString &ip, const QString &login, bool undeliverable)
{
    m_rates.record(ip);
    m_rates.record(login);
    m_queue.record(ip, undeliverable);
}

} // namespace mt::policy
