#pragma once

#include "checks/finding.h"
#include "inputkind.h"

#include <QJsonObject>

namespace mt {

class Diagnosis;

bool hasErrors(const Findings &findings);
// The exit status of `diagnose` (docs/cli.md): 3 when the resolver failed,
// else 1 when a finding is an error, else 3 when a check that could have
// found a problem did not finish, else 0.
int diagnosisExitCode(const Findings &findings);

QJsonObject findingToJson(const Finding &finding, Language language);

// The `diagnose --format json` object of docs/cli.md:
// {"input", "kind", "findings": [...], "elapsed_ms"}.
QJsonObject diagnosisToJson(const Diagnosis &diagnosis, Language language);

// The same for people: one block per finding, its advice and the replies
// of the provider's server, then a one-line tally.
QString diagnosisToText(const Diagnosis &diagnosis, Language language);

} // namespace mt
