#include "policydprocess.h"

#include "serverprocess.h"

#include <QFile>
#include <QRegularExpression>
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
    static const QRegularExpression listening(QStringLiteral("listening on 127\\.0\\.0\\.1:(\\d+)"));
    const bool started = QTest::qWaitFor(
        [&] {
            const auto found = listening.match(log());
            if (found.hasMatch()) {
                m_port = quint16(found.captured(1).toUInt());
            }
            return m_port != 0 || m_process.state() == QProcess::NotRunning;
        },
        30000);
    Q_UNUSED(started); // port() stays 0: the test says why
}

PolicydProcess::~PolicydProcess()
{
    stopServer(&m_process);
}

QString PolicydProcess::log() const
{
    QFile file(m_logPath);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
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
