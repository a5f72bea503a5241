#include "redisstatestore.h"

#include "blockstore.h"
#include "rediscommand.h"

#include <QAbstractEventDispatcher>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QHostInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSocketNotifier>
#include <QStringBuilder>
#include <QTimer>
#include <QVarLengthArray>

#include <algorithm>
#include <array>
#include <deque>
#include <hiredis/async.h>
#include <hiredis/hiredis.h>

namespace mt::policy {

namespace {

LocalizedText say(const char *source, QStringList args = {})
{
    return {"StateStore", source, std::move(args)};
}

// A Redis command that does not come back within this time counts as a
// lost connection: the rules defer rather than wait.
constexpr qint64 replyTimeoutMs = 2000;
constexpr int firstRetryMs = 100;
constexpr int lastRetryMs = 5000;

const QByteArray eventsChannel = QByteArrayLiteral("mt:events");
const QByteArray blocksIndex = QByteArrayLiteral("mt:blocks");
const QByteArray auditStream = QByteArrayLiteral("mt:audit");
const QByteArray exceptionsHash = QByteArrayLiteral("mt:exceptions");
// The audit trail keeps this many lines (XADD MAXLEN ~).
const QByteArray auditLength = QByteArrayLiteral("100000");

// VALUE in decimal.
QByteArray number(qint64 value)
{
    return QByteArray::number(value);
}

} // namespace

// A reply, copied out of hiredis's before it frees it.
struct RedisValue
{
    int type = REDIS_REPLY_NIL;
    QByteArray text;
    qint64 integer = 0;
    QList<RedisValue> elements;

    static RedisValue from(const redisReply *reply)
    {
        RedisValue value;
        value.type = reply->type;
        value.integer = reply->integer;
        if (reply->str) {
            value.text = QByteArray(reply->str, qsizetype(reply->len));
        }
        for (size_t i = 0; i < reply->elements; ++i) {
            value.elements << from(reply->element[i]);
        }
        return value;
    }
    bool isError() const { return type == REDIS_REPLY_ERROR; }
    bool isNil() const { return type == REDIS_REPLY_NIL; }
    qint64 toInteger() const { return type == REDIS_REPLY_INTEGER ? integer : text.toLongLong(); }
    QString toString() const { return QString::fromUtf8(text); }
    // A flat array of names and values (HGETALL, a stream entry's fields).
    QHash<QString, QString> toFields() const
    {
        QHash<QString, QString> fields;
        for (qsizetype i = 0; i + 1 < elements.size(); i += 2) {
            fields.insert(elements.at(i).toString(), elements.at(i + 1).toString());
        }
        return fields;
    }
};

// One hiredis async connection on the Qt event loop (Debian's
// hiredis/adapters/qt.h connects Qt 5's activated(int), which Qt 6 lacks),
// with the login commands sent on every connect, a reply deadline and
// reconnection with backoff.
class RedisConnection final : public QObject
{
public:
    using Callback = std::function<void(const RedisValue *reply, const LocalizedText &error)>;

    RedisConnection(const StoreUrl &url, QList<QList<QByteArray>> setup, QObject *parent)
        : QObject(parent)
        , m_url(url)
        , m_setup(std::move(setup))
    {
        m_retry.setSingleShot(true);
        connect(&m_retry, &QTimer::timeout, this, &RedisConnection::start);
        m_watchdog.setInterval(250);
        connect(&m_watchdog, &QTimer::timeout, this, &RedisConnection::checkDeadline);
        // The commands of one pass of the event loop go out together just
        // before it waits again, in one write, rather than on the next pass
        // (when the write notifier would say the socket is writable).
        if (QAbstractEventDispatcher *dispatcher = QAbstractEventDispatcher::instance(thread())) {
            connect(dispatcher, &QAbstractEventDispatcher::aboutToBlock, this, [this] {
                if (m_context && m_write && m_write->isEnabled()) {
                    redisAsyncHandleWrite(m_context);
                }
            });
        }
    }

    ~RedisConnection() override
    {
        m_closing = true;
        drop();
    }

    // Called with true when the login commands succeeded, false when the connection is lost.
    std::function<void(bool)> readyChanged;

    bool isReady() const { return m_ready; }
    LocalizedText lastError() const { return m_error; }

    void start()
    {
        if (m_context || m_closing) {
            return;
        }
        redisAsyncContext *context = redisAsyncConnect(m_url.host.toUtf8().constData(), m_url.port);
        if (!context || context->err) {
            m_error = say(QT_TRANSLATE_NOOP("StateStore", "cannot connect to %1: %2"),
                          {m_url.description(), context ? QString::fromUtf8(context->errstr) : QString()});
            if (context) {
                redisAsyncFree(context);
            }
            retryLater();
            return;
        }
        m_context = context;
        context->data = this;
        attach(context);
        redisAsyncSetConnectCallback(context, &RedisConnection::onConnect);
        redisAsyncSetDisconnectCallback(context, &RedisConnection::onDisconnect);
        m_clock.start();
        m_watchdog.start();
        // The login commands go out at once; hiredis queues them until the socket is up.
        sendSetup(0);
    }

    // Sends ARGV; DONE is called once with the reply, or with ERROR when
    // the connection is not ready or is lost before the reply. PERSISTENT:
    // DONE stays for every message of a subscription.
    void send(const QList<QByteArray> &argv, Callback done, bool persistent = false, bool setup = false)
    {
        send(RedisCommand(argv), std::move(done), persistent, setup);
    }
    void send(const RedisCommand &command, Callback done, bool persistent = false, bool setup = false)
    {
        if (!m_context || (!m_ready && !setup)) {
            done(nullptr, m_error.isEmpty()
                              ? say(QT_TRANSLATE_NOOP("StateStore", "%1 is unreachable"), {m_url.description()})
                              : m_error);
            return;
        }
        command.writeTo(m_formatted); // one buffer, reused
        auto *pending = new Pending{std::move(done), persistent, this};
        if (redisAsyncFormattedCommand(m_context, &RedisConnection::onReply, pending, m_formatted.constData(),
                                       size_t(m_formatted.size())) != REDIS_OK) {
            Callback callback = std::move(pending->done);
            delete pending;
            callback(nullptr, say(QT_TRANSLATE_NOOP("StateStore", "%1 is unreachable"), {m_url.description()}));
            return;
        }
        if (!persistent) {
            m_sentAt.push_back(m_clock.elapsed());
        }
    }

private:
    struct Pending
    {
        Callback done;
        bool persistent = false;
        RedisConnection *connection = nullptr;
    };

    static void onReply(redisAsyncContext *, void *reply, void *data)
    {
        auto *pending = static_cast<Pending *>(data);
        RedisConnection *self = pending->connection;
        if (!pending->persistent && !self->m_sentAt.empty()) {
            self->m_sentAt.pop_front();
        }
        if (!reply) {
            // The connection went away before the reply.
            Callback done = std::move(pending->done);
            delete pending;
            done(nullptr,
                 say(QT_TRANSLATE_NOOP("StateStore", "lost the connection to %1"), {self->m_url.description()}));
            return;
        }
        const RedisValue value = RedisValue::from(static_cast<redisReply *>(reply));
        if (pending->persistent) {
            pending->done(&value, {});
            return;
        }
        Callback done = std::move(pending->done);
        delete pending;
        done(&value, {});
    }

    static void onConnect(const redisAsyncContext *context, int status)
    {
        auto *self = static_cast<RedisConnection *>(context->data);
        if (self && status != REDIS_OK) {
            // hiredis frees the context after this.
            self->m_error = say(QT_TRANSLATE_NOOP("StateStore", "cannot connect to %1: %2"),
                                {self->m_url.description(), QString::fromUtf8(context->errstr)});
            self->lost();
        }
    }

    static void onDisconnect(const redisAsyncContext *context, int)
    {
        auto *self = static_cast<RedisConnection *>(context->data);
        if (self) {
            if (self->m_error.isEmpty() || self->m_ready) {
                self->m_error =
                    say(QT_TRANSLATE_NOOP("StateStore", "lost the connection to %1"), {self->m_url.description()});
            }
            self->lost();
        }
    }

    void sendSetup(int index)
    {
        if (index >= m_setup.size()) {
            m_ready = true;
            m_backoffMs = firstRetryMs;
            m_error = {};
            if (readyChanged) {
                readyChanged(true);
            }
            return;
        }
        const bool subscription = m_setup.at(index).value(0).toUpper() == "SUBSCRIBE";
        send(
            m_setup.at(index),
            [this, index, subscription](const RedisValue *reply, const LocalizedText &error) {
                if (!reply) {
                    if (!error.isEmpty()) {
                        m_error = error;
                    }
                    return; // lost(): a retry is on its way
                }
                if (reply->isError()) {
                    m_error = say(QT_TRANSLATE_NOOP("StateStore", "%1 refused the login: %2"),
                                  {m_url.description(), reply->toString()});
                    drop();
                    retryLater();
                    return;
                }
                if (subscription) {
                    // The confirmation, then every message published.
                    if (reply->elements.value(0).text == "subscribe") {
                        sendSetup(index + 1);
                    } else if (reply->elements.value(0).text == "message" && onMessage) {
                        onMessage(reply->elements.value(2).text);
                    }
                    return;
                }
                sendSetup(index + 1);
            },
            subscription, true);
    }

public:
    std::function<void(const QByteArray &payload)> onMessage;

private:
    // hiredis asks for read and write readiness as its buffers fill and
    // empty: for writes that is once per event-loop pass with commands to
    // send (every command of the pass goes out in one write). The notifiers
    // are made once per connection and only switched on and off.
    void attach(redisAsyncContext *context)
    {
        context->ev.data = this;
        context->ev.addRead = [](void *data) {
            static_cast<RedisConnection *>(data)->watch(QSocketNotifier::Read, true);
        };
        context->ev.delRead = [](void *data) {
            static_cast<RedisConnection *>(data)->watch(QSocketNotifier::Read, false);
        };
        context->ev.addWrite = [](void *data) {
            static_cast<RedisConnection *>(data)->watch(QSocketNotifier::Write, true);
        };
        context->ev.delWrite = [](void *data) {
            static_cast<RedisConnection *>(data)->watch(QSocketNotifier::Write, false);
        };
        context->ev.cleanup = [](void *data) { static_cast<RedisConnection *>(data)->context_cleanup(); };
    }

    void watch(QSocketNotifier::Type type, bool on)
    {
        QSocketNotifier *&notifier = type == QSocketNotifier::Read ? m_read : m_write;
        if (!notifier) {
            if (!on || !m_context) {
                return;
            }
            notifier = new QSocketNotifier(m_context->c.fd, type, this);
            connect(notifier, &QSocketNotifier::activated, this, [this, type] {
                if (m_context) {
                    type == QSocketNotifier::Read ? redisAsyncHandleRead(m_context) : redisAsyncHandleWrite(m_context);
                }
            });
        }
        if (notifier->isEnabled() != on) {
            notifier->setEnabled(on);
        }
    }

    void context_cleanup()
    {
        for (QSocketNotifier **notifier : {&m_read, &m_write}) {
            if (*notifier) {
                (*notifier)->setEnabled(false);
                (*notifier)->deleteLater();
                *notifier = nullptr;
            }
        }
    }

    // hiredis is freeing the context (an error, or the server closed it).
    void lost()
    {
        m_context = nullptr;
        m_sentAt.clear();
        m_watchdog.stop();
        const bool wasReady = m_ready;
        m_ready = false;
        if (wasReady && readyChanged) {
            readyChanged(false);
        }
        retryLater();
    }

    // We give up on the context: every pending callback hears of it now.
    void drop()
    {
        redisAsyncContext *context = m_context;
        if (!context) {
            return;
        }
        m_context = nullptr;
        context->data = nullptr;
        m_sentAt.clear();
        m_watchdog.stop();
        const bool wasReady = m_ready;
        m_ready = false;
        redisAsyncFree(context);
        context_cleanup();
        if (wasReady && readyChanged && !m_closing) {
            readyChanged(false);
        }
    }

    void checkDeadline()
    {
        const bool connecting = m_context && !m_ready;
        const qint64 oldest = m_sentAt.empty() ? -1 : m_sentAt.front();
        if ((connecting && m_clock.elapsed() > replyTimeoutMs) ||
            (oldest >= 0 && m_clock.elapsed() - oldest > replyTimeoutMs)) {
            m_error = say(QT_TRANSLATE_NOOP("StateStore", "%1 did not answer within %2 ms"),
                          {m_url.description(), QString::number(replyTimeoutMs)});
            drop();
            retryLater();
        }
    }

    void retryLater()
    {
        if (m_closing || m_retry.isActive()) {
            return;
        }
        m_retry.start(m_backoffMs);
        m_backoffMs = std::min(m_backoffMs * 2, lastRetryMs);
    }

    StoreUrl m_url;
    QList<QList<QByteArray>> m_setup;
    redisAsyncContext *m_context = nullptr;
    QSocketNotifier *m_read = nullptr;
    QSocketNotifier *m_write = nullptr;
    bool m_ready = false;
    bool m_closing = false;
    LocalizedText m_error;
    QTimer m_retry;
    QTimer m_watchdog;
    int m_backoffMs = firstRetryMs;
    QElapsedTimer m_clock;
    std::deque<qint64> m_sentAt; // replies come in order: the front is the oldest outstanding
    QByteArray m_formatted;      // the command being sent
};

enum class RedisScript : int
{
    FailedLogin,
    ActiveBlocks,
    Unblock,
    Admit,
    Add,
    Grant,
    Revoke,
    SenderCounts,
    Last = SenderCounts,
};

namespace {

// Every script works on the keys it is given, except ActiveBlocks, which
// reads the block of each IP in the index (one Redis, not a cluster).
const char *scriptText(RedisScript script)
{
    switch (script) {
    case RedisScript::FailedLogin: // KEYS fail, block, index; ARGV now window limit blockMs member ip
        return R"lua(
local now = tonumber(ARGV[1])
local window = tonumber(ARGV[2])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
redis.call('ZADD', KEYS[1], now, ARGV[5])
redis.call('PEXPIRE', KEYS[1], window)
local n = redis.call('ZCARD', KEYS[1])
if n <= tonumber(ARGV[3]) then return {n} end
local first = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')[2]
local untilMs = now + tonumber(ARGV[4])
local seen, nodes = {}, {}
for _, m in ipairs(redis.call('ZRANGE', KEYS[1], 0, -1)) do
  local node = string.match(m, '^[^|]*|(.*)|[^|]*$')
  if node and not seen[node] then seen[node] = true; table.insert(nodes, node) end
end
local list = table.concat(nodes, ',')
redis.call('HSET', KEYS[2], 'ip', ARGV[6], 'failures', n, 'first', first, 'last', now, 'until', untilMs, 'nodes', list)
redis.call('PEXPIRE', KEYS[2], ARGV[4])
redis.call('ZADD', KEYS[3], untilMs, ARGV[6])
redis.call('PUBLISH', 'mt:events', 'blocked ' .. ARGV[6])
return {n, first, untilMs, list}
)lua";
    case RedisScript::ActiveBlocks: // KEYS index; ARGV now
        return R"lua(
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', ARGV[1])
local out = {}
for _, ip in ipairs(redis.call('ZRANGE', KEYS[1], 0, -1)) do
  local h = redis.call('HGETALL', 'mt:block:' .. ip)
  if #h > 0 then table.insert(out, h) end
end
return out
)lua";
    case RedisScript::Unblock: // KEYS block, fail, index, audit; ARGV ip now who reason maxlen
        return R"lua(
local h = redis.call('HMGET', KEYS[1], 'failures', 'until')
if not h[1] or tonumber(h[2]) <= tonumber(ARGV[2]) then return false end
redis.call('DEL', KEYS[1], KEYS[2])
redis.call('ZREM', KEYS[3], ARGV[1])
redis.call('XADD', KEYS[4], 'MAXLEN', '~', ARGV[5], '*', 'action', 'unblock', 'time', ARGV[2], 'ip', ARGV[1],
           'by', ARGV[3], 'reason', ARGV[4], 'failures', h[1], 'blocked_until', h[2])
redis.call('PUBLISH', 'mt:events', 'unblocked ' .. ARGV[1])
return {h[1], h[2]}
)lua";
    // The windows come widest first, each with the bound of its ZCOUNT
    // ("(" and the oldest time it excludes) worked out by the caller, so the
    // scripts format no numbers. A narrower window holds no more events than
    // a wider one: it is counted only when the wider count reaches its limit.
    case RedisScript::Admit: // KEYS [block,] windows; ARGV checkBlock now member span trim n (bound limit)*n
        return R"lua(
local first = 1
if ARGV[1] == '1' then
  local untilMs = redis.call('HGET', KEYS[1], 'until')
  if untilMs and tonumber(untilMs) > tonumber(ARGV[2]) then return -1 end
  first = 2
end
local n = tonumber(ARGV[6])
for k = first, #KEYS do
  redis.call('ZREMRANGEBYSCORE', KEYS[k], '-inf', ARGV[5])
  local count = redis.call('ZCARD', KEYS[k])
  for i = 1, n do
    local limit = tonumber(ARGV[6 + 2 * i])
    if count >= limit and i > 1 then count = redis.call('ZCOUNT', KEYS[k], ARGV[5 + 2 * i], '+inf') end
    if count >= limit then return 0 end
  end
end
for k = first, #KEYS do
  redis.call('ZADD', KEYS[k], ARGV[2], ARGV[3])
  redis.call('PEXPIRE', KEYS[k], ARGV[4])
end
return 1
)lua";
    case RedisScript::Add: // KEYS window; ARGV now member span
        return R"lua(
local now = tonumber(ARGV[1])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - tonumber(ARGV[3]))
redis.call('ZADD', KEYS[1], now, ARGV[2])
redis.call('PEXPIRE', KEYS[1], ARGV[3])
return redis.call('ZCARD', KEYS[1])
)lua";
    case RedisScript::Grant: // KEYS exceptions, audit; ARGV field json time who reason domain country expires maxlen
        return R"lua(
redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
redis.call('XADD', KEYS[2], 'MAXLEN', '~', ARGV[9], '*', 'action', 'grant-country', 'time', ARGV[3], 'by', ARGV[4],
           'reason', ARGV[5], 'domain', ARGV[6], 'country', ARGV[7], 'expires', ARGV[8])
redis.call('PUBLISH', 'mt:events', 'exceptions')
return 1
)lua";
    case RedisScript::Revoke: // KEYS exceptions, audit; ARGV field time who reason domain country maxlen
        return R"lua(
if redis.call('HDEL', KEYS[1], ARGV[1]) == 0 then return 0 end
redis.call('XADD', KEYS[2], 'MAXLEN', '~', ARGV[7], '*', 'action', 'revoke-country', 'time', ARGV[2], 'by', ARGV[3],
           'reason', ARGV[4], 'domain', ARGV[5], 'country', ARGV[6])
redis.call('PUBLISH', 'mt:events', 'exceptions')
return 1
)lua";
    case RedisScript::SenderCounts: // KEYS block, messages:ip, messages:login, queue-all, queue-failed;
                                    // ARGV withBlock queueBound n (bound limit)*n
        return R"lua(
local block = {}
if ARGV[1] == '1' then
  block = redis.call('HGETALL', KEYS[1])
end
local n = tonumber(ARGV[3])
local function reached(key)
  local count
  for i = 1, n do
    local limit = tonumber(ARGV[3 + 2 * i])
    if count == nil or count >= limit then
      count = redis.call('ZCOUNT', key, ARGV[2 + 2 * i], '+inf')
      if count >= limit then return 1 end
    end
  end
  return 0
end
local rate = reached(KEYS[2])
if rate == 0 then rate = reached(KEYS[3]) end
return {block, rate, redis.call('ZCOUNT', KEYS[4], ARGV[2], '+inf'), redis.call('ZCOUNT', KEYS[5], ARGV[2], '+inf')}
)lua";
    }
    return "";
}

// A reply that is a count, for DONE (which may be empty: nobody asked).
std::function<void(const RedisValue *, const LocalizedText &)> countReply(StateStore::Reply<int> done)
{
    return [done = std::move(done)](const RedisValue *reply, const LocalizedText &error) {
        if (!done) {
            return;
        }
        done(reply ? StoreAnswer<int>{true, int(reply->toInteger()), {}} : StoreAnswer<int>::failed(error));
    };
}

// The windows' arguments of the Admit and SenderCounts scripts: their
// number, then for each, widest first, its ZCOUNT bound and its limit.
void appendWindows(RedisCommand &command, const QList<Window> &windows, qint64 nowMs)
{
    QVarLengthArray<Window, 4> widestFirst(windows.cbegin(), windows.cend());
    std::sort(widestFirst.begin(), widestFirst.end(), [](const Window &a, const Window &b) { return a.ms > b.ms; });
    command << qint64(widestFirst.size());
    for (const Window &window : widestFirst) {
        command.exclusiveBound(nowMs - window.ms) << qint64(window.limit);
    }
}

// EVALSHA's names of the scripts, computed once.
const QByteArray &scriptDigest(RedisScript script)
{
    static const auto digests = [] {
        std::array<QByteArray, int(RedisScript::Last) + 1> all;
        for (int i = 0; i <= int(RedisScript::Last); ++i) {
            all[size_t(i)] = QCryptographicHash::hash(scriptText(RedisScript(i)), QCryptographicHash::Sha1).toHex();
        }
        return all;
    }();
    return digests[size_t(script)];
}

QByteArray counterName(Counter counter)
{
    switch (counter) {
    case Counter::Messages:
        return QByteArrayLiteral("messages");
    case Counter::QueueAll:
        return QByteArrayLiteral("queue-all");
    case Counter::QueueFailed:
        return QByteArrayLiteral("queue-failed");
    case Counter::SpamAccepted:
        return QByteArrayLiteral("spam");
    }
    return {};
}

// "mt:win:COUNTER:", what a window's key starts with; made once.
const QByteArray &windowKeyPrefix(Counter counter)
{
    static const auto prefixes = [] {
        std::array<QByteArray, int(Counter::SpamAccepted) + 1> all;
        for (size_t i = 0; i < all.size(); ++i) {
            all[i] = "mt:win:" + counterName(Counter(i)) + ':';
        }
        return all;
    }();
    return prefixes[size_t(counter)];
}

BlockEntry blockFromFields(const QHash<QString, QString> &fields)
{
    BlockEntry entry;
    entry.ip = fields.value(QStringLiteral("ip"));
    entry.failures = fields.value(QStringLiteral("failures")).toInt();
    entry.firstFailureMs = fields.value(QStringLiteral("first")).toLongLong();
    entry.lastFailureMs = fields.value(QStringLiteral("last")).toLongLong();
    entry.blockedUntilMs = fields.value(QStringLiteral("until")).toLongLong();
    entry.nodes = fields.value(QStringLiteral("nodes")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    return entry;
}

AuditEntry auditFromFields(const QHash<QString, QString> &fields)
{
    AuditEntry entry;
    const QString action = fields.value(QStringLiteral("action"));
    if (action == QLatin1String("grant-country")) {
        entry.action = AuditEntry::Action::GrantCountry;
    } else if (action == QLatin1String("revoke-country")) {
        entry.action = AuditEntry::Action::RevokeCountry;
    }
    entry.timeMs = fields.value(QStringLiteral("time")).toLongLong();
    entry.ip = fields.value(QStringLiteral("ip"));
    entry.who = fields.value(QStringLiteral("by"));
    entry.reason = fields.value(QStringLiteral("reason"));
    entry.failures = fields.value(QStringLiteral("failures")).toInt();
    entry.blockedUntilMs = fields.value(QStringLiteral("blocked_until")).toLongLong();
    entry.domain = fields.value(QStringLiteral("domain"));
    entry.country = fields.value(QStringLiteral("country"));
    entry.expiresMs = fields.value(QStringLiteral("expires")).toLongLong();
    return entry;
}

// Node names go into sorted-set members "time|node|sequence" and a comma list.
QByteArray safeNodeName(const QString &node)
{
    QByteArray name = node.toUtf8();
    name.replace('|', '_').replace(',', '_');
    return name.isEmpty() ? QByteArrayLiteral("node") : name;
}

} // namespace

RedisStateStore::RedisStateStore(const StoreUrl &url, const Clock &clock, QObject *parent)
    : StateStore(parent)
    , m_url(url)
    , m_clock(clock)
    , m_instance(QByteArray::number(QRandomGenerator::global()->generate64(), 36))
{
    setNodeName(QHostInfo::localHostName());
    QList<QByteArray> login;
    if (!url.password.isEmpty()) {
        login = url.user.isEmpty() ? QList<QByteArray>{"AUTH", url.password.toUtf8()}
                                   : QList<QByteArray>{"AUTH", url.user.toUtf8(), url.password.toUtf8()};
    }
    QList<QList<QByteArray>> commandSetup;
    QList<QList<QByteArray>> eventSetup;
    if (!login.isEmpty()) {
        commandSetup << login;
        eventSetup << login;
    }
    commandSetup << QList<QByteArray>{"SELECT", number(url.database)};
    // Every script is loaded on each connect (a restarted Redis has none):
    // EVALSHA then never meets NOSCRIPT, whose retry would overtake the
    // commands sent after it.
    for (int script = 0; script <= int(RedisScript::Last); ++script) {
        commandSetup << QList<QByteArray>{"SCRIPT", "LOAD", scriptText(RedisScript(script))};
    }
    eventSetup << QList<QByteArray>{"SUBSCRIBE", eventsChannel};
    m_commands = std::make_unique<RedisConnection>(url, commandSetup, this);
    m_events = std::make_unique<RedisConnection>(url, eventSetup, this);
    m_commands->readyChanged = [this](bool ready) { emit availabilityChanged(ready); };
    m_events->onMessage = [this](const QByteArray &payload) { onEvent(payload); };
}

RedisStateStore::~RedisStateStore()
{
    m_events.reset();
    m_commands.reset();
}

void RedisStateStore::connectToServer()
{
    m_commands->start();
    m_events->start();
}

bool RedisStateStore::isAvailable() const
{
    return m_commands->isReady();
}

QByteArray RedisStateStore::member(qint64 nowMs)
{
    return number(nowMs) % '|' % safeNodeName(nodeName()) % '|' % m_instance % '.' % number(++m_sequence);
}

void RedisStateStore::command(const RedisCommand &argv,
                              std::function<void(const RedisValue *, const LocalizedText &)> done)
{
    m_commands->send(argv, [this, done = std::move(done)](const RedisValue *reply, const LocalizedText &error) {
        answer(reply, error, done);
    });
}

void RedisStateStore::command(const QList<QByteArray> &argv,
                              std::function<void(const RedisValue *, const LocalizedText &)> done)
{
    command(RedisCommand(argv), std::move(done));
}

void RedisStateStore::run(RedisScript script, const QList<QByteArray> &keys, const QList<QByteArray> &args,
                          std::function<void(const RedisValue *, const LocalizedText &)> done)
{
    RedisCommand keysAndArgs(keys);
    for (const QByteArray &arg : args) {
        keysAndArgs << arg;
    }
    run(script, int(keys.size()), keysAndArgs, std::move(done));
}

void RedisStateStore::run(RedisScript script, int keyCount, const RedisCommand &keysAndArgs,
                          std::function<void(const RedisValue *, const LocalizedText &)> done)
{
    RedisCommand evalsha;
    evalsha << "EVALSHA" << scriptDigest(script) << qint64(keyCount);
    evalsha.append(keysAndArgs);
    m_commands->send(evalsha, [this, script, keyCount, keysAndArgs,
                               done = std::move(done)](const RedisValue *reply, const LocalizedText &error) mutable {
        if (reply && reply->isError() && reply->text.startsWith("NOSCRIPT")) {
            // Somebody ran SCRIPT FLUSH since we connected: send the text.
            RedisCommand eval;
            eval << "EVAL" << scriptText(script) << qint64(keyCount);
            eval.append(keysAndArgs);
            m_commands->send(eval, [this, done = std::move(done)](const RedisValue *reply, const LocalizedText &error) {
                answer(reply, error, done);
            });
            return;
        }
        answer(reply, error, done);
    });
}

void RedisStateStore::answer(const RedisValue *reply, const LocalizedText &error,
                             const std::function<void(const RedisValue *, const LocalizedText &)> &done) const
{
    if (reply && reply->isError()) {
        done(nullptr,
             say(QT_TRANSLATE_NOOP("StateStore", "%1 answered: %2"), {m_url.description(), reply->toString()}));
        return;
    }
    done(reply, error);
}

void RedisStateStore::onEvent(const QByteArray &payload)
{
    const qsizetype space = payload.indexOf(' ');
    const QByteArray kind = payload.left(space);
    const QString ip = space < 0 ? QString() : QString::fromUtf8(payload.mid(space + 1));
    if (kind == "exceptions") {
        emit exceptionsChanged();
    } else if (kind == "blocked") {
        blockOf(ip, m_clock.nowMs(), [this](StoreAnswer<std::optional<BlockEntry>> block) {
            if (block.ok && block.value) {
                emit blocked(*block.value);
            }
        });
    } else if (kind == "unblocked") {
        // Who and why: the newest audit line for this IP.
        command({"XREVRANGE", auditStream, "+", "-", "COUNT", "50"},
                [this, ip](const RedisValue *reply, const LocalizedText &) {
                    AuditEntry unblock;
                    unblock.ip = ip;
                    unblock.timeMs = m_clock.nowMs();
                    if (reply) {
                        for (const RedisValue &entry : reply->elements) {
                            const AuditEntry line = auditFromFields(entry.elements.value(1).toFields());
                            if (line.action == AuditEntry::Action::Unblock && line.ip == ip) {
                                unblock = line;
                                break;
                            }
                        }
                    }
                    emit unblocked(unblock);
                });
    }
}

void RedisStateStore::recordFailedLogin(const QString &ip, qint64 nowMs, qint64 windowMs, int limit, qint64 blockMs,
                                        Reply<FailureOutcome> done)
{
    const QByteArray address = ip.toUtf8();
    run(RedisScript::FailedLogin, {"mt:fail:" + address, "mt:block:" + address, blocksIndex},
        {number(nowMs), number(windowMs), number(limit), number(blockMs), member(nowMs), address},
        [ip, nowMs, done](const RedisValue *reply, const LocalizedText &error) {
            if (!reply) {
                done(StoreAnswer<FailureOutcome>::failed(error));
                return;
            }
            FailureOutcome outcome;
            outcome.failures = int(reply->elements.value(0).toInteger());
            if (reply->elements.size() >= 4) {
                BlockEntry entry;
                entry.ip = ip;
                entry.failures = outcome.failures;
                entry.firstFailureMs = reply->elements.at(1).toInteger();
                entry.lastFailureMs = nowMs;
                entry.blockedUntilMs = reply->elements.at(2).toInteger();
                entry.nodes = reply->elements.at(3).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
                outcome.block = entry;
            }
            done({true, outcome, {}});
        });
}

void RedisStateStore::failedLogins(const QString &ip, qint64 nowMs, qint64 windowMs, Reply<int> done)
{
    RedisCommand zcount;
    zcount << "ZCOUNT";
    zcount.key("mt:fail:", ip).exclusiveBound(nowMs - windowMs) << "+inf";
    command(zcount, countReply(std::move(done)));
}

void RedisStateStore::blockOf(const QString &ip, qint64 nowMs, Reply<std::optional<BlockEntry>> done)
{
    command({"HGETALL", "mt:block:" + ip.toUtf8()}, [nowMs, done](const RedisValue *reply, const LocalizedText &error) {
        if (!reply) {
            done(StoreAnswer<std::optional<BlockEntry>>::failed(error));
            return;
        }
        std::optional<BlockEntry> entry;
        if (!reply->elements.isEmpty()) {
            entry = blockFromFields(reply->toFields());
            if (entry->blockedUntilMs <= nowMs) {
                entry.reset();
            }
        }
        done({true, entry, {}});
    });
}

void RedisStateStore::activeBlocks(qint64 nowMs, Reply<QList<BlockEntry>> done)
{
    run(RedisScript::ActiveBlocks, {blocksIndex}, {number(nowMs)},
        [done](const RedisValue *reply, const LocalizedText &error) {
            if (!reply) {
                done(StoreAnswer<QList<BlockEntry>>::failed(error));
                return;
            }
            QList<BlockEntry> blocks;
            for (const RedisValue &fields : reply->elements) {
                blocks << blockFromFields(fields.toFields());
            }
            std::sort(blocks.begin(), blocks.end(),
                      [](const BlockEntry &a, const BlockEntry &b) { return a.lastFailureMs < b.lastFailureMs; });
            done({true, blocks, {}});
        });
}

void RedisStateStore::unblock(const QString &ip, const QString &who, const QString &reason, qint64 nowMs,
                              Reply<AuditEntry> done)
{
    const QByteArray address = ip.toUtf8();
    run(RedisScript::Unblock, {"mt:block:" + address, "mt:fail:" + address, blocksIndex, auditStream},
        {address, number(nowMs), who.toUtf8(), reason.toUtf8(), auditLength},
        [ip, who, reason, nowMs, done](const RedisValue *reply, const LocalizedText &error) {
            if (!reply) {
                done(StoreAnswer<AuditEntry>::failed(error));
                return;
            }
            if (reply->isNil() || reply->elements.size() < 2) {
                done(StoreAnswer<AuditEntry>::failed(
                    {"BlockStore", QT_TRANSLATE_NOOP("BlockStore", "%1 is not blocked"), {ip}}));
                return;
            }
            AuditEntry unblock;
            unblock.timeMs = nowMs;
            unblock.ip = ip;
            unblock.who = who;
            unblock.reason = reason;
            unblock.failures = int(reply->elements.at(0).toInteger());
            unblock.blockedUntilMs = reply->elements.at(1).toInteger();
            done({true, unblock, {}});
        });
}

void RedisStateStore::auditTrail(Reply<QList<AuditEntry>> done)
{
    command({"XREVRANGE", auditStream, "+", "-", "COUNT", auditLength},
            [done](const RedisValue *reply, const LocalizedText &error) {
                if (!reply) {
                    done(StoreAnswer<QList<AuditEntry>>::failed(error));
                    return;
                }
                QList<AuditEntry> trail;
                for (const RedisValue &entry : reply->elements) {
                    trail << auditFromFields(entry.elements.value(1).toFields());
                }
                done({true, trail, {}});
            });
}

void RedisStateStore::admit(Counter counter, const QStringList &keys, const QList<Window> &windows, qint64 nowMs,
                            Reply<bool> done)
{
    admitEvent({}, counter, keys, windows, nowMs, [done = std::move(done)](StoreAnswer<Admission> admission) {
        done(admission.ok ? StoreAnswer<bool>{true, admission.value == Admission::Admitted, {}}
                          : StoreAnswer<bool>::failed(admission.error));
    });
}

void RedisStateStore::admitUnlessBlocked(const QString &ip, Counter counter, const QStringList &keys,
                                         const QList<Window> &windows, qint64 nowMs, Reply<Admission> done)
{
    admitEvent(ip, counter, keys, windows, nowMs, std::move(done));
}

void RedisStateStore::admitEvent(const QString &blockedIp, Counter counter, const QStringList &keys,
                                 const QList<Window> &windows, qint64 nowMs, Reply<Admission> done)
{
    RedisCommand keysAndArgs;
    if (!blockedIp.isEmpty()) {
        keysAndArgs.key("mt:block:", blockedIp);
    }
    for (const QString &key : keys) {
        keysAndArgs.key(windowKeyPrefix(counter), key);
    }
    const int keyCount = keysAndArgs.count();
    const qint64 span = widestSpan(windows);
    keysAndArgs << (blockedIp.isEmpty() ? "0" : "1") << nowMs << member(nowMs) << span << (nowMs - span);
    appendWindows(keysAndArgs, windows, nowMs);
    run(RedisScript::Admit, keyCount, keysAndArgs,
        [done = std::move(done)](const RedisValue *reply, const LocalizedText &error) {
            if (!reply) {
                done(StoreAnswer<Admission>::failed(error));
                return;
            }
            const qint64 answer = reply->toInteger();
            done({true,
                  answer == 1  ? Admission::Admitted
                  : answer < 0 ? Admission::Blocked
                               : Admission::OverLimit,
                  {}});
        });
}

void RedisStateStore::add(Counter counter, const QString &key, qint64 nowMs, qint64 spanMs, Reply<int> done)
{
    RedisCommand keyAndArgs;
    keyAndArgs.key(windowKeyPrefix(counter), key) << nowMs << member(nowMs) << spanMs;
    run(RedisScript::Add, 1, keyAndArgs, countReply(std::move(done)));
}

void RedisStateStore::senderCounts(const QString &ip, const QString &login, const QList<Window> &windows,
                                   qint64 queueWindowMs, qint64 nowMs, bool withBlock, Reply<SenderCounts> done)
{
    RedisCommand keysAndArgs;
    keysAndArgs.key("mt:block:", ip)
        .key(windowKeyPrefix(Counter::Messages), ip)
        .key(windowKeyPrefix(Counter::Messages), login)
        .key(windowKeyPrefix(Counter::QueueAll), ip)
        .key(windowKeyPrefix(Counter::QueueFailed), ip);
    keysAndArgs << (withBlock ? "1" : "0");
    keysAndArgs.exclusiveBound(nowMs - queueWindowMs);
    appendWindows(keysAndArgs, windows, nowMs);
    run(RedisScript::SenderCounts, 5, keysAndArgs,
        [nowMs, done = std::move(done)](const RedisValue *reply, const LocalizedText &error) {
            if (!reply || reply->elements.size() < 4) {
                done(StoreAnswer<SenderCounts>::failed(error));
                return;
            }
            SenderCounts counts;
            const RedisValue &block = reply->elements.at(0);
            if (!block.elements.isEmpty()) {
                const BlockEntry entry = blockFromFields(block.toFields());
                if (entry.blockedUntilMs > nowMs) {
                    counts.block = entry;
                }
            }
            counts.rateReached = reply->elements.at(1).toInteger() == 1;
            counts.queueAll = int(reply->elements.at(2).toInteger());
            counts.queueFailed = int(reply->elements.at(3).toInteger());
            done({true, counts, {}});
        });
}

void RedisStateStore::grantCountry(const CountryException &exception, Reply<bool> done)
{
    const QByteArray field = exception.domain.toLower().toUtf8() + '/' + exception.country.toUpper().toUtf8();
    const QJsonObject json{{QStringLiteral("domain"), exception.domain.toLower()},
                           {QStringLiteral("country"), exception.country.toUpper()},
                           {QStringLiteral("by"), exception.who},
                           {QStringLiteral("reason"), exception.reason},
                           {QStringLiteral("granted"), double(exception.grantedMs)},
                           {QStringLiteral("expires"), double(exception.expiresMs)}};
    run(RedisScript::Grant, {exceptionsHash, auditStream},
        {field, QJsonDocument(json).toJson(QJsonDocument::Compact), number(exception.grantedMs), exception.who.toUtf8(),
         exception.reason.toUtf8(), exception.domain.toLower().toUtf8(), exception.country.toUpper().toUtf8(),
         number(exception.expiresMs), auditLength},
        [done](const RedisValue *reply, const LocalizedText &error) {
            if (!reply) {
                done(StoreAnswer<bool>::failed(error));
                return;
            }
            done({true, true, {}});
        });
}

void RedisStateStore::revokeCountry(const QString &domain, const QString &country, const QString &who,
                                    const QString &reason, qint64 nowMs, Reply<bool> done)
{
    const QByteArray field = domain.toLower().toUtf8() + '/' + country.toUpper().toUtf8();
    run(RedisScript::Revoke, {exceptionsHash, auditStream},
        {field, number(nowMs), who.toUtf8(), reason.toUtf8(), domain.toLower().toUtf8(), country.toUpper().toUtf8(),
         auditLength},
        [domain, country, done](const RedisValue *reply, const LocalizedText &error) {
            if (!reply) {
                done(StoreAnswer<bool>::failed(error));
                return;
            }
            if (reply->toInteger() != 1) {
                done(StoreAnswer<bool>::failed(
                    say(QT_TRANSLATE_NOOP("StateStore", "%1 has no exception for %2"), {domain, country})));
                return;
            }
            done({true, true, {}});
        });
}

void RedisStateStore::countryExceptions(qint64 nowMs, Reply<QList<CountryException>> done)
{
    command({"HVALS", exceptionsHash}, [nowMs, done](const RedisValue *reply, const LocalizedText &error) {
        if (!reply) {
            done(StoreAnswer<QList<CountryException>>::failed(error));
            return;
        }
        QList<CountryException> exceptions;
        for (const RedisValue &value : reply->elements) {
            const QJsonObject object = QJsonDocument::fromJson(value.text).object();
            CountryException exception;
            exception.domain = object.value(QStringLiteral("domain")).toString();
            exception.country = object.value(QStringLiteral("country")).toString();
            exception.who = object.value(QStringLiteral("by")).toString();
            exception.reason = object.value(QStringLiteral("reason")).toString();
            exception.grantedMs = qint64(object.value(QStringLiteral("granted")).toDouble());
            exception.expiresMs = qint64(object.value(QStringLiteral("expires")).toDouble());
            if (exception.activeAt(nowMs)) {
                exceptions << exception;
            }
        }
        done({true, exceptions, {}});
    });
}

} // namespace mt::policy
