// bench_authdomain [DELAY_MS]: round trips of the DMARC and DKIM checks
// through a proxy that delays every DNS reply by D. DMARC of a subdomain asks
// its own _dmarc name and the organizational domain's at once, DKIM asks the
// nine common selectors at once: each should cost about one D, and both
// together (as a diagnosis runs them) still about one D.
#include "checks/dkimcheck.h"
#include "checks/dmarccheck.h"
#include "delayproxy.h"
#include "dns/stubresolver.h"
#include "dnsfixture.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>

#include <cstdio>
#include <functional>
#include <memory>

namespace {

void waitUntil(const std::function<bool()> &done)
{
    QElapsedTimer guard;
    guard.start();
    while (!done() && guard.elapsed() < 60000) {
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    }
}

mt::DomainName domainName(const char *domain)
{
    const QString name = QString::fromLatin1(domain);
    return {name, name, name};
}

// Runs CHECKS together; returns the wall time in ms and the codes found.
double runTogether(const std::vector<mt::AsyncCheck *> &checks, QString &codes)
{
    int pending = int(checks.size());
    for (mt::AsyncCheck *check : checks) {
        QObject::connect(check, &mt::AsyncCheck::finished, [&](const mt::Findings &findings) {
            for (const mt::Finding &f : findings) {
                codes += f.code + QLatin1Char(' ');
            }
            --pending;
        });
    }
    QElapsedTimer clock;
    clock.start();
    for (mt::AsyncCheck *check : checks) {
        check->start();
    }
    waitUntil([&] { return pending == 0; });
    return clock.nsecsElapsed() / 1e6;
}

void report(const char *what, double ms, int delay, double target, const QString &codes)
{
    std::printf("%s: %.1f ms = %.2f D (target <= %.1f D): %s [%s]\n", what, ms, ms / delay, target,
                ms <= target * delay ? "met" : "MISSED", qPrintable(codes.trimmed()));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int delay = argc > 1 ? QByteArray(argv[1]).toInt() : 100;

    mt::test::DnsFixture fixture;
    if (!fixture.ok()) {
        std::fprintf(stderr, "bench_authdomain: %s\n", qPrintable(fixture.error()));
        return 2;
    }
    QThread proxyThread;
    auto *proxy = new DelayProxy(QHostAddress(QHostAddress::LocalHost), fixture.port(), delay);
    proxy->moveToThread(&proxyThread);
    QObject::connect(&proxyThread, &QThread::finished, proxy, &QObject::deleteLater);
    proxyThread.start();
    QMetaObject::invokeMethod(proxy, &DelayProxy::start, Qt::BlockingQueuedConnection);

    mt::dns::ResolverConfig config;
    config.servers = {{QHostAddress(QHostAddress::LocalHost), proxy->port()}};
    config.timeoutMs = 10 * delay + 1000;
    mt::dns::StubResolver resolver(config);
    std::printf("bench_authdomain: every reply delayed by D = %d ms (knotd on 127.0.0.1:%u)\n", delay, fixture.port());

    {
        QString codes;
        mt::DmarcCheck dmarc(resolver, domainName("nodmarc.example.test"));
        report("DMARC of a subdomain with fallback (2 queries)", runTogether({&dmarc}, codes), delay, 1.5, codes);
    }
    {
        QString codes;
        mt::DkimCheck dkim(resolver, domainName("dkim2048.example.test"));
        report("DKIM under the 9 common selectors (9 queries)", runTogether({&dkim}, codes), delay, 1.5, codes);
    }
    {
        QString codes;
        mt::DmarcCheck dmarc(resolver, domainName("dkimed.example.test"));
        mt::DkimCheck dkim(resolver, domainName("dkimed.example.test"));
        report("DMARC and DKIM together (11 queries)", runTogether({&dmarc, &dkim}, codes), delay, 1.5, codes);
    }

    proxyThread.quit();
    proxyThread.wait();
    return 0;
}
