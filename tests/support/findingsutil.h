#pragma once

#include "checks/finding.h"

#include <algorithm>

namespace mt::test {

inline QStringList codesOf(const Findings &findings)
{
    QStringList codes;
    for (const Finding &f : findings) {
        codes << f.code;
    }
    return codes;
}

inline Severity worstOf(const Findings &findings)
{
    Severity worst = Severity::Ok;
    for (const Finding &f : findings) {
        worst = std::max(worst, f.severity);
    }
    return worst;
}

} // namespace mt::test
