#pragma once

#include "common/localizedtext.h"
#include "serverevent.h"

namespace mt::smtp {

// EVENT as one line of the server log (`mailtriage-cli serve` writes them to
// standard error): a first word that names the event and English details,
// stable for scripts and tests ("auth-failed 192.0.2.7 TOKEN jan@kowalski.pl
// (3 within the hour)"). Start, stop and notices speak LANGUAGE.
QString serverLogLine(const ServerEvent &event, Language language);

} // namespace mt::smtp
