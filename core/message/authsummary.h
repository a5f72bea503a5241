#pragma once

#include "checks/finding.h"

#include <QList>
#include <QString>

namespace mt::message {

// One line of the authentication summary a window shows over the hops:
// SPF, each DKIM signature, DMARC and ARC with their results, read back
// from the findings of a message analysis (plain data; ui/ renders it).
struct AuthSummary
{
    struct Entry
    {
        QString method;  // "SPF", "DKIM", "DMARC", "ARC"
        QString subject; // the domain it is about
        QString result;  // "pass", "fail", "none", "body_hash", ...
        Severity severity = Severity::Info;
    };
    QList<Entry> entries;
    bool isEmpty() const { return entries.isEmpty(); }
};

AuthSummary authSummary(const Findings &findings);

} // namespace mt::message
