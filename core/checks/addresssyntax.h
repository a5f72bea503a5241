#pragma once

#include "domainname.h"

namespace mt {

struct AddressSyntax
{
    QString input;     // as given, trimmed
    QString mailbox;   // local@domain as it should be written (wrappers removed), may be empty
    QString localPart; // as parsed
    DomainName domain; // valid when the domain can be looked up in DNS
    Findings findings; // check "address": the problems, or one "address.ok"
};

// RFC 5321 Mailbox syntax (Dot-string or Quoted-string local part, domain
// or address literal), with findings for the mistakes customers make:
// quotes or apostrophes around the address, spaces, two @, dots in the
// wrong place, angle brackets, display names, "mailto:".
AddressSyntax checkAddressSyntax(const QString &text);

} // namespace mt
