#include "serverprocess.h"

#include <QProcess>

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

} // namespace mt::test
