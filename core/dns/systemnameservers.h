#pragma once

#include "dnstypes.h"

namespace mt::dns {

// What the operating system's resolver is configured with: resolv.conf on
// Unix, the adapters' DNS servers on Windows.
struct SystemResolverSettings
{
    QList<Nameserver> servers; // never empty: the local host when nothing is configured, as in the C library
    int timeoutMs = 0;         // "options timeout:N"; 0 when not set
    int attempts = 0;          // "options attempts:N"; 0 when not set
};

SystemResolverSettings systemResolverSettings();

// Parses resolv.conf text: "nameserver" lines and the timeout and attempts
// options, capped as glibc caps them (30 s, 5 attempts). Exposed for tests.
SystemResolverSettings parseResolvConf(const QByteArray &text);

} // namespace mt::dns
