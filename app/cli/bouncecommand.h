#pragma once

#include <QStringList>

// `mailtriage-cli bounce [FILE|-]`: analyzes a bounce, a fragment or a reply
// line and prints, per failed recipient, the reason, the facts and the
// advice (docs/cli.md). Returns the process exit code.
int runBounceCommand(const QStringList &arguments);
