// bench_dnsbl [DELAY_MS]: 60 DNSBL zones for one IP through a proxy that
// delays every reply by D, in front of a real rbldnsd. With every zone in
// flight at once the total is about D (target <= 2 D); the first zone's
// row reaches the screen (the first progress()) after about D too. Then a
// whole diagnosis of an IP (PTR, its forward confirmation, 60 zones, GeoIP)
// through unbound in front of knotd and rbldnsd: about 2 D (PTR, then A).
#include "benchsupport.h"
#include "checks/dnsblcheck.h"
#include "diagnosis/diagnosis.h"
#include "dns/stubresolver.h"
#include "dnsfixture.h"
#include "rbldnsdfixture.h"
#include "unboundfixture.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int delay = bench::delayArgument(argc, argv);
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
    if (!bench::started(rbldnsd, "bench_dnsbl")) {
        return 2;
    }
    bench::DelayedServers delayed(delay);
    mt::dns::StubResolver resolver(delayed.resolverConfig(rbldnsd.port()));

    bench::printDelay("bench_dnsbl", delay, "rbldnsd", rbldnsd.port());
    for (const char *ip : {"192.0.2.99", "192.0.2.25"}) {
        mt::DnsblCheck check(resolver, QHostAddress(QLatin1String(ip)), mt::dnsblZones(zones));
        QElapsedTimer clock;
        double firstMs = -1;
        int rows = 0;
        mt::Findings summary;
        QObject::connect(&check, &mt::AsyncCheck::progress, [&](const mt::Findings &findings) {
            if (firstMs < 0) {
                firstMs = bench::elapsedMs(clock);
            }
            rows += int(findings.size());
        });
        QObject::connect(&check, &mt::AsyncCheck::finished, [&](const mt::Findings &findings) { summary = findings; });
        clock.start();
        check.start();
        bench::waitUntil([&] { return !summary.isEmpty(); });
        const double total = bench::elapsedMs(clock);
        const double ratio = total / delay;
        const mt::Finding verdict = summary.value(0);
        std::printf("%s on %d zones: %s (listed %d, not checked %d), %d rows; total %.1f ms, total/D = %.2f "
                    "(target <= 2): %s; first result after %.1f ms = %.2f D\n",
                    ip, zoneCount, qPrintable(verdict.code), verdict.data.value(QStringLiteral("listed")).toInt(),
                    verdict.data.value(QStringLiteral("not_checked")).toInt(), rows, total, ratio,
                    ratio <= 2 ? "met" : "MISSED", firstMs, firstMs / delay);
    }

    // --- a whole diagnosis of an IP, one resolver in front of both servers -----
    mt::test::DnsFixture knot;
    if (!bench::started(knot, "bench_dnsbl")) {
        return 2;
    }
    QList<mt::test::UnboundFixture::Stub> stubs{{QStringLiteral("example.test"), knot.port()},
                                                {QStringLiteral("2.0.192.in-addr.arpa"), knot.port()}};
    for (const QString &zone : std::as_const(zones)) {
        stubs << mt::test::UnboundFixture::Stub{zone, rbldnsd.port()};
    }
    mt::test::UnboundFixture unbound(stubs);
    if (!bench::started(unbound, "bench_dnsbl")) {
        return 2;
    }
    mt::dns::StubResolver viaUnbound(delayed.resolverConfig(unbound.port()));
    mt::DiagnosisOptions options;
    options.dnsblZones = zones;
    mt::Diagnosis diagnosis(viaUnbound, options);
    bool finished = false;
    double firstMs = -1;
    QElapsedTimer clock;
    QObject::connect(&diagnosis, &mt::Diagnosis::findingsAdded, [&] {
        if (firstMs < 0) {
            firstMs = bench::elapsedMs(clock);
        }
    });
    QObject::connect(&diagnosis, &mt::Diagnosis::finished, [&] { finished = true; });
    clock.start();
    diagnosis.start(QStringLiteral("192.0.2.25"));
    bench::waitUntil([&] { return finished; });
    const double total = bench::elapsedMs(clock);
    int rows = 0;
    QString ptr;
    for (const mt::Finding &f : diagnosis.findings()) {
        ++rows;
        if (f.check == QLatin1String("ptr")) {
            ptr = f.code;
        }
    }
    std::printf("diagnosis of 192.0.2.25 (PTR + FCrDNS + %d zones + GeoIP) through unbound: %d rows (%s); total "
                "%.1f ms = %.2f D (target <= 3 D): %s; first row after %.1f ms = %.2f D\n",
                zoneCount, rows, qPrintable(ptr), total, total / delay, total <= 3 * delay ? "met" : "MISSED", firstMs,
                firstMs / delay);

    return 0;
}
