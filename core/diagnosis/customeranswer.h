#pragma once

#include "checks/finding.h"

namespace mt {

// The customer's own words around the answer, from Settings: empty parts
// take the built-in greeting and signature of the answer's language.
struct AnswerFrame
{
    QString greeting;  // "Hello," / "Dzień dobry,"
    QString signature; // "Best regards,\nTechnical Support"
};

// A ready-to-send reply to the customer, built from a diagnosis's findings
// (docs/design.md, "Verdicts and the customer answer"): greeting, what we checked, what
// is wrong grouped by who has to act, each item naming the address, domain
// or IP it is about, closing. Written in LANGUAGE, which is the customer's
// and independent of the UI's. SUBJECT is what was checked: a short address,
// domain or IP is quoted, pasted text (a notice, a reply line) never is.
// Findings for staff only are left out. While a check that could have found
// a problem did not finish and nothing was found, there is no all-clear:
// the text is a notice to staff that the answer is not ready.
QString customerAnswer(const QString &subject, const Findings &findings, Language language,
                       const AnswerFrame &frame = {});

} // namespace mt
