#pragma once

#include "dns/dnstypes.h"
#include "dns/stubresolver.h"

#include <QProcess>
#include <QTemporaryDir>

#include <memory>

namespace mt::test {

// A real authoritative server (knotd) on a free loopback port, serving
// tests/fixtures/dns. Started in the constructor, ended by its PID in the
// destructor. Check ok() and error() before use.
class DnsFixture
{
public:
    DnsFixture();
    ~DnsFixture();

    bool ok() const { return m_ok; }
    QString error() const { return m_error; }
    quint16 port() const { return m_port; }
    dns::Nameserver nameserver() const { return {QHostAddress(QHostAddress::LocalHost), m_port}; }
    dns::Nameserver nameserverIPv6() const { return {QHostAddress(QHostAddress::LocalHostIPv6), m_port}; }
    QString address() const { return QStringLiteral("127.0.0.1:%1").arg(m_port); }
    // Asks only this server; one try times out after a second.
    dns::ResolverConfig resolverConfig() const
    {
        dns::ResolverConfig config;
        config.servers = {nameserver()};
        config.timeoutMs = 1000;
        return config;
    }

private:
    bool start();
    bool launch(const QString &knotd, QByteArray config, quint16 port);
    void stop();

    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
    bool m_ok = false;
    QString m_error;
};

} // namespace mt::test
