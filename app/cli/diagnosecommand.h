#pragma once

#include <QStringList>

// `mailtriage-cli diagnose`: parses its arguments, runs one diagnosis on the
// event loop and prints it. Returns the process exit code (docs/cli.md).
int runDiagnoseCommand(const QStringList &arguments);
