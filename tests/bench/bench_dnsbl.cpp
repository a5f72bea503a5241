// bench_dnsbl [DELAY_MS]: 60 DNSBL zones for one IP through a proxy that
// delays every reply by D, in front of a real rbldnsd. With every zone in
// flight at once the total is about D (target <= 2 D); the first zone's
// row reaches the screen (the first progress()) after about D too.
#include "checks/dnsblcheck.h"
#include "delayproxy.h"
#include "dns/stubresolver.h"
#include "rbldnsdfixture.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>

#include <cstdio>

namespace {

void waitUntil(const std::function<bool()> &done)
{
    QElapsedTimer guard;
    guard.start();
    while (!done() && guard.elapsed() < 60000) {
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int delay = argc > 1 ? QByteArray(argv[1]).toInt() : 100;
    constexpr int zoneCount = 60;

    // The fixture's own zones plus generic ones up to 60, all served by one rbldnsd.
    QStringList zones{QStringLiteral("zen.spamhaus.org"), QStringLiteral("bl.spamcop.net"),
                      QStringLiteral("refused.dnsbl.test"), QStringLiteral("dead.dnsbl.test")};
    QStringList extra;
    for (int i = int(zones.size()); i < zoneCount; ++i) {
        const QString name = QStringLiteral("bench%1.dnsbl.test").arg(i);
        extra << name + QStringLiteral(":ip4set:") + (i % 2 ? QStringLiteral("sbl.ip4") : QStringLiteral("pbl.ip4"));
        zones << name;
    }
    mt::test::RbldnsdFixture rbldnsd(extra);
    if (!rbldnsd.ok()) {
        std::fprintf(stderr, "bench_dnsbl: %s\n", qPrintable(rbldnsd.error()));
        return 2;
    }
    QThread proxyThread;
    auto *proxy = new DelayProxy(QHostAddress(QHostAddress::LocalHost), rbldnsd.port(), delay);
    proxy->moveToThread(&proxyThread);
    QObject::connect(&proxyThread, &QThread::finished, proxy, &QObject::deleteLater);
    proxyThread.start();
    QMetaObject::invokeMethod(proxy, &DelayProxy::start, Qt::BlockingQueuedConnection);

    mt::dns::ResolverConfig config;
    config.servers = {{QHostAddress(QHostAddress::LocalHost), proxy->port()}};
    config.timeoutMs = 10 * delay + 1000;
    mt::dns::StubResolver resolver(config);

    std::printf("bench_dnsbl: every reply delayed by D = %d ms (rbldnsd on 127.0.0.1:%u)\n", delay, rbldnsd.port());
    for (const char *ip : {"192.0.2.99", "192.0.2.25"}) {
        mt::DnsblCheck check(resolver, QHostAddress(QLatin1String(ip)), mt::dnsblZones(zones));
        QElapsedTimer clock;
        double firstMs = -1;
        int rows = 0;
        mt::Findings summary;
        QObject::connect(&check, &mt::AsyncCheck::progress, [&](const mt::Findings &findings) {
            if (firstMs < 0) {
                firstMs = clock.nsecsElapsed() / 1e6;
            }
            rows += int(findings.size());
        });
        QObject::connect(&check, &mt::AsyncCheck::finished, [&](const mt::Findings &findings) { summary = findings; });
        clock.start();
        check.start();
        waitUntil([&] { return !summary.isEmpty(); });
        const double total = clock.nsecsElapsed() / 1e6;
        const double ratio = total / delay;
        const mt::Finding verdict = summary.value(0);
        std::printf("%s on %d zones: %s (listed %d, not checked %d), %d rows; total %.1f ms, total/D = %.2f "
                    "(target <= 2): %s; first result after %.1f ms = %.2f D\n",
                    ip, zoneCount, qPrintable(verdict.code), verdict.data.value(QStringLiteral("listed")).toInt(),
                    verdict.data.value(QStringLiteral("not_checked")).toInt(), rows, total, ratio,
                    ratio <= 2 ? "met" : "MISSED", firstMs, firstMs / delay);
    }

    proxyThread.quit();
    proxyThread.wait();
    return 0;
}
