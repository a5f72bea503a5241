#pragma once

#include "finding.h"

namespace mt {

// A mail domain as the customer typed it and as DNS needs it.
struct DomainName
{
    QString input;   // as given, trimmed
    QString ascii;   // A-labels (punycode), lower case, no final dot; empty when unusable
    QString unicode; // U-labels, lower case, for display

    bool isValid() const { return !ascii.isEmpty(); }
    bool isIdn() const { return isValid() && ascii != unicode; }
};

struct DomainSyntax
{
    DomainName domain;
    Findings findings; // check "address"; empty when there is nothing to say
};

// Converts an IDN to ASCII (UTS #46, through QUrl::toAce) and checks
// hostname syntax: letters, digits and hyphens; labels of 1..63 octets,
// no hyphen at either end; at most 253 characters; at least two labels.
// A single trailing dot is tolerated with a finding; the domain stays usable
// whenever DNS could be asked about it.
DomainSyntax checkDomainSyntax(const QString &text);

} // namespace mt
