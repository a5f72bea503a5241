#include "redisfixture.h"

#include "freeport.h"
#include "serverprocess.h"

#include <QStandardPaths>

namespace mt::test {

RedisFixture::~RedisFixture()
{
    stop();
}

bool RedisFixture::available()
{
    return !QStandardPaths::findExecutable(QStringLiteral("redis-server")).isEmpty();
}

bool RedisFixture::start(QString *error)
{
    if (isRunning()) {
        return true;
    }
    if (m_port == 0) {
        m_port = freePort();
    }
    m_process.setWorkingDirectory(m_dir.path());
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.start(QStandardPaths::findExecutable(QStringLiteral("redis-server")),
                    {QStringLiteral("--port"), QString::number(m_port), QStringLiteral("--bind"),
                     QStringLiteral("127.0.0.1"), QStringLiteral("--save"), QString(), QStringLiteral("--appendonly"),
                     QStringLiteral("no"), QStringLiteral("--dir"), m_dir.path()});
    if (!m_process.waitForStarted(5000) || !acceptsTcp(m_process, m_port)) {
        *error = QStringLiteral("redis-server did not start: %1").arg(QString::fromUtf8(m_process.readAll()));
        stop();
        return false;
    }
    return true;
}

void RedisFixture::stop()
{
    stopServer(&m_process);
}

QString RedisFixture::url(int database) const
{
    return QStringLiteral("redis://127.0.0.1:%1/%2").arg(m_port).arg(database);
}

} // namespace mt::test
