#pragma once

#include "finding.h"

#include <QObject>

namespace mt {

// What every network check looks like to the diagnosis: started once, it may
// report findings as they come (progress) and reports the rest when done.
// Destroying it cancels its queries.
class AsyncCheck : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    virtual void start() = 0;

signals:
    // Findings that are final already (e.g. one blacklist zone answered).
    void progress(const mt::Findings &findings);
    // The remaining findings; emitted exactly once, after start().
    void finished(const mt::Findings &findings);
};

} // namespace mt
