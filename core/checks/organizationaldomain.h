#pragma once

#include <QString>

namespace mt {

// The organizational domain of RFC 7489 3.2: the public suffix of DOMAIN
// (from the Public Suffix List through libpsl) plus one label. DMARC falls
// back to it when a subdomain publishes no policy of its own.
//
// DOMAIN is ASCII (A-labels), as DNS carries it; case and a final dot do not
// matter. A name under a suffix the list does not know ("example.test")
// follows the list's default rule "*": its last label is the suffix. Returns
// an empty string when DOMAIN is itself a public suffix ("co.uk") or empty.
QString organizationalDomain(const QString &domain);

// True when DOMAIN is one of the list's public suffixes (or a bare TLD).
bool isPublicSuffix(const QString &domain);

} // namespace mt
