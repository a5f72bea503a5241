#pragma once

#include "dnstypes.h"

#include <QObject>

#include <functional>

namespace mt::dns {

// What every check asks DNS through. The real one is StubResolver; tests of
// check logic (and the SPF conformance suite) serve zone data from memory.
class DnsResolver : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const DnsResult &)>;

    using QObject::QObject;

    // Asks for NAME (ASCII, IDN already converted) and TYPE. The callback
    // runs later on this object's thread, never from inside resolve(), and
    // is dropped if CONTEXT is destroyed first: destroying the object that
    // asked is how a caller cancels.
    virtual void resolve(const QString &name, RecordType type, QObject *context, Callback callback) = 0;
};

} // namespace mt::dns
