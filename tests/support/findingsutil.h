#pragma once

#include "checks/asynccheck.h"
#include "checks/domainname.h"
#include "checks/finding.h"

#include <QRegularExpression>
#include <QSignalSpy>

#include <algorithm>

namespace mt::test {

// Starts CHECK and waits for its findings; none if it does not finish.
inline Findings findingsOf(AsyncCheck &check, int waitMs = 10000)
{
    QSignalSpy spy(&check, &AsyncCheck::finished);
    check.start();
    if (!spy.wait(waitMs)) {
        return {};
    }
    return spy.first().first().value<Findings>();
}

inline QStringList codesOf(const Findings &findings)
{
    QStringList codes;
    for (const Finding &f : findings) {
        codes << f.code;
    }
    return codes;
}

// The first finding of FINDINGS with CODE; nullptr when there is none.
inline const Finding *findingWith(const Findings &findings, const QString &code)
{
    const auto it = std::find_if(findings.cbegin(), findings.cend(), [&](const Finding &f) { return f.code == code; });
    return it == findings.cend() ? nullptr : &*it;
}

inline Severity worstOf(const Findings &findings)
{
    Severity worst = Severity::Ok;
    for (const Finding &f : findings) {
        worst = std::max(worst, f.severity);
    }
    return worst;
}

// What TEXT lacks of EXPECTED or has of UNEXPECTED, said with TEXT for the
// failure message; "" when it reads as it should (answers, reports).
inline QString textMismatch(const QString &text, const QStringList &expected, const QStringList &unexpected)
{
    for (const QString &part : expected) {
        if (!text.contains(part)) {
            return QStringLiteral("missing \"%1\" in:\n%2").arg(part, text);
        }
    }
    for (const QString &part : unexpected) {
        if (text.contains(part)) {
            return QStringLiteral("unexpected \"%1\" in:\n%2").arg(part, text);
        }
    }
    return {};
}

// What is wrong with how F reads, or "" when nothing is: its summary and
// advice render in both languages with every %N filled in, and a warning or
// an error says what to do.
inline QString renderingProblem(const Finding &f)
{
    static const QRegularExpression placeholder(QStringLiteral("%[0-9]"));
    for (const Language language : {Language::English, Language::Polish}) {
        const QString summary = f.summary.render(language);
        if (summary.isEmpty()) {
            return f.code;
        }
        if (summary.contains(placeholder)) {
            return summary;
        }
        const QString advice = f.advice.render(language);
        if (advice.contains(placeholder)) {
            return advice;
        }
    }
    if (f.severity >= Severity::Warning && f.advice.isEmpty()) {
        return f.code + QStringLiteral(" has no advice");
    }
    return {};
}

// A domain given in ASCII, as typed and shown alike.
inline DomainName domainName(const QString &domain)
{
    return {domain, domain, domain};
}

inline QStringList strings(std::initializer_list<const char *> items)
{
    QStringList list;
    for (const char *item : items) {
        list << QString::fromLatin1(item);
    }
    return list;
}

} // namespace mt::test
