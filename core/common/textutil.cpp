#include "textutil.h"

#include <QHostAddress>

#include <algorithm>

namespace mt::text {

QString shown(const QString &text, int max)
{
    if (text.size() <= max) {
        return text;
    }
    return text.left(max - 1) + QChar(0x2026);
}

QString codePointName(char32_t c)
{
    return QStringLiteral("U+%1").arg(QString::number(uint(c), 16).toUpper(), 4, QLatin1Char('0'));
}

bool isQuoteMark(QChar c)
{
    switch (c.unicode()) {
    case u'\'':
    case u'"':
    case u'`':
    case 0x00b4: // acute accent
    case 0x00ab: // guillemets
    case 0x00bb:
    case 0x2018: // typographic single and double quotes, incl. the Polish „...”
    case 0x2019:
    case 0x201a:
    case 0x201b:
    case 0x201c:
    case 0x201d:
    case 0x201e:
    case 0x201f:
    case 0x2039:
    case 0x203a:
        return true;
    default:
        return false;
    }
}

QStringList splitAtWhitespace(const QString &text)
{
    QStringList tokens;
    QString token;
    for (const QChar c : text) {
        if (c.isSpace()) {
            if (!token.isEmpty()) {
                tokens << token;
                token.clear();
            }
        } else {
            token += c;
        }
    }
    if (!token.isEmpty()) {
        tokens << token;
    }
    return tokens;
}

bool isInvisible(char32_t c)
{
    const QChar::Category category = QChar::category(c);
    return !QChar::isSpace(c) && (category == QChar::Other_Control || category == QChar::Other_Format);
}

bool isStrictIpv4(QStringView text)
{
    const auto parts = text.split(QLatin1Char('.'));
    if (parts.size() != 4) {
        return false;
    }
    for (const QStringView part : parts) {
        if (part.isEmpty() || part.size() > 3 ||
            !std::all_of(part.begin(), part.end(), [](QChar c) { return c >= u'0' && c <= u'9'; }) ||
            part.toInt() > 255) {
            return false;
        }
    }
    return true;
}

bool isIpv6(QStringView text)
{
    if (!text.contains(QLatin1Char(':'))) {
        return false;
    }
    QHostAddress address;
    return address.setAddress(text.toString()) && address.protocol() == QAbstractSocket::IPv6Protocol;
}

QString dnsFailure(const dns::DnsResult &result)
{
    QString text = dns::statusName(result.status).toUpper();
    if (!result.server.isEmpty()) {
        text += QStringLiteral(" (%1)").arg(result.server);
    }
    return text;
}

QString endpoint(const QHostAddress &address, quint16 port)
{
    return address.protocol() == QAbstractSocket::IPv6Protocol
               ? QStringLiteral("[%1]:%2").arg(address.toString()).arg(port)
               : QStringLiteral("%1:%2").arg(address.toString()).arg(port);
}

} // namespace mt::text
