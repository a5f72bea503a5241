#pragma once

#include "dnsresolver.h"

#include <QList>
#include <QQueue>

namespace mt::dns {

class PendingQuery;

struct ResolverConfig
{
    QList<Nameserver> servers; // in order of preference; empty = the system's
    int timeoutMs = 2000;      // per attempt, per server
    int attempts = 2;          // rounds over the whole server list
    int maxInFlight = 256;     // further queries wait in a queue (file descriptors are finite)

    // The system's servers, and its timeout and attempts where it sets them.
    static ResolverConfig fromSystem();
    // What --dns options ask for: the servers TEXTS name (HOST[:PORT]), or
    // fromSystem() when none is named. Texts that are not a server are
    // skipped and listed in INVALID.
    static ResolverConfig forServers(const QStringList &texts, QStringList *invalid);
};

// An asynchronous stub resolver: ldns builds and parses the packets, Qt
// sockets carry them on the event loop. Every query has its own socket on a
// random source port and a random ID; a reply counts only when it comes from
// the server asked, with that ID and that question. Truncated replies are
// asked again over TCP; SERVFAIL, REFUSED, malformed replies and timeouts
// move on to the next server.
class StubResolver final : public DnsResolver
{
    Q_OBJECT

public:
    explicit StubResolver(ResolverConfig config = {}, QObject *parent = nullptr);
    ~StubResolver() override;

    void resolve(const QString &name, RecordType type, QObject *context, Callback callback) override;

    const ResolverConfig &config() const { return m_config; }
    int inFlight() const { return m_active; }

private:
    friend class PendingQuery;
    void queryFinished(PendingQuery *query);

    ResolverConfig m_config;
    int m_active = 0;
    QQueue<PendingQuery *> m_waiting;
};

} // namespace mt::dns
