#pragma once

#include "policy/policy.h"

namespace mt {

// Writes POLICY to PATH whole or not at all (QSaveFile: a crash leaves the
// old file or the new one); false with ERROR set.
bool savePolicyFile(const policy::Policy &policy, const QString &path, QString *error);

} // namespace mt
