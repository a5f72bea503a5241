#include "serverprocess.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QProcess>
#include <QTcpSocket>
#include <QThread>

namespace mt::test {

void stopServer(QProcess *process)
{
    if (process && process->state() != QProcess::NotRunning) {
        process->terminate();
        if (!process->waitForFinished(3000)) {
            process->kill();
            process->waitForFinished(1000);
        }
    }
}

bool acceptsTcp(const QProcess &process, quint16 port)
{
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 10000 && process.state() == QProcess::Running) {
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, port);
        if (probe.waitForConnected(200) && process.state() == QProcess::Running) {
            return true;
        }
        QThread::msleep(10);
    }
    return false;
}

} // namespace mt::test
