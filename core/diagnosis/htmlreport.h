#pragma once

#include "checks/finding.h"
#include "inputkind.h"

#include <QDateTime>

namespace mt {

// A diagnosis as a self-contained HTML page (no scripts, no external
// resources) for export and printing: what was checked and when, then one
// section per check with each finding's summary, advice, the provider's
// server replies and the raw records. Every text is escaped; headings are in
// LANGUAGE. A huge input is quoted only in part.
QString diagnosisToHtml(const QString &input, InputKind kind, const Findings &findings, Language language,
                        const QDateTime &time);

} // namespace mt
