#include "spfrecord.h"

#include <QRegularExpression>

#include <algorithm>

namespace mt::spf {
namespace {

bool isDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

bool isMacroLetter(QChar c, bool explanation)
{
    static const QString letters = QStringLiteral("slodiphv");
    static const QString expLetters = QStringLiteral("crt");
    const QChar lower = c.toLower();
    return letters.contains(lower) || (explanation && expLetters.contains(lower));
}

bool isDelimiter(QChar c)
{
    return QStringLiteral(".-+,/_=").contains(c);
}

// "0", or a number without leading zeros, no larger than MAX.
std::optional<int> cidrLength(const QString &text, int max)
{
    if (text.isEmpty() || (text.size() > 1 && text.startsWith(QLatin1Char('0'))) || text.size() > 3 ||
        !std::all_of(text.cbegin(), text.cend(), isDigit)) {
        return std::nullopt;
    }
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value > max) {
        return std::nullopt;
    }
    return value;
}

bool isTopLabel(const QString &label)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(?:[A-Za-z0-9]*[A-Za-z][A-Za-z0-9]*|[A-Za-z0-9]+-[A-Za-z0-9-]*[A-Za-z0-9])$"));
    return pattern.match(label).hasMatch();
}

struct KindName
{
    Mechanism::Kind kind;
    const char *name;
};

constexpr KindName kindNames[] = {
    {Mechanism::Kind::All, "all"}, {Mechanism::Kind::Include, "include"}, {Mechanism::Kind::A, "a"},
    {Mechanism::Kind::Mx, "mx"},   {Mechanism::Kind::Ptr, "ptr"},         {Mechanism::Kind::Ip4, "ip4"},
    {Mechanism::Kind::Ip6, "ip6"}, {Mechanism::Kind::Exists, "exists"},
};

std::optional<Mechanism::Kind> kindOf(const QString &name)
{
    for (const KindName &entry : kindNames) {
        if (name.compare(QLatin1String(entry.name), Qt::CaseInsensitive) == 0) {
            return entry.kind;
        }
    }
    return std::nullopt;
}

// Parses one directive.
SyntaxError parseMechanism(const QString &term, Mechanism &m)
{
    m.text = term;
    QString rest = term;
    if (!rest.isEmpty() && QStringLiteral("+-~?").contains(rest.front())) {
        m.qualifier = rest.front();
        rest.remove(0, 1);
    }
    int nameEnd = 0;
    while (nameEnd < rest.size() && rest.at(nameEnd) != QLatin1Char(':') && rest.at(nameEnd) != QLatin1Char('/')) {
        ++nameEnd;
    }
    const auto kind = kindOf(rest.left(nameEnd));
    if (!kind) {
        return SyntaxError::UnknownMechanism;
    }
    m.kind = *kind;
    const QString argument = rest.mid(nameEnd);
    constexpr SyntaxError bad = SyntaxError::InvalidTerm;
    constexpr SyntaxError good = SyntaxError::None;

    switch (m.kind) {
    case Mechanism::Kind::All:
        return argument.isEmpty() ? good : bad;
    case Mechanism::Kind::Include:
    case Mechanism::Kind::Exists:
    case Mechanism::Kind::Ptr: {
        if (argument.isEmpty()) {
            return m.kind == Mechanism::Kind::Ptr ? good : bad;
        }
        if (!argument.startsWith(QLatin1Char(':'))) {
            return bad;
        }
        m.domainSpec = argument.mid(1);
        return isValidDomainSpec(m.domainSpec) ? good : bad;
    }
    case Mechanism::Kind::A:
    case Mechanism::Kind::Mx: {
        static const QRegularExpression dual(QStringLiteral("^(?::(.*?))?(?:/([0-9]+))?(?://([0-9]+))?$"));
        const QRegularExpressionMatch match = dual.match(argument);
        if (!match.hasMatch()) {
            return bad;
        }
        if (match.capturedStart(1) >= 0) {
            m.domainSpec = match.captured(1);
            if (!isValidDomainSpec(m.domainSpec)) {
                return bad;
            }
        }
        if (match.capturedStart(2) >= 0) {
            const auto length = cidrLength(match.captured(2), 32);
            if (!length) {
                return bad;
            }
            m.cidr4 = *length;
        }
        if (match.capturedStart(3) >= 0) {
            const auto length = cidrLength(match.captured(3), 128);
            if (!length) {
                return bad;
            }
            m.cidr6 = *length;
        }
        return good;
    }
    case Mechanism::Kind::Ip4:
    case Mechanism::Kind::Ip6: {
        const bool v4 = m.kind == Mechanism::Kind::Ip4;
        if (!argument.startsWith(QLatin1Char(':'))) {
            return bad;
        }
        QString network = argument.mid(1);
        const int slash = network.indexOf(QLatin1Char('/'));
        if (slash >= 0) {
            const auto length = cidrLength(network.mid(slash + 1), v4 ? 32 : 128);
            if (!length) {
                return bad;
            }
            (v4 ? m.cidr4 : m.cidr6) = *length;
            network.truncate(slash);
        }
        static const QRegularExpression quad(QStringLiteral(
            "^(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(\\.(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}$"));
        if (v4 ? !quad.match(network).hasMatch()
               : (!network.contains(QLatin1Char(':')) || !m.network.setAddress(network) ||
                  m.network.protocol() != QAbstractSocket::IPv6Protocol)) {
            return bad;
        }
        if (v4) {
            m.network.setAddress(network);
        }
        return good;
    }
    }
    return bad;
}

} // namespace

bool Mechanism::queriesDns() const
{
    switch (kind) {
    case Kind::Include:
    case Kind::A:
    case Kind::Mx:
    case Kind::Ptr:
    case Kind::Exists:
        return true;
    default:
        return false;
    }
}

QString mechanismName(Mechanism::Kind kind)
{
    for (const KindName &entry : kindNames) {
        if (entry.kind == kind) {
            return QLatin1String(entry.name);
        }
    }
    return {};
}

bool isValidMacroString(const QString &text, bool explanation)
{
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.unicode() > 0x7e || c.unicode() < 0x21) {
            if (!(explanation && c == QLatin1Char(' '))) {
                return false;
            }
            continue;
        }
        if (c != QLatin1Char('%')) {
            continue;
        }
        if (++i >= text.size()) {
            return false;
        }
        const QChar next = text.at(i);
        if (next == QLatin1Char('%') || next == QLatin1Char('_') || next == QLatin1Char('-')) {
            continue;
        }
        if (next != QLatin1Char('{') || ++i >= text.size() || !isMacroLetter(text.at(i), explanation)) {
            return false;
        }
        ++i;
        QString digits;
        while (i < text.size() && isDigit(text.at(i))) {
            digits += text.at(i++);
        }
        if (!digits.isEmpty() && digits.count(QLatin1Char('0')) == digits.size()) {
            return false; // a digit transformer must be nonzero (RFC 7208 7.3)
        }
        if (i < text.size() && text.at(i).toLower() == QLatin1Char('r')) {
            ++i;
        }
        while (i < text.size() && isDelimiter(text.at(i))) {
            ++i;
        }
        if (i >= text.size() || text.at(i) != QLatin1Char('}')) {
            return false;
        }
    }
    return true;
}

bool isValidDomainSpec(const QString &text)
{
    if (text.isEmpty() || !isValidMacroString(text)) {
        return false;
    }
    if (text.endsWith(QLatin1Char('}'))) {
        return true; // ends with a macro-expand: checked after expansion
    }
    QString domain = text;
    if (domain.endsWith(QLatin1Char('.'))) {
        domain.chop(1);
    }
    const int dot = domain.lastIndexOf(QLatin1Char('.'));
    if (dot < 0) {
        return false;
    }
    return isTopLabel(domain.mid(dot + 1));
}

bool isSpfRecord(const QString &text)
{
    return text.size() >= 6 && text.left(6).compare(QLatin1String("v=spf1"), Qt::CaseInsensitive) == 0 &&
           (text.size() == 6 || text.at(6) == QLatin1Char(' '));
}

ParsedRecord parseRecord(const QString &text)
{
    ParsedRecord parsed;
    auto fail = [&parsed](SyntaxError kind, const QString &term, const QString &message) {
        parsed.errorKind = kind;
        parsed.errorTerm = term;
        parsed.error = message;
        return parsed;
    };
    if (!isSpfRecord(text)) {
        return fail(SyntaxError::NotSpf, QString(), QStringLiteral("not an SPF record"));
    }
    for (const QChar c : text) {
        if (c.unicode() > 0x7e || (c.unicode() < 0x20)) {
            return fail(SyntaxError::NotAscii, QString(c),
                        QStringLiteral("the record contains a character that is not 7-bit ASCII text"));
        }
    }
    Record record;
    static const QRegularExpression modifierPattern(QStringLiteral("^([A-Za-z][A-Za-z0-9_.-]*)=(.*)$"));
    const QStringList terms = text.mid(6).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &term : terms) {
        const QRegularExpressionMatch modifier = modifierPattern.match(term);
        if (modifier.hasMatch()) {
            const QString name = modifier.captured(1).toLower();
            const QString value = modifier.captured(2);
            if (name == QLatin1String("redirect") || name == QLatin1String("exp")) {
                std::optional<QString> &slot = name == QLatin1String("redirect") ? record.redirect : record.exp;
                if (slot) {
                    return fail(SyntaxError::DuplicateModifier, term,
                                QStringLiteral("the modifier %1= appears twice").arg(name));
                }
                if (!isValidDomainSpec(value)) {
                    return fail(SyntaxError::InvalidTerm, term, QStringLiteral("invalid term \"%1\"").arg(term));
                }
                slot = value;
            } else if (!isValidMacroString(value)) {
                return fail(SyntaxError::InvalidTerm, term, QStringLiteral("invalid term \"%1\"").arg(term));
            } else {
                record.unknownModifiers << term;
            }
            continue;
        }
        Mechanism mechanism;
        const SyntaxError error = parseMechanism(term, mechanism);
        if (error == SyntaxError::UnknownMechanism) {
            return fail(error, term, QStringLiteral("unknown mechanism \"%1\"").arg(term));
        }
        if (error != SyntaxError::None) {
            return fail(error, term, QStringLiteral("invalid term \"%1\"").arg(term));
        }
        record.mechanisms << mechanism;
    }
    parsed.record = record;
    return parsed;
}

} // namespace mt::spf
