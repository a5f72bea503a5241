#pragma once

#include "bounce/bouncereport.h"
#include "common/localizedtext.h"
#include "policy/policy.h"

namespace mt {

// What a bounced recipient means in plain words and what the customer
// should do, in both languages (LocalizedText), following the provider's
// help pages: their own advice for their examples and for the provider's
// replies (quoting LIMITS, the policy's numbers), the reason's otherwise.
struct BounceAdvice
{
    LocalizedText summary;
    LocalizedText advice; // empty when there is nothing to do
};

BounceAdvice adviceFor(const bounce::BounceRecipient &recipient, const policy::Limits &limits);

} // namespace mt
