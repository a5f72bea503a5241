#pragma once

#include <QStringList>

// mailtriage-cli message [FILE|-]: the message analyzer (hops, DKIM, ARC, SPF, DMARC, sanity).
int runMessageCommand(const QStringList &arguments);
