#pragma once

#include "checks/finding.h"

namespace mt {

// A ready-to-send reply to the customer, built from a diagnosis's findings:
// greeting, what we checked, what is wrong and what to do (each finding's
// own summary and advice), closing. Written in LANGUAGE, which is the
// customer's and independent of the UI's. SUBJECT is what was checked (the
// pasted address or domain); a long paste is named, not quoted.
QString customerAnswer(const QString &subject, const Findings &findings, Language language);

} // namespace mt
