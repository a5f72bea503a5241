#pragma once

#include "bouncereport.h"

#include <QSet>

namespace mt::bounce {

// Rules to leave out, by the keys BounceRecipient::decidedBy names: the
// cross-validation measures how the rules do on mail they were not made for.
using RuleFilter = QSet<QString>;

// Sets reason, rule, evidence and hardBounce of every recipient of REPORT.
// The provider's own replies (core/policy/serverreplies.cpp) come first,
// then the help page's bounce examples, the causes the text states, generic
// wrappers, the enhanced status code; the SMTP command refused and the
// remote host's own conventions amend the verdict.
void classifyBounce(BounceReport &report, const RuleFilter *filter = nullptr);

// The same for one recipient, given the kind of report it came from and
// the software that wrote it (BounceReport::producer), when known.
void classifyRecipient(BounceRecipient &recipient, const QString &kind, const RuleFilter *filter = nullptr,
                       const QString &producer = QString());

// Whether REASON, with STATUS, is a hard bounce (resending will not help).
bool isHardBounce(const QString &reason, const QString &status);

} // namespace mt::bounce
