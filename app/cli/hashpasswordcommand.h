#pragma once

#include <QStringList>

// `mailtriage-cli hash-password`: reads a password on standard input and
// prints the string for an account's "password" in the policy file.
int runHashPasswordCommand(const QStringList &arguments);
