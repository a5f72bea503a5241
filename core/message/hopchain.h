#pragma once

#include "rawmessage.h"
#include "receivedline.h"

#include <QList>

#include <optional>

namespace mt::message {

struct Hop
{
    ReceivedLine line;
    std::optional<qint64> delaySeconds; // since the hop before (or the Date: header for the first)
    bool clockSkew = false;             // negative, or implausibly long
    bool internal = false;              // inside the receiving organisation
};

// The path a message took, oldest hop first (the bottom Received: line).
struct HopChain
{
    QList<Hop> hops;
    std::optional<qint64> totalSeconds; // from the Date: header (or first hop) to the last hop
    int sendingHop = -1;                // the first hop outside the receiving organisation
    QString sendingIp;
    QString sendingHelo;
    QString receivingDomain; // the organisational domain of the final receiver
};

// A delay longer than this between two hops is reported as clock skew.
constexpr qint64 kImplausibleDelaySeconds = 7 * 24 * 3600;

HopChain buildHopChain(const RawMessage &message);

} // namespace mt::message
