#pragma once

#include <QHostAddress>
#include <QString>

#include <functional>
#include <optional>

namespace mt::spf {

// What macros expand to (RFC 7208 7.2) at one point of an evaluation.
struct MacroContext
{
    QString sender;       // s: local-part@domain
    QString localPart;    // l
    QString senderDomain; // o
    QString domain;       // d: the domain being checked now
    QHostAddress ip;      // i, c, v
    QString helo;         // h
    QString receiver;     // r (explanations only)
    qint64 timestamp = 0; // t (explanations only)
    // p: the validated domain name of the client; nullopt while it is still
    // being looked up (the caller then expands again later).
    std::function<std::optional<QString>()> validatedName;
};

struct Expansion
{
    bool ok = false;      // false: syntax error (permerror)
    bool pending = false; // %{p} needs a lookup first
    QString text;
};

// Expands a macro string: letters with digit truncation, reversal and
// delimiters, upper-case letters URL-escaped, %% %_ %-. EXPLANATION allows
// c, r and t, which are for the explanation text only.
Expansion expandMacros(const QString &text, const MacroContext &context, bool explanation = false);

// RFC 7208 7.3 for "i": dotted quad, or 32 dot-separated nibbles for IPv6.
QString macroIp(const QHostAddress &ip);

} // namespace mt::spf
