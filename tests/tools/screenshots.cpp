// screenshots [DIR]: shows the main window as a person would see it, in
// both languages, with the findings of a few typical pastes, and saves each
// view as a PNG (QWidget::grab) into DIR (default: ./screenshots). Uses the
// test DNS server, so it needs no network. Run with -platform offscreen or
// under Xvfb.
#include "dns/stubresolver.h"
#include "dnsfixture.h"
#include "languagemanager.h"
#include "mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QPushButton>
#include <QTest>
#include <QTreeView>

#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QString dir = app.arguments().value(1, QStringLiteral("screenshots"));
    QDir().mkpath(dir);

    mt::test::DnsFixture fixture;
    if (!fixture.ok()) {
        std::fprintf(stderr, "screenshots: %s\n", qPrintable(fixture.error()));
        return 2;
    }
    mt::dns::ResolverConfig config;
    config.servers = {fixture.nameserver()};
    mt::dns::StubResolver resolver(config);
    mt::LanguageManager languages;
    mt::MainWindow window(resolver, languages);
    window.resize(1100, 760);
    window.show();

    const QList<QPair<QString, QString>> pastes = {
        {QStringLiteral("empty"), QString()},
        {QStringLiteral("quoted-address"), QStringLiteral("'jan@nothere.example.test'")},
        {QStringLiteral("good-domain"), QStringLiteral("example.test")},
        {QStringLiteral("idn-address"), QStringLiteral("jan@bücher.example.test")},
        {QStringLiteral("no-mx-no-a"), QStringLiteral("nomail.example.test")},
        {QStringLiteral("dead-mx"), QStringLiteral("halfdead.example.test")},
        {QStringLiteral("large-paste"),
         QStringLiteral("Delivery has failed to these recipients\n") + QString(300000, QLatin1Char('x'))},
    };
    for (const mt::Language language : {mt::Language::English, mt::Language::Polish}) {
        languages.setLanguage(language);
        for (const auto &[name, input] : pastes) {
            window.setInput(input);
            if (!input.isEmpty()) {
                window.check();
                auto *check = window.findChild<QPushButton *>(QStringLiteral("check"));
                if (!QTest::qWaitFor([check] { return check->isEnabled(); }, 10000)) {
                    std::fprintf(stderr, "screenshots: %s did not finish\n", qPrintable(name));
                }
                auto *view = window.findChild<QTreeView *>(QStringLiteral("findings"));
                view->setCurrentIndex(view->model()->index(view->model()->rowCount() > 1 ? 1 : 0, 0));
            }
            QTest::qWait(50); // let layouts and the details pane settle
            const QString file = QStringLiteral("%1/%2-%3.png").arg(dir, mt::languageCode(language), name);
            window.grab().save(file);
            std::printf("%s\n", qPrintable(file));
        }
    }
    return 0;
}
