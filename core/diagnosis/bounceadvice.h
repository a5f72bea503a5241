#pragma once

#include "bounce/bouncereport.h"
#include "checks/localizedtext.h"

namespace mt {

// What a bounced recipient means in plain words and what the customer
// should do, in both languages (LocalizedText), following the provider's
// help pages: a seed's own advice for the seed's examples and the
// provider's replies, the reason's otherwise.
struct BounceAdvice
{
    LocalizedText summary;
    LocalizedText advice; // empty when there is nothing to do
};

BounceAdvice adviceFor(const bounce::BounceRecipient &recipient);

} // namespace mt
