#include "worstfirst.h"

#include <algorithm>

namespace mt {

int worstRank(const Finding &finding)
{
    const int bySeverity = 3 - static_cast<int>(finding.severity); // Error 0 ... Ok 3
    int byOutcome = 0;
    switch (finding.outcome) {
    case Outcome::Problem:
        byOutcome = 0;
        break;
    case Outcome::Inconclusive:
        byOutcome = 1;
        break;
    case Outcome::Fine:
        byOutcome = 2;
        break;
    }
    return bySeverity * 3 + byOutcome;
}

void sortWorstFirst(Findings &findings)
{
    std::stable_sort(findings.begin(), findings.end(),
                     [](const Finding &a, const Finding &b) { return worstRank(a) < worstRank(b); });
}

Findings worstFirst(Findings findings)
{
    sortWorstFirst(findings);
    return findings;
}

bool hasInconclusive(const Findings &findings)
{
    return std::any_of(findings.cbegin(), findings.cend(),
                       [](const Finding &f) { return f.outcome == Outcome::Inconclusive; });
}

} // namespace mt
