#pragma once

#include <QString>

namespace cli {

// Where `serve` keeps its blocks, messages and certificate unless --state
// says otherwise; `blocks` looks in the same place.
QString defaultStateDir();

} // namespace cli
