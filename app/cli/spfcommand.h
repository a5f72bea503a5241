#pragma once

#include <QStringList>

// `mailtriage-cli spf --ip IP --sender ADDR [--helo NAME]`: RFC 7208
// check_host() for one client, with the trace of the evaluation, as staff
// use it on "550 SPF" bounces. Returns the process exit code (docs/cli.md).
int runSpfCommand(const QStringList &arguments);
