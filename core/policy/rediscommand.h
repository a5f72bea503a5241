#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QStringView>

namespace mt::policy {

// One Redis command in the protocol's form (RESP: a "$LENGTH\r\n" line and
// the bytes for each argument), written argument by argument into one
// buffer, so that a request's keys and numbers need no QByteArray each
// (policyd sends one for every Postfix request).
class RedisCommand
{
public:
    RedisCommand() { m_arguments.reserve(256); }
    explicit RedisCommand(const QList<QByteArray> &arguments);

    RedisCommand &operator<<(QByteArrayView argument);
    RedisCommand &operator<<(const char *argument) { return *this << QByteArrayView(argument); }
    RedisCommand &operator<<(const QByteArray &argument) { return *this << QByteArrayView(argument); }
    // NUMBER in decimal.
    RedisCommand &operator<<(qint64 number);
    // "(NUMBER": a score bound that excludes NUMBER (ZCOUNT, ZRANGEBYSCORE).
    RedisCommand &exclusiveBound(qint64 number);
    // PREFIX then NAME in UTF-8, as one argument (a key).
    RedisCommand &key(QByteArrayView prefix, QStringView name);
    // The arguments of OTHER after these.
    RedisCommand &append(const RedisCommand &other);

    int count() const { return m_count; }
    // The arguments, without the "*COUNT\r\n" line the command starts with.
    const QByteArray &arguments() const { return m_arguments; }
    // The whole command, as sent.
    QByteArray text() const;
    // The same written over OUT (a buffer kept for its capacity).
    void writeTo(QByteArray &out) const;

private:
    // Room for an argument of at most BYTES; returns where it goes.
    char *begin(qsizetype bytes);
    void end(char *at);

    QByteArray m_arguments;
    int m_count = 0;
};

} // namespace mt::policy
