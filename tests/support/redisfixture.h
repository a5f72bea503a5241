#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

namespace mt::test {

// A redis-server of the test's own on a free loopback port, nothing saved
// to disk, ended by PID (stop() or the destructor). The state-store tests
// run against it; they skip with one line when redis-server is not
// installed (scripts/deps.sh installs it).
class RedisFixture
{
public:
    RedisFixture() = default;
    ~RedisFixture();
    RedisFixture(const RedisFixture &) = delete;
    RedisFixture &operator=(const RedisFixture &) = delete;

    static bool available();
    // Starts it (again on the same port after stop()); false with ERROR.
    bool start(QString *error);
    void stop();
    bool isRunning() const { return m_process.state() == QProcess::Running; }
    quint16 port() const { return m_port; }
    // redis://127.0.0.1:PORT/DB
    QString url(int database = 0) const;

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
};

} // namespace mt::test
