#include "spfmacro.h"

#include <QUrl>

namespace mt::spf {
namespace {

bool isDelimiter(QChar c)
{
    return QStringLiteral(".-+,/_=").contains(c);
}

// Splits VALUE at any of DELIMITERS, optionally reversed, keeps the right-most
// KEEP parts (0: all) and joins them with dots (RFC 7208 7.3).
QString transform(const QString &value, const QString &delimiters, int keep, bool reverse)
{
    QStringList parts;
    QString current;
    for (const QChar c : value) {
        if (delimiters.contains(c)) {
            parts << current;
            current.clear();
        } else {
            current += c;
        }
    }
    parts << current;
    if (reverse) {
        std::reverse(parts.begin(), parts.end());
    }
    if (keep > 0 && keep < parts.size()) {
        parts = parts.mid(parts.size() - keep);
    }
    return parts.join(QLatin1Char('.'));
}

} // namespace

// Upper-case hex digits, as in RFC 7208 7.4's examples and pyspf.
QString macroIp(const QHostAddress &ip)
{
    bool isV4 = false;
    const quint32 v4 = ip.toIPv4Address(&isV4);
    if (isV4) {
        return QHostAddress(v4).toString();
    }
    const Q_IPV6ADDR v6 = ip.toIPv6Address();
    QStringList nibbles;
    for (int i = 0; i < 16; ++i) {
        nibbles << QString::number(v6[i] >> 4, 16).toUpper() << QString::number(v6[i] & 0xf, 16).toUpper();
    }
    return nibbles.join(QLatin1Char('.'));
}

Expansion expandMacros(const QString &text, const MacroContext &context, bool explanation)
{
    Expansion result;
    QString out;
    bool isV4 = false;
    context.ip.toIPv4Address(&isV4);
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c != QLatin1Char('%')) {
            out += c;
            continue;
        }
        if (++i >= text.size()) {
            return result;
        }
        const QChar next = text.at(i);
        if (next == QLatin1Char('%')) {
            out += QLatin1Char('%');
            continue;
        }
        if (next == QLatin1Char('_')) {
            out += QLatin1Char(' ');
            continue;
        }
        if (next == QLatin1Char('-')) {
            out += QLatin1String("%20");
            continue;
        }
        if (next != QLatin1Char('{') || ++i >= text.size()) {
            return result;
        }
        const QChar letter = text.at(i++);
        QString value;
        switch (letter.toLower().unicode()) {
        case 's':
            value = context.sender;
            break;
        case 'l':
            value = context.localPart;
            break;
        case 'o':
            value = context.senderDomain;
            break;
        case 'd':
            value = context.domain;
            break;
        case 'i':
            value = macroIp(context.ip);
            break;
        case 'v':
            value = isV4 ? QStringLiteral("in-addr") : QStringLiteral("ip6");
            break;
        case 'h':
            value = context.helo;
            break;
        case 'p': {
            const std::optional<QString> name =
                context.validatedName ? context.validatedName() : std::optional<QString>(QStringLiteral("unknown"));
            if (!name) {
                result.pending = true;
                return result;
            }
            value = *name;
            break;
        }
        case 'c':
        case 'r':
        case 't':
            if (!explanation) {
                return result;
            }
            if (letter.toLower() == QLatin1Char('c')) {
                value = isV4 ? macroIp(context.ip) : context.ip.toString();
            } else if (letter.toLower() == QLatin1Char('r')) {
                value = context.receiver.isEmpty() ? QStringLiteral("unknown") : context.receiver;
            } else {
                value = QString::number(context.timestamp);
            }
            break;
        default:
            return result;
        }
        QString digits;
        while (i < text.size() && text.at(i).isDigit() && text.at(i).unicode() < 0x80) {
            digits += text.at(i++);
        }
        int keep = 0; // all parts
        if (!digits.isEmpty()) {
            if (digits.count(QLatin1Char('0')) == digits.size()) {
                return result; // a digit transformer must be nonzero (RFC 7208 7.3)
            }
            while (digits.startsWith(QLatin1Char('0'))) {
                digits.remove(0, 1);
            }
            // More parts than a name can have (127) mean all of them.
            keep = digits.size() > 3 ? 1000 : digits.toInt();
        }
        bool reverse = false;
        if (i < text.size() && text.at(i).toLower() == QLatin1Char('r')) {
            reverse = true;
            ++i;
        }
        QString delimiters;
        while (i < text.size() && isDelimiter(text.at(i))) {
            delimiters += text.at(i++);
        }
        if (i >= text.size() || text.at(i) != QLatin1Char('}')) {
            return result;
        }
        value = transform(value, delimiters.isEmpty() ? QStringLiteral(".") : delimiters, keep, reverse);
        if (letter.isUpper()) {
            value = QString::fromLatin1(QUrl::toPercentEncoding(value));
        }
        out += value;
    }
    result.ok = true;
    result.text = out;
    return result;
}

} // namespace mt::spf
