#pragma once

#include "dns/dnstypes.h"

#include <QProcess>
#include <QTemporaryDir>

#include <memory>

namespace mt::test {

// A real DNSBL server (rbldnsd) on a free loopback UDP port, serving the
// zones of tests/fixtures/dnsbl (see its README). Started in the
// constructor, ended by its PID in the destructor. Check ok() and error().
class RbldnsdFixture
{
public:
    // EXTRA_ZONES: more "name:type:file" arguments (files of tests/fixtures/dnsbl).
    explicit RbldnsdFixture(const QStringList &extraZones = {});
    ~RbldnsdFixture();

    bool ok() const { return m_ok; }
    QString error() const { return m_error; }
    quint16 port() const { return m_port; }
    dns::Nameserver nameserver() const { return {QHostAddress(QHostAddress::LocalHost), m_port}; }
    QString address() const { return QStringLiteral("127.0.0.1:%1").arg(m_port); }

    // The zones served, as "name:type:file" arguments of rbldnsd.
    static QStringList zoneArguments();

private:
    bool start();
    bool launch(const QString &rbldnsd, quint16 port);
    void stop();

    QStringList m_extraZones;
    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
    bool m_ok = false;
    QString m_error;
};

// True when a UDP DNS query for NAME/A to 127.0.0.1:PORT gets any reply
// within TIMEOUT_MS: readiness of a UDP-only server.
bool answersUdp(quint16 port, const QByteArray &name, int timeoutMs);

} // namespace mt::test
