#pragma once

#include "common/localizedtext.h"

#include <QList>
#include <QObject>
#include <QStringList>

#include <algorithm>
#include <functional>
#include <optional>

namespace mt::policy {

// An IP address blocked after too many failed logins (rule 4).
struct BlockEntry
{
    QString ip;
    int failures = 0;
    qint64 firstFailureMs = 0;
    qint64 lastFailureMs = 0;
    qint64 blockedUntilMs = 0;
    QStringList nodes; // the servers that recorded the failures, when the store knows them
};

// One line of the audit trail: who did what, when and why. An unblock names
// the block it lifted; a country exception names domain, country and expiry.
struct AuditEntry
{
    enum class Action
    {
        Unblock,
        GrantCountry,
        RevokeCountry,
    };
    Action action = Action::Unblock;
    qint64 timeMs = 0;
    QString ip;
    QString who;
    QString reason;
    int failures = 0;
    qint64 blockedUntilMs = 0;
    QString domain;
    QString country;
    qint64 expiresMs = 0; // 0: the exception does not expire
    QString unreadable;   // a damaged line as it is (the fields are empty): shown, never dropped
};

// Staff allowed a domain's accounts to connect from one more country (seed
// 004: "we will allow the connection from the required country at once").
struct CountryException
{
    QString domain;  // lower case
    QString country; // ISO code, upper case
    QString who;
    QString reason;
    qint64 grantedMs = 0;
    qint64 expiresMs = 0; // 0: never

    bool activeAt(qint64 nowMs) const { return expiresMs == 0 || expiresMs > nowMs; }
};

// Events counted in sliding windows; each rule has its own.
enum class Counter
{
    Messages,     // rule 5, per IP and per account
    QueueAll,     // rule 6, per IP
    QueueFailed,  // rule 6, per IP
    SpamAccepted, // rule 7, per IP
};

struct Window
{
    qint64 ms = 0;
    int limit = 0; // at most this many events within ms
};

// The longest of WINDOWS: how long their events must be kept.
inline qint64 widestSpan(const QList<Window> &windows)
{
    qint64 span = 0;
    for (const Window &window : windows) {
        span = std::max(span, window.ms);
    }
    return span;
}

// What a failed login came to.
struct FailureOutcome
{
    int failures = 0; // within the window, this one included
    std::optional<BlockEntry> block;
};

// What the rules ask of the store at MAIL FROM (and at each policy request),
// in one question: the IP's block, whether the IP or the account has
// reached a rule 5 limit, and the IP's rule 6 counts.
struct SenderCounts
{
    std::optional<BlockEntry> block; // only when asked for
    bool rateReached = false;        // a window of the IP's or the account's holds its limit of messages
    int queueAll = 0;
    int queueFailed = 0;
};

// What admitting a message came to (StateStore::admitUnlessBlocked).
enum class Admission
{
    Admitted,
    OverLimit, // a window is full: nothing counted
    Blocked,   // the IP is blocked (rule 4): nothing counted
};

// An answer from the store: the value, or ok == false with the reason when
// the store could not be asked (Redis unreachable, a file unwritable). A rule
// that needs an unanswered question defers (docs/policy.md, "Shared state").
template <class T> struct StoreAnswer
{
    bool ok = true;
    T value{};
    LocalizedText error;

    static StoreAnswer failed(LocalizedText why)
    {
        StoreAnswer answer;
        answer.ok = false;
        answer.error = std::move(why);
        return answer;
    }
};

// Everything the rules keep between messages and between processes: failed
// logins and blocks, the rate, queue and spam windows, the audit trail and
// the country exceptions. Two backends: files in a state directory
// (filestatestore.h, the default) and Redis (redisstatestore.h), shared by
// every node and desk. Questions are asynchronous: an answer arrives through
// DONE on the store's thread, at once for the file store, after a round
// trip for Redis.
class StateStore : public QObject
{
    Q_OBJECT

public:
    template <class T> using Reply = std::function<void(StoreAnswer<T>)>;

    using QObject::QObject;

    // "files in DIR" or "redis://host:port/db" (never a password).
    virtual QString description() const = 0;
    // False while the store cannot be reached; availabilityChanged says when it changes.
    virtual bool isAvailable() const = 0;
    // The name this process records its events under (default: the host name).
    QString nodeName() const { return m_node; }
    void setNodeName(const QString &node) { m_node = node; }

    // Rule 4, in one step: counts a failed login from IP at NOW_MS; when more
    // than LIMIT fell within WINDOW_MS, blocks IP until NOW_MS + BLOCK_MS.
    virtual void recordFailedLogin(const QString &ip, qint64 nowMs, qint64 windowMs, int limit, qint64 blockMs,
                                   Reply<FailureOutcome> done) = 0;
    virtual void failedLogins(const QString &ip, qint64 nowMs, qint64 windowMs, Reply<int> done) = 0;
    // IP's block when it is in force at NOW_MS.
    virtual void blockOf(const QString &ip, qint64 nowMs, Reply<std::optional<BlockEntry>> done) = 0;
    // Blocks in force at NOW_MS, oldest failure first.
    virtual void activeBlocks(qint64 nowMs, Reply<QList<BlockEntry>> done) = 0;
    // Lifts IP's block, forgets its failures and appends the unblock to the
    // audit trail; fails when IP is not blocked.
    virtual void unblock(const QString &ip, const QString &who, const QString &reason, qint64 nowMs,
                         Reply<AuditEntry> done) = 0;
    // The audit trail, newest first.
    virtual void auditTrail(Reply<QList<AuditEntry>> done) = 0;

    // Atomically, for every node: when each KEY has fewer than each window's
    // limit events within it, counts one event at NOW_MS for every key and
    // answers true; otherwise counts nothing and answers false.
    virtual void admit(Counter counter, const QStringList &keys, const QList<Window> &windows, qint64 nowMs,
                       Reply<bool> done) = 0;
    // Rule 4 and rule 5 in one step (one round trip with Redis): Blocked,
    // counting nothing, when IP's block is in force at NOW_MS; otherwise
    // admit() with Admitted or OverLimit.
    virtual void admitUnlessBlocked(const QString &ip, Counter counter, const QStringList &keys,
                                    const QList<Window> &windows, qint64 nowMs, Reply<Admission> done) = 0;
    // Counts one event for KEY at NOW_MS.
    virtual void add(Counter counter, const QString &key, qint64 nowMs, qint64 spanMs, Reply<int> done) = 0;

    // SenderCounts for IP and LOGIN at NOW_MS: whether the Messages events
    // of either reach the limit of one of WINDOWS, the queue counts within
    // QUEUE_WINDOW_MS, and IP's block when WITH_BLOCK. One round trip with
    // Redis.
    virtual void senderCounts(const QString &ip, const QString &login, const QList<Window> &windows,
                              qint64 queueWindowMs, qint64 nowMs, bool withBlock, Reply<SenderCounts> done) = 0;

    // Country exceptions (rule 8), each grant and revocation in the audit trail.
    virtual void grantCountry(const CountryException &exception, Reply<bool> done) = 0;
    virtual void revokeCountry(const QString &domain, const QString &country, const QString &who, const QString &reason,
                               qint64 nowMs, Reply<bool> done) = 0;
    // The exceptions in force at NOW_MS.
    virtual void countryExceptions(qint64 nowMs, Reply<QList<CountryException>> done) = 0;

signals:
    // An IP was blocked (or its block extended), by this process or another node.
    void blocked(const mt::policy::BlockEntry &entry);
    // An IP's block was lifted, here or elsewhere (WHO and REASON from the audit trail when known).
    void unblocked(const mt::policy::AuditEntry &unblock);
    // A country exception was granted or revoked, here or elsewhere.
    void exceptionsChanged();
    void availabilityChanged(bool available);

private:
    QString m_node;
};

} // namespace mt::policy

Q_DECLARE_METATYPE(mt::policy::BlockEntry)
Q_DECLARE_METATYPE(mt::policy::AuditEntry)
