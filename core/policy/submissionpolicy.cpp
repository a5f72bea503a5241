#include "submissionpolicy.h"

#include "passwordhash.h"

#include <QCryptographicHash>

namespace mt::policy {

QString domainOf(const QString &address)
{
    const qsizetype at = address.lastIndexOf(QLatin1Char('@'));
    return at < 0 ? QString() : address.mid(at + 1).toLower();
}

SubmissionPolicy::SubmissionPolicy(Policy policy, StateStore &store, const Clock &clock, CountryLookup countryOf)
    : m_policy(std::move(policy))
    , m_store(store)
    , m_clock(clock)
    , m_countryOf(std::move(countryOf))
    , m_rateWindows{{minuteMs, m_policy.limits.perMinute},
                    {hourMs, m_policy.limits.perHour},
                    {twelveHoursMs, m_policy.limits.per12h}}
    , m_spam(m_policy.spamMarkers)
{}

SubmissionPolicy::~SubmissionPolicy() = default;

template <class Callback> auto SubmissionPolicy::guarded(Callback callback) const
{
    // A store answer that comes after this policy is gone (the server
    // restarted with new rules, or stopped) goes nowhere.
    return [alive = std::weak_ptr<const int>(m_alive), callback = std::move(callback)](auto answer) mutable {
        if (!alive.expired()) {
            callback(std::move(answer));
        }
    };
}

Rejection SubmissionPolicy::deferral(const QString &token, const QString &ip) const
{
    return Rejection{451, ServerReply::StoreUnavailable, token, ip, QStringLiteral("store")};
}

void SubmissionPolicy::checkConnection(const QString &ip, const QString &token, VerdictReply done)
{
    m_store.blockOf(
        ip, m_clock.nowMs(),
        guarded([this, ip, token, done = std::move(done)](StoreAnswer<std::optional<BlockEntry>> block) {
            if (!block.ok) {
                done(deferral(token, ip));
            } else if (block.value) {
                done(Rejection{550, ServerReply::TooManyAuthFailures, token, ip, QStringLiteral("auth-failures")});
            } else {
                done(std::nullopt);
            }
        }));
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

void SubmissionPolicy::recordAuthentication(const QString &ip, const QString &login, const QByteArray &password,
                                            bool passwordMatches, std::function<void(AuthOutcome)> done)
{
    AuthOutcome outcome;
    const Account *account = m_policy.account(login.trimmed());
    if (account && passwordMatches) {
        m_verified.insert(account->login, passwordDigest(account->password, password));
        outcome.account = account->login;
        done(outcome);
        return;
    }
    // Rule 4: the 11th failure within the hour blocks the IP for an hour,
    // and every further one extends the block.
    m_store.recordFailedLogin(ip, m_clock.nowMs(), hourMs, m_policy.limits.authFailuresPerHour, hourMs,
                              [done](StoreAnswer<FailureOutcome> counted) {
                                  AuthOutcome outcome;
                                  if (!counted.ok) {
                                      outcome.storeError = counted.error;
                                  } else {
                                      outcome.failures = counted.value.failures;
                                      outcome.block = counted.value.block;
                                  }
                                  done(outcome);
                              });
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

bool SubmissionPolicy::countryAllowed(const QString &login, const QString &country,
                                      const QList<CountryException> &exceptions) const
{
    const DomainPolicy *own = domainOfLogin(login);
    if (!own || own->countries.isEmpty()) {
        return true;
    }
    // Unknown (loopback, private ranges, no database): the rule cannot
    // judge, and refusing everyone would make the server useless.
    const QString code = country.toUpper();
    if (country.isEmpty() || own->countries.contains(code)) {
        return true;
    }
    const qint64 now = m_clock.nowMs();
    return std::any_of(exceptions.cbegin(), exceptions.cend(), [&](const CountryException &exception) {
        return exception.domain == own->name && exception.country == code && exception.activeAt(now);
    });
}

void SubmissionPolicy::checkCountry(const QString &login, const QString &country,
                                    std::function<void(StoreAnswer<bool>)> done)
{
    if (countryAllowed(login, country)) {
        done({true, true, {}});
        return;
    }
    // Refused by the policy's list: staff may have granted an exception.
    m_store.countryExceptions(m_clock.nowMs(), guarded([this, login, country, done = std::move(done)](
                                                           StoreAnswer<QList<CountryException>> list) {
                                  if (!list.ok) {
                                      done(StoreAnswer<bool>::failed(list.error));
                                      return;
                                  }
                                  done({true, countryAllowed(login, country, list.value), {}});
                              }));
}

void SubmissionPolicy::checkSender(const QHostAddress &client, const QString &ip, const QString &login,
                                   const QString &sender, const QString &token, VerdictReply done, bool withBlock)
{
    if (!withBlock) {
        judgeSender(client, ip, login, sender, token, std::nullopt, std::move(done));
        return;
    }
    // A policy request stands alone: its IP's block comes with the counts.
    m_store.senderCounts(
        ip, login, m_rateWindows, hourMs, m_clock.nowMs(), true,
        guarded(
            [this, client, ip, login, sender, token, done = std::move(done)](StoreAnswer<SenderCounts> counts) mutable {
                if (!counts.ok) {
                    done(deferral(token, ip));
                } else if (counts.value.block) {
                    done(Rejection{550, ServerReply::TooManyAuthFailures, token, ip, QStringLiteral("auth-failures")});
                } else {
                    judgeSender(client, ip, login, sender, token, counts.value, std::move(done));
                }
            }));
}

void SubmissionPolicy::judgeSender(const QHostAddress &client, const QString &ip, const QString &login,
                                   const QString &sender, const QString &token, std::optional<SenderCounts> counts,
                                   VerdictReply done)
{
    if (login.isEmpty()) {
        done(Rejection{550, ServerReply::AuthenticationFailed, token, ip, QStringLiteral("auth")});
        return;
    }
    if (!senderAllowed(login, sender)) {
        done(Rejection{550, ServerReply::SenderRejected, sender, ip, QStringLiteral("sender")});
        return;
    }
    // The callbacks move DONE along: copying a std::function copies all it
    // holds, which was a fifth of what a policy request cost.
    checkCountry(login, countryOf(client),
                 guarded([this, ip, login, sender, token, counts = std::move(counts),
                          done = std::move(done)](StoreAnswer<bool> allowed) mutable {
                     if (!allowed.ok) {
                         done(deferral(token, ip));
                     } else if (!allowed.value) {
                         done(Rejection{550, ServerReply::SenderRejected, sender, ip, QStringLiteral("geoip")});
                     } else if (counts) {
                         done(rateAndQueueVerdict(*counts, ip, token));
                     } else {
                         m_store.senderCounts(
                             ip, login, m_rateWindows, hourMs, m_clock.nowMs(), false,
                             guarded([this, ip, token, done = std::move(done)](StoreAnswer<SenderCounts> fresh) {
                                 done(fresh.ok ? rateAndQueueVerdict(fresh.value, ip, token)
                                               : Verdict(deferral(token, ip)));
                             }));
                     }
                 }));
}

Verdict SubmissionPolicy::rateAndQueueVerdict(const SenderCounts &counts, const QString &ip, const QString &token) const
{
    // Rule 5 is checked here so the client learns early, and counted
    // atomically in admitMessage() when the message is complete.
    if (counts.rateReached) {
        return Rejection{550, ServerReply::PolicyViolation, token, ip, QStringLiteral("rate")};
    }
    // Rule 6: judged above the minimum number of messages an hour.
    if (counts.queueAll > m_policy.limits.queueMinMessages &&
        counts.queueFailed > m_policy.limits.queueMaxUndeliverable * counts.queueAll) {
        return Rejection{550, ServerReply::PolicyViolation, token, ip, QStringLiteral("queue")};
    }
    return std::nullopt;
}

void SubmissionPolicy::checkContent(const QString &ip, const QByteArray &message, const QString &token,
                                    VerdictReply done)
{
    if (!m_spam.isSpam(message)) {
        done(std::nullopt);
        return;
    }
    // Rule 7: a few spam messages an hour pass (false positives happen); more are refused.
    m_store.admit(Counter::SpamAccepted, {ip}, {{hourMs, m_policy.limits.spamAcceptedPerHour}}, m_clock.nowMs(),
                  guarded([this, ip, token, done = std::move(done)](StoreAnswer<bool> admitted) {
                      if (!admitted.ok) {
                          done(deferral(token, ip));
                      } else if (!admitted.value) {
                          done(Rejection{550, ServerReply::SpamDetected, token, ip, QStringLiteral("spam")});
                      } else {
                          done(std::nullopt);
                      }
                  }));
}

void SubmissionPolicy::admitMessage(const QString &ip, const QString &login, const QString &token, VerdictReply done,
                                    bool withBlock)
{
    QStringList keys{ip};
    if (!login.isEmpty() && login != ip) {
        keys << login;
    }
    auto judge = [this, ip, token, done = std::move(done)](StoreAnswer<Admission> admission) {
        if (!admission.ok) {
            done(deferral(token, ip));
        } else if (admission.value == Admission::Blocked) {
            done(Rejection{550, ServerReply::TooManyAuthFailures, token, ip, QStringLiteral("auth-failures")});
        } else if (admission.value == Admission::OverLimit) {
            done(Rejection{550, ServerReply::PolicyViolation, token, ip, QStringLiteral("rate")});
        } else {
            done(std::nullopt);
        }
    };
    if (withBlock) {
        m_store.admitUnlessBlocked(ip, Counter::Messages, keys, m_rateWindows, m_clock.nowMs(),
                                   guarded(std::move(judge)));
        return;
    }
    m_store.admit(
        Counter::Messages, keys, m_rateWindows, m_clock.nowMs(),
        guarded([judge = std::move(judge)](StoreAnswer<bool> admitted) {
            judge(admitted.ok
                      ? StoreAnswer<Admission>{true, admitted.value ? Admission::Admitted : Admission::OverLimit, {}}
                      : StoreAnswer<Admission>::failed(admitted.error));
        }));
}

void SubmissionPolicy::recordAccepted(const QString &ip, bool undeliverable)
{
    const qint64 now = m_clock.nowMs();
    m_store.add(Counter::QueueAll, ip, now, hourMs, {});
    if (undeliverable) {
        m_store.add(Counter::QueueFailed, ip, now, hourMs, {});
    }
}

} // namespace mt::policy
