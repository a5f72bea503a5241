#include "rbldnsdfixture.h"

#include "freeport.h"
#include "serverprocess.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QNetworkDatagram>
#include <QStandardPaths>
#include <QThread>
#include <QUdpSocket>

namespace mt::test {

RbldnsdFixture::RbldnsdFixture(const QStringList &extraZones)
    : m_extraZones(extraZones)
{
    m_ok = start();
}

RbldnsdFixture::~RbldnsdFixture()
{
    stop();
}

QStringList RbldnsdFixture::zoneArguments()
{
    // Repeated zone names are combined by rbldnsd: zen = sbl + xbl + pbl + v6.
    return {QStringLiteral("zen.spamhaus.org:ip4set:sbl.ip4"),
            QStringLiteral("zen.spamhaus.org:ip4set:xbl.ip4"),
            QStringLiteral("zen.spamhaus.org:ip4set:pbl.ip4"),
            QStringLiteral("zen.spamhaus.org:ip6trie:zen.ip6"),
            QStringLiteral("bl.spamcop.net:ip4tset:simple.ip4"),
            QStringLiteral("dbl.spamhaus.org:dnset:dbl.dn"),
            QStringLiteral("multi.surbl.org:dnset:surbl.dn"),
            QStringLiteral("refused.dnsbl.test:ip4trie:refused.ip4trie"),
            QStringLiteral("dead.dnsbl.test:ip4trie:dead.ip4trie")};
}

bool RbldnsdFixture::start()
{
    const QString rbldnsd = QStandardPaths::findExecutable(
        QStringLiteral("rbldnsd"), {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/local/sbin")});
    if (rbldnsd.isEmpty()) {
        m_error = QStringLiteral("rbldnsd not found: apt-get install rbldnsd");
        return false;
    }
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("cannot create a temporary directory");
        return false;
    }
    // Started as root, rbldnsd drops to user "rbldns": it must be able to read.
    const QFileDevice::Permissions readable =
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;
    QFile::setPermissions(m_dir.path(),
                          readable | QFileDevice::ExeOwner | QFileDevice::ExeGroup | QFileDevice::ExeOther);
    const QDir fixtures(QStringLiteral(MAILTRIAGE_TEST_FIXTURES "/dnsbl"));
    for (const QString &file : fixtures.entryList(QDir::Files)) {
        const QString target = QDir(m_dir.path()).filePath(file);
        QFile::copy(fixtures.filePath(file), target);
        QFile::setPermissions(target, readable);
    }
    // A port can still be taken between the check and the bind: try another.
    for (int attempt = 0; attempt < 3; ++attempt) {
        if (launch(rbldnsd, freePort())) {
            return true;
        }
    }
    return false;
}

bool RbldnsdFixture::launch(const QString &rbldnsd, quint16 port)
{
    m_port = port;
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->setWorkingDirectory(m_dir.path());
    // -n: stay in the foreground, so the PID is the one QProcess holds.
    m_process->start(rbldnsd, QStringList{QStringLiteral("-n"), QStringLiteral("-q"), QStringLiteral("-b"),
                                          QStringLiteral("127.0.0.1/%1").arg(m_port), QStringLiteral("-w"),
                                          m_dir.path(), QStringLiteral("-t"), QStringLiteral("60")} +
                                  zoneArguments() + m_extraZones);
    if (!m_process->waitForStarted(5000)) {
        m_error = QStringLiteral("rbldnsd did not start: %1").arg(m_process->errorString());
        return false;
    }
    // UDP only: probe until it answers (queries sent while it loads are
    // answered after, so a reply means ready).
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 10000 && m_process->state() == QProcess::Running) {
        if (answersUdp(m_port, "2.0.0.127.zen.spamhaus.org", 200)) {
            return true;
        }
    }
    m_error = QStringLiteral("rbldnsd did not come up on 127.0.0.1:%1: %2")
                  .arg(m_port)
                  .arg(QString::fromUtf8(m_process->readAll().right(2000)));
    stop();
    return false;
}

void RbldnsdFixture::stop()
{
    stopServer(m_process.get());
}

bool answersUdp(quint16 port, const QByteArray &name, int timeoutMs)
{
    QByteArray query("\x12\x34\x01\x00\x00\x01\x00\x00\x00\x00\x00\x00", 12);
    for (const QByteArray &label : name.split('.')) {
        query += char(label.size()) + label;
    }
    query += QByteArray("\x00\x00\x01\x00\x01", 5); // root, type A, class IN
    QUdpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(timeoutMs) || socket.write(query) != query.size()) {
        QThread::msleep(10);
        return false;
    }
    return socket.waitForReadyRead(timeoutMs) && socket.receiveDatagram().data().startsWith("\x12\x34");
}

} // namespace mt::test
