#pragma once

#include <QStringList>

// `mailtriage-cli blocks list|unblock IP`: the IPs the server blocked after
// too many failed logins, in the state directory a running server uses.
int runBlocksCommand(const QStringList &arguments);
