#pragma once

#include "authfailureguard.h"
#include "blockstore.h"
#include "clock.h"
#include "policy.h"
#include "queuehealth.h"
#include "ratelimiter.h"
#include "serverreplies.h"
#include "spamfilter.h"

#include <QHostAddress>

#include <functional>
#include <optional>

namespace mt::policy {

// Why the server refuses something: the reply (serverreplies.h) and the code it is
// sent with (550, or 535 for a failed AUTH).
struct Rejection
{
    int code = 550;
    ServerReply reply = ServerReply::PolicyViolation;
    QString subject; // the session token, or the sender address
    QString clientIp;
    QString rule; // short id for logs and replays: "auth", "sender", "mx", ...

    QString line() const { return QStringLiteral("%1 %2").arg(code).arg(replyText(reply, subject, clientIp)); }
};

using Verdict = std::optional<Rejection>;

// What one login attempt came to: the account, or the failure counted and
// the block it may have caused (the session reports both, asking nothing
// again).
struct AuthOutcome
{
    std::optional<QString> account; // the canonical login when the password matched
    int failures = 0;               // failed logins from the IP within the hour, this one included
    std::optional<BlockStore::Entry> block;
};

// The provider's rules 1, 2 and 4 to 8 (rule 3 asks DNS: DomainValidator)
// over one policy, one clock and one block store. Addresses are the client's
// as the server sees it (the XCLIENT one in replays).
class SubmissionPolicy
{
public:
    // Country code of an address, empty when unknown (rule 8).
    using CountryLookup = std::function<QString(const QHostAddress &)>;

    SubmissionPolicy(Policy policy, BlockStore &store, const Clock &clock, CountryLookup countryOf = {});
    ~SubmissionPolicy();
    SubmissionPolicy(const SubmissionPolicy &) = delete;
    SubmissionPolicy &operator=(const SubmissionPolicy &) = delete;

    const Policy &policy() const { return m_policy; }
    const Clock &clock() const { return m_clock; }
    AuthFailureGuard &authFailures() { return m_guard; }
    QueueHealth &queueHealth() { return m_queue; }
    void setCountryLookup(CountryLookup lookup) { m_countryOf = std::move(lookup); }

    // Rule 4, before the greeting.
    Verdict checkConnection(const QString &ip, const QString &token);
    // Rule 1: the account's canonical login, or nullopt after counting the
    // failure (which may block IP: see authFailures()).
    std::optional<QString> authenticate(const QString &ip, const QString &login, const QByteArray &password);

    // authenticate() in steps, so the slow hash can run off the event loop:
    // the account's stored hash (nullopt: no such account), a verdict from
    // the remembered digests if there is one, and the outcome to record.
    std::optional<QString> storedHash(const QString &login) const;
    std::optional<bool> knownVerdict(const QString &login, const QByteArray &password) const;
    AuthOutcome recordAuthentication(const QString &ip, const QString &login, const QByteArray &password,
                                     bool passwordMatches);
    // Rules 1, 2, 8, 5 and 6 for MAIL FROM:<SENDER> by LOGIN (empty: not
    // authenticated).
    Verdict checkSender(const QHostAddress &client, const QString &login, const QString &sender, const QString &token)
    {
        return checkSender(client, client.toString(), login, sender, token);
    }
    // The same with CLIENT's text form at hand (the server keeps it).
    Verdict checkSender(const QHostAddress &client, const QString &ip, const QString &login, const QString &sender,
                        const QString &token);
    // Rule 7 for a complete message.
    Verdict checkContent(const QString &ip, const QByteArray &message, const QString &token);
    // A message was accepted: counts for rules 5 and 6.
    void recordAccepted(const QString &ip, const QString &login, bool undeliverable);
    // A transaction ended without a message but with recipients refused by
    // rule 3 (or a replay marked a message so): counts for rule 6.
    void recordUndeliverable(const QString &ip) { m_queue.record(ip, true); }

    // Rule 2 alone: may LOGIN send as SENDER?
    bool senderAllowed(const QString &login, const QString &sender) const;
    // Rule 8 alone: may LOGIN's domain be used from COUNTRY (empty = unknown)?
    bool countryAllowed(const QString &login, const QString &country) const;

private:
    const DomainPolicy *domainOfLogin(const QString &login) const;

    Policy m_policy;
    const Clock &m_clock;
    CountryLookup m_countryOf;
    AuthFailureGuard m_guard;
    RateLimiter m_rates;
    QueueHealth m_queue;
    SpamFilter m_spam;
    QHash<QString, QByteArray> m_verified; // login -> digest of the password last verified against its hash
    // The store outlives a policy (a restart with new rules keeps it).
    QMetaObject::Connection m_unblocked;
};

QString domainOf(const QString &address);

} // namespace mt::policy
