// bench_authdomain [DELAY_MS]: round trips of the DMARC and DKIM checks
// through a proxy that delays every DNS reply by D. DMARC of a subdomain asks
// its own _dmarc name and the organizational domain's at once, DKIM asks the
// nine common selectors at once: each should cost about one D, and both
// together (as a diagnosis runs them) still about one D.
#include "benchsupport.h"
#include "checks/dkimcheck.h"
#include "checks/dmarccheck.h"
#include "dns/stubresolver.h"
#include "dnsfixture.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>
#include <functional>
#include <memory>

namespace {

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
    bench::waitUntil([&] { return pending == 0; });
    return bench::elapsedMs(clock);
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
    const int delay = bench::delayArgument(argc, argv);

    mt::test::DnsFixture fixture;
    if (!bench::started(fixture, "bench_authdomain")) {
        return 2;
    }
    bench::DelayedServers delayed(delay);
    mt::dns::StubResolver resolver(delayed.resolverConfig(fixture.port()));
    bench::printDelay("bench_authdomain", delay, "knotd", fixture.port());

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

    return 0;
}
