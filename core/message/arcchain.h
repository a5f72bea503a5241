#pragma once

#include "dkimverifier.h"

#include <QList>

namespace mt::message {

// One ARC set (RFC 8617 4.1): the seal, the message signature and the
// authentication results a forwarder added under one instance number.
struct ArcSet
{
    int instance = 0;
    PreparedSignature seal;
    PreparedSignature messageSignature;
    QString authenticationResults; // the AAR's value
};

struct ArcChain
{
    QList<ArcSet> sets;     // instance 1 first
    QString structureError; // technical, English: why the chain fails before any key is read
    QString claimedResult;  // the newest seal's cv=
    bool present() const { return !sets.isEmpty() || !structureError.isEmpty(); }
};

// The key-free part of ARC validation (RFC 8617 5.2): the structure, the
// sets' body hashes and digests. At most 50 sets.
ArcChain prepareArcChain(const RawMessage &message, BodyHashCache &bodies, qint64 now);

} // namespace mt::message
