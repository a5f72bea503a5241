#pragma once

#include "checks/finding.h"
#include "hopchain.h"

namespace mt::message {

// "45 s", "3 min 20 s", "2 h 5 min", "3 d 4 h": units every language here reads.
QString durationText(qint64 seconds);

// The findings of check "hops": the path with its delays (data.hops, one
// map per hop, oldest first), clock skew, long waits, the sending IP.
Findings hopFindings(const HopChain &chain);

} // namespace mt::message
