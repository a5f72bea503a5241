#pragma once

#include "checks/finding.h"

namespace mt {

// The order of findings in every output (the GUI tree, the CLI text and
// JSON, the customer answer): errors, warnings, info, ok; within one
// severity, problems before inconclusive findings before fine ones. Lower
// ranks are worse.
int worstRank(const Finding &finding);
// Sorts FINDINGS worst first, keeping the order of findings of equal rank.
void sortWorstFirst(Findings &findings);
Findings worstFirst(Findings findings);
// Whether any finding says a check could not finish.
bool hasInconclusive(const Findings &findings);

} // namespace mt
