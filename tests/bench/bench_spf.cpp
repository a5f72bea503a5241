// bench_spf [DELAY_MS]: how many sequential round trips an SPF evaluation
// costs. spf-bench.example.test includes 9 records, each with a, mx and ip4
// terms, served by knotd through a proxy that delays every reply by D. The
// lookups depend on each other only 4 deep (the record, the included
// records, their A and MX, the MX hosts' A): asked ahead, the evaluation
// should cost about 4 D however many lookups it makes (target: round trips
// = depth, not lookup count).
#include "benchsupport.h"
#include "checks/spfevaluator.h"
#include "diagnosis/diagnosis.h"
#include "dns/stubresolver.h"
#include "dnsfixture.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>

namespace {

constexpr int dependencyDepth = 4;

void measure(mt::dns::DnsResolver &resolver, int delay, const char *what, const char *ip, const char *sender)
{
    mt::spf::Query query;
    query.ip = QHostAddress(QLatin1String(ip));
    query.sender = QLatin1String(sender);
    query.helo = QStringLiteral("bench.example.test");
    mt::spf::Evaluator evaluator(resolver, query);
    bool finished = false;
    QObject::connect(&evaluator, &mt::spf::Evaluator::finished, [&] { finished = true; });
    QElapsedTimer clock;
    clock.start();
    evaluator.start();
    bench::waitUntil([&] { return finished; });
    const double total = bench::elapsedMs(clock);
    const mt::spf::Evaluation &e = evaluator.evaluation();
    const double roundTrips = total / delay;
    std::printf("%s: %s, %d DNS-term lookups counted, %d queries sent (some asked ahead), total %.1f ms = %.2f D "
                "(sequential round trips; lookup depth %d; one lookup at a time it would be %d D): %s\n",
                what, qPrintable(mt::spf::resultName(e.result)), e.lookups, evaluator.queriesSent(), total, roundTrips,
                dependencyDepth, evaluator.queriesUsed(), roundTrips < dependencyDepth + 0.9 ? "met" : "MISSED");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int delay = bench::delayArgument(argc, argv);

    mt::test::DnsFixture fixture;
    if (!bench::started(fixture, "bench_spf")) {
        return 2;
    }
    bench::DelayedServers delayed(delay);
    const mt::dns::ResolverConfig config = delayed.resolverConfig(fixture.port());
    bench::printDelay("bench_spf", delay, "knotd", fixture.port());
    std::printf("spf-bench.example.test: 9 includes, each \"a mx ip4:... -all\"; the RFC stops at 10 DNS terms\n");

    // A fresh resolver each time: nothing cached between the runs. The first
    // query of a process pays for setting up sockets; keep that out.
    {
        mt::dns::StubResolver resolver(config);
        bool answered = false;
        QObject context;
        resolver.resolve(QStringLiteral("example.test"), mt::dns::RecordType::SOA, &context,
                         [&](const mt::dns::DnsResult &) { answered = true; });
        bench::waitUntil([&] { return answered; });
    }
    {
        mt::dns::StubResolver resolver(config);
        measure(resolver, delay, "client in the 3rd include's ip4", "203.0.113.3", "jan@spf-bench.example.test");
    }
    {
        mt::dns::StubResolver resolver(config);
        measure(resolver, delay, "client matching nothing", "192.0.2.250", "jan@spf-bench.example.test");
    }
    // What staff see: a whole diagnosis of the domain, SPF check included.
    {
        mt::dns::StubResolver resolver(config);
        mt::Diagnosis diagnosis(resolver);
        bool finished = false;
        QObject::connect(&diagnosis, &mt::Diagnosis::finished, [&] { finished = true; });
        QElapsedTimer clock;
        clock.start();
        diagnosis.start(QStringLiteral("spf-bench.example.test"));
        bench::waitUntil([&] { return finished; });
        const double total = bench::elapsedMs(clock);
        QStringList codes;
        for (const mt::Finding &f : diagnosis.findings()) {
            codes << f.code;
        }
        std::printf("diagnosis of spf-bench.example.test: %.1f ms = %.2f D [%s]\n", total, total / delay,
                    qPrintable(codes.join(QLatin1Char(' '))));
    }
    return 0;
}
