#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

namespace mt::test {

// One `mailtriage-cli policyd --listen 127.0.0.1:0` (the port it chose is
// read from its log), its log in a file, ended by its PID.
class PolicydProcess
{
public:
    // POLICY_PATH and STORE are given as --policy and --store; EXTRA follows.
    PolicydProcess(const QString &policyPath, const QString &store, const QString &logPath,
                   const QStringList &extra = {});
    ~PolicydProcess();
    PolicydProcess(const PolicydProcess &) = delete;
    PolicydProcess &operator=(const PolicydProcess &) = delete;

    quint16 port() const { return m_port; } // 0: it did not start (log() says why)
    qint64 pid() const { return m_process.processId(); }
    bool running() const { return m_process.state() == QProcess::Running; }
    QString log() const;
    // SIGTERM, as a service manager stops it; the exit code, -1 if it hangs.
    int stop();

private:
    QProcess m_process;
    QString m_logPath;
    quint16 m_port = 0;
};

} // namespace mt::test
