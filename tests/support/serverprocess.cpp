#include "serverprocess.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHostAddress>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTest>
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

QString readLog(const QString &logPath)
{
    QFile file(logPath);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

quint16 listeningPort(const QProcess &process, const QString &logPath)
{
    static const QRegularExpression listening(QStringLiteral("listening on 127\\.0\\.0\\.1:(\\d+)"));
    quint16 port = 0;
    const bool settled = QTest::qWaitFor(
        [&] {
            const auto found = listening.match(readLog(logPath));
            port = found.hasMatch() ? quint16(found.captured(1).toUInt()) : 0;
            return port != 0 || process.state() == QProcess::NotRunning;
        },
        30000);
    Q_UNUSED(settled); // PORT says how it went
    return port;
}

} // namespace mt::test
