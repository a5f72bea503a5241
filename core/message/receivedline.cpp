#include "receivedline.h"

#include <QHash>
#include <QHostAddress>
#include <QRegularExpression>

namespace mt::message {
namespace {

constexpr qsizetype kMaxValue = 8192; // longer Received lines are cut: the clauses come first

// The date after the last semicolon, with a trailing comment such as "(CET)"
// and Exchange's fractional seconds dropped.
QDateTime parseDate(QString text)
{
    static const QRegularExpression comment(QStringLiteral("\\([^)]*\\)"));
    static const QRegularExpression fraction(QStringLiteral("(\\d\\d:\\d\\d:\\d\\d)\\.\\d+"));
    // A weekday that does not match the date makes Qt reject it; senders get it wrong.
    static const QRegularExpression weekday(QStringLiteral("^\\s*[A-Za-z]{3},?\\s+(?=\\d)"));
    text.remove(comment);
    text.replace(fraction, QStringLiteral("\\1"));
    text.remove(weekday);
    text = text.simplified();
    QDateTime date = QDateTime::fromString(text, Qt::RFC2822Date);
    if (!date.isValid()) {
        // "Mon, 1 Jan 2024 10:00:00 GMT" and friends.
        static const QRegularExpression zone(QStringLiteral("\\s+(GMT|UT|UTC|Z)$"),
                                             QRegularExpression::CaseInsensitiveOption);
        QString fixed = text;
        fixed.replace(zone, QStringLiteral(" +0000"));
        date = QDateTime::fromString(fixed, Qt::RFC2822Date);
    }
    return date;
}

QString bareAddress(QString text)
{
    text = text.trimmed();
    if (text.startsWith(QLatin1Char('[')) && text.endsWith(QLatin1Char(']'))) {
        text = text.mid(1, text.size() - 2);
    }
    if (text.startsWith(QLatin1String("IPv6:"), Qt::CaseInsensitive)) {
        text = text.mid(5);
    }
    const QHostAddress address(text);
    if (address.isNull()) {
        return {};
    }
    if (address.protocol() == QAbstractSocket::IPv6Protocol) {
        bool mapped = false;
        const quint32 v4 = address.toIPv4Address(&mapped);
        if (mapped) {
            return QHostAddress(v4).toString();
        }
    }
    return address.toString();
}

// The first IP literal in TEXT: "[192.0.2.1]", "(192.0.2.1)", "192.0.2.1:1234", an IPv6.
QString findAddress(const QString &text)
{
    static const QRegularExpression bracketed(QStringLiteral("\\[(?:IPv6:)?([0-9A-Fa-f:.]+)\\]"));
    static const QRegularExpression loose(
        QStringLiteral("(?<![\\w.:])((?:\\d{1,3}\\.){3}\\d{1,3}|[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?::(?:\\d{1,"
                       "3}\\.){3}\\d{1,3})?)(?![\\w])"));
    for (const QRegularExpression *re : {&bracketed, &loose}) {
        auto it = re->globalMatch(text);
        while (it.hasNext()) {
            const QString found = bareAddress(it.next().captured(1));
            if (!found.isEmpty()) {
                return found;
            }
        }
    }
    return {};
}

bool looksLikeHostName(const QString &word)
{
    static const QRegularExpression name(QStringLiteral("^[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)+\\.?$"));
    return name.match(word).hasMatch() && bareAddress(word).isEmpty();
}

} // namespace

bool isInternalAddress(const QString &text)
{
    const QHostAddress address(text);
    if (address.isNull()) {
        return false;
    }
    if (address.isLoopback() || address.isLinkLocal() || address.isSiteLocal() || address.isUniqueLocalUnicast()) {
        return true;
    }
    // RFC 1918 and carrier-grade NAT (RFC 6598).
    static const QList<QPair<QHostAddress, int>> internal{QHostAddress::parseSubnet(QStringLiteral("10.0.0.0/8")),
                                                          QHostAddress::parseSubnet(QStringLiteral("172.16.0.0/12")),
                                                          QHostAddress::parseSubnet(QStringLiteral("192.168.0.0/16")),
                                                          QHostAddress::parseSubnet(QStringLiteral("100.64.0.0/10"))};
    for (const auto &subnet : internal) {
        if (address.isInSubnet(subnet)) {
            return true;
        }
    }
    return false;
}

ReceivedLine parseReceivedLine(const QByteArray &raw)
{
    ReceivedLine line;
    QString value = QString::fromUtf8(raw.left(kMaxValue)).simplified();
    const qsizetype semicolon = value.lastIndexOf(QLatin1Char(';'));
    if (semicolon >= 0) {
        line.date = parseDate(value.mid(semicolon + 1));
        value.truncate(semicolon);
    }

    // Split at the clause keywords outside parentheses.
    static const QStringList keywords{QStringLiteral("from"), QStringLiteral("by"), QStringLiteral("via"),
                                      QStringLiteral("with"), QStringLiteral("id"), QStringLiteral("for")};
    QString current;
    QHash<QString, QString> clauses;
    int depth = 0;
    qsizetype wordStart = 0;
    auto flush = [&](qsizetype end) {
        if (!current.isEmpty() && !clauses.contains(current)) {
            clauses.insert(current, value.mid(wordStart, end - wordStart).trimmed());
        }
    };
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c == u'(') {
            ++depth;
        } else if (c == u')' && depth > 0) {
            --depth;
        } else if (depth == 0 && (i == 0 || value.at(i - 1) == u' ')) {
            qsizetype end = i;
            while (end < value.size() && value.at(end).isLetter()) {
                ++end;
            }
            if (end - i >= 2 && end - i <= 4 && (end == value.size() || value.at(end) == u' ')) {
                const QString word = value.mid(i, end - i).toLower();
                if (keywords.contains(word)) {
                    flush(i);
                    current = word;
                    wordStart = end;
                    i = end - 1;
                    continue;
                }
            }
        }
    }
    flush(value.size());

    // from HELO (rDNS [IP]) / from rDNS (HELO=x) ([IP]) / from HELO ([IP]) by ...
    const QString from = clauses.value(QStringLiteral("from"));
    if (!from.isEmpty()) {
        const qsizetype paren = from.indexOf(QLatin1Char('('));
        const QString head = (paren >= 0 ? from.left(paren) : from).trimmed();
        const QString comment = paren >= 0 ? from.mid(paren) : QString();
        const QString headWord = head.section(QLatin1Char(' '), 0, 0);
        // The comment holds what the receiver saw; the head what the client claimed (its HELO,
        // sometimes an address literal of its own).
        line.fromIp = findAddress(comment);
        if (bareAddress(headWord).isEmpty()) {
            line.helo = headWord;
        } else if (line.fromIp.isEmpty()) {
            line.fromIp = bareAddress(headWord);
        }
        if (line.fromIp.isEmpty()) {
            line.fromIp = findAddress(from);
        }
        static const QRegularExpression heloEquals(QStringLiteral("(?:helo|ehlo)[= ]+([^\\s)\\]]+)"),
                                                   QRegularExpression::CaseInsensitiveOption);
        const auto heloMatch = heloEquals.match(comment);
        // In the comment: "rdns [ip]" (Postfix, Sendmail), "rdns. [ip]" (Gmail), "[ip] helo=x" (Exim).
        static const QRegularExpression word(QStringLiteral("[A-Za-z0-9_.-]+"));
        auto words = word.globalMatch(comment);
        while (words.hasNext()) {
            const QString candidate = words.next().captured(0);
            if (candidate.compare(QLatin1String("unknown"), Qt::CaseInsensitive) == 0) {
                break;
            }
            if (looksLikeHostName(candidate) && (!heloMatch.hasMatch() || candidate != heloMatch.captured(1))) {
                line.fromHost = candidate;
                if (line.fromHost.endsWith(QLatin1Char('.'))) {
                    line.fromHost.chop(1);
                }
                break;
            }
        }
        if (heloMatch.hasMatch()) {
            // Exim writes "from rdns ([ip] helo=HELO)": the head is then the rDNS name.
            if (line.fromHost.isEmpty() && !line.helo.isEmpty() &&
                line.helo.compare(QLatin1String("unknown"), Qt::CaseInsensitive) != 0) {
                line.fromHost = line.helo;
            }
            line.helo = heloMatch.captured(1);
        }
        if (comment.contains(QLatin1String("authenticated"), Qt::CaseInsensitive)) {
            line.authenticated = true;
        }
    }
    line.by = clauses.value(QStringLiteral("by")).section(QLatin1Char(' '), 0, 0).section(QLatin1Char('('), 0, 0);
    const QString with = clauses.value(QStringLiteral("with"));
    line.with = with.section(QLatin1Char(' '), 0, 0).section(QLatin1Char('('), 0, 0);
    static const QRegularExpression tlsVersion(QStringLiteral("\\b(TLS ?v?1(?:[._]\\d)?|SSLv3)\\b"),
                                               QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression cipher(QStringLiteral("(?:cipher[= ]|with cipher |\\) tls )([A-Za-z0-9_-]{6,})"),
                                           QRegularExpression::CaseInsensitiveOption);
    const auto versionMatch = tlsVersion.match(value);
    if (versionMatch.hasMatch()) {
        line.tls = versionMatch.captured(1).remove(QLatin1Char(' '));
        const auto cipherMatch = cipher.match(value);
        if (cipherMatch.hasMatch()) {
            line.tls += QLatin1Char(' ') + cipherMatch.captured(1);
        }
    } else if (line.with.contains(QLatin1String("TLS"), Qt::CaseInsensitive) ||
               line.with.compare(QLatin1String("ESMTPS"), Qt::CaseInsensitive) == 0 ||
               line.with.compare(QLatin1String("ESMTPSA"), Qt::CaseInsensitive) == 0 ||
               line.with.compare(QLatin1String("SMTPS"), Qt::CaseInsensitive) == 0 ||
               value.contains(QLatin1String("Transport Security"))) {
        line.tls = QStringLiteral("TLS");
    }
    if (line.with.endsWith(QLatin1String("SA"), Qt::CaseInsensitive) ||
        line.with.compare(QLatin1String("ESMTPA"), Qt::CaseInsensitive) == 0 ||
        value.contains(QLatin1String("Authenticated sender"), Qt::CaseInsensitive)) {
        line.authenticated = true;
    }
    line.id = clauses.value(QStringLiteral("id")).section(QLatin1Char(' '), 0, 0);
    QString forAddress = clauses.value(QStringLiteral("for")).section(QLatin1Char(' '), 0, 0);
    forAddress.remove(QLatin1Char('<')).remove(QLatin1Char('>'));
    line.forAddress = forAddress;
    // qmail: "from network by host with QMQP", "(qmail 1234 invoked from network); date"
    if (line.fromIp.isEmpty() && from.isEmpty()) {
        line.fromIp = findAddress(value);
    }
    return line;
}

} // namespace mt::message
