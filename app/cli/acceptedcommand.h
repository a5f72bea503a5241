#pragma once

#include <QStringList>

// `mailtriage-cli accepted list|show ID`: the messages `serve` accepted and
// keeps in its state directory (segment files, docs/design.md), listed with
// their envelopes, or one written out exactly as received.
int runAcceptedCommand(const QStringList &arguments);
