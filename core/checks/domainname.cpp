#include "domainname.h"

#include "common/textutil.h"

#include <QCoreApplication>
#include <QUrl>

#include <algorithm>

namespace mt {
namespace {

using text::advice;
using text::codePointName;
using text::isInvisible;
using text::shown;
using text::summary;

constexpr int kMaxLabelLength = 63;
constexpr int kMaxDomainLength = 253;
// Far beyond any real domain: longer input is reported without walking through it.
constexpr int kMaxScannedLength = 1024;

bool isLdh(char32_t c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
}

bool isAllDigits(const QString &label)
{
    if (label.isEmpty()) {
        return false;
    }
    for (const QChar c : label) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9')) {
            return false;
        }
    }
    return true;
}

bool isAscii(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() > 0x7f) {
            return false;
        }
    }
    return true;
}

// toAce refuses a label both for a character UTS #46 disallows and for
// length; when every character converts on its own, it was the length.
bool allCharactersConvert(const QString &label)
{
    const QList<uint> codePoints = label.toUcs4();
    return std::all_of(codePoints.cbegin(), codePoints.cend(), [](uint u) {
        if (u < 0x80) {
            return true;
        }
        const char32_t c = u;
        const QByteArray ace = QUrl::toAce(QString::fromUcs4(&c, 1));
        return !ace.isEmpty() && !ace.contains('.');
    });
}

class DomainChecker
{
public:
    explicit DomainChecker(const QString &text);

    DomainSyntax run();

private:
    // Each kind of problem is reported once, for the first label that has it.
    void add(Severity severity, const QString &code, LocalizedText summary, LocalizedText advice,
             QVariantMap data = {});
    bool has(const QString &code) const;
    bool scanCharacters();
    void checkLabel(const QString &label);
    void addLabelTooLong(const QString &label, int length); // length -1: unknown, too long once converted

    DomainSyntax m_result;
    QString m_subject;
    QString m_name; // the domain with invisible characters and the final dot removed
    char32_t m_invisible = 0;
    QStringList m_asciiLabels;
    QStringList m_unicodeLabels;
    bool m_formsKnown = true; // every label could be converted
};

DomainChecker::DomainChecker(const QString &text)
{
    m_result.domain.input = text.trimmed();
    m_subject = shown(m_result.domain.input);
}

void DomainChecker::add(Severity severity, const QString &code, LocalizedText summary, LocalizedText advice,
                        QVariantMap data)
{
    if (has(code)) {
        return;
    }
    m_result.findings << Finding(QStringLiteral("address"), m_subject, severity, code, std::move(summary),
                                 std::move(advice), std::move(data));
}

bool DomainChecker::has(const QString &code) const
{
    return std::any_of(m_result.findings.cbegin(), m_result.findings.cend(),
                       [&code](const Finding &f) { return f.code == code; });
}

// Characters that can never be part of a host name end the check here:
// nothing after them would be worth saying.
bool DomainChecker::scanCharacters()
{
    const QList<uint> codePoints = m_result.domain.input.toUcs4();
    for (const uint u : codePoints) {
        char32_t c = u;
        // UTS #46 label separators: the ideographic and full-width full stops
        if (c == 0x3002 || c == 0xff0e || c == 0xff61) {
            c = '.';
        }
        if (QChar::isSpace(c)) {
            add(Severity::Error, QStringLiteral("domain.invalid_character"),
                summary(QT_TRANSLATE_NOOP("Findings", "The domain %1 contains a space. Domain names never contain "
                                                      "spaces, so mail to or from it cannot be delivered."),
                        {m_subject}),
                advice(QT_TRANSLATE_NOOP("Advice", "Write the domain without spaces.")),
                {{QStringLiteral("character"), QStringLiteral(" ")}});
            return false;
        }
        if (isInvisible(c)) {
            if (!m_invisible) {
                m_invisible = c;
            }
            continue;
        }
        if (c < 0x80 && !isLdh(c) && c != '.') {
            const QString character = QString::fromUcs4(&c, 1);
            add(Severity::Error, QStringLiteral("domain.invalid_character"),
                summary(QT_TRANSLATE_NOOP("Findings", "The domain %1 contains \"%2\", which is not allowed in domain "
                                                      "names. Only letters, digits, hyphens (-) and dots may be "
                                                      "used."),
                        {m_subject, character}),
                advice(QT_TRANSLATE_NOOP("Advice", "Check the domain with the customer and remove the character "
                                                   "\"%1\"."),
                       {character}),
                {{QStringLiteral("character"), character}});
            return false;
        }
        m_name += QString::fromUcs4(&c, 1);
    }
    return true;
}

void DomainChecker::addLabelTooLong(const QString &label, int length)
{
    const LocalizedText text =
        length >= 0 ? summary(QT_TRANSLATE_NOOP("Findings", "The domain %1 has a part that is too long: \"%2\" has %3 "
                                                            "characters, and at most 63 are allowed between two dots."),
                              {m_subject, shown(label), QString::number(length)})
                    : summary(QT_TRANSLATE_NOOP("Findings", "The domain %1 has a part that is too long: \"%2\" needs "
                                                            "more than 63 characters in the form DNS uses (letters "
                                                            "outside the English alphabet take more room)."),
                              {m_subject, shown(label)});
    add(Severity::Error, QStringLiteral("domain.label_too_long"), text,
        advice(QT_TRANSLATE_NOOP("Advice", "Check the domain with the customer.")), {{QStringLiteral("label"), label}});
}

void DomainChecker::checkLabel(const QString &label)
{
    const QString shownLabel = shown(label);
    if (label.startsWith(QLatin1Char('-')) || label.endsWith(QLatin1Char('-'))) {
        add(Severity::Error, QStringLiteral("domain.hyphen"),
            summary(QT_TRANSLATE_NOOP("Findings", "The domain %1 has a part that starts or ends with a hyphen "
                                                  "(\"%2\"). This is not allowed in domain names."),
                    {m_subject, shownLabel}),
            advice(QT_TRANSLATE_NOOP("Advice", "Check the domain with the customer: a hyphen may only stand "
                                               "between letters or digits.")),
            {{QStringLiteral("label"), label}});
    }

    QString ascii;
    QString unicode;
    if (isAscii(label)) {
        ascii = label.toLower();
        unicode = ascii;
        if (ascii.startsWith(QLatin1String("xn--"))) {
            // An A-label that does not decode is a broken IDN, not a name anyone typed on purpose.
            unicode = QUrl::fromAce(ascii.toLatin1(), QUrl::IgnoreIDNWhitelist);
            if (unicode == ascii || unicode.isEmpty()) {
                unicode = ascii;
                add(Severity::Error, QStringLiteral("domain.idn_invalid"),
                    summary(QT_TRANSLATE_NOOP("Findings", "The domain %1 contains \"%2\", which looks like the DNS "
                                                          "form of an international name but is not a valid one."),
                            {m_subject, shownLabel}),
                    advice(QT_TRANSLATE_NOOP("Advice", "Check the domain with the customer for a typo or a "
                                                       "wrongly copied part.")),
                    {{QStringLiteral("label"), label}});
            }
        }
    } else {
        // Conversion of a label far too long is not even tried.
        const QByteArray ace = label.size() <= 4 * kMaxLabelLength ? QUrl::toAce(label) : QByteArray();
        ascii = QString::fromLatin1(ace);
        unicode = ascii.startsWith(QLatin1String("xn--")) ? QUrl::fromAce(ace, QUrl::IgnoreIDNWhitelist) : ascii;
        // toAce refuses what UTS #46 disallows and labels over 63 octets;
        // fromAce refuses what breaks the IDNA rules (right-to-left mixes,
        // leading combining marks).
        if (ascii.isEmpty() || ascii.contains(QLatin1Char('.')) ||
            (ascii.startsWith(QLatin1String("xn--")) && unicode == ascii)) {
            m_formsKnown = false;
            if (has(QStringLiteral("domain.hyphen"))) {
                return; // already said what is wrong with it
            }
            if (ascii.isEmpty() && (label.size() > kMaxLabelLength || allCharactersConvert(label))) {
                addLabelTooLong(label, label.size() > kMaxLabelLength ? int(label.size()) : -1);
                return;
            }
            add(Severity::Error, QStringLiteral("domain.idn_invalid"),
                summary(QT_TRANSLATE_NOOP("Findings", "The domain %1 contains letters or symbols that cannot form "
                                                      "a valid international domain name (in \"%2\")."),
                        {m_subject, shownLabel}),
                advice(QT_TRANSLATE_NOOP("Advice", "Check the domain with the customer for a typo or a wrongly "
                                                   "copied character.")),
                {{QStringLiteral("label"), label}});
            return;
        }
    }

    if (ascii.size() > kMaxLabelLength) {
        addLabelTooLong(ascii, int(ascii.size()));
    }
    m_asciiLabels << ascii;
    m_unicodeLabels << unicode.toLower();
}

DomainSyntax DomainChecker::run()
{
    DomainName &domain = m_result.domain;
    if (domain.input.isEmpty()) {
        add(Severity::Error, QStringLiteral("domain.empty"), summary(QT_TRANSLATE_NOOP("Findings", "No domain given.")),
            advice(QT_TRANSLATE_NOOP("Advice", "Ask the customer for the domain, for example kowalski.pl.")));
        return m_result;
    }
    domain.unicode = domain.input.toLower();
    if (domain.input.size() > kMaxScannedLength) {
        add(Severity::Error, QStringLiteral("domain.too_long"),
            summary(QT_TRANSLATE_NOOP("Findings", "The domain %1 is too long: %2 characters, and at most 253 are "
                                                  "allowed."),
                    {m_subject, QString::number(domain.input.size())}),
            advice(QT_TRANSLATE_NOOP("Advice", "Check the domain with the customer.")));
        return m_result;
    }
    if (!scanCharacters()) {
        return m_result;
    }

    // One final dot is the absolute form DNS itself uses; more is a typo.
    bool trailingDot = false;
    if (m_name.size() > 1 && m_name.endsWith(QLatin1Char('.')) && !m_name.endsWith(QLatin1String(".."))) {
        m_name.chop(1);
        trailingDot = true;
    }

    const QStringList labels = m_name.split(QLatin1Char('.'));
    if (labels.contains(QString())) {
        add(Severity::Error, QStringLiteral("domain.empty_label"),
            summary(QT_TRANSLATE_NOOP("Findings", "The domain %1 has two dots in a row, or starts or ends with a "
                                                  "dot. There must be letters or digits between the dots."),
                    {m_subject}),
            advice(QT_TRANSLATE_NOOP("Advice", "Check the domain with the customer and remove the extra dot.")));
        return m_result;
    }
    for (const QString &label : labels) {
        checkLabel(label);
    }

    const QString ascii = m_asciiLabels.join(QLatin1Char('.'));
    const QString unicode = m_unicodeLabels.join(QLatin1Char('.'));
    if (labels.size() < 2) {
        add(Severity::Error, QStringLiteral("domain.single_label"),
            summary(QT_TRANSLATE_NOOP("Findings", "%1 is not a complete domain: it has no ending such as .pl or "
                                                  ".com."),
                    {m_subject}),
            advice(QT_TRANSLATE_NOOP("Advice", "Ask the customer for the full domain, including its ending, for "
                                               "example kowalski.pl.")));
    } else if (isAllDigits(labels.last())) {
        add(Severity::Error, QStringLiteral("domain.numeric_tld"),
            summary(QT_TRANSLATE_NOOP("Findings", "The domain %1 ends with a number (%2). Domain names end with "
                                                  "letters, such as .pl or .com."),
                    {m_subject, labels.last()}),
            advice(QT_TRANSLATE_NOOP("Advice", "Check the domain with the customer for a typo. If it is meant to "
                                               "be an IP address, check it on its own as an IP address.")));
    }
    // A label too long already makes the whole too long; saying it twice helps nobody.
    if (m_formsKnown && ascii.size() > kMaxDomainLength && !has(QStringLiteral("domain.label_too_long"))) {
        add(Severity::Error, QStringLiteral("domain.too_long"),
            summary(QT_TRANSLATE_NOOP("Findings", "The domain %1 is too long: %2 characters, and at most 253 are "
                                                  "allowed."),
                    {m_subject, QString::number(ascii.size())}),
            advice(QT_TRANSLATE_NOOP("Advice", "Check the domain with the customer.")));
    }
    if (m_invisible) {
        // Left out of the name, so DNS can still be asked; the customer's copy still has it.
        add(Severity::Error, QStringLiteral("domain.invalid_character"),
            summary(QT_TRANSLATE_NOOP("Findings", "The domain %1 contains an invisible character (%2), usually left "
                                                  "over from copying it from a document or a web page. Mail "
                                                  "programs may send it along and the mail bounces."),
                    {m_subject, codePointName(m_invisible)}),
            advice(QT_TRANSLATE_NOOP("Advice", "Ask the customer to type the domain by hand instead of pasting "
                                               "it.")),
            {{QStringLiteral("character"), codePointName(m_invisible)}});
    }

    const bool usable =
        m_formsKnown && !std::any_of(m_result.findings.cbegin(), m_result.findings.cend(), [](const Finding &f) {
            return f.severity == Severity::Error && f.code != QLatin1String("domain.invalid_character");
        });
    if (usable) {
        domain.ascii = ascii;
        domain.unicode = unicode;
        if (trailingDot) {
            add(Severity::Info, QStringLiteral("domain.trailing_dot"),
                summary(QT_TRANSLATE_NOOP("Findings", "The domain %1 ends with a dot. DNS accepts this, so it was "
                                                      "checked as %2, but the dot does not belong in an e-mail or "
                                                      "web address."),
                        {m_subject, unicode}),
                advice(QT_TRANSLATE_NOOP("Advice", "Write the domain without the final dot: %1."), {unicode}));
        }
        if (domain.isIdn()) {
            add(Severity::Info, QStringLiteral("domain.idn"),
                summary(QT_TRANSLATE_NOOP("Findings", "%1 is an international domain name (with letters outside "
                                                      "the English alphabet). DNS and mail servers know it as %2."),
                        {unicode, ascii}),
                advice(QT_TRANSLATE_NOOP("Advice", "If the customer's mail program does not accept %1, they can "
                                                   "write it as %2 instead: it is the same domain."),
                       {unicode, ascii}));
        }
    }
    if (m_formsKnown) {
        if (!usable) {
            domain.unicode = unicode;
        }
        for (Finding &f : m_result.findings) {
            f.data.insert(QStringLiteral("ascii"), ascii);
            f.data.insert(QStringLiteral("unicode"), unicode);
        }
    }
    return m_result;
}

} // namespace

DomainSyntax checkDomainSyntax(const QString &text)
{
    return DomainChecker(text).run();
}

} // namespace mt
