#pragma once

#include "dns/stubresolver.h"

#include <QElapsedTimer>
#include <QThread>

#include <cstdio>
#include <functional>

class DelayProxy;

// What the DNS benchmarks share: the delay argument, the event loop pumped
// while they wait, and delaying proxies in front of the servers they ask.
namespace bench {

// The DELAY_MS argument, 100 when not given.
int delayArgument(int argc, char *argv[]);

// Runs the event loop until DONE says so, or a minute has passed.
void waitUntil(const std::function<bool()> &done);

// Milliseconds since CLOCK started.
double elapsedMs(const QElapsedTimer &clock);

// Whether SERVER (a test fixture) started; if not, BENCH says why on
// standard error.
template <typename Server> bool started(const Server &server, const char *bench)
{
    if (!server.ok()) {
        std::fprintf(stderr, "%s: %s\n", bench, qPrintable(server.error()));
    }
    return server.ok();
}

// BENCH's first line: the delay D, and which server is behind the proxy.
void printDelay(const char *bench, int delayMs, const char *server, quint16 port);

// DelayProxies on a thread of their own (so their timers do not share the
// event loop being measured), stopped with this object: declare it before
// the resolvers that use it.
class DelayedServers
{
public:
    explicit DelayedServers(int delayMs);
    ~DelayedServers();
    DelayedServers(const DelayedServers &) = delete;
    DelayedServers &operator=(const DelayedServers &) = delete;

    // Asks the server on 127.0.0.1:UPSTREAMPORT through a new proxy that
    // delays every reply by the delay; the timeout leaves room for it.
    mt::dns::ResolverConfig resolverConfig(quint16 upstreamPort);

private:
    int m_delayMs;
    QThread m_thread;
};

} // namespace bench
