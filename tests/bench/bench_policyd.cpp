// bench_policyd [SECONDS]: Postfix-style policy requests per second that
// `mailtriage-cli policyd` answers with its state in one local Redis
// (redis-server started here on a free loopback port), and with the
// default file store beside it; p50 and p99 latency. The load: 32
// connections, each asking as soon as it has its answer (as Postfix's smtpd
// processes do), four RCPT requests to one END-OF-MESSAGE, from 1,000
// client addresses and accounts, with limits high enough that every message
// is admitted: the cost of the common path. Targets: >= 20,000 requests/s,
// p99 < 2 ms. The load generator is one thread of poll() on raw sockets,
// so what it costs is small beside what it measures. Beside the rate, the
// CPU time policyd (and redis-server) spent per request, from
// /proc/PID/stat: on a shared machine that figure varies less than the
// rate does.
#include "dnsfixture.h"
#include "freeport.h"
#include "serverprocess.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <arpa/inet.h>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>
#include <vector>

namespace {

constexpr int connections = 32;

QByteArray request(int n)
{
    const QByteArray client = QByteArray::number(n % 1000);
    const bool endOfMessage = n % 5 == 4;
    return "request=smtpd_access_policy\nprotocol_state=" + QByteArray(endOfMessage ? "END-OF-MESSAGE" : "RCPT") +
           "\nprotocol_name=ESMTP\nclient_address=10.1." + QByteArray::number(n % 1000 / 250) + '.' +
           QByteArray::number(n % 250) + "\nclient_name=unknown\nhelo_name=client.test\nsender=user" + client +
           "@example.test\nrecipient=" + (endOfMessage ? QByteArray() : "anna@example.test") +
           "\nrecipient_count=1\nqueue_id=\ninstance=" + QByteArray::number(n) +
           "\nsize=2048\nsasl_method=plain\nsasl_username=user" + client +
           "@example.test\nencryption_protocol=TLSv1.3\nserver_address=127.0.0.1\nserver_port=587\n\n";
}

struct Client
{
    int fd = -1;
    QByteArray in;
    qint64 sentNs = 0;
};

struct Result
{
    qint64 requests = 0;
    double seconds = 0;
    std::vector<double> latenciesMs;
    qint64 refused = 0;
};

// Closed-loop load on 127.0.0.1:PORT for SECONDS.
Result load(quint16 port, double seconds)
{
    Result result;
    // Made before the clock starts: the generator's CPU is the measured processes' loss on two cores.
    std::vector<QByteArray> requests;
    for (int n = 0; n < 5000; ++n) {
        requests.push_back(request(n));
    }
    std::vector<Client> clients(connections);
    std::vector<pollfd> fds(connections);
    QElapsedTimer clock;
    clock.start();
    int sent = 0;
    for (int i = 0; i < connections; ++i) {
        clients[i].fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address = {};
        address.sin_family = AF_INET;
        address.sin_port = htons(port);
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        if (::connect(clients[i].fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0) {
            std::fprintf(stderr, "bench_policyd: cannot connect: %s\n", std::strerror(errno));
            return result;
        }
        const int one = 1;
        ::setsockopt(clients[i].fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
        fds[i] = {clients[i].fd, POLLIN, 0};
        const QByteArray &text = requests[size_t(sent++ % 5000)];
        clients[i].sentNs = clock.nsecsElapsed();
        if (::write(clients[i].fd, text.constData(), size_t(text.size())) != text.size()) {
            return result;
        }
    }
    const qint64 endNs = qint64(seconds * 1e9);
    bool stopping = false;
    int open = connections;
    char buffer[4096];
    while (open > 0) {
        if (::poll(fds.data(), nfds_t(fds.size()), 5000) <= 0) {
            std::fprintf(stderr, "bench_policyd: no answer within 5 s\n");
            break;
        }
        stopping = stopping || clock.nsecsElapsed() >= endNs;
        for (int i = 0; i < connections; ++i) {
            if (!(fds[i].revents & (POLLIN | POLLHUP | POLLERR))) {
                continue;
            }
            const ssize_t got = ::read(fds[i].fd, buffer, sizeof buffer);
            if (got <= 0) {
                ::close(fds[i].fd);
                fds[i].fd = -1;
                --open;
                continue;
            }
            Client &client = clients[i];
            client.in.append(buffer, got);
            qsizetype end;
            while ((end = client.in.indexOf("\n\n")) >= 0) {
                const qint64 now = clock.nsecsElapsed();
                result.latenciesMs.push_back(double(now - client.sentNs) / 1e6);
                if (!client.in.startsWith("action=DUNNO")) {
                    if (result.refused++ == 0) {
                        std::fprintf(stderr, "bench_policyd: first refusal: %s\n", client.in.left(end).constData());
                    }
                }
                client.in.remove(0, end + 2);
                ++result.requests;
                if (stopping) {
                    ::close(fds[i].fd);
                    fds[i].fd = -1;
                    --open;
                    break;
                }
                const QByteArray &text = requests[size_t(sent++ % 5000)];
                client.sentNs = now;
                if (::write(client.fd, text.constData(), size_t(text.size())) != text.size()) {
                    return result;
                }
            }
        }
    }
    result.seconds = double(clock.nsecsElapsed()) / 1e9;
    return result;
}

// User and system CPU time of process PID so far, in microseconds; -1 when
// /proc cannot say (not Linux, or the process is gone).
double cpuMicroseconds(qint64 pid)
{
    QFile file(QStringLiteral("/proc/%1/stat").arg(pid));
    if (pid <= 0 || !file.open(QIODevice::ReadOnly)) {
        return -1;
    }
    const QByteArray stat = file.readAll();
    // The command name, in parentheses, may hold spaces: count fields after it.
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13) {
        return -1;
    }
    // utime and stime are fields 14 and 15 of the line, 12 and 13 after the name.
    const double ticks = double(fields.at(11).toLongLong() + fields.at(12).toLongLong());
    return ticks * 1e6 / double(::sysconf(_SC_CLK_TCK));
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty()) {
        return 0;
    }
    const size_t at = std::min(values.size() - 1, size_t(p * double(values.size())));
    std::nth_element(values.begin(), values.begin() + qsizetype(at), values.end());
    return values[at];
}

// policyd with STORE (served by the process STOREPID, 0: none), loaded for
// SECONDS; prints one row.
bool run(const char *label, const QString &store, qint64 storePid, const QString &policy, const QString &dns,
         const QDir &dir, double seconds)
{
    const QString log = dir.filePath(QStringLiteral("policyd-%1.log").arg(QString::fromLatin1(label)));
    QProcess policyd;
    policyd.setStandardErrorFile(log);
    policyd.start(qEnvironmentVariable("MAILTRIAGE_CLI", QStringLiteral("./app/mailtriage-cli")),
                  {QStringLiteral("policyd"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                   QStringLiteral("--policy"), policy, QStringLiteral("--store"), store, QStringLiteral("--dns"), dns,
                   QStringLiteral("--quiet")});
    const quint16 port = mt::test::listeningPort(policyd, log);
    if (port == 0) {
        std::fprintf(stderr, "bench_policyd: policyd did not start: %s\n", qPrintable(mt::test::readLog(log)));
        policyd.kill();
        policyd.waitForFinished();
        return false;
    }
    load(port, 0.5); // warm up: DNS answers cached, Redis scripts loaded
    const double policydBefore = cpuMicroseconds(policyd.processId());
    const double storeBefore = cpuMicroseconds(storePid);
    const double loadBefore = cpuMicroseconds(QCoreApplication::applicationPid());
    const Result result = load(port, seconds);
    const double policydUs = cpuMicroseconds(policyd.processId()) - policydBefore;
    const double storeUs = storePid > 0 ? cpuMicroseconds(storePid) - storeBefore : 0;
    const double loadUs = cpuMicroseconds(QCoreApplication::applicationPid()) - loadBefore;
    policyd.terminate(); // by its PID
    if (!policyd.waitForFinished(5000)) {
        policyd.kill();
        policyd.waitForFinished();
    }
    const double rate = double(result.requests) / result.seconds;
    const double p50 = percentile(result.latenciesMs, 0.50);
    const double p99 = percentile(result.latenciesMs, 0.99);
    std::printf("bench_policyd %-6s: %lld requests over %d connections in %.1f s: %.0f requests/s (target >= "
                "20000: %s), p50 %.2f ms, p99 %.2f ms (target < 2 ms: %s)%s\n",
                label, static_cast<long long>(result.requests), connections, result.seconds, rate,
                rate >= 20000 ? "met" : "MISSED", p50, p99, p99 < 2 ? "met" : "MISSED",
                result.refused ? qPrintable(QStringLiteral(", %1 refused").arg(result.refused)) : "");
    if (policydBefore >= 0 && result.requests > 0) {
        const double perRequest = double(result.requests);
        // The load generator's own share says how much of the two cores was left to measure.
        std::printf("bench_policyd %-6s: CPU per request %.1f us (policyd %.1f us%s); the load generator %.1f us\n",
                    label, (policydUs + storeUs) / perRequest, policydUs / perRequest,
                    storePid > 0
                        ? qPrintable(QStringLiteral(" + redis-server %1 us").arg(storeUs / perRequest, 0, 'f', 1))
                        : "",
                    loadUs / perRequest);
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const double seconds = argc > 1 ? std::max(1.0, QByteArray(argv[1]).toDouble()) : 5.0;
    QTemporaryDir dir;
    mt::test::DnsFixture dns;
    if (!dns.ok()) {
        std::fprintf(stderr, "bench_policyd: %s\n", qPrintable(dns.error()));
        return 0;
    }
    const QString policy = QDir(dir.path()).filePath(QStringLiteral("policy.json"));
    QFile file(policy);
    file.open(QIODevice::WriteOnly);
    file.write(R"({"limits": {"per_minute": 1000000, "per_hour": 1000000, "per_12h": 1000000},
                  "domains": [{"name": "example.test"}]})");
    file.close();

    const QString redisServer = QStandardPaths::findExecutable(QStringLiteral("redis-server"));
    if (redisServer.isEmpty()) {
        std::printf("bench_policyd redis : skipped, no redis-server (apt-get install redis-server)\n");
    } else {
        const quint16 redisPort = mt::test::freePort();
        QProcess redis;
        redis.setProcessChannelMode(QProcess::MergedChannels);
        redis.setStandardOutputFile(QDir(dir.path()).filePath(QStringLiteral("redis.log")));
        redis.start(redisServer,
                    {QStringLiteral("--port"), QString::number(redisPort), QStringLiteral("--bind"),
                     QStringLiteral("127.0.0.1"), QStringLiteral("--save"), QString(), QStringLiteral("--appendonly"),
                     QStringLiteral("no"), QStringLiteral("--dir"), dir.path()});
        QThread::msleep(300);
        run("redis", QStringLiteral("redis://127.0.0.1:%1/0").arg(redisPort), redis.processId(), policy, dns.address(),
            QDir(dir.path()), seconds);
        redis.terminate(); // by its PID
        if (!redis.waitForFinished(5000)) {
            redis.kill();
            redis.waitForFinished();
        }
    }
    run("files", QDir(dir.path()).filePath(QStringLiteral("state")), 0, policy, dns.address(), QDir(dir.path()),
        seconds);
    return 0;
}
