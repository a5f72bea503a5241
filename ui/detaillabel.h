#pragma once

#include <QString>

namespace mt {

// The label staff read for a finding's fact (a key of Finding::data), in the
// UI's language: "corrected_record" -> "Corrected record". A key without a
// label is shown as it is, with spaces for underscores.
QString detailLabel(const QString &key);

} // namespace mt
