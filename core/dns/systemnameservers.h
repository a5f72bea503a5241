#pragma once

#include "dnstypes.h"

namespace mt::dns {

// The nameservers the operating system is configured with: resolv.conf on
// Unix, the adapters' DNS servers on Windows. Falls back to the local host,
// as the C library does when nothing is configured.
QList<Nameserver> systemNameservers();

// Parses resolv.conf text ("nameserver" lines); exposed for tests.
QList<Nameserver> parseResolvConf(const QByteArray &text);

} // namespace mt::dns
