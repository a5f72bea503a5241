#pragma once

#include <QHostAddress>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace mt::spf {

// One mechanism of an SPF record (RFC 7208 5), parsed but not evaluated:
// domain specs keep their macros, expanded only when the term is reached.
struct Mechanism
{
    enum class Kind
    {
        All,
        Include,
        A,
        Mx,
        Ptr,
        Ip4,
        Ip6,
        Exists,
    };

    Kind kind = Kind::All;
    QChar qualifier = QLatin1Char('+'); // + - ~ ?
    QString domainSpec;                 // empty: the current domain (a, mx, ptr)
    QHostAddress network;               // ip4, ip6
    int cidr4 = 32;                     // a, mx, ip4
    int cidr6 = 128;                    // a, mx, ip6
    QString text;                       // as written, for the trace

    // include, a, mx, ptr and exists ask DNS and count against the limit of 10.
    bool queriesDns() const;
};

QString mechanismName(Mechanism::Kind kind);

struct Record
{
    QList<Mechanism> mechanisms;
    std::optional<QString> redirect; // domain spec
    std::optional<QString> exp;      // domain spec
    QStringList unknownModifiers;    // ignored, kept for display
};

enum class SyntaxError
{
    None,
    NotSpf,
    NotAscii,         // often typographic quotes or dashes pasted from a document
    UnknownMechanism, // "foo", "-al"
    InvalidTerm,      // a known name with a bad argument: "a:1.2.3.4", "ip4:300.1.1.1"
    DuplicateModifier,
};

struct ParsedRecord
{
    std::optional<Record> record;
    SyntaxError errorKind = SyntaxError::None;
    QString errorTerm; // the term at fault
    QString error;     // why it is a permerror, technical English for the trace
};

// True when TEXT is an SPF record at all: "v=spf1" alone or followed by a
// space, case-insensitive (RFC 7208 4.5).
bool isSpfRecord(const QString &text);

// Parses a whole record; any syntax error anywhere makes it a permerror
// (RFC 7208 4.6), so nothing is evaluated from a broken record.
ParsedRecord parseRecord(const QString &text);

// RFC 7208 7.1: macro-string syntax, without expanding. EXPLANATION allows
// the exp-only letters c, r and t.
bool isValidMacroString(const QString &text, bool explanation = false);
// A domain-spec: a macro string whose end is a macro or a top label that is
// not all digits (so "a:1.2.3.4" is an error, not an address).
bool isValidDomainSpec(const QString &text);

} // namespace mt::spf
