#include "cliprocess.h"

#include <QProcess>

namespace mt::test {

CliRun runCli(const QStringList &arguments, const QByteArray &stdinData)
{
    return runProgram(qEnvironmentVariable("MAILTRIAGE_CLI"), arguments, stdinData);
}

CliRun runProgram(const QString &program, const QStringList &arguments, const QByteArray &stdinData)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForStarted(5000)) {
        return {};
    }
    process.write(stdinData);
    process.closeWriteChannel();
    // Only a guard against a hang: no test asserts how long a run takes.
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2, process.readAllStandardOutput(),
            process.readAllStandardError()};
}

} // namespace mt::test
