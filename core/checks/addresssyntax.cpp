#include "addresssyntax.h"

#include "common/textutil.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QUrl>

#include <algorithm>
#include <cstring>

namespace mt {
namespace {

using text::advice;
using text::codePointName;
using text::isInvisible;
using text::isQuoteMark;
using text::isStrictIpv4;
using text::shown;
using text::splitAtWhitespace;
using text::summary;

constexpr int kMaxLocalOctets = 64;
constexpr int kMaxAddressOctets = 254; // RFC 5321's 256-octet path without the angle brackets
// Far beyond any address, even with a display name: longer input is not walked through.
constexpr int kMaxScannedLength = 4096;

// RFC 5321 atext: what a Dot-string may contain besides the dots.
bool isAtext(QChar c)
{
    const char16_t u = c.unicode();
    if ((u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9')) {
        return true;
    }
    return u > 0 && u < 0x80 && std::strchr("!#$%&'*+-/=?^_`{|}~", char(u)) != nullptr;
}

// Index of the quote closing an RFC 5321 Quoted-string local part
// ("jan kowalski"@x.pl), or -1 when TEXT does not start with one.
qsizetype quotedLocalEnd(const QString &text)
{
    if (!text.startsWith(QLatin1Char('"'))) {
        return -1;
    }
    for (qsizetype i = 1; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('\\')) {
            ++i;
        } else if (text.at(i) == QLatin1Char('"')) {
            return i + 1 < text.size() && text.at(i + 1) == QLatin1Char('@') ? i : -1;
        }
    }
    return -1;
}

bool isCompleteAddress(const QString &token)
{
    const qsizetype at = token.indexOf(QLatin1Char('@'));
    return at > 0 && at < token.size() - 1;
}

enum class Literal
{
    None,
    Valid,
    Invalid,
    Unbracketed, // jan@192.0.2.1
};

// Peels the wrappers off first (recording each), then reads what is left
// as an RFC 5321 Mailbox; report() turns what was recorded into findings.
class AddressChecker
{
public:
    explicit AddressChecker(const QString &text);

    AddressSyntax run();

private:
    void removeInvisible();
    void findSeveral();
    void unwrap();
    bool stripMailto();
    bool stripPairedQuotes();
    bool stripAngles();
    bool stripLoneQuotes();
    void stripBareDisplayName();
    void removeWhitespace();
    void splitAtSign();
    void checkLocalPart();
    void checkDomainPart();
    void buildMailbox();
    void report();

    void add(Severity severity, const QString &code, LocalizedText summary, LocalizedText advice = {},
             QVariantMap data = {});
    // Advice that quotes the corrected address when there is one.
    LocalizedText fixAdvice(const char *withMailbox, const char *otherwise) const;
    // What a wrapper held: the corrected address when there is one.
    QString unwrapped(const QString &inner) const;

    AddressSyntax m_result;
    QString m_subject;
    QString m_text; // what is still to be read

    char32_t m_invisible = 0;
    int m_addressCount = 1;
    QString m_firstAddress;
    bool m_separator = false;
    bool m_mailto = false;
    QString m_afterMailto;
    bool m_angles = false;
    bool m_unbalancedAngle = false;
    QString m_displayName;
    QString m_inAngles;
    QString m_leadingQuotes;
    QString m_trailingQuotes;
    bool m_whitespace = false;
    int m_atCount = 0;
    bool m_atsAdjacent = true;
    bool m_quotedLocal = false;
    QString m_fixedLocal;
    bool m_emptyLocal = false;
    bool m_localDots = false;
    QString m_invalidLocal;
    QString m_nonAsciiLocal;
    bool m_localTooLong = false;
    QString m_rawDomain;  // after the @, as written
    QString m_domainText; // without a final dot
    bool m_emptyDomain = false;
    bool m_trailingDot = false;
    Literal m_literal = Literal::None;
    Findings m_domainFindings;
    int m_octets = 0;
    bool m_tooLong = false;
    bool m_fixable = true; // a corrected address can be given
};

AddressChecker::AddressChecker(const QString &text)
{
    m_result.input = text.trimmed();
    m_subject = shown(m_result.input);
    m_text = m_result.input;
}

void AddressChecker::add(Severity severity, const QString &code, LocalizedText summary, LocalizedText advice,
                         QVariantMap data)
{
    // About what was pasted, and their advice is what staff ask the customer:
    // for staff only (an answer is not written while one is an error).
    m_result.findings << Finding(QStringLiteral("address"), m_subject, severity, code, std::move(summary),
                                 std::move(advice), std::move(data))
                             .markStaffOnly();
}

LocalizedText AddressChecker::fixAdvice(const char *withMailbox, const char *otherwise) const
{
    if (!m_result.mailbox.isEmpty()) {
        return advice(withMailbox, {m_result.mailbox});
    }
    return advice(otherwise);
}

QString AddressChecker::unwrapped(const QString &inner) const
{
    return m_result.mailbox.isEmpty() ? inner : m_result.mailbox;
}

void AddressChecker::removeInvisible()
{
    const QList<uint> codePoints = m_text.toUcs4();
    QString kept;
    for (const uint c : codePoints) {
        if (isInvisible(c)) {
            if (!m_invisible) {
                m_invisible = c;
            }
            continue;
        }
        const char32_t cp = c;
        kept += QString::fromUcs4(&cp, 1);
    }
    if (m_invisible) {
        m_text = kept.trimmed();
    }
}

// "jan@x.pl, anna@y.pl" or "jan@x.pl anna@y.pl": several addresses in one
// field. Separators inside quotes or angle brackets belong to a display name.
void AddressChecker::findSeveral()
{
    QStringList parts;
    QString part;
    bool inQuotes = false;
    int angleDepth = 0;
    for (qsizetype i = 0; i < m_text.size(); ++i) {
        const QChar c = m_text.at(i);
        if (c == QLatin1Char('"') && (i == 0 || m_text.at(i - 1) != QLatin1Char('\\'))) {
            inQuotes = !inQuotes;
        } else if (!inQuotes && c == QLatin1Char('<')) {
            ++angleDepth;
        } else if (!inQuotes && c == QLatin1Char('>') && angleDepth > 0) {
            --angleDepth;
        } else if (!inQuotes && angleDepth == 0 && (c == QLatin1Char(',') || c == QLatin1Char(';'))) {
            parts << part;
            part.clear();
            continue;
        }
        part += c;
    }
    parts << part;

    QStringList withAt;
    bool othersBlank = true;
    for (const QString &p : std::as_const(parts)) {
        if (p.contains(QLatin1Char('@'))) {
            withAt << p.trimmed();
        } else if (!p.trimmed().isEmpty()) {
            othersBlank = false;
        }
    }
    if (withAt.size() >= 2) {
        m_addressCount = int(withAt.size());
        m_text = withAt.first();
    } else if (withAt.size() == 1 && parts.size() > 1 && othersBlank) {
        m_separator = true;
        m_text = withAt.first();
    } else if (parts.size() == 1 && !m_text.contains(QLatin1Char('<'))) {
        const QStringList tokens = splitAtWhitespace(m_text);
        const auto complete = std::count_if(tokens.cbegin(), tokens.cend(), isCompleteAddress);
        if (complete >= 2) {
            m_addressCount = int(complete);
            m_text = *std::find_if(tokens.cbegin(), tokens.cend(), isCompleteAddress);
        }
    }
    if (m_addressCount > 1) {
        m_firstAddress = m_text;
    }
}

bool AddressChecker::stripMailto()
{
    const QLatin1String scheme("mailto:");
    if (!m_text.startsWith(scheme, Qt::CaseInsensitive)) {
        return false;
    }
    QString rest = m_text.mid(scheme.size());
    // The query (?subject=...) is not part of the address; the rest is percent-encoded.
    const qsizetype query = rest.indexOf(QLatin1Char('?'));
    if (query >= 0) {
        rest.truncate(query);
    }
    if (rest.contains(QLatin1Char('%'))) {
        rest = QUrl::fromPercentEncoding(rest.toUtf8());
    }
    m_mailto = true;
    m_text = rest.trimmed();
    m_afterMailto = m_text;
    return true;
}

bool AddressChecker::stripPairedQuotes()
{
    if (m_text.size() < 2 || !isQuoteMark(m_text.front()) || !isQuoteMark(m_text.back()) ||
        quotedLocalEnd(m_text) >= 0) {
        return false;
    }
    // Around "Jan <jan@x.pl>" they only quote the display name: harmless.
    const bool aroundName = m_text.contains(QLatin1Char('<'));
    while (!m_text.isEmpty() && isQuoteMark(m_text.front())) {
        if (!aroundName) {
            m_leadingQuotes += m_text.front();
        }
        m_text.remove(0, 1);
    }
    while (!m_text.isEmpty() && isQuoteMark(m_text.back())) {
        if (!aroundName) {
            m_trailingQuotes.prepend(m_text.back());
        }
        m_text.chop(1);
    }
    return true;
}

bool AddressChecker::stripAngles()
{
    const qsizetype open = m_text.lastIndexOf(QLatin1Char('<'));
    const qsizetype close = m_text.indexOf(QLatin1Char('>'), std::max<qsizetype>(open, 0));
    if (open < 0 && close < 0) {
        return false;
    }
    if (open >= 0 && close > open) {
        const QString before = m_text.left(open).trimmed();
        const QString after = m_text.mid(close + 1).trimmed();
        m_text = m_text.mid(open + 1, close - open - 1).trimmed();
        m_inAngles = m_text;
        if (before.isEmpty() && after.isEmpty()) {
            m_angles = true;
        } else {
            QString name = before.isEmpty() ? after : before;
            if (name.size() >= 2 && name.startsWith(QLatin1Char('"')) && name.endsWith(QLatin1Char('"'))) {
                name = name.mid(1, name.size() - 2);
            }
            m_displayName = name;
        }
        return true;
    }
    // A bracket without its pair: a typo, not a wrapper.
    m_unbalancedAngle = true;
    m_text.remove(QLatin1Char('<'));
    m_text.remove(QLatin1Char('>'));
    m_text = m_text.trimmed();
    return true;
}

// 'jan@x.pl or jan@x.pl' with the other quote lost; an apostrophe is atext,
// but at either end of an address it is always a mistake.
bool AddressChecker::stripLoneQuotes()
{
    bool changed = false;
    if (quotedLocalEnd(m_text) < 0) {
        while (!m_text.isEmpty() && isQuoteMark(m_text.front())) {
            m_leadingQuotes += m_text.front();
            m_text.remove(0, 1);
            changed = true;
        }
    }
    while (!m_text.isEmpty() && isQuoteMark(m_text.back())) {
        m_trailingQuotes.prepend(m_text.back());
        m_text.chop(1);
        changed = true;
    }
    return changed;
}

// "Jan Kowalski jan@x.pl": a contact copied without its angle brackets.
// Only when every word before the address is capitalized like a name;
// "jan kowalski@x.pl" is more likely a mistyped address, and the
// whitespace finding deals with it.
void AddressChecker::stripBareDisplayName()
{
    if (m_text.contains(QLatin1Char('<')) || m_text.contains(QLatin1Char('>'))) {
        return;
    }
    QStringList tokens = splitAtWhitespace(m_text);
    if (tokens.size() < 2 || !isCompleteAddress(tokens.last())) {
        return;
    }
    const QString address = tokens.takeLast();
    for (const QString &word : std::as_const(tokens)) {
        if (word.contains(QLatin1Char('@')) || !word.front().isUpper()) {
            return;
        }
    }
    m_displayName = tokens.join(QLatin1Char(' '));
    m_inAngles = address;
    m_text = address;
}

void AddressChecker::unwrap()
{
    stripBareDisplayName();
    // "<'jan@x.pl'>", "'mailto:jan@x.pl'": wrappers nest, in any order.
    for (int round = 0; round < 8; ++round) {
        bool changed = stripMailto();
        changed = stripPairedQuotes() || changed;
        changed = stripAngles() || changed;
        changed = stripLoneQuotes() || changed;
        if (!changed) {
            break;
        }
    }
}

// Spaces are removed everywhere except inside a quoted local part, where
// RFC 5321 allows them.
void AddressChecker::removeWhitespace()
{
    QString kept;
    bool inQuotedLocal = false;
    bool localStarted = false;
    for (qsizetype i = 0; i < m_text.size(); ++i) {
        const QChar c = m_text.at(i);
        if (inQuotedLocal) {
            kept += c;
            if (c == QLatin1Char('\\') && i + 1 < m_text.size()) {
                kept += m_text.at(++i);
            } else if (c == QLatin1Char('"')) {
                inQuotedLocal = false;
            }
            continue;
        }
        if (c.isSpace()) {
            m_whitespace = true;
            continue;
        }
        if (c == QLatin1Char('"') && !localStarted) {
            inQuotedLocal = true;
        }
        localStarted = true;
        kept += c;
    }
    m_text = kept;
}

void AddressChecker::splitAtSign()
{
    const qsizetype quoteEnd = quotedLocalEnd(m_text);
    m_quotedLocal = quoteEnd >= 0;
    const qsizetype first = m_quotedLocal ? quoteEnd + 1 : m_text.indexOf(QLatin1Char('@'));
    if (first < 0) {
        m_result.localPart = m_text;
        return;
    }
    const qsizetype last = m_text.lastIndexOf(QLatin1Char('@'));
    m_atCount = 1 + int(QStringView(m_text).mid(first + 1).count(QLatin1Char('@')));
    for (qsizetype i = first + 1; i < last; ++i) {
        if (m_text.at(i) != QLatin1Char('@')) {
            m_atsAdjacent = false;
            break;
        }
    }
    if (!m_atsAdjacent) {
        m_fixable = false; // which @ is the real one is the customer's to say
    }
    m_result.localPart = m_text.left(first);
    m_rawDomain = m_text.mid(last + 1);
}

void AddressChecker::checkLocalPart()
{
    const QString &local = m_result.localPart;
    if (local.isEmpty()) {
        m_emptyLocal = m_atCount > 0;
        m_fixable = false;
        return;
    }
    if (m_quotedLocal) {
        m_fixedLocal = local;
        const QString inner = local.mid(1, local.size() - 2);
        for (qsizetype i = 0; i < inner.size(); ++i) {
            const QChar c = inner.at(i);
            if (c == QLatin1Char('\\')) {
                ++i;
            } else if (c.unicode() >= 0x80) {
                if (m_nonAsciiLocal.isEmpty()) {
                    m_nonAsciiLocal = c;
                }
            } else if (c.unicode() < 0x20 || c.unicode() == 0x7f) {
                if (m_invalidLocal.isEmpty()) {
                    m_invalidLocal = c;
                }
            }
        }
    } else {
        QStringList atoms = local.split(QLatin1Char('.'));
        m_localDots = atoms.removeAll(QString()) > 0;
        m_fixedLocal = atoms.join(QLatin1Char('.'));
        // ".'jan": what is left would read as a quoted address again.
        if (m_fixedLocal.isEmpty() || isQuoteMark(m_fixedLocal.front())) {
            m_fixable = false;
        }
        for (qsizetype i = 0; i < local.size(); ++i) {
            const QChar c = local.at(i);
            if (c == QLatin1Char('.') || isAtext(c)) {
                continue;
            }
            if (c.unicode() >= 0x80) {
                if (m_nonAsciiLocal.isEmpty()) {
                    // Keep a surrogate pair whole.
                    m_nonAsciiLocal = c.isHighSurrogate() && i + 1 < local.size() ? local.mid(i, 2) : QString(c);
                }
                continue;
            }
            if (m_invalidLocal.isEmpty()) {
                m_invalidLocal = c;
            }
        }
    }
    if (!m_invalidLocal.isEmpty()) {
        m_fixable = false;
    }
    if (m_fixedLocal.toUtf8().size() > kMaxLocalOctets) {
        m_localTooLong = true;
        m_fixable = false;
    }
}

void AddressChecker::checkDomainPart()
{
    if (m_atCount == 0) {
        return;
    }
    m_domainText = m_rawDomain;
    if (m_domainText.isEmpty()) {
        m_emptyDomain = true;
        m_fixable = false;
        return;
    }
    if (m_domainText.startsWith(QLatin1Char('['))) {
        m_literal = Literal::Invalid;
        if (m_domainText.endsWith(QLatin1Char(']'))) {
            const QString inner = m_domainText.mid(1, m_domainText.size() - 2);
            const QLatin1String ipv6Tag("IPv6:");
            if (isStrictIpv4(inner) ||
                (inner.startsWith(ipv6Tag, Qt::CaseInsensitive) &&
                 QHostAddress(inner.mid(ipv6Tag.size())).protocol() == QAbstractSocket::IPv6Protocol)) {
                m_literal = Literal::Valid;
            }
        }
        if (m_literal == Literal::Invalid) {
            m_fixable = false;
        }
        return;
    }
    if (isStrictIpv4(m_domainText)) {
        m_literal = Literal::Unbracketed;
        m_domainText = QStringLiteral("[%1]").arg(m_domainText);
        return;
    }
    // jan@x.pl. at the end of a sentence; more dots are the domain check's to report.
    if (m_domainText.size() > 1 && m_domainText.endsWith(QLatin1Char('.')) &&
        !m_domainText.endsWith(QLatin1String(".."))) {
        m_domainText.chop(1);
        m_trailingDot = true;
    }
    DomainSyntax syntax = checkDomainSyntax(m_domainText);
    m_result.domain = syntax.domain;
    m_domainFindings = syntax.findings;
    if (!m_result.domain.isValid()) {
        m_fixable = false;
    }
}

void AddressChecker::buildMailbox()
{
    if (!m_fixable || m_atCount == 0) {
        return;
    }
    const QString domainAscii = m_literal == Literal::None ? m_result.domain.ascii : m_domainText;
    m_octets = int(m_fixedLocal.toUtf8().size() + 1 + domainAscii.size());
    if (m_octets > kMaxAddressOctets) {
        m_tooLong = true;
        return;
    }
    m_result.mailbox = m_fixedLocal + QLatin1Char('@') + m_domainText;
}

void AddressChecker::report()
{
    if (m_addressCount > 1) {
        add(Severity::Error, QStringLiteral("address.several"),
            summary(QT_TRANSLATE_NOOP("Findings", "%1 contains %2 e-mail addresses instead of one. Where a single "
                                                  "address is expected, mail programs refuse this. Only the first "
                                                  "address, %3, is checked here."),
                    {m_subject, QString::number(m_addressCount), shown(m_firstAddress)}),
            advice(QT_TRANSLATE_NOOP("Advice", "Check the addresses one at a time, and make sure the customer "
                                               "enters only one address where one is expected.")),
            {{QStringLiteral("count"), m_addressCount}});
    }
    if (m_separator) {
        add(Severity::Info, QStringLiteral("address.separator"),
            summary(QT_TRANSLATE_NOOP("Findings", "%1 starts or ends with a comma or a semicolon. Mail programs use "
                                                  "them to separate addresses; they are not part of the address."),
                    {m_subject}));
    }
    if (m_mailto) {
        add(Severity::Info, QStringLiteral("address.mailto"),
            summary(QT_TRANSLATE_NOOP("Findings", "%1 starts with \"mailto:\", the way links to e-mail addresses are "
                                                  "written on web pages. The address itself is %2."),
                    {m_subject, shown(unwrapped(m_afterMailto))}),
            advice(QT_TRANSLATE_NOOP("Advice", "In a mail program, write only the address, without \"mailto:\".")));
    }
    if (!m_displayName.isEmpty()) {
        add(Severity::Info, QStringLiteral("address.display_name"),
            summary(QT_TRANSLATE_NOOP("Findings", "%1 contains a name (\"%2\") as well as the address, the way mail "
                                                  "programs show a contact. The address itself is %3."),
                    {m_subject, shown(m_displayName), shown(unwrapped(m_inAngles))}),
            {}, {{QStringLiteral("display_name"), m_displayName}});
    } else if (m_angles) {
        add(Severity::Info, QStringLiteral("address.angle_brackets"),
            summary(QT_TRANSLATE_NOOP("Findings", "%1 is written in angle brackets < >, the way mail programs show "
                                                  "addresses. The address itself is %2."),
                    {m_subject, shown(unwrapped(m_inAngles))}));
    }
    if (m_unbalancedAngle) {
        add(Severity::Error, QStringLiteral("address.angle_brackets"),
            summary(QT_TRANSLATE_NOOP("Findings", "The address %1 has an angle bracket (< or >) without its pair. "
                                                  "The mail program may refuse the address or send the bracket "
                                                  "along, and the mail bounces."),
                    {m_subject}),
            fixAdvice(QT_TRANSLATE_NOOP("Advice", "Write the address without the bracket: %1."),
                      QT_TRANSLATE_NOOP("Advice", "Remove the angle bracket from the address.")));
    }
    if (!m_leadingQuotes.isEmpty() || !m_trailingQuotes.isEmpty()) {
        LocalizedText text;
        if (!m_trailingQuotes.isEmpty() && !m_rawDomain.isEmpty()) {
            // What the receiving server then looks up, as in the help pages' bounce.
            text = summary(QT_TRANSLATE_NOOP("Findings",
                                             "The address %1 has quotation marks or apostrophes around it. They are "
                                             "not part of an e-mail address, but the mail program sends them along, "
                                             "so the mail bounces with a reply like \"Sorry, I couldn't find any "
                                             "host named %2. (#5.1.2)\"."),
                           {m_subject, shown(m_rawDomain + m_trailingQuotes)});
        } else if (m_trailingQuotes.isEmpty()) {
            text = summary(QT_TRANSLATE_NOOP("Findings",
                                             "The address %1 starts with a quotation mark or an apostrophe. It is not "
                                             "part of the address, but the mail program sends it along as part of the "
                                             "mailbox name, so the mail bounces: no such mailbox exists."),
                           {m_subject});
        } else {
            text = summary(QT_TRANSLATE_NOOP("Findings",
                                             "The address %1 has quotation marks or apostrophes around it. They are "
                                             "not part of an e-mail address, but the mail program sends them along, "
                                             "so the mail bounces."),
                           {m_subject});
        }
        add(Severity::Error, QStringLiteral("address.quoted"), text,
            fixAdvice(QT_TRANSLATE_NOOP("Advice", "Remove the quotation marks or apostrophes and write the address "
                                                  "as %1."),
                      QT_TRANSLATE_NOOP("Advice", "Remove the quotation marks or apostrophes around the address.")),
            {{QStringLiteral("quotes"), m_leadingQuotes + m_trailingQuotes}});
    }
    if (m_invisible) {
        add(Severity::Error, QStringLiteral("address.invalid_character"),
            summary(QT_TRANSLATE_NOOP("Findings", "The address %1 contains an invisible character (%2), usually left "
                                                  "over from copying the address from a document or a web page. The "
                                                  "mail program may send it along, and the mail bounces."),
                    {m_subject, codePointName(m_invisible)}),
            fixAdvice(QT_TRANSLATE_NOOP("Advice", "Ask the customer to type the address by hand instead of pasting "
                                                  "it: %1."),
                      QT_TRANSLATE_NOOP("Advice", "Ask the customer to type the address by hand instead of pasting "
                                                  "it.")),
            {{QStringLiteral("character"), codePointName(m_invisible)}});
    }
    if (m_whitespace) {
        add(Severity::Error, QStringLiteral("address.whitespace"),
            summary(QT_TRANSLATE_NOOP("Findings", "The address %1 contains spaces. E-mail addresses never contain "
                                                  "spaces, so the mail program refuses the address or the mail "
                                                  "bounces."),
                    {m_subject}),
            fixAdvice(QT_TRANSLATE_NOOP("Advice", "Write the address without spaces: %1. Check with the customer "
                                                  "that this is the address they meant."),
                      QT_TRANSLATE_NOOP("Advice", "Remove the spaces from the address.")));
    }

    if (m_atCount == 0) {
        add(Severity::Error, QStringLiteral("address.no_at"),
            summary(QT_TRANSLATE_NOOP("Findings", "%1 has no @ sign, so it is not a complete e-mail address. An "
                                                  "address is the mailbox name, an @ and the domain, for example "
                                                  "jan@kowalski.pl."),
                    {m_subject}),
            advice(QT_TRANSLATE_NOOP("Advice", "Ask the customer for the full address, with the @ and the domain "
                                               "after it.")));
    } else if (m_atCount > 1) {
        add(Severity::Error, QStringLiteral("address.two_at"),
            summary(QT_TRANSLATE_NOOP("Findings", "The address %1 contains %2 @ signs. An e-mail address has "
                                                  "exactly one @, between the mailbox name and the domain."),
                    {m_subject, QString::number(m_atCount)}),
            fixAdvice(QT_TRANSLATE_NOOP("Advice", "Write the address with a single @: %1."),
                      QT_TRANSLATE_NOOP("Advice", "Ask the customer for the exact address: it must contain exactly "
                                                  "one @.")));
    }

    if (m_emptyLocal) {
        add(Severity::Error, QStringLiteral("address.empty_local"),
            summary(QT_TRANSLATE_NOOP("Findings", "The address %1 has nothing before the @. The part before the @ is "
                                                  "the mailbox name and cannot be empty."),
                    {m_subject}),
            advice(QT_TRANSLATE_NOOP("Advice", "Ask the customer for the full address, including the part before "
                                               "the @.")));
    }
    if (m_localDots) {
        add(Severity::Error, QStringLiteral("address.local_dots"),
            summary(QT_TRANSLATE_NOOP("Findings", "In the address %1, the part before the @ starts or ends with a "
                                                  "dot, or has two dots in a row. This is not allowed, so the mail "
                                                  "program refuses the address or the mail bounces."),
                    {m_subject}),
            fixAdvice(QT_TRANSLATE_NOOP("Advice", "Check the address with the customer; it is probably %1."),
                      QT_TRANSLATE_NOOP("Advice", "Check the address with the customer: a dot may only stand "
                                                  "between letters or digits.")));
    }
    if (!m_invalidLocal.isEmpty()) {
        const bool visible = m_invalidLocal.at(0).isPrint();
        const QString character = visible ? m_invalidLocal : codePointName(m_invalidLocal.at(0).unicode());
        add(Severity::Error, QStringLiteral("address.invalid_character"),
            summary(QT_TRANSLATE_NOOP("Findings", "The address %1 contains \"%2\" before the @, which is not allowed "
                                                  "in an e-mail address. The mail program refuses the address or the "
                                                  "mail bounces."),
                    {m_subject, character}),
            advice(QT_TRANSLATE_NOOP("Advice", "Check the address with the customer and remove the character "
                                               "\"%1\"."),
                   {character}),
            {{QStringLiteral("character"), character}});
    }
    if (!m_nonAsciiLocal.isEmpty()) {
        add(Severity::Warning, QStringLiteral("address.non_ascii_local"),
            summary(QT_TRANSLATE_NOOP("Findings", "The part before the @ in %1 contains letters outside the English "
                                                  "alphabet (\"%2\"). Such addresses need servers that support "
                                                  "international addresses (SMTPUTF8); many servers refuse them."),
                    {m_subject, m_nonAsciiLocal}),
            advice(QT_TRANSLATE_NOOP("Advice", "Ask the customer whether the address really has these letters. If "
                                               "it has, many servers may refuse mail to it; an address with only "
                                               "English letters is safer.")),
            {{QStringLiteral("character"), m_nonAsciiLocal}});
    }
    if (m_localTooLong) {
        add(Severity::Error, QStringLiteral("address.local_too_long"),
            summary(QT_TRANSLATE_NOOP("Findings", "The part before the @ in %1 is too long: %2 characters, and at "
                                                  "most 64 are allowed (a letter outside the English alphabet counts "
                                                  "as two or more)."),
                    {m_subject, QString::number(m_fixedLocal.toUtf8().size())}),
            advice(QT_TRANSLATE_NOOP("Advice", "Check the address with the customer.")));
    }

    if (m_emptyDomain) {
        add(Severity::Error, QStringLiteral("address.empty_domain"),
            summary(QT_TRANSLATE_NOOP("Findings", "The address %1 has nothing after the @. The part after the @ is "
                                                  "the domain and cannot be empty."),
                    {m_subject}),
            advice(QT_TRANSLATE_NOOP("Advice", "Ask the customer for the full address, including the domain after "
                                               "the @, for example kowalski.pl.")));
    }
    switch (m_literal) {
    case Literal::None:
        break;
    case Literal::Valid:
        add(Severity::Warning, QStringLiteral("address.literal"),
            summary(QT_TRANSLATE_NOOP("Findings", "The address %1 has an IP address in square brackets after the @ "
                                                  "instead of a domain. This is allowed, but most mail servers "
                                                  "refuse such addresses."),
                    {m_subject}),
            advice(QT_TRANSLATE_NOOP("Advice", "Ask the customer for the address with a domain name after the @, "
                                               "such as kowalski.pl.")),
            {{QStringLiteral("literal"), m_domainText}});
        break;
    case Literal::Unbracketed:
        add(Severity::Error, QStringLiteral("address.literal"),
            summary(QT_TRANSLATE_NOOP("Findings", "The address %1 has an IP address (%2) after the @ instead of a "
                                                  "domain. Mail programs and servers refuse addresses written like "
                                                  "this."),
                    {m_subject, m_rawDomain}),
            advice(QT_TRANSLATE_NOOP("Advice", "Ask the customer for the address with a domain name after the @, "
                                               "such as kowalski.pl.")),
            {{QStringLiteral("literal"), m_domainText}});
        break;
    case Literal::Invalid:
        add(Severity::Error, QStringLiteral("address.literal"),
            summary(QT_TRANSLATE_NOOP("Findings", "The address %1 has square brackets after the @, but what is "
                                                  "inside them is not a valid IP address."),
                    {m_subject}),
            advice(QT_TRANSLATE_NOOP("Advice", "Ask the customer for the exact address; after the @ there should "
                                               "be a domain such as kowalski.pl.")),
            {{QStringLiteral("literal"), m_domainText}});
        break;
    }
    if (m_trailingDot) {
        add(Severity::Warning, QStringLiteral("address.trailing_dot"),
            summary(QT_TRANSLATE_NOOP("Findings", "The address %1 ends with a dot. The dot is not part of the "
                                                  "address, and some mail servers refuse it."),
                    {m_subject}),
            fixAdvice(QT_TRANSLATE_NOOP("Advice", "Write the address without the final dot: %1."),
                      QT_TRANSLATE_NOOP("Advice", "Remove the dot at the end of the address.")));
    }
    m_result.findings += m_domainFindings;
    if (m_tooLong) {
        add(Severity::Error, QStringLiteral("address.too_long"),
            summary(QT_TRANSLATE_NOOP("Findings", "The address %1 is too long: %2 characters, and at most 254 are "
                                                  "allowed."),
                    {m_subject, QString::number(m_octets)}),
            advice(QT_TRANSLATE_NOOP("Advice", "Check the address with the customer.")));
    }

    const bool wrong = std::any_of(m_result.findings.cbegin(), m_result.findings.cend(),
                                   [](const Finding &f) { return f.severity >= Severity::Warning; });
    if (!wrong && !m_result.mailbox.isEmpty()) {
        const DomainName &domain = m_result.domain;
        const QString ascii = m_fixedLocal + QLatin1Char('@') + (domain.isValid() ? domain.ascii : m_domainText);
        const QString unicode = m_fixedLocal + QLatin1Char('@') + (domain.isValid() ? domain.unicode : m_domainText);
        add(Severity::Ok, QStringLiteral("address.ok"),
            domain.isIdn()
                ? summary(QT_TRANSLATE_NOOP("Findings", "The address %1 is written correctly. Its domain "
                                                        "is an international name, which mail servers "
                                                        "see as %2."),
                          {m_result.mailbox, ascii})
                : summary(QT_TRANSLATE_NOOP("Findings", "The address %1 is written correctly."), {m_result.mailbox}),
            {},
            {{QStringLiteral("mailbox"), m_result.mailbox},
             {QStringLiteral("ascii"), ascii},
             {QStringLiteral("unicode"), unicode}});
    }

    if (!m_result.mailbox.isEmpty() && m_result.mailbox != m_result.input) {
        for (Finding &f : m_result.findings) {
            f.data.insert(QStringLiteral("corrected"), m_result.mailbox);
        }
    }
}

AddressSyntax AddressChecker::run()
{
    if (m_text.isEmpty()) {
        add(Severity::Error, QStringLiteral("address.empty"),
            summary(QT_TRANSLATE_NOOP("Findings", "No address given.")),
            advice(QT_TRANSLATE_NOOP("Advice", "Paste the e-mail address the customer wrote.")));
        return m_result;
    }
    if (m_text.size() > kMaxScannedLength) {
        add(Severity::Error, QStringLiteral("address.too_long"),
            summary(QT_TRANSLATE_NOOP("Findings", "The address %1 is too long: %2 characters, and at most 254 are "
                                                  "allowed."),
                    {m_subject, QString::number(m_text.size())}),
            advice(QT_TRANSLATE_NOOP("Advice", "Check the address with the customer.")));
        return m_result;
    }
    removeInvisible();
    findSeveral();
    unwrap();
    removeWhitespace();
    splitAtSign();
    checkLocalPart();
    checkDomainPart();
    buildMailbox();
    report();
    return m_result;
}

} // namespace

AddressSyntax checkAddressSyntax(const QString &text)
{
    return AddressChecker(text).run();
}

} // namespace mt
