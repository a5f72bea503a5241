#pragma once

#include "bounceclassifier.h"
#include "bounceparser.h"

namespace mt::bounce {

// Parses and classifies one pasted bounce, fragment or reply line.
inline BounceReport analyzeBounce(QByteArrayView data)
{
    BounceReport report = parseBounce(data);
    classifyBounce(report);
    return report;
}

} // namespace mt::bounce
