#include "policydprocess.h"

#include "serverprocess.h"

#include <QTest>

namespace mt::test {

PolicydProcess::PolicydProcess(const QString &policyPath, const QString &store, const QString &logPath,
                               const QStringList &extra)
    : m_logPath(logPath)
{
    // Into a file: a pipe nobody reads would fill up and stall the daemon.
    m_process.setStandardErrorFile(logPath);
    m_process.setStandardOutputFile(QProcess::nullDevice());
    m_process.start(qEnvironmentVariable("MAILTRIAGE_CLI"),
                    QStringList{QStringLiteral("policyd"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                                QStringLiteral("--policy"), policyPath, QStringLiteral("--store"), store} +
                        extra);
    m_port = listeningPort(m_process, logPath); // 0 if it did not start: the test says why
}

PolicydProcess::~PolicydProcess()
{
    stopServer(&m_process);
}

QString PolicydProcess::log() const
{
    return readLog(m_logPath);
}

int PolicydProcess::stop()
{
    m_process.terminate();
    if (!m_process.waitForFinished(20000)) {
        return -1;
    }
    return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -2;
}

} // namespace mt::test
