#pragma once

#include "bouncereport.h"

#include <QByteArrayView>

namespace mt::bounce {

// Extracts the failed recipients and their facts from a whole bounce, a
// fragment or one reply line (any charset, any line ends). Classification
// is left empty; see classifyBounce(). Never fails: text without any
// recognizable fact yields one recipient whose diagnostic is the text.
BounceReport parseBounce(QByteArrayView data);

// The lines of a notice that carry its error (from the first reply or
// status code on), as one line: what the classifier falls back on.
QString noticeErrorLines(const QString &notice);

} // namespace mt::bounce
