#pragma once

#include <QtGlobal>

namespace mt::test {

// A port on 127.0.0.1 that is free for both TCP and UDP right now.
quint16 freePort();

} // namespace mt::test
