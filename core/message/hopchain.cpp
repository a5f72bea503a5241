#include "hopchain.h"

#include "checks/organizationaldomain.h"

namespace mt::message {
namespace {

QString orgOf(const QString &host)
{
    if (!host.contains(QLatin1Char('.'))) {
        return {};
    }
    return organizationalDomain(host.toLower());
}

QDateTime headerDate(const RawMessage &message)
{
    const HeaderField *date = message.first("Date");
    if (!date) {
        return {};
    }
    // The Received parser reads the date after a semicolon.
    return parseReceivedLine("x; " + date->value()).date;
}

} // namespace

HopChain buildHopChain(const RawMessage &message)
{
    HopChain chain;
    const QList<const HeaderField *> received = message.all("Received");
    for (auto it = received.crbegin(); it != received.crend(); ++it) {
        Hop hop;
        hop.line = parseReceivedLine((*it)->value());
        chain.hops << hop;
    }
    QDateTime previous = headerDate(message);
    const QDateTime start = previous;
    QDateTime last;
    for (Hop &hop : chain.hops) {
        if (hop.line.date.isValid()) {
            if (previous.isValid()) {
                const qint64 delay = previous.secsTo(hop.line.date);
                hop.delaySeconds = delay;
                hop.clockSkew = delay < 0 || delay > kImplausibleDelaySeconds;
            }
            previous = hop.line.date;
            last = hop.line.date;
        }
    }
    const QDateTime first =
        start.isValid() ? start : (chain.hops.isEmpty() ? QDateTime() : chain.hops.first().line.date);
    if (first.isValid() && last.isValid()) {
        chain.totalSeconds = first.secsTo(last);
    }

    // Walking down from the final receiver: hops from private addresses or
    // from hosts of the receiver's own organisation are internal; the first
    // other one handed the message in.
    if (chain.hops.isEmpty()) {
        return chain;
    }
    chain.receivingDomain = orgOf(chain.hops.last().line.by);
    for (int i = int(chain.hops.size()) - 1; i >= 0; --i) {
        Hop &hop = chain.hops[i];
        const ReceivedLine &line = hop.line;
        if (line.fromIp.isEmpty() && line.helo.isEmpty() && line.fromHost.isEmpty()) {
            hop.internal = true; // local delivery, "from userid 1000", qmail "invoked by uid"
            continue;
        }
        const bool privateIp = line.fromIp.isEmpty() || isInternalAddress(line.fromIp);
        const QString org = orgOf(line.fromHost.isEmpty() ? line.helo : line.fromHost);
        const bool sameOrg = !chain.receivingDomain.isEmpty() && org == chain.receivingDomain;
        if (privateIp || sameOrg) {
            hop.internal = true;
            continue;
        }
        chain.sendingHop = i;
        chain.sendingIp = line.fromIp;
        chain.sendingHelo = line.helo;
        break;
    }
    return chain;
}

} // namespace mt::message
