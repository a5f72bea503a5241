#pragma once

#include "clock.h"
#include "policy.h"
#include "serverreplies.h"
#include "spamfilter.h"
#include "statestore.h"

#include <QHostAddress>

#include <functional>
#include <memory>
#include <optional>

namespace mt::policy {

// Why the server refuses something: the reply (serverreplies.h) and the code it is
// sent with (550, 535 for a failed AUTH, 451 when DNS or the state store
// could not answer).
struct Rejection
{
    int code = 550;
    ServerReply reply = ServerReply::PolicyViolation;
    QString subject; // the session token, or the sender address
    QString clientIp;
    QString rule; // short id for logs and replays: "auth", "sender", "mx", "store", ...

    QString line() const { return QStringLiteral("%1 %2").arg(code).arg(replyText(reply, subject, clientIp)); }
    bool temporary() const { return code / 100 == 4; }
};

using Verdict = std::optional<Rejection>;
using VerdictReply = std::function<void(Verdict)>;

// What one login attempt came to: the account, or the failure counted and
// the block it may have caused (the session reports both, asking nothing
// again). STORE_ERROR is set when the failure could not be counted.
struct AuthOutcome
{
    std::optional<QString> account; // the canonical login when the password matched
    int failures = 0;               // failed logins from the IP within the hour, this one included
    std::optional<BlockEntry> block;
    std::optional<LocalizedText> storeError;
};

// The provider's rules 1, 2 and 4 to 8 (rule 3 asks DNS: DomainValidator)
// over one policy, one clock and one state store. Addresses are the
// client's as the server sees it (the XCLIENT one in replays). What needs
// the store answers through a callback (at once with the file store); when
// the store cannot answer, the verdict defers: 451 4.3.0, rule "store".
class SubmissionPolicy
{
public:
    // Country code of an address, empty when unknown (rule 8).
    using CountryLookup = std::function<QString(const QHostAddress &)>;

    SubmissionPolicy(Policy policy, StateStore &store, const Clock &clock, CountryLookup countryOf = {});
    ~SubmissionPolicy();
    SubmissionPolicy(const SubmissionPolicy &) = delete;
    SubmissionPolicy &operator=(const SubmissionPolicy &) = delete;

    const Policy &policy() const { return m_policy; }
    const Clock &clock() const { return m_clock; }
    StateStore &store() { return m_store; }
    void setCountryLookup(CountryLookup lookup) { m_countryOf = std::move(lookup); }
    QString countryOf(const QHostAddress &address) const { return m_countryOf ? m_countryOf(address) : QString(); }

    // Rule 4, before the greeting and before AUTH.
    void checkConnection(const QString &ip, const QString &token, VerdictReply done);

    // A login in steps, so the slow hash can run off the event loop: the
    // account's stored hash (nullopt: no such account), a verdict from the
    // remembered digests if there is one, and the outcome to record.
    std::optional<QString> storedHash(const QString &login) const;
    std::optional<bool> knownVerdict(const QString &login, const QByteArray &password) const;
    void recordAuthentication(const QString &ip, const QString &login, const QByteArray &password, bool passwordMatches,
                              std::function<void(AuthOutcome)> done);
    // Rules 1, 2, 8, 5 and 6 for MAIL FROM:<SENDER> by LOGIN (empty: not
    // authenticated) from CLIENT (IP its text form); WITH_BLOCK: rule 4 too,
    // asked in the same round trip (a policy request, which no greeting
    // preceded).
    void checkSender(const QHostAddress &client, const QString &ip, const QString &login, const QString &sender,
                     const QString &token, VerdictReply done, bool withBlock = false);
    // Rule 7 for a complete message.
    void checkContent(const QString &ip, const QByteArray &message, const QString &token, VerdictReply done);
    // Rule 5 for a complete message, atomically across every node sharing
    // the store: counts it for IP and LOGIN when both are under every limit,
    // else refuses it (counting nothing). WITH_BLOCK: rule 4 first, in the
    // same round trip (a policy request, which no greeting preceded).
    void admitMessage(const QString &ip, const QString &login, const QString &token, VerdictReply done,
                      bool withBlock = false);
    // A message was accepted (after admitMessage): counts for rule 6.
    void recordAccepted(const QString &ip, bool undeliverable);
    // A transaction ended without a message but with recipients refused by
    // rule 3 (or a replay marked a message so): counts for rule 6.
    void recordUndeliverable(const QString &ip) { recordAccepted(ip, true); }

    // Rule 2 alone: may LOGIN send as SENDER?
    bool senderAllowed(const QString &login, const QString &sender) const;
    // Rule 8 alone: may LOGIN's domain be used from COUNTRY (empty =
    // unknown), given the exceptions staff granted?
    bool countryAllowed(const QString &login, const QString &country,
                        const QList<CountryException> &exceptions = {}) const;
    // Rule 8 with the store's exceptions.
    void checkCountry(const QString &login, const QString &country, std::function<void(StoreAnswer<bool>)> done);

    // The rule 5 windows of the policy's limits.
    const QList<Window> &rateWindows() const { return m_rateWindows; }
    static constexpr qint64 minuteMs = 60 * 1000;
    static constexpr qint64 hourMs = 3600 * 1000;
    static constexpr qint64 twelveHoursMs = 12 * hourMs;

private:
    const DomainPolicy *domainOfLogin(const QString &login) const;
    // CALLBACK for a store answer, called only while this policy exists.
    template <class Callback> auto guarded(Callback callback) const;
    Rejection deferral(const QString &token, const QString &ip) const;
    void judgeSender(const QHostAddress &client, const QString &ip, const QString &login, const QString &sender,
                     const QString &token, std::optional<SenderCounts> counts, VerdictReply done);
    Verdict rateAndQueueVerdict(const SenderCounts &counts, const QString &ip, const QString &token) const;

    Policy m_policy;
    StateStore &m_store;
    const Clock &m_clock;
    CountryLookup m_countryOf;
    QList<Window> m_rateWindows;
    SpamFilter m_spam;
    QHash<QString, QByteArray> m_verified; // login -> digest of the password last verified against its hash
    std::shared_ptr<const int> m_alive = std::make_shared<const int>(0); // see guarded()
};

QString domainOf(const QString &address);

} // namespace mt::policy
