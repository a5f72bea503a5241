#pragma once

#include "bouncereport.h"

namespace mt::bounce {

// Sets reason, rule and hardBounce of every recipient of REPORT. Rules are
// tried in order: the provider's own replies (../shared/seeds), the seeds'
// bounce examples, message patterns of the common MTAs and providers, then
// the enhanced status code and finally the reply code.
void classifyBounce(BounceReport &report);

// The same for one recipient, given the kind of report it came from.
void classifyRecipient(BounceRecipient &recipient, const QString &kind);

// Whether REASON, with STATUS, is a hard bounce (resending will not help).
bool isHardBounce(const QString &reason, const QString &status);

} // namespace mt::bounce
