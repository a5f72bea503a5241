// Parses and classifies the whole development corpus in-process, many times
// over, on one core, and prints messages per second; then times 50 MB
// pastes. Prints figures only: timing never fails a build.
// Usage: bench_bounce [DIR] [--corpus-only]
#include "bounce/bounceanalyzer.h"
#include "testdata.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

#include <ctime>

namespace {

// CPU time of this process: on a shared machine the wall clock also counts
// the other processes' turns.
double cpuSeconds()
{
    return double(std::clock()) / CLOCKS_PER_SEC;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QString missing;
    const QString root = argc > 1 && argv[1][0] != '-'
                             ? QString::fromLocal8Bit(argv[1])
                             : mt::test::testDataPath(QStringLiteral("corpus/bounces-dev/messages"), &missing);
    if (root.isEmpty()) {
        out << "skipped: " << missing << Qt::endl; // third-party data: not a failure
        return 0;
    }
    QList<QByteArray> messages;
    qint64 bytes = 0;
    for (const QFileInfo &info : QDir(root).entryInfoList({QStringLiteral("*.eml")}, QDir::Files, QDir::Name)) {
        QFile file(info.filePath());
        if (file.open(QIODevice::ReadOnly)) {
            messages << file.readAll();
            bytes += messages.last().size();
        }
    }
    if (messages.isEmpty()) {
        out << "no messages in " << root << Qt::endl;
        return 1;
    }

    // Warm up (regular expressions compile on first use), then measure.
    int recipients = 0;
    for (const QByteArray &message : std::as_const(messages)) {
        recipients += int(mt::bounce::analyzeBounce(message).recipients.size());
    }
    const int rounds = 50;
    QElapsedTimer timer;
    timer.start();
    const double cpuStart = cpuSeconds();
    for (int round = 0; round < rounds; ++round) {
        for (const QByteArray &message : std::as_const(messages)) {
            recipients += int(mt::bounce::analyzeBounce(message).recipients.size());
        }
    }
    const double wall = timer.nsecsElapsed() / 1e9;
    const double cpu = cpuSeconds() - cpuStart;
    const double analyzed = double(rounds) * messages.size();
    out << "corpus: " << messages.size() << " messages, " << bytes / 1024 << " KiB, " << rounds
        << " rounds: " << QString::number(cpu, 'f', 2) << " s CPU, " << QString::number(wall, 'f', 2) << " s wall clock"
        << Qt::endl;
    out << "parse+classify: " << QString::number(analyzed / cpu, 'f', 0) << " messages per CPU second on one core ("
        << QString::number(1e6 * cpu / analyzed, 'f', 1) << " us/message), " << QString::number(analyzed / wall, 'f', 0)
        << " per wall-clock second; Sisimai ~1600/s, target 16000/s" << Qt::endl;
    if (app.arguments().contains(QStringLiteral("--corpus-only"))) {
        return 0; // for profiling the corpus loop alone
    }

    // A 50 MB paste: a notice followed by a long returned message.
    QByteArray paste = "From: MAILER-DAEMON@mx.example.test\nSubject: Undelivered Mail\n\n"
                       "<ola@example.test>: host mx.example.test[192.0.2.25] said: 552 5.2.2 Mailbox over quota\n\n"
                       "--- Below this line is a copy of the message.\n\nReturn-Path: <jan@kowalski.pl>\n\n";
    const QByteArray line = "Lorem ipsum dolor sit amet, <x@y.test> 550 5.1.1 =?UTF-8?Q?x?= consectetur\r\n";
    while (paste.size() < 50 * 1024 * 1024) {
        paste += line;
    }
    timer.restart();
    const mt::bounce::BounceReport report = mt::bounce::analyzeBounce(paste);
    out << "50 MB paste (notice + returned message): " << timer.elapsed() << " ms, reason "
        << report.recipients.value(0).reason << Qt::endl;

    // No marker where the notice ends: the worst case for the line scanner.
    QByteArray flat;
    while (flat.size() < 50 * 1024 * 1024) {
        flat += line;
    }
    timer.restart();
    const mt::bounce::BounceReport flatReport = mt::bounce::analyzeBounce(flat);
    out << "50 MB of text without structure: " << timer.elapsed() << " ms, " << flatReport.recipients.size()
        << " recipient(s)" << Qt::endl;
    return recipients > 0 ? 0 : 1;
}
