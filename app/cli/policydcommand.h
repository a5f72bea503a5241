#pragma once

#include <QStringList>

// `mailtriage-cli policyd`: the provider's rules as a policy service for a
// production Postfix (check_policy_service) and Dovecot (auth_policy_*),
// until SIGTERM or SIGINT; one line per event on standard error.
int runPolicydCommand(const QStringList &arguments);
