#pragma once

#include "clock.h"
#include "statestore.h"
#include "storeurl.h"

#include <memory>

namespace mt::policy {

class RedisCommand;
class RedisConnection;
struct RedisValue;
// The Lua scripts of redisstatestore.cpp, one per step that must be atomic.
enum class RedisScript : int;

// The shared store: every node and desk on one Redis. Counting is done by
// Lua scripts, so a check and its count are one step for all nodes (two
// nodes together never accept the 251st message of a minute); each window is
// a sorted set of event times (exact counts, docs/policy.md "Shared state").
// Blocks, unblocks and exceptions are announced on the channel mt:events,
// so every node learns of them at once; the audit trail is the stream
// mt:audit. Two connections (commands, and the subscription), each
// reconnecting with backoff; while the commands' one is down every question
// fails at once (the rules defer) and availabilityChanged says so.
class RedisStateStore final : public StateStore
{
    Q_OBJECT

public:
    RedisStateStore(const StoreUrl &url, const Clock &clock, QObject *parent = nullptr);
    ~RedisStateStore() override;

    // Starts connecting; isAvailable() turns true (and availabilityChanged
    // fires) when Redis answers.
    void connectToServer();

    QString description() const override { return m_url.description(); }
    bool isAvailable() const override;

    void recordFailedLogin(const QString &ip, qint64 nowMs, qint64 windowMs, int limit, qint64 blockMs,
                           Reply<FailureOutcome> done) override;
    void failedLogins(const QString &ip, qint64 nowMs, qint64 windowMs, Reply<int> done) override;
    void blockOf(const QString &ip, qint64 nowMs, Reply<std::optional<BlockEntry>> done) override;
    void activeBlocks(qint64 nowMs, Reply<QList<BlockEntry>> done) override;
    void unblock(const QString &ip, const QString &who, const QString &reason, qint64 nowMs,
                 Reply<AuditEntry> done) override;
    void auditTrail(Reply<QList<AuditEntry>> done) override;

    void admit(Counter counter, const QStringList &keys, const QList<Window> &windows, qint64 nowMs,
               Reply<bool> done) override;
    void admitUnlessBlocked(const QString &ip, Counter counter, const QStringList &keys, const QList<Window> &windows,
                            qint64 nowMs, Reply<Admission> done) override;
    void add(Counter counter, const QString &key, qint64 nowMs, qint64 spanMs, Reply<int> done) override;

    void senderCounts(const QString &ip, const QString &login, const QList<Window> &windows, qint64 queueWindowMs,
                      qint64 nowMs, bool withBlock, Reply<SenderCounts> done) override;

    void grantCountry(const CountryException &exception, Reply<bool> done) override;
    void revokeCountry(const QString &domain, const QString &country, const QString &who, const QString &reason,
                       qint64 nowMs, Reply<bool> done) override;
    void countryExceptions(qint64 nowMs, Reply<QList<CountryException>> done) override;

private:
    // Runs SCRIPT (EVALSHA, loading it on NOSCRIPT); DONE gets the reply, or
    // nullopt with ERROR when Redis could not answer.
    void run(RedisScript script, const QList<QByteArray> &keys, const QList<QByteArray> &args,
             std::function<void(const RedisValue *reply, const LocalizedText &error)> done);
    // The same with the keys (the first KEYCOUNT arguments) and the
    // arguments written as they were made (the requests policyd asks for).
    void run(RedisScript script, int keyCount, const RedisCommand &keysAndArgs,
             std::function<void(const RedisValue *reply, const LocalizedText &error)> done);
    // DONE with REPLY, or with why not when Redis answered an error.
    void answer(const RedisValue *reply, const LocalizedText &error,
                const std::function<void(const RedisValue *reply, const LocalizedText &error)> &done) const;
    void command(const RedisCommand &argv,
                 std::function<void(const RedisValue *reply, const LocalizedText &error)> done);
    void command(const QList<QByteArray> &argv,
                 std::function<void(const RedisValue *reply, const LocalizedText &error)> done);
    // admit(), and admitUnlessBlocked() when BLOCKEDIP is not empty.
    void admitEvent(const QString &blockedIp, Counter counter, const QStringList &keys, const QList<Window> &windows,
                    qint64 nowMs, Reply<Admission> done);
    QByteArray member(qint64 nowMs);
    void onEvent(const QByteArray &payload);

    StoreUrl m_url;
    const Clock &m_clock;
    std::unique_ptr<RedisConnection> m_commands;
    std::unique_ptr<RedisConnection> m_events;
    quint64 m_sequence = 0;
    QByteArray m_instance; // tells this process's events from another's with the same node name
};

} // namespace mt::policy
