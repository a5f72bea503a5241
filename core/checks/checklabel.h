#pragma once

#include "common/localizedtext.h"

namespace mt {

// The name of a check for people ("mx" -> "Mail servers (MX)"), in any
// language; an id without a name is returned as it is.
LocalizedText checkLabel(const QString &check);

} // namespace mt
