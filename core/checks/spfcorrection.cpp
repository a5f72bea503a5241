#include "spfcorrection.h"

#include "spfrecord.h"

namespace mt::spf {
namespace {

bool isAllTerm(const QString &term)
{
    const QString bare = QStringLiteral("+-~?").contains(term.left(1)) ? term.mid(1) : term;
    return bare.compare(QLatin1String("all"), Qt::CaseInsensitive) == 0;
}

bool isModifier(const QString &term, const char *name)
{
    return term.startsWith(QLatin1String(name) + QLatin1Char('='), Qt::CaseInsensitive);
}

QString includeTerm(const QString &providerInclude)
{
    return QStringLiteral("include:") + providerInclude;
}

} // namespace

QString recommendedRecord(const QString &providerInclude)
{
    return QStringLiteral("v=spf1 a mx %1 -all").arg(includeTerm(providerInclude));
}

bool includesProvider(const QString &record, const QString &providerInclude)
{
    const QString wanted = includeTerm(providerInclude);
    const QStringList terms = record.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return std::any_of(terms.cbegin(), terms.cend(), [&wanted](const QString &term) {
        const QString bare = term.startsWith(QLatin1Char('+')) ? term.mid(1) : term;
        return bare.compare(wanted, Qt::CaseInsensitive) == 0;
    });
}

QString correctedRecord(const QStringList &records, const QString &providerInclude, const QStringList &alsoAllow)
{
    if (records.isEmpty() && alsoAllow.isEmpty()) {
        return recommendedRecord(providerInclude);
    }
    QStringList mechanisms;
    QString redirect;
    QString exp;
    bool hadAll = false;
    bool softFail = false;
    bool hardFail = false;
    auto contains = [&mechanisms](const QString &term) {
        return std::any_of(mechanisms.cbegin(), mechanisms.cend(),
                           [&term](const QString &t) { return t.compare(term, Qt::CaseInsensitive) == 0; });
    };
    // No record yet: the recommended one, with the servers to allow added.
    const QStringList base = records.isEmpty() ? QStringList{recommendedRecord(providerInclude)} : records;
    for (const QString &record : base) {
        const QStringList terms = record.split(QLatin1Char(' '), Qt::SkipEmptyParts).mid(1);
        for (const QString &term : terms) {
            if (!parseRecord(QStringLiteral("v=spf1 ") + term).record) {
                continue; // does not parse: it never worked
            }
            if (isAllTerm(term)) {
                hadAll = true;
                softFail = softFail || term.startsWith(QLatin1Char('~'));
                hardFail = hardFail || term.startsWith(QLatin1Char('-'));
            } else if (isModifier(term, "redirect")) {
                redirect = redirect.isEmpty() ? term : redirect;
            } else if (isModifier(term, "exp")) {
                exp = exp.isEmpty() ? term : exp;
            } else if (term.contains(QLatin1Char('='))) {
                continue; // unknown modifiers do nothing
            } else if (!contains(term)) {
                mechanisms << (term.startsWith(QLatin1Char('+')) ? term.mid(1) : term);
            }
        }
    }
    if (!includesProvider(mechanisms.join(QLatin1Char(' ')), providerInclude)) {
        mechanisms << includeTerm(providerInclude);
    }
    for (const QString &term : alsoAllow) {
        if (!contains(term)) {
            mechanisms << term;
        }
    }
    QStringList terms{QStringLiteral("v=spf1")};
    terms += mechanisms;
    if (!redirect.isEmpty() && !hadAll) {
        terms << redirect;
    } else {
        // ~all is the customer's choice, kept unless another record says -all;
        // +all, ?all and no all at all are what needs correcting.
        terms << (softFail && !hardFail ? QStringLiteral("~all") : QStringLiteral("-all"));
    }
    if (!exp.isEmpty()) {
        terms << exp;
    }
    return terms.join(QLatin1Char(' '));
}

} // namespace mt::spf
