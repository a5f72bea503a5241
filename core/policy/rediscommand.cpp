#include "rediscommand.h"

#include <charconv>
#include <cstring>

namespace mt::policy {

namespace {

constexpr qsizetype lengthLine = 24; // "$" or "*", a number, "\r\n"

char *writeCountLine(char *out, char kind, qsizetype value)
{
    *out++ = kind;
    out = std::to_chars(out, out + lengthLine - 3, value).ptr;
    *out++ = '\r';
    *out++ = '\n';
    return out;
}

} // namespace

RedisCommand::RedisCommand(const QList<QByteArray> &arguments)
{
    qsizetype size = 0;
    for (const QByteArray &argument : arguments) {
        size += lengthLine + argument.size() + 2;
    }
    m_arguments.reserve(size);
    for (const QByteArray &argument : arguments) {
        *this << argument;
    }
}

char *RedisCommand::begin(qsizetype bytes)
{
    const qsizetype used = m_arguments.size();
    m_arguments.resize(used + lengthLine + bytes + 2);
    return m_arguments.data() + used;
}

void RedisCommand::end(char *at)
{
    *at++ = '\r';
    *at++ = '\n';
    m_arguments.resize(at - m_arguments.constData());
    ++m_count;
}

RedisCommand &RedisCommand::operator<<(QByteArrayView argument)
{
    char *out = writeCountLine(begin(argument.size()), '$', argument.size());
    std::memcpy(out, argument.data(), size_t(argument.size()));
    end(out + argument.size());
    return *this;
}

RedisCommand &RedisCommand::operator<<(qint64 number)
{
    char text[24];
    return *this << QByteArrayView(text, std::to_chars(text, text + sizeof text, number).ptr - text);
}

RedisCommand &RedisCommand::exclusiveBound(qint64 number)
{
    char text[24] = {'('};
    return *this << QByteArrayView(text, std::to_chars(text + 1, text + sizeof text, number).ptr - text);
}

RedisCommand &RedisCommand::key(QByteArrayView prefix, QStringView name)
{
    // At most three UTF-8 bytes per UTF-16 unit.
    const qsizetype most = prefix.size() + 3 * name.size();
    char *const start = begin(most) + lengthLine; // the length line is written last, in front
    char *out = start;
    std::memcpy(out, prefix.data(), size_t(prefix.size()));
    out += prefix.size();
    bool ascii = true;
    for (const QChar c : name) {
        if (c.unicode() >= 0x80) {
            ascii = false;
            break;
        }
        *out++ = char(c.unicode());
    }
    if (!ascii) {
        const QByteArray utf8 = name.toUtf8();
        out = start + prefix.size();
        std::memcpy(out, utf8.constData(), size_t(utf8.size()));
        out += utf8.size();
    }
    // The length line goes right before the key: move the key up to it.
    char line[lengthLine];
    const qsizetype length = out - start;
    const qsizetype lineSize = writeCountLine(line, '$', length) - line;
    char *const lineAt = start - lengthLine;
    std::memmove(lineAt + lineSize, start, size_t(length));
    std::memcpy(lineAt, line, size_t(lineSize));
    end(lineAt + lineSize + length);
    return *this;
}

RedisCommand &RedisCommand::append(const RedisCommand &other)
{
    m_arguments.append(other.m_arguments);
    m_count += other.m_count;
    return *this;
}

QByteArray RedisCommand::text() const
{
    QByteArray command;
    writeTo(command);
    return command;
}

void RedisCommand::writeTo(QByteArray &out) const
{
    out.resize(lengthLine + m_arguments.size());
    char *at = writeCountLine(out.data(), '*', m_count);
    std::memcpy(at, m_arguments.constData(), size_t(m_arguments.size()));
    out.resize(at + m_arguments.size() - out.constData());
}

} // namespace mt::policy
