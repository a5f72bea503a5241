#pragma once

#include "bouncereport.h"

#include <QByteArrayView>

namespace mt::bounce {

// Extracts the failed recipients and their facts from a whole bounce, a
// fragment or one reply line (any charset, any line ends). Classification
// is left empty; see classifyBounce(). Never fails: text without any
// recognizable fact yields one recipient whose diagnostic is the text.
BounceReport parseBounce(QByteArrayView data);

} // namespace mt::bounce
