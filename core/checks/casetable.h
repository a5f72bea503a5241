#pragma once

#include "domainname.h"
#include "finding.h"

#include <QtGlobal>

#include <algorithm>
#include <cstddef>
#include <iterator>

namespace mt {

// The entry for ID in a check's constant table of cases (code, severity,
// texts), each entry naming its case in a member `id`. Every case has one.
template <typename Entry, std::size_t N, typename Id> const Entry &caseEntry(const Entry (&table)[N], Id id)
{
    const auto it = std::find_if(std::begin(table), std::end(table), [id](const Entry &e) { return e.id == id; });
    Q_ASSERT(it != std::end(table));
    return *it;
}

// The finding of CHECK about DOMAIN in the case ENTRY: the summary's first
// argument is the domain as the customer knows it, SUMMARY_ARGS follow; the
// advice (when the case has one) takes ADVICE_ARGS; the facts name the
// domain as it is written in DNS.
template <typename Entry>
Finding caseFinding(const QString &check, const DomainName &domain, const Entry &entry, const QStringList &summaryArgs,
                    const QStringList &adviceArgs)
{
    Finding f(check, domain.unicode, entry.severity, QLatin1String(entry.code),
              {"Findings", entry.summary, QStringList{domain.unicode} + summaryArgs});
    if (entry.advice) {
        f.advice = {"Advice", entry.advice, adviceArgs};
    }
    f.data.insert(QStringLiteral("domain"), domain.ascii);
    if (entry.inconclusive) {
        f.markInconclusive();
    }
    return f;
}

} // namespace mt
