#include "unboundfixture.h"

#include "freeport.h"
#include "serverprocess.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

namespace mt::test {

UnboundFixture::UnboundFixture(const QList<Stub> &stubs)
{
    const QString unbound = QStandardPaths::findExecutable(
        QStringLiteral("unbound"), {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/local/sbin")});
    if (unbound.isEmpty()) {
        m_error = QStringLiteral("unbound not found: apt-get install unbound");
        return;
    }
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("cannot create a temporary directory");
        return;
    }
    for (int attempt = 0; attempt < 3 && !m_ok; ++attempt) {
        m_ok = launch(unbound, stubs, freePort());
    }
}

UnboundFixture::~UnboundFixture()
{
    stop();
}

bool UnboundFixture::launch(const QString &unbound, const QList<Stub> &stubs, quint16 port)
{
    m_port = port;
    const QString dir = m_dir.path();
    QString config = QStringLiteral("server:\n"
                                    "    interface: 127.0.0.1@%1\n"
                                    "    port: %1\n"
                                    "    do-ip6: no\n"
                                    "    username: \"\"\n"
                                    "    chroot: \"\"\n"
                                    "    directory: \"%2\"\n"
                                    "    pidfile: \"%2/unbound.pid\"\n"
                                    "    logfile: \"%2/unbound.log\"\n"
                                    "    use-syslog: no\n"
                                    "    num-threads: 1\n"
                                    "    access-control: 127.0.0.0/8 allow\n"
                                    "    do-not-query-localhost: no\n"
                                    "    module-config: \"iterator\"\n"
                                    "    qname-minimisation: no\n"
                                    "    cache-max-ttl: 0\n"
                                    "    cache-max-negative-ttl: 0\n"
                                    // No network in tests: refuse what no stub serves.
                                    "    local-zone: \".\" refuse\n")
                         .arg(port)
                         .arg(dir);
    // "transparent" also lifts unbound's own empty zones (RFC 6303) for the
    // documentation ranges' reverse zones, so the stubs are asked.
    for (const Stub &stub : stubs) {
        config += QStringLiteral("    local-zone: \"%1.\" transparent\n").arg(stub.zone);
    }
    config += QStringLiteral("remote-control:\n    control-enable: no\n");
    for (const Stub &stub : stubs) {
        config +=
            QStringLiteral("stub-zone:\n    name: \"%1\"\n    stub-addr: 127.0.0.1@%2\n").arg(stub.zone).arg(stub.port);
    }
    QFile conf(QDir(dir).filePath(QStringLiteral("unbound.conf")));
    if (!conf.open(QIODevice::WriteOnly) || conf.write(config.toUtf8()) < 0) {
        m_error = QStringLiteral("cannot write %1").arg(conf.fileName());
        return false;
    }
    conf.close();

    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->start(unbound, {QStringLiteral("-d"), QStringLiteral("-c"), conf.fileName()});
    if (!m_process->waitForStarted(5000)) {
        m_error = QStringLiteral("unbound did not start: %1").arg(m_process->errorString());
        return false;
    }
    // Ready when TCP accepts (a refused connect comes back at once).
    if (acceptsTcp(*m_process, m_port)) {
        return true;
    }
    QFile log(QDir(dir).filePath(QStringLiteral("unbound.log")));
    log.open(QIODevice::ReadOnly);
    m_error =
        QStringLiteral("unbound did not come up on 127.0.0.1:%1: %2 %3")
            .arg(m_port)
            .arg(QString::fromUtf8(m_process->readAll().right(1000)), QString::fromUtf8(log.readAll().right(1000)));
    stop();
    return false;
}

void UnboundFixture::stop()
{
    stopServer(m_process.get());
}

} // namespace mt::test
