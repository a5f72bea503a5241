#pragma once

#include "dns/dnstypes.h"

#include <QProcess>
#include <QTemporaryDir>

#include <memory>

namespace mt::test {

// A real recursive resolver (unbound) on a free loopback port with stub
// zones in front of the test servers: a diagnosis asks one resolver (--dns)
// for both the reverse zones (knotd) and the blacklists (rbldnsd), as in
// production. Names outside the stub zones are refused at once.
class UnboundFixture
{
public:
    struct Stub
    {
        QString zone;
        quint16 port; // on 127.0.0.1
    };

    explicit UnboundFixture(const QList<Stub> &stubs);
    ~UnboundFixture();

    bool ok() const { return m_ok; }
    QString error() const { return m_error; }
    quint16 port() const { return m_port; }
    QString address() const { return QStringLiteral("127.0.0.1:%1").arg(m_port); }

private:
    bool launch(const QString &unbound, const QList<Stub> &stubs, quint16 port);
    void stop();

    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
    bool m_ok = false;
    QString m_error;
};

} // namespace mt::test
