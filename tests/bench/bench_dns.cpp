// bench_dns [DELAY_MS]: how much of the network's latency the resolver
// hides. 200 distinct queries through a proxy that delays every reply by D:
// with everything in flight at once the total is about D (target <= 2 D).
// Then a whole diagnosis of a domain with 8 MX hosts (target <= 4 D).
#include "benchsupport.h"
#include "diagnosis/diagnosis.h"
#include "dns/stubresolver.h"
#include "dnsfixture.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTimer>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int delay = bench::delayArgument(argc, argv);
    constexpr int queryCount = 200;

    mt::test::DnsFixture fixture;
    if (!bench::started(fixture, "bench_dns")) {
        return 2;
    }
    bench::DelayedServers delayed(delay);
    mt::dns::StubResolver resolver(delayed.resolverConfig(fixture.port()));

    bench::printDelay("bench_dns", delay, "knotd", fixture.port());

    // --- 200 distinct queries at once ----------------------------------------
    int answered = 0;
    int failed = 0;
    QObject context;
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < queryCount; ++i) {
        resolver.resolve(
            QStringLiteral("b%1.bench.example.test").arg(i), mt::dns::RecordType::A, &context,
            [&](const mt::dns::DnsResult &r) { ++(r.status == mt::dns::DnsStatus::Answer ? answered : failed); });
    }
    const double issued = bench::elapsedMs(clock);
    bench::waitUntil([&] { return answered + failed == queryCount; });
    std::printf("all %d queries issued in %.1f ms\n", queryCount, issued);
    const double total = bench::elapsedMs(clock);
    const double ratio = total / delay;
    std::printf("%d distinct queries: %d answered, %d failed, total %.1f ms, total/D = %.2f (target <= 2): %s\n",
                queryCount, answered, failed, total, ratio, ratio <= 2 && failed == 0 ? "met" : "MISSED");

    // --- diagnosis of a domain with 8 MX hosts -------------------------------
    mt::Diagnosis diagnosis(resolver);
    bool finished = false;
    QObject::connect(&diagnosis, &mt::Diagnosis::finished, [&] { finished = true; });
    clock.restart();
    diagnosis.start(QStringLiteral("eightmx.example.test"));
    bench::waitUntil([&] { return finished; });
    const double diagnosisMs = bench::elapsedMs(clock);
    QString codes;
    for (const mt::Finding &f : diagnosis.findings()) {
        codes += f.code + QLatin1Char(' ');
    }
    std::printf("diagnosis of eightmx.example.test (8 MX hosts with A and AAAA; SPF, DMARC, DKIM, RHSBL beside): %.1f "
                "ms = %.2f D (target <= 4 D): %s "
                "[%s]\n",
                diagnosisMs, diagnosisMs / delay, diagnosisMs <= 4 * delay ? "met" : "MISSED",
                qPrintable(codes.trimmed()));

    return 0;
}
