#pragma once

#include <QString>

class QProcess;

namespace mt::test {

// Ends a server a fixture started: SIGTERM to its PID (nothing else), then
// SIGKILL if it has not gone after three seconds. Nothing when not running.
void stopServer(QProcess *process);

// Waits (up to ten seconds) until the server PROCESS accepts TCP on
// 127.0.0.1:PORT; false if it does not, or exits.
bool acceptsTcp(const QProcess &process, quint16 port);

// The text of LOG_PATH (a server's standard error), or empty.
QString readLog(const QString &logPath);

// Waits (up to 30 seconds) until `serve` or `policyd`, started as PROCESS
// with its standard error into LOG_PATH, logs "listening on
// 127.0.0.1:PORT", and returns PORT; 0 if it exits first or never says so.
quint16 listeningPort(const QProcess &process, const QString &logPath);

} // namespace mt::test
