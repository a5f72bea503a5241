// screenshots [DIR]: shows the main window as a person would see it, in
// both languages, with the findings of a few typical pastes, and saves each
// view as a PNG (QWidget::grab) into DIR (default: ./screenshots). Uses the
// test DNS server, so it needs no network. Run with -platform offscreen or
// under Xvfb.
#include "aboutdialog.h"
#include "allowcountrydialog.h"
#include "blockedpage.h"
#include "checks/geoipcheck.h"
#include "common/geoipdatabase.h"
#include "dns/stubresolver.h"
#include "dnsfixture.h"
#include "exceptionspanel.h"
#include "findingsmodel.h"
#include "freeport.h"
#include "historypanel.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "policy/filestatestore.h"
#include "policy/passwordhash.h"
#include "policydialog.h"
#include "replaypage.h"
#include "revokecountrydialog.h"
#include "serverpage.h"
#include "settingsdialog.h"
#include "smtp/serverruntime.h"
#include "storestatuslabel.h"
#include "unblockdialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>
#include <QUrl>

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
    QTemporaryDir scratch; // history and settings of this walk only
    mt::MainWindow window(resolver, languages, nullptr, scratch.filePath(QStringLiteral("history.json")),
                          scratch.filePath(QStringLiteral("server")));
    window.loadSettings(scratch.filePath(QStringLiteral("settings.ini")));
    window.resize(1100, 760);
    window.show();

    // The built-in server with a policy for the test zone, a few blocks and
    // one unblock in the audit trail.
    mt::smtp::ServerRuntime &server = window.serverRuntime();
    {
        mt::policy::Policy rules = server.policy();
        rules.domains = {mt::policy::DomainPolicy{QStringLiteral("example.test"), {}, {QStringLiteral("PL")}}};
        rules.accounts = {mt::policy::Account{
            QStringLiteral("jan@example.test"), mt::policy::passwordhash::make("demo-password", 1000), {}}};
        server.setPolicy(rules, nullptr);
        const qint64 now = server.clock().nowMs();
        const QStringList ips = {QStringLiteral("192.0.2.44"), QStringLiteral("198.51.100.7"),
                                 QStringLiteral("203.0.113.9")};
        mt::policy::BlockStore &blocks = static_cast<mt::policy::FileStateStore &>(server.store()).blockFile();
        for (int i = 0; i < ips.size(); ++i) {
            blocks.block({ips.at(i),
                          11 + i,
                          now - (40 + i * 7) * 60 * 1000,
                          now - i * 60 * 1000,
                          now + (3600 - i * 1500) * 1000,
                          {QStringLiteral("smtp-1")}});
        }
        blocks.block({QStringLiteral("192.0.2.99"), 11, now - 3600 * 1000, now - 1800 * 1000, now + 3600 * 1000, {}});
        window.blockedPage()->unblock(QStringLiteral("192.0.2.99"), QStringLiteral("anna"),
                                      QStringLiteral("customer fixed the password in Outlook, ticket 4711"));
        // Two country exceptions, one of them for two weeks.
        mt::ExceptionsPanel *exceptions = window.blockedPage()->exceptionsPanel();
        exceptions->grant(QStringLiteral("example.test"), QStringLiteral("DE"), 0, QStringLiteral("anna"),
                          QStringLiteral("customer works from Berlin, ticket 4720"));
        exceptions->grant(QStringLiteral("example.test"), QStringLiteral("US"), 14, QStringLiteral("piotr"),
                          QStringLiteral("conference in Boston, ticket 4725"));
    }
    window.serverPage()->setPort(mt::test::freePort());
    window.replayPage()->setPort(window.serverPage()->port());
    window.replayPage()->setParameters({QStringLiteral("jan@example.test"), QStringLiteral("demo-password"),
                                        QStringLiteral("anna@example.test"), QStringLiteral("nomail.example.test"),
                                        QStringLiteral("203.0.113.9")});
    window.serverPage()->start();
    auto *pages = window.findChild<QTabWidget *>(QStringLiteral("pages"));
    auto save = [&dir](QWidget *widget, mt::Language language, const QString &name) {
        QTest::qWait(50);
        const QString file = QStringLiteral("%1/%2-%3.png").arg(dir, mt::languageCode(language), name);
        widget->grab().save(file);
        std::printf("%s\n", qPrintable(file));
    };
    auto replay = [&window](const QString &scenario) {
        mt::ReplayPage *page = window.replayPage();
        page->selectScenario(scenario);
        QSignalSpy finished(page, &mt::ReplayPage::finished);
        page->run();
        if (page->isRunning() && !finished.wait(20000)) {
            std::fprintf(stderr, "screenshots: the replay %s did not finish\n", qPrintable(scenario));
        }
    };

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
        QCoreApplication::processEvents(); // LanguageChange is posted
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

        // The dead-MX domain once more: a finding opened to its replies and
        // records, then the answer and the history tabs.
        window.setInput(QStringLiteral("jan@halfdead.example.test"));
        window.check();
        auto *check = window.findChild<QPushButton *>(QStringLiteral("check"));
        if (!QTest::qWaitFor([check] { return check->isEnabled(); }, 10000)) {
            std::fprintf(stderr, "screenshots: the details walk did not finish\n");
        }
        auto *view = window.findChild<QTreeView *>(QStringLiteral("findings"));
        auto *model = qobject_cast<mt::FindingsModel *>(view->model());
        for (qsizetype i = 0; i < model->findings().size(); ++i) {
            if (model->findings().at(i).severity >= mt::Severity::Warning) {
                view->expand(model->indexOfFinding(i));
                view->setCurrentIndex(model->indexOfFinding(i));
                break;
            }
        }
        auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("sideTabs"));
        const QStringList tabNames = {QStringLiteral("details"), QStringLiteral("answer"), QStringLiteral("history")};
        for (int tab = 0; tab < tabs->count(); ++tab) {
            tabs->setCurrentIndex(tab);
            QTest::qWait(50);
            const QString file =
                QStringLiteral("%1/%2-tab-%3.png").arg(dir, mt::languageCode(language), tabNames.value(tab));
            window.grab().save(file);
            std::printf("%s\n", qPrintable(file));
        }
        // The details with their technical part open, then folded again.
        auto *details = window.findChild<QTextBrowser *>(QStringLiteral("details"));
        emit details->anchorClicked(QUrl(QStringLiteral("#technical")));
        tabs->setCurrentIndex(0);
        save(&window, language, QStringLiteral("tab-details-technical"));
        emit details->anchorClicked(QUrl(QStringLiteral("#technical")));
        // The history searched, one check selected and its deletion asked.
        tabs->setCurrentIndex(2);
        window.findChild<QLineEdit *>(QStringLiteral("historySearch"))->setText(QStringLiteral("example.test"));
        auto *history = window.findChild<QListView *>(QStringLiteral("history"));
        history->setCurrentIndex(history->model()->index(0, 0));
        save(&window, language, QStringLiteral("history-search"));
        if (auto *panel = qobject_cast<mt::HistoryPanel *>(history->parentWidget())) {
            if (QMessageBox *question = panel->deleteSelected()) {
                save(question, language, QStringLiteral("history-delete"));
                question->reject();
            }
        }
        window.findChild<QLineEdit *>(QStringLiteral("historySearch"))->clear();
        tabs->setCurrentIndex(0);

        // An SPF finding with its trace: the evaluation step by step, in the
        // UI's language.
        window.setInput(QStringLiteral("spf-void.example.test"));
        window.check();
        if (!QTest::qWaitFor([check] { return check->isEnabled(); }, 10000)) {
            std::fprintf(stderr, "screenshots: the SPF walk did not finish\n");
        }
        for (qsizetype i = 0; i < model->findings().size(); ++i) {
            if (model->findings().at(i).check == QLatin1String("spf")) {
                view->setCurrentIndex(model->indexOfFinding(i));
                break;
            }
        }
        emit details->anchorClicked(QUrl(QStringLiteral("#technical")));
        save(&window, language, QStringLiteral("spf-trace"));
        emit details->anchorClicked(QUrl(QStringLiteral("#technical")));

        mt::AppSettings sample = window.settings();
        sample.language = language;
        sample.dnsServers = {QStringLiteral("192.0.2.53"), QStringLiteral("dns.example")}; // one wrong: the hint shows
        mt::SettingsDialog dialog(sample, &window);
        dialog.show();
        QTest::qWait(50);
        const QString file = QStringLiteral("%1/%2-settings.png").arg(dir, mt::languageCode(language));
        dialog.grab().save(file);
        std::printf("%s\n", qPrintable(file));
        dialog.close();
        // The shared state on Redis: the password only in the masked field.
        mt::AppSettings onRedis = window.settings();
        onRedis.language = language;
        onRedis.storeUrl = QStringLiteral("redis://desk:s3cret@redis.example.test:6379/0");
        mt::SettingsDialog storeDialog(onRedis, &window);
        storeDialog.show();
        save(&storeDialog, language, QStringLiteral("settings-store"));
        storeDialog.close();

        // A customer refused by the country rule: the finding's own button.
        {
            mt::GeoIpCheck geoip(QHostAddress(QStringLiteral("8.8.8.8")), mt::GeoIpDatabase::defaultPath(),
                                 {QStringLiteral("PL")}, QStringLiteral("jan@example.test"));
            const mt::Findings refused = geoip.run();
            auto *findingsView = window.findChild<QTreeView *>(QStringLiteral("findings"));
            auto *findingsModel = qobject_cast<mt::FindingsModel *>(findingsView->model());
            window.clear();
            window.setInput(QStringLiteral("8.8.8.8"));
            findingsModel->setFindings(refused);
            findingsView->expandAll();
            findingsView->setCurrentIndex(findingsModel->indexOfFinding(0));
            if (refused.first().code != QLatin1String("geoip.country_not_allowed")) {
                std::fprintf(stderr, "screenshots: 8.8.8.8 gave %s\n", qPrintable(refused.first().code));
            }
            save(&window, language, QStringLiteral("geoip-refused"));
            if (mt::AllowCountryDialog *allow = window.allowCountryOfFinding()) {
                allow->findChild<QPlainTextEdit *>(QStringLiteral("allowReason"))
                    ->setPlainText(QStringLiteral("customer travels, ticket 4730"));
                allow->findChild<QSpinBox *>(QStringLiteral("allowDays"))->setValue(10);
                save(allow, language, QStringLiteral("geoip-allow"));
                allow->reject();
            }
            window.clear();
        }

        mt::GeoIpDatabase database;
        database.open(mt::GeoIpDatabase::defaultPath());
        mt::AboutDialog about(&database, mt::GeoIpDatabase::defaultPath(), language, &window);
        about.show();
        save(&about, language, QStringLiteral("about"));
        about.close();

        // The server pages: a replay refused at login, one accepted, the
        // message it left, the blocks and the dialogs.
        pages->setCurrentWidget(window.replayPage());
        replay(QStringLiteral("ok"));
        replay(QStringLiteral("auth"));
        save(&window, language, QStringLiteral("replay-auth"));
        replay(QStringLiteral("sender"));
        save(&window, language, QStringLiteral("replay-sender"));
        pages->setCurrentWidget(window.serverPage());
        auto *messages = window.serverPage()->findChild<QTableView *>(QStringLiteral("serverMessages"));
        messages->setCurrentIndex(messages->model()->index(0, 0));
        save(&window, language, QStringLiteral("server"));
        pages->setCurrentWidget(window.blockedPage());
        auto *blocked = window.blockedPage()->findChild<QTableView *>(QStringLiteral("blockedTable"));
        blocked->setCurrentIndex(blocked->model()->index(0, 0));
        save(&window, language, QStringLiteral("blocked"));
        auto *blockedFilter = window.blockedPage()->findChild<QLineEdit *>(QStringLiteral("blockedFilter"));
        blockedFilter->setText(QStringLiteral("198.51"));
        save(&window, language, QStringLiteral("blocked-filter"));
        blockedFilter->clear();
        if (mt::UnblockDialog *unblock = window.blockedPage()->unblockSelected()) {
            unblock->findChild<QPlainTextEdit *>(QStringLiteral("unblockReason"))
                ->setPlainText(QStringLiteral("customer changed the password, ticket 4712"));
            save(unblock, language, QStringLiteral("unblock"));
            unblock->reject();
        }
        // The country exceptions: the table, Allow and Revoke.
        mt::ExceptionsPanel *exceptions = window.blockedPage()->exceptionsPanel();
        exceptions->selectRow(1);
        save(&window, language, QStringLiteral("blocked-exceptions"));
        if (mt::AllowCountryDialog *allow = exceptions->allowCountry()) {
            allow->findChild<QComboBox *>(QStringLiteral("allowCountry"))->setEditText(QStringLiteral("Atlantis"));
            save(allow, language, QStringLiteral("allow-country-hint"));
            allow->setCountry(QStringLiteral("CZ"));
            allow->findChild<QPlainTextEdit *>(QStringLiteral("allowReason"))
                ->setPlainText(QStringLiteral("holiday in Prague, ticket 4731"));
            save(allow, language, QStringLiteral("allow-country"));
            allow->reject();
        }
        if (mt::RevokeCountryDialog *revoke = exceptions->revokeSelected()) {
            revoke->findChild<QPlainTextEdit *>(QStringLiteral("revokeReason"))
                ->setPlainText(QStringLiteral("customer is back, ticket 4725"));
            save(revoke, language, QStringLiteral("revoke-country"));
            revoke->reject();
        }
        // The store away: both pages say so instead of showing empty lists.
        {
            mt::LocalizedText storeError;
            const auto away = mt::policy::StoreUrl::parse(
                QStringLiteral("redis://127.0.0.1:%1/0").arg(mt::test::freePort()), QString(), &storeError);
            server.setStoreUrl(*away, &storeError);
            QTest::qWait(300);
            save(&window, language, QStringLiteral("blocked-store-unreachable"));
            pages->setCurrentWidget(window.serverPage());
            save(&window, language, QStringLiteral("server-store-unreachable"));
            server.setStoreUrl(*mt::policy::StoreUrl::parse({}, server.stateDir(), &storeError), &storeError);
            pages->setCurrentWidget(window.blockedPage());
        }
        if (mt::PolicyDialog *policyDialog = window.serverPage()->editPolicy()) {
            save(policyDialog, language, QStringLiteral("policy"));
            if (auto *policyTabs = policyDialog->findChild<QTabWidget *>()) {
                policyTabs->setCurrentIndex(1);
                save(policyDialog, language, QStringLiteral("policy-accounts"));
                policyTabs->setCurrentIndex(2);
                save(policyDialog, language, QStringLiteral("policy-limits"));
            }
            policyDialog->reject();
        }
        pages->setCurrentIndex(0);
    }
    return 0;
}
