#include "inputkind.h"

#include "common/textutil.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace mt {
namespace {

// An address with a long display name still fits; anything longer is a paste
// of a message, and is recognized without reading it.
constexpr qsizetype kMaxItemLength = 1024;
// "Jan Maria Kowalska <jan@x.pl>"; more words before the address read as a sentence.
constexpr int kMaxNameWords = 3;
// "jan @ kowalski.pl", "Jan Kowalski jan@x.pl": words beside the address's pieces.
constexpr int kMaxLooseWords = 2;

// "550 5.1.1 ...", "550-...", "5.7.1 ...", "#5.1.2": how replies and bounces start.
bool startsLikeReply(const QString &line)
{
    static const QRegularExpression reply(
        QStringLiteral("^#?(?:[2-5]\\d\\d(?:[ -]|$)|[245]\\.\\d{1,3}\\.\\d{1,3}(?:\\s|$|\\)))"));
    return reply.match(line).hasMatch();
}

// A colon outside "mailto:" and an address literal's brackets ("To: ...",
// "<jan@x.pl>: Recipient address rejected") belongs to a header or a reply.
bool hasStrayColon(const QString &line)
{
    const qsizetype mailto = line.indexOf(QLatin1String("mailto:"), 0, Qt::CaseInsensitive);
    int depth = 0;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (c == u'[') {
            ++depth;
        } else if (c == u']' && depth > 0) {
            --depth;
        } else if (c == u':' && depth == 0 && !(mailto >= 0 && i == mailto + 6)) {
            return true;
        }
    }
    return false;
}

bool looksLikeAddress(const QString &line, const QStringList &tokens)
{
    if (hasStrayColon(line)) {
        return false;
    }
    const qsizetype open = line.lastIndexOf(QLatin1Char('<'));
    if (open >= 0) {
        // Name <address>: nothing but punctuation may follow the brackets.
        const qsizetype close = line.indexOf(QLatin1Char('>'), open);
        const QString after = close >= 0 ? line.mid(close + 1) : QString();
        const bool tail = std::any_of(after.cbegin(), after.cend(), [](QChar c) {
            return !c.isSpace() && c != u',' && c != u';' && c != u'.' && !text::isQuoteMark(c);
        });
        if (tail) {
            return false;
        }
        const QString name = line.left(open).trimmed();
        if (name.size() >= 2 && name.startsWith(QLatin1Char('"')) && name.endsWith(QLatin1Char('"'))) {
            return true; // a quoted display name may be long
        }
        return text::splitAtWhitespace(name).size() <= kMaxNameWords;
    }
    const auto loose = std::count_if(tokens.cbegin(), tokens.cend(), [](const QString &token) {
        return !token.contains(QLatin1Char('@')) &&
               std::any_of(token.cbegin(), token.cend(), [](QChar c) { return c.isLetterOrNumber(); });
    });
    return loose <= kMaxLooseWords;
}

// Letters and symbols of any script, digits, hyphens and dots, possibly in
// quotes; the domain check says what is wrong with the rest.
bool looksLikeDomain(QString token)
{
    while (!token.isEmpty() && text::isQuoteMark(token.front())) {
        token.remove(0, 1);
    }
    while (!token.isEmpty() && text::isQuoteMark(token.back())) {
        token.chop(1);
    }
    bool letter = false;
    bool dot = false;
    for (const QChar c : std::as_const(token)) {
        if (c.isLetter()) {
            letter = true;
        } else if (c == u'.' || c == QChar(0x3002) || c == QChar(0xff0e) || c == QChar(0xff61)) {
            dot = true;
        } else if (c.unicode() < 0x80 ? !c.isNumber() && c != u'-' && c != u'_' && c.category() != QChar::Other_Control
                                      : c.isSpace() || c.isPunct()) {
            return false;
        }
    }
    // "1.2.3.256" is a mistyped IP the domain check explains; "550" is not a domain.
    return letter || dot;
}

// Headers that only a message (not a reply line or a fragment) carries.
constexpr const char *messageHeaders[] = {
    "received",    "from",           "to",           "subject",      "date",
    "message-id",  "dkim-signature", "return-path",  "mime-version", "authentication-results",
    "arc-seal",    "reply-to",       "delivered-to", "content-type", "x-mailer",
    "received-spf"};
constexpr int kHeaderLinesLooked = 400; // a header block this long is judged by its start
constexpr qsizetype kHeaderBytesLooked = 256 * 1024;

enum class HeaderVerdict
{
    Message,
    Bounce,
    Neither,
};

// What the start of TEXT is: a message's header block, a bounce (its headers
// or its opening words say so), or neither.
HeaderVerdict judgeHeaders(QStringView text)
{
    static const QRegularExpression field(QStringLiteral("^([A-Za-z][A-Za-z0-9-]*):"));
    static const QRegularExpression bounceSubject(
        QStringLiteral("undeliver|delivery (status|fail)|failure notice|returned mail|mail delivery|"
                       "niedostarcz|nie dostarcz|zwrot|non.?delivery|delivery has failed"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression bounceBody(
        QStringLiteral("mail system at host|could not be delivered|couldn't be delivered|delivery has failed|"
                       "message/delivery-status|undeliverable|permanent fatal error|returned to sender|"
                       "delivery to the following recipient|unable to deliver"),
        QRegularExpression::CaseInsensitiveOption);
    int known = 0;
    int lines = 0;
    bool first = true;
    qsizetype pos = 0;
    const QStringView head = text.left(kHeaderBytesLooked);
    while (pos < head.size() && lines < kHeaderLinesLooked) {
        qsizetype eol = head.indexOf(u'\n', pos);
        if (eol < 0) {
            eol = head.size();
        }
        QStringView line = head.mid(pos, eol - pos);
        if (line.endsWith(u'\r')) {
            line.chop(1);
        }
        pos = eol + 1;
        ++lines;
        if (line.isEmpty()) {
            // The end of the header block: a notice says so in its first lines.
            if (bounceBody.match(text.mid(pos, 4096)).hasMatch()) {
                return HeaderVerdict::Bounce;
            }
            break;
        }
        if (line.front() == u' ' || line.front() == u'\t') {
            continue;
        }
        if (first && line.startsWith(QLatin1String("From "))) {
            first = false;
            continue; // mbox
        }
        const auto m = field.match(line);
        if (!m.hasMatch()) {
            if (first) {
                // A notice pasted without its headers opens with its own words.
                return bounceBody.match(text.left(4096)).hasMatch() ? HeaderVerdict::Bounce : HeaderVerdict::Neither;
            }
            continue;
        }
        first = false;
        const QString name = m.captured(1).toLower();
        const QStringView value = line.mid(m.capturedEnd(0));
        if (name == QLatin1String("x-failed-recipients") ||
            (name == QLatin1String("content-type") && value.contains(QLatin1String("report"), Qt::CaseInsensitive)) ||
            (name == QLatin1String("subject") && bounceSubject.match(value).hasMatch()) ||
            (name == QLatin1String("from") && (value.contains(QLatin1String("mailer-daemon"), Qt::CaseInsensitive) ||
                                               value.contains(QLatin1String("postmaster@"), Qt::CaseInsensitive)))) {
            return HeaderVerdict::Bounce;
        }
        for (const char *known_name : messageHeaders) {
            if (name == QLatin1String(known_name)) {
                ++known;
                break;
            }
        }
    }
    return known >= 2 ? HeaderVerdict::Message : HeaderVerdict::Neither;
}

} // namespace

bool looksLikeMessage(QStringView text)
{
    return judgeHeaders(text) == HeaderVerdict::Message;
}

bool looksLikeBounce(QStringView text)
{
    return judgeHeaders(text) == HeaderVerdict::Bounce;
}

QString inputKindId(InputKind kind)
{
    switch (kind) {
    case InputKind::Empty:
        return QStringLiteral("empty");
    case InputKind::Address:
        return QStringLiteral("address");
    case InputKind::Domain:
        return QStringLiteral("domain");
    case InputKind::IPv4:
        return QStringLiteral("ipv4");
    case InputKind::IPv6:
        return QStringLiteral("ipv6");
    case InputKind::Text:
        return QStringLiteral("text");
    case InputKind::Message:
        return QStringLiteral("message");
    }
    return {};
}

LocalizedText inputKindLabel(InputKind kind)
{
    switch (kind) {
    case InputKind::Empty:
        return {"InputKind", QT_TRANSLATE_NOOP("InputKind", "Nothing entered")};
    case InputKind::Address:
        return {"InputKind", QT_TRANSLATE_NOOP("InputKind", "E-mail address")};
    case InputKind::Domain:
        return {"InputKind", QT_TRANSLATE_NOOP("InputKind", "Domain")};
    case InputKind::IPv4:
        return {"InputKind", QT_TRANSLATE_NOOP("InputKind", "IPv4 address")};
    case InputKind::IPv6:
        return {"InputKind", QT_TRANSLATE_NOOP("InputKind", "IPv6 address")};
    case InputKind::Text:
        return {"InputKind", QT_TRANSLATE_NOOP("InputKind", "Text (a bounce or a server reply)")};
    case InputKind::Message:
        return {"InputKind", QT_TRANSLATE_NOOP("InputKind", "Message (its headers: path and authentication)")};
    }
    return {};
}

InputKind detectInputKind(const QString &input)
{
    // Bounds first, without copying: the input may be a 50 MB paste.
    qsizetype begin = 0;
    qsizetype end = input.size();
    while (begin < end && input.at(begin).isSpace()) {
        ++begin;
    }
    if (begin == end) {
        return InputKind::Empty;
    }
    while (end > begin && input.at(end - 1).isSpace()) {
        --end;
    }
    const QStringView trimmed = QStringView(input).mid(begin, end - begin);
    if (end - begin > kMaxItemLength) {
        return looksLikeMessage(trimmed) ? InputKind::Message : InputKind::Text;
    }
    const QString line = trimmed.toString();
    if (line.contains(QLatin1Char('\n')) || line.contains(QLatin1Char('\r'))) {
        return looksLikeMessage(trimmed) ? InputKind::Message : InputKind::Text;
    }

    QStringView bare(line);
    if (bare.startsWith(u'[') && bare.endsWith(u']')) {
        bare = bare.mid(1, bare.size() - 2);
        if (bare.startsWith(QLatin1String("IPv6:"), Qt::CaseInsensitive)) {
            bare = bare.mid(5);
        }
    }
    if (text::isStrictIpv4(bare)) {
        return InputKind::IPv4;
    }
    if (text::isIpv6(bare)) {
        return InputKind::IPv6;
    }

    if (startsLikeReply(line)) {
        return InputKind::Text;
    }
    const QStringList tokens = text::splitAtWhitespace(line);
    if (line.contains(QLatin1Char('@'))) {
        return looksLikeAddress(line, tokens) ? InputKind::Address : InputKind::Text;
    }
    if (tokens.size() == 1 && looksLikeDomain(tokens.first())) {
        return InputKind::Domain;
    }
    return InputKind::Text;
}

} // namespace mt
