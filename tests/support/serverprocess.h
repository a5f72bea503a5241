#pragma once

class QProcess;

namespace mt::test {

// Ends a server a fixture started: SIGTERM to its PID (nothing else), then
// SIGKILL if it has not gone after three seconds. Nothing when not running.
void stopServer(QProcess *process);

} // namespace mt::test
