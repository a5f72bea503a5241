#include "dnsfixture.h"

#include "freeport.h"
#include "serverprocess.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

namespace mt::test {

DnsFixture::DnsFixture()
{
    m_ok = start();
}

DnsFixture::~DnsFixture()
{
    stop();
}

bool DnsFixture::start()
{
    const QString knotd = QStandardPaths::findExecutable(
        QStringLiteral("knotd"), {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/local/sbin")});
    if (knotd.isEmpty()) {
        m_error = QStringLiteral("knotd not found: apt-get install knot");
        return false;
    }
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("cannot create a temporary directory");
        return false;
    }
    const QDir dir(m_dir.path());
    dir.mkpath(QStringLiteral("zones"));
    dir.mkpath(QStringLiteral("run"));
    dir.mkpath(QStringLiteral("db"));
    const QDir fixtures(QStringLiteral(MAILTRIAGE_TEST_FIXTURES "/dns"));
    for (const QString &zone : fixtures.entryList({QStringLiteral("*.zone")}, QDir::Files)) {
        QFile::copy(fixtures.filePath(zone), dir.filePath(QStringLiteral("zones/") + zone));
    }

    QFile templ(fixtures.filePath(QStringLiteral("knot.conf.in")));
    if (!templ.open(QIODevice::ReadOnly)) {
        m_error = QStringLiteral("cannot read %1").arg(templ.fileName());
        return false;
    }
    const QByteArray configTemplate = templ.readAll();
    // A port can still be taken between the check and knotd's bind; knotd
    // then exits, and another port is tried.
    for (int attempt = 0; attempt < 3; ++attempt) {
        if (launch(knotd, configTemplate, freePort())) {
            return true;
        }
    }
    return false;
}

bool DnsFixture::launch(const QString &knotd, QByteArray config, quint16 port)
{
    const QDir dir(m_dir.path());
    m_port = port;
    config.replace("@DIR@", m_dir.path().toUtf8()).replace("@PORT@", QByteArray::number(m_port));
    QFile conf(dir.filePath(QStringLiteral("knot.conf")));
    if (!conf.open(QIODevice::WriteOnly) || conf.write(config) != config.size()) {
        m_error = QStringLiteral("cannot write %1").arg(conf.fileName());
        return false;
    }
    conf.close();

    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->setStandardOutputFile(dir.filePath(QStringLiteral("knotd.out")));
    m_process->start(knotd, {QStringLiteral("-c"), conf.fileName()});
    if (!m_process->waitForStarted(5000)) {
        m_error = QStringLiteral("knotd did not start: %1").arg(m_process->errorString());
        return false;
    }
    // Ready when TCP accepts: a UDP probe sent before the port is bound is
    // silently lost, a refused TCP connect comes back at once.
    if (acceptsTcp(*m_process, m_port)) {
        return true;
    }
    QFile log(dir.filePath(QStringLiteral("knotd.log")));
    log.open(QIODevice::ReadOnly);
    m_error = QStringLiteral("knotd did not come up on 127.0.0.1:%1: %2")
                  .arg(m_port)
                  .arg(QString::fromUtf8(log.readAll().right(2000)));
    stop();
    return false;
}

void DnsFixture::stop()
{
    stopServer(m_process.get());
}

} // namespace mt::test
