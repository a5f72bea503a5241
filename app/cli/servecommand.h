#pragma once

#include <QStringList>

// `mailtriage-cli serve`: runs the built-in submission server until SIGTERM
// or SIGINT, one line per event on standard error.
int runServeCommand(const QStringList &arguments);
