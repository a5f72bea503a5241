#pragma once

#include <QtGlobal>

class QProcess;

namespace mt::test {

// Ends a server a fixture started: SIGTERM to its PID (nothing else), then
// SIGKILL if it has not gone after three seconds. Nothing when not running.
void stopServer(QProcess *process);

// Waits (up to ten seconds) until the server PROCESS accepts TCP on
// 127.0.0.1:PORT; false if it does not, or exits.
bool acceptsTcp(const QProcess &process, quint16 port);

} // namespace mt::test
