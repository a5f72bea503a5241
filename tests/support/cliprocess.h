#pragma once

#include <QByteArray>
#include <QStringList>

namespace mt::test {

// What one run of mailtriage-cli left behind.
struct CliRun
{
    int exitCode = -1; // -1: did not start or did not finish; -2: crashed
    QByteArray out;
    QByteArray err;
};

// Runs the binary named by $MAILTRIAGE_CLI with ARGUMENTS, feeds it STDINDATA
// and closes its standard input; a run that hangs is killed (exitCode -1).
CliRun runCli(const QStringList &arguments, const QByteArray &stdinData = {});

// The same for any PROGRAM (an installed binary, chroot).
CliRun runProgram(const QString &program, const QStringList &arguments, const QByteArray &stdinData = {});

} // namespace mt::test
