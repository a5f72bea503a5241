// bench_startup [RUNS]: time from starting a process to a shown main window
// whose event loop takes input, as a person starting the app waits for it.
// Each run is a fresh process (this program with --child): exec, dynamic
// linking, QApplication, translations, the window, its first event loop
// turn. Prints min / median / max; the target is under 1 s. Uses the
// platform named by QT_QPA_PLATFORM (offscreen when unset).
#include "dns/stubresolver.h"
#include "languagemanager.h"
#include "mainwindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>
#include <QWindow>

#include <algorithm>
#include <cstdio>

namespace {

int child(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QTemporaryDir scratch;
    mt::dns::StubResolver resolver(mt::dns::ResolverConfig::fromSystem());
    mt::LanguageManager languages;
    languages.setLanguage(mt::Language::Polish); // loads a translator, as a Polish start does
    mt::MainWindow window(resolver, languages, nullptr, scratch.filePath(QStringLiteral("history.json")));
    window.loadSettings(scratch.filePath(QStringLiteral("settings.ini")));
    window.show();
    // Checked from the running event loop: ready once the window is exposed
    // (drawn on screen) and events flow.
    QTimer poll;
    poll.setInterval(1);
    QObject::connect(&poll, &QTimer::timeout, &app, [&window] {
        if (window.isVisible() && window.windowHandle() && window.windowHandle()->isExposed()) {
            std::printf("ready\n");
            std::fflush(stdout);
            QCoreApplication::quit();
        }
    });
    poll.start();
    return app.exec();
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc > 1 && qstrcmp(argv[1], "--child") == 0) {
        return child(argc, argv);
    }
    QCoreApplication app(argc, argv);
    const int runs = std::max(1, QCoreApplication::arguments().value(1, QStringLiteral("10")).toInt());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!env.contains(QStringLiteral("QT_QPA_PLATFORM"))) {
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    }
    QList<double> times;
    for (int run = 0; run < runs; ++run) {
        QProcess process;
        process.setProcessEnvironment(env);
        QElapsedTimer clock;
        clock.start();
        process.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--child")});
        bool ready = false;
        while (!ready && process.waitForReadyRead(10000)) {
            ready = process.readAll().contains("ready");
        }
        const double ms = clock.nsecsElapsed() / 1e6;
        process.waitForFinished(10000);
        if (!ready) {
            std::fprintf(stderr, "bench_startup: run %d: the window did not come up\n", run + 1);
            return 1;
        }
        times << ms;
    }
    std::sort(times.begin(), times.end());
    std::printf("startup to a usable main window (%s, %d runs): min %.0f ms, median %.0f ms, max %.0f ms "
                "(target < 1000 ms)\n",
                qPrintable(env.value(QStringLiteral("QT_QPA_PLATFORM"))), runs, times.first(),
                times.at(times.size() / 2), times.last());
    return 0;
}
