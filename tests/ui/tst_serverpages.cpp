// The Server, Replay and Blocked IPs pages against the real built-in server
// in process (loopback, a free port, fake DNS, a manual clock): what staff
// do with them, click by click.
#include "audittrailmodel.h"
#include "blockedipmodel.h"
#include "blockedpage.h"
#include "clientviewsmodel.h"
#include "coreerror.h"
#include "fakeresolver.h"
#include "forwardingresolver.h"
#include "freeport.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "messagelistmodel.h"
#include "policy/blockstore.h"
#include "policy/domainvalidator.h"
#include "policy/filestatestore.h"
#include "policy/passwordhash.h"
#include "policydialog.h"
#include "replaypage.h"
#include "servereventmodel.h"
#include "serverpage.h"
#include "smtp/serverruntime.h"
#include "unblockdialog.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace mt;

class TestServerPages : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void startShowsGreeting();
    void portTaken();
    void stateDirUnusable();
    void eventLogIsCapped();
    void replayWrongPassword();
    void replayAllIsWell();
    void replayBadInput();
    void blockAndUnblock();
    void blockedPageLearnsFromEvents();
    void countdown_data();
    void countdown();
    void auditTrailKeepsBadLines();
    void mainWindowPages();
    void forwardingResolverSwitches();
    void policyErrors_data();
    void policyErrors();
    void policyRoundTrip();
    void policySaveFails();
    void replayFollowsTheEditedPolicy();

private:
    // The first line the server sends on a new connection from 127.0.0.1.
    QByteArray greeting();

    QTemporaryDir *m_dir = nullptr;
    policy::ManualClock m_clock;
    // The runtime's default store: the block file in its state directory.
    policy::BlockStore &blockFile() { return static_cast<policy::FileStateStore &>(m_runtime->store()).blockFile(); }
    test::FakeResolver *m_dns = nullptr;
    smtp::ServerRuntime *m_runtime = nullptr;
};

void TestServerPages::init()
{
    m_dir = new QTemporaryDir;
    m_dns = new test::FakeResolver;
    m_dns->add(QStringLiteral("kowalski.test"), dns::RecordType::MX, QStringLiteral("10 mx.kowalski.test"));
    m_dns->add(QStringLiteral("example.test"), dns::RecordType::MX, QStringLiteral("10 mx.example.test"));
    m_runtime = new smtp::ServerRuntime(*m_dns, m_clock, m_dir->path());
    m_runtime->setReplays(true);
    policy::Policy rules;
    rules.domains << policy::DomainPolicy{QStringLiteral("kowalski.test"), {}, {QStringLiteral("PL")}};
    rules.accounts << policy::Account{
        QStringLiteral("jan@kowalski.test"), policy::passwordhash::make("secret", 1000), {}};
    LocalizedText error;
    QVERIFY(m_runtime->setPolicy(rules, &error));
    QVERIFY2(m_runtime->open(&error), qPrintable(errorText(error)));
    m_runtime->setCountryLookup([](const QHostAddress &address) {
        return address == QHostAddress(QStringLiteral("203.0.113.9")) ? QStringLiteral("CN") : QStringLiteral("PL");
    });
}

void TestServerPages::cleanup()
{
    delete m_runtime;
    delete m_dns;
    delete m_dir;
}

QByteArray TestServerPages::greeting()
{
    QTcpSocket socket;
    QSignalSpy ready(&socket, &QTcpSocket::readyRead);
    socket.connectToHost(QHostAddress::LocalHost, m_runtime->port());
    // The server runs on this thread: wait by spinning the loop, never block it.
    while (!socket.canReadLine()) {
        if (!ready.wait(30000)) {
            return {};
        }
    }
    return socket.readLine().trimmed();
}

void TestServerPages::startShowsGreeting()
{
    ServerPage page(*m_runtime);
    QAbstractItemModelTester eventsTester(page.eventModel());
    QAbstractItemModelTester messagesTester(page.messageModel());
    page.setPort(test::freePort());
    auto *start = page.findChild<QPushButton *>(QStringLiteral("startServer"));
    auto *stop = page.findChild<QPushButton *>(QStringLiteral("stopServer"));
    QVERIFY(start && stop);
    QVERIFY(start->isEnabled());
    QVERIFY(!stop->isEnabled());
    QTest::mouseClick(start, Qt::LeftButton);
    QVERIFY2(m_runtime->isRunning(), qPrintable(page.errorText()));
    QCOMPARE(m_runtime->port(), page.port());
    QVERIFY(!start->isEnabled());
    QVERIFY(stop->isEnabled());
    const QString where = QStringLiteral("127.0.0.1:%1").arg(page.port());
    QVERIFY(page.findChild<QLabel *>(QStringLiteral("serverStatus"))->text().contains(where));

    QVERIFY(greeting().startsWith("220 "));
    // The connection shows in the live log.
    QTRY_VERIFY(page.eventModel()->text().contains(QLatin1String("Connection from 127.0.0.1")));

    QTest::mouseClick(stop, Qt::LeftButton);
    QVERIFY(!m_runtime->isRunning());
    QVERIFY(start->isEnabled());
}

void TestServerPages::portTaken()
{
    QTcpServer squatter;
    QVERIFY(squatter.listen(QHostAddress::LocalHost, 0));
    ServerPage page(*m_runtime);
    page.setPort(squatter.serverPort());
    page.start();
    QVERIFY(!m_runtime->isRunning());
    QVERIFY(page.errorText().contains(QString::number(squatter.serverPort())));
    const QString status = page.findChild<QLabel *>(QStringLiteral("serverStatus"))->text();
    QVERIFY2(status.contains(QLatin1String("Not running")), qPrintable(status));
    QVERIFY(page.findChild<QPushButton *>(QStringLiteral("startServer"))->isEnabled());
    // A free port works afterwards.
    page.setPort(test::freePort());
    page.start();
    QVERIFY(m_runtime->isRunning());
    QVERIFY(page.errorText().isEmpty());
}

void TestServerPages::stateDirUnusable()
{
    // A file where the directory should be.
    const QString file = m_dir->filePath(QStringLiteral("not-a-dir"));
    QFile blocker(file);
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    smtp::ServerRuntime runtime(*m_dns, m_clock, file + QStringLiteral("/server"));
    ServerPage page(runtime);
    page.setPort(test::freePort());
    page.start();
    QVERIFY(!runtime.isRunning());
    QVERIFY(!page.errorText().isEmpty());
    QVERIFY(page.findChild<QLabel *>(QStringLiteral("serverStatus"))->text().contains(page.errorText()));
}

void TestServerPages::eventLogIsCapped()
{
    ServerEventModel model; // (its tester runs in startShowsGreeting: here it would check 5000 times)
    for (int i = 0; i <= ServerEventModel::maxEvents; ++i) {
        model.append(smtp::ServerEvent::notice({"Test", "line %1", {QString::number(i)}}));
    }
    // The oldest tenth went at once; the newest line is last.
    QCOMPARE(model.rowCount(), ServerEventModel::maxEvents - ServerEventModel::maxEvents / 10 + 1);
    QVERIFY(
        model.index(0, 0).data().toString().endsWith(QStringLiteral(" line %1").arg(ServerEventModel::maxEvents / 10)));
    QVERIFY(model.index(model.rowCount() - 1, 0)
                .data()
                .toString()
                .endsWith(QStringLiteral(" line %1").arg(ServerEventModel::maxEvents)));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestServerPages::replayWrongPassword()
{
    ReplayPage page(*m_runtime);
    QAbstractItemModelTester viewsTester(page.viewsModel());
    page.setParameters({QStringLiteral("jan@kowalski.test"), QStringLiteral("secret"),
                        QStringLiteral("anna@example.test"), QStringLiteral("nowhere.test"),
                        QStringLiteral("203.0.113.9")});
    page.setPort(test::freePort());
    QVERIFY(page.selectScenario(QStringLiteral("geoip")));
    QCOMPARE(page.scenario().clientIp, QStringLiteral("203.0.113.9"));
    QVERIFY2(page.countryText().contains(QLatin1String("CN")), qPrintable(page.countryText()));
    QVERIFY(page.selectScenario(QStringLiteral("auth")));
    QCOMPARE(page.scenario().password, QStringLiteral("secret-wrong"));
    QVERIFY(page.countryText().isEmpty());
    QSignalSpy finished(&page, &ReplayPage::finished);
    QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("replayRun")), Qt::LeftButton);
    QVERIFY(page.isRunning());
    QVERIFY(m_runtime->isRunning()); // started on demand
    QVERIFY(finished.wait(60000));
    QVERIFY(!page.isRunning());
    // The server's reply (docs/policy.md), in the transcript and in Outlook's words.
    const QRegularExpression reply(QStringLiteral("535 5\\.1\\.0 \\w{22} authentication failed"));
    QVERIFY2(reply.match(page.transcript()).hasMatch(), qPrintable(page.transcript()));
    QVERIFY(!page.transcript().contains(QLatin1String("secret")));
    QCOMPARE(page.viewsModel()->rowCount(), 4);
    QCOMPARE(page.viewsModel()->index(0, ClientViewsModel::Client).data().toString(), QStringLiteral("MS Outlook"));
    QVERIFY2(reply.match(page.viewsModel()->textAt(0)).hasMatch(), qPrintable(page.viewsModel()->textAt(0)));
    QVERIFY(page.viewsModel()->textAt(0).contains(QLatin1String("(0x800CCC78)")));
    QVERIFY(page.resultText().contains(QLatin1String("at login")));
}

void TestServerPages::replayAllIsWell()
{
    ServerPage serverPage(*m_runtime);
    serverPage.setPort(test::freePort());
    serverPage.start();
    QVERIFY(m_runtime->isRunning());
    ReplayPage page(*m_runtime);
    page.setParameters({QStringLiteral("jan@kowalski.test"), QStringLiteral("secret"),
                        QStringLiteral("anna@example.test"), QStringLiteral("nowhere.test"),
                        QStringLiteral("203.0.113.9")});
    QVERIFY(page.selectScenario(QStringLiteral("ok")));
    // Editing a field makes the scenario custom.
    auto *count = page.findChild<QSpinBox *>(QStringLiteral("replayCount"));
    count->setValue(2);
    QCOMPARE(page.scenario().id, QStringLiteral("custom"));
    QSignalSpy finished(&page, &ReplayPage::finished);
    page.run();
    QVERIFY(finished.wait(60000));
    QCOMPARE(page.viewsModel()->rowCount(), 0);
    QVERIFY2(page.resultText().contains(QLatin1String("All accepted: 2 message(s)")), qPrintable(page.resultText()));
    // The Server page lists both messages and shows one.
    QTRY_COMPARE(serverPage.messageModel()->rowCount(), 2);
    QCOMPARE(serverPage.messageModel()->index(0, MessageListModel::Sender).data().toString(),
             QStringLiteral("jan@kowalski.test"));
    auto *view = serverPage.findChild<QTableView *>(QStringLiteral("serverMessages"));
    view->setCurrentIndex(serverPage.messageModel()->index(1, 0));
    const QString text = serverPage.findChild<QPlainTextEdit *>(QStringLiteral("messageText"))->toPlainText();
    QVERIFY2(text.contains(QLatin1String("Subject: MailTriage replay")), qPrintable(text));
    // A new message refreshes the list; the one being read stays selected.
    m_clock.advanceSeconds(1); // (the list is in the order received)
    page.selectScenario(QStringLiteral("ok"));
    page.run();
    QVERIFY(finished.wait(60000));
    QTRY_COMPARE(serverPage.messageModel()->rowCount(), 3);
    QCOMPARE(view->currentIndex().row(), 1);
    QCOMPARE(serverPage.findChild<QPlainTextEdit *>(QStringLiteral("messageText"))->toPlainText(), text);
}

void TestServerPages::replayBadInput()
{
    ReplayPage page(*m_runtime);
    page.setPort(test::freePort());
    page.selectScenario(QStringLiteral("ok"));
    auto *ip = page.findChild<QLineEdit *>(QStringLiteral("replayClientIp"));
    ip->setText(QStringLiteral("not-an-address"));
    page.run();
    QVERIFY(!page.isRunning());
    QVERIFY2(page.resultText().contains(QLatin1String("not an IP address")), qPrintable(page.resultText()));
    ip->clear();
    page.findChild<QLineEdit *>(QStringLiteral("replayRecipients"))->setText(QStringLiteral(" , "));
    page.run();
    QVERIFY(!page.isRunning());
    QVERIFY(page.resultText().contains(QLatin1String("recipient")));
}

void TestServerPages::blockAndUnblock()
{
    ServerPage serverPage(*m_runtime);
    serverPage.setPort(test::freePort());
    serverPage.start();
    QVERIFY(m_runtime->isRunning());
    BlockedPage page(*m_runtime);
    QAbstractItemModelTester tester(page.model());
    QCOMPARE(page.model()->rowCount(), 0);
    // What the server reports, as values; and what the page knew the moment
    // the block was reported (its countdown timer had no chance to re-read).
    QList<smtp::ServerEvent> failures;
    QList<smtp::ServerEvent> blocks;
    int rowsWhenBlocked = -1;
    connect(m_runtime, &smtp::ServerRuntime::reported, this, [&](const smtp::ServerEvent &event) {
        if (event.kind == smtp::ServerEvent::Kind::AuthFailed) {
            failures << event;
        } else if (event.kind == smtp::ServerEvent::Kind::Blocked) {
            blocks << event;
            rowsWhenBlocked = page.model()->rowCount();
        }
    });

    // Eleven failed logins from 127.0.0.1, one connection each as clients retry.
    ReplayPage replay(*m_runtime);
    replay.selectScenario(QStringLiteral("auth"));
    replay.findChild<QLineEdit *>(QStringLiteral("replayLogin"))->setText(QStringLiteral("jan@kowalski.test"));
    replay.findChild<QLineEdit *>(QStringLiteral("replayPassword"))->setText(QStringLiteral("wrong"));
    replay.findChild<QLineEdit *>(QStringLiteral("replaySender"))->setText(QStringLiteral("jan@kowalski.test"));
    replay.findChild<QLineEdit *>(QStringLiteral("replayRecipients"))->setText(QStringLiteral("anna@example.test"));
    replay.findChild<QSpinBox *>(QStringLiteral("replayCount"))->setValue(11);
    QSignalSpy finished(&replay, &ReplayPage::finished);
    replay.run();
    QVERIFY(finished.wait(120000));
    QVERIFY(greeting().startsWith("550 "));

    QCOMPARE(failures.size(), 11);
    for (int i = 0; i < failures.size(); ++i) {
        QCOMPARE(failures.at(i).count, i + 1);
        QCOMPARE(failures.at(i).account, QStringLiteral("jan@kowalski.test"));
    }
    QCOMPARE(blocks.size(), 1);
    QCOMPARE(blocks.first().ip, QStringLiteral("127.0.0.1"));
    QCOMPARE(blocks.first().untilMs, m_clock.nowMs() + 3600 * 1000);
    QCOMPARE(rowsWhenBlocked, 1);
    QCOMPARE(page.model()->rowCount(), 1);
    QCOMPARE(page.model()->index(0, BlockedIpModel::Ip).data().toString(), QStringLiteral("127.0.0.1"));
    QCOMPARE(page.model()->index(0, BlockedIpModel::Failures).data().toInt(), 11);
    QCOMPARE(page.model()->index(0, BlockedIpModel::Country).data().toString(), QStringLiteral("PL"));
    // The countdown follows the injected clock.
    const qint64 left = page.model()->index(0, 0).data(BlockedIpModel::RemainingMsRole).toLongLong();
    QVERIFY(left > 0);
    m_clock.advanceSeconds(600);
    page.model()->refresh();
    QCOMPARE(page.model()->index(0, 0).data(BlockedIpModel::RemainingMsRole).toLongLong(), left - 600 * 1000);

    auto *view = page.findChild<QTableView *>(QStringLiteral("blockedTable"));
    view->setCurrentIndex(page.model()->index(0, 0));
    QVERIFY(page.findChild<QPushButton *>(QStringLiteral("unblockButton"))->isEnabled());
    UnblockDialog *dialog = page.unblockSelected();
    QVERIFY(dialog);
    QCOMPARE(dialog->ip(), QStringLiteral("127.0.0.1"));
    QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled()); // no reason yet
    auto *reason = dialog->findChild<QPlainTextEdit *>(QStringLiteral("unblockReason"));
    reason->setPlainText(QStringLiteral("   "));
    QVERIFY(!ok->isEnabled());
    reason->setPlainText(QStringLiteral("customer fixed the password, ticket 4711"));
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);

    QCOMPARE(page.model()->rowCount(), 0);
    QVERIFY2(page.auditText().contains(QLatin1String("ticket 4711")), qPrintable(page.auditText()));
    QVERIFY(page.auditText().contains(QLatin1String("127.0.0.1")));
    // The live log says who lifted it and why.
    QVERIFY2(serverPage.eventModel()->text().contains(QLatin1String("127.0.0.1 was unblocked by")),
             qPrintable(serverPage.eventModel()->text()));
    // The status is said again in the new language after a switch.
    auto *status = page.findChild<QLabel *>(QStringLiteral("blockedStatus"));
    QCOMPARE(status->text(), QStringLiteral("127.0.0.1 is unblocked."));
    {
        LanguageManager languages;
        languages.setLanguage(Language::Polish);
        QTRY_COMPARE(status->text(), QStringLiteral("Adres 127.0.0.1 został odblokowany."));
        languages.setLanguage(Language::English);
        QTRY_COMPARE(status->text(), QStringLiteral("127.0.0.1 is unblocked."));
    }
    // The running server lets the address in at once.
    QVERIFY(greeting().startsWith("220 "));
}

void TestServerPages::blockedPageLearnsFromEvents()
{
    BlockedPage page(*m_runtime);
    QAbstractItemModelTester tester(page.model());
    QCOMPARE(page.model()->rowCount(), 0);
    QCOMPARE(page.auditModel()->rowCount(), 0);
    // The store announces a block with its values: the row is there at once,
    // without the event loop (so without the page's timer re-reading).
    const qint64 now = m_clock.nowMs();
    QVERIFY(blockFile().block({QStringLiteral("192.0.2.44"), 12, now - 1000, now, now + 3600 * 1000, {}}));
    QCOMPARE(page.model()->rowCount(), 1);
    QCOMPARE(page.model()->index(0, BlockedIpModel::Ip).data().toString(), QStringLiteral("192.0.2.44"));
    QCOMPARE(page.model()->index(0, BlockedIpModel::Failures).data().toInt(), 12);
    QCOMPARE(page.model()->index(0, 0).data(BlockedIpModel::RemainingMsRole).toLongLong(), 3600 * 1000);
    // Lifted elsewhere (here: straight through the store, as the CLI's would
    // be noticed): the row goes and the trail shows who and why, at once.
    LocalizedText error;
    QVERIFY(
        blockFile().unblock(QStringLiteral("192.0.2.44"), QStringLiteral("anna"), QStringLiteral("ticket 99"), &error));
    QCOMPARE(page.model()->rowCount(), 0);
    QCOMPARE(page.auditModel()->rowCount(), 1);
    QCOMPARE(page.auditModel()->index(0, AuditTrailModel::Who).data().toString(), QStringLiteral("anna"));
    QCOMPARE(page.auditModel()->index(0, AuditTrailModel::Reason).data().toString(), QStringLiteral("ticket 99"));
}

void TestServerPages::countdown_data()
{
    QTest::addColumn<qint64>("leftMs");
    QTest::addColumn<QString>("text");
    QTest::newRow("hours") << qint64((2 * 3600 + 5 * 60 + 7) * 1000) << "2 h 05 min 07 s";
    QTest::newRow("minutes") << qint64((3 * 60 + 9) * 1000) << "3 min 09 s";
    QTest::newRow("seconds") << qint64(41 * 1000) << "41 s";
    QTest::newRow("part of a second rounds up") << qint64(1) << "1 s";
}

void TestServerPages::countdown()
{
    QFETCH(qint64, leftMs);
    QFETCH(QString, text);
    QCOMPARE(BlockedIpModel::remainingText(leftMs), text);

    // Through the store and the model, moved by the manual clock.
    policy::BlockEntry entry;
    entry.ip = QStringLiteral("192.0.2.9");
    entry.failures = 11;
    entry.firstFailureMs = m_clock.nowMs() - 1000;
    entry.lastFailureMs = m_clock.nowMs();
    entry.blockedUntilMs = m_clock.nowMs() + leftMs + 60 * 1000;
    QVERIFY(blockFile().block(entry));
    BlockedPage page(*m_runtime);
    QCOMPARE(page.model()->rowCount(), 1);
    m_clock.advanceMs(60 * 1000);
    page.model()->refresh();
    const QString shown = page.model()->index(0, BlockedIpModel::BlockedUntil).data().toString();
    QVERIFY2(shown.endsWith(QStringLiteral("(%1 left)").arg(text)), qPrintable(shown));
    m_clock.advanceMs(leftMs);
    page.model()->refresh(); // the block is over: the row goes
    QCOMPARE(page.model()->rowCount(), 0);
}

void TestServerPages::auditTrailKeepsBadLines()
{
    AuditTrailModel model;
    QAbstractItemModelTester tester(&model);
    LocalizedText error;
    policy::BlockStore &store = blockFile();
    model.setEntries(store.auditTrail(&error)); // no trail yet: empty
    QVERIFY(error.isEmpty());
    QCOMPARE(model.rowCount(), 0);
    QFile file(store.auditPath());
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"time":"2026-11-23T12:00:00.000Z","by":"anna","ip":"192.0.2.9","failures":11,"reason":"ticket 1"})"
               "\n{half a line\n");
    file.close();
    model.setEntries(store.auditTrail(&error));
    QVERIFY(error.isEmpty());
    QCOMPARE(model.rowCount(), 2);
    // Newest first; the damaged line is shown as it is.
    QCOMPARE(model.index(0, AuditTrailModel::Reason).data().toString(), QStringLiteral("{half a line"));
    QCOMPARE(model.index(1, AuditTrailModel::Who).data().toString(), QStringLiteral("anna"));
    QCOMPARE(model.index(1, AuditTrailModel::Ip).data().toString(), QStringLiteral("192.0.2.9"));
    QCOMPARE(model.index(1, AuditTrailModel::Reason).data().toString(), QStringLiteral("ticket 1"));
}

void TestServerPages::mainWindowPages()
{
    LanguageManager languages;
    MainWindow window(*m_dns, languages, nullptr, m_dir->filePath(QStringLiteral("history.json")),
                      m_dir->filePath(QStringLiteral("gui-server")));
    window.loadSettings(m_dir->filePath(QStringLiteral("settings.ini")));
    window.show();
    auto *pages = window.findChild<QTabWidget *>(QStringLiteral("pages"));
    QCOMPARE(pages->count(), 4);
    QVERIFY(pages->tabBar()->isVisible());
    QCOMPARE(pages->tabText(pages->indexOf(window.serverPage())), QStringLiteral("Server"));
    QCOMPARE(pages->tabText(pages->indexOf(window.replayPage())), QStringLiteral("Replay"));
    QCOMPARE(pages->tabText(pages->indexOf(window.blockedPage())), QStringLiteral("Blocked IPs"));
    QCOMPARE(window.serverRuntime().stateDir(), m_dir->filePath(QStringLiteral("gui-server")));
    // The settings' port is where Start listens.
    AppSettings settings = window.settings();
    settings.serverPort = test::freePort();
    window.applySettings(settings);
    QCOMPARE(window.serverPage()->port(), quint16(settings.serverPort));
    window.serverPage()->start();
    QVERIFY2(window.serverRuntime().isRunning(), qPrintable(window.serverPage()->errorText()));
    QCOMPARE(window.serverRuntime().port(), quint16(settings.serverPort));
}

void TestServerPages::forwardingResolverSwitches()
{
    test::FakeResolver other;
    other.add(QStringLiteral("only-other.test"), dns::RecordType::MX, QStringLiteral("10 mx.only-other.test"));
    ForwardingResolver forwarding(*m_dns);
    policy::DomainValidator validator(forwarding, m_clock);
    auto verdict = [&](const QString &domain) {
        std::optional<policy::DomainValidator::Result> result;
        validator.check(domain, this, [&](policy::DomainValidator::Result r) { result = r; });
        [[maybe_unused]] const bool answered = QTest::qWaitFor([&] { return result.has_value(); }, 10000);
        return result;
    };
    QCOMPARE(verdict(QStringLiteral("only-other.test")), policy::DomainValidator::Result::Invalid);
    QCOMPARE(other.queries(), 0);
    // Settings name other DNS servers: the same validator asks them now.
    forwarding.setTarget(other);
    QCOMPARE(verdict(QStringLiteral("only-other.test")), policy::DomainValidator::Result::Invalid); // cached a minute
    m_clock.advanceSeconds(61);
    QCOMPARE(verdict(QStringLiteral("only-other.test")), policy::DomainValidator::Result::Valid);
    QVERIFY(other.queries() > 0);
}

void TestServerPages::policyErrors_data()
{
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QString>("countries");
    QTest::addColumn<QString>("login");
    QTest::addColumn<bool>("password");
    QTest::addColumn<QString>("error");
    QTest::newRow("empty domain name") << ""
                                       << "PL"
                                       << "ok@new.test" << true << "domains[1].name";
    QTest::newRow("not a country code") << "new.test"
                                        << "PL, Polska"
                                        << "ok@new.test" << true << "\"Polska\" is not a two-letter country code";
    QTest::newRow("login not an address") << "new.test"
                                          << ""
                                          << "nobody" << true << "must be an e-mail address";
    QTest::newRow("account without password") << "new.test"
                                              << ""
                                              << "ok@new.test" << false << "has no password";
}

void TestServerPages::policyErrors()
{
    QFETCH(QString, domain);
    QFETCH(QString, countries);
    QFETCH(QString, login);
    QFETCH(bool, password);
    QFETCH(QString, error);
    const QString path = m_dir->filePath(QStringLiteral("edited.json"));
    PolicyDialog dialog(m_runtime->policy(), path);
    dialog.setHashIterations(1000);
    QSignalSpy saved(&dialog, &PolicyDialog::saved);
    QTableWidget *domains = dialog.domainTable();
    domains->insertRow(1);
    domains->setItem(1, 0, new QTableWidgetItem(domain));
    domains->setItem(1, 2, new QTableWidgetItem(countries));
    QTableWidget *accounts = dialog.accountTable();
    accounts->insertRow(1);
    accounts->setItem(1, 0, new QTableWidgetItem(login));
    accounts->setItem(1, 1, new QTableWidgetItem);
    if (password) {
        QSignalSpy hashed(&dialog, &PolicyDialog::passwordHashed);
        dialog.setPassword(1, QStringLiteral("n3w-secret"));
        QVERIFY(hashed.wait(30000));
    }
    // Save through the button, as staff do.
    QTest::mouseClick(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save), Qt::LeftButton);
    QVERIFY2(dialog.errorText().contains(error), qPrintable(dialog.errorText()));
    QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("policyError"))->isHidden());
    QCOMPARE(saved.count(), 0);
    QVERIFY(!QFile::exists(path)); // nothing written
}

void TestServerPages::policyRoundTrip()
{
    ServerPage page(*m_runtime);
    PolicyDialog *dialog = page.editPolicy();
    QVERIFY(dialog);
    QCOMPARE(dialog->path(), m_runtime->policyPath());
    dialog->setHashIterations(1000);
    QCOMPARE(dialog->domainTable()->rowCount(), 1);
    QCOMPARE(dialog->accountTable()->rowCount(), 1);
    QTableWidget *domains = dialog->domainTable();
    domains->insertRow(1);
    domains->setItem(1, 0, new QTableWidgetItem(QStringLiteral("Nowa.TEST")));
    domains->setItem(1, 1, new QTableWidgetItem(QStringLiteral("nowa.example, nowa2.example")));
    domains->setItem(1, 2, new QTableWidgetItem(QStringLiteral("pl, cz")));
    QTableWidget *accounts = dialog->accountTable();
    accounts->insertRow(1);
    accounts->setItem(1, 0, new QTableWidgetItem(QStringLiteral("ola@nowa.test")));
    accounts->setItem(1, 1, new QTableWidgetItem);
    accounts->setItem(1, 2, new QTableWidgetItem);
    QSignalSpy hashed(dialog, &PolicyDialog::passwordHashed);
    dialog->setPassword(1, QStringLiteral("n3w-secret"));
    QVERIFY(dialog->hashing());
    QVERIFY(!dialog->save()); // not before the hash is there
    QVERIFY(dialog->errorText().contains(QLatin1String("still being hashed")));
    QVERIFY(hashed.wait(30000));
    QVERIFY(!dialog->hashing());
    dialog->perMinuteBox()->setValue(120);
    QSignalSpy saved(dialog, &PolicyDialog::saved);
    QVERIFY2(dialog->save(), qPrintable(dialog->errorText()));
    QCOMPARE(saved.count(), 1);

    QFile file(m_runtime->policyPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray json = file.readAll();
    QVERIFY(!json.contains("n3w-secret")); // the hash only
    LocalizedText problem;
    const auto loaded = policy::Policy::fromJson(json, &problem);
    QVERIFY2(loaded, qPrintable(errorText(problem)));
    QCOMPARE(loaded->limits.perMinute, 120);
    const policy::DomainPolicy *nowa = loaded->domain(QStringLiteral("nowa.test"));
    QVERIFY(nowa);
    QCOMPARE(nowa->aliases, QStringList({QStringLiteral("nowa.example"), QStringLiteral("nowa2.example")}));
    QCOMPARE(nowa->countries, QStringList({QStringLiteral("PL"), QStringLiteral("CZ")}));
    const policy::Account *ola = loaded->account(QStringLiteral("ola@nowa.test"));
    QVERIFY(ola);
    QVERIFY(policy::passwordhash::verify("n3w-secret", ola->password));
    // The old account keeps its hash untouched.
    QCOMPARE(loaded->account(QStringLiteral("jan@kowalski.test"))->password,
             m_runtime->policy().account(QStringLiteral("jan@kowalski.test"))->password);
    // The server uses the new policy at once, and a new runtime reads the file.
    QCOMPARE(m_runtime->policy().limits.perMinute, 120);
    smtp::ServerRuntime again(*m_dns, m_clock, m_dir->path());
    LocalizedText error;
    QVERIFY(again.open(&error));
    QVERIFY(again.policy().account(QStringLiteral("ola@nowa.test")));
}

// Staff set per_minute to 5 in the policy editor: the Replay page's rate
// scenario then sends 6 messages and the 6th is refused.
void TestServerPages::replayFollowsTheEditedPolicy()
{
    ReplayPage replay(*m_runtime);
    replay.setParameters({QStringLiteral("jan@kowalski.test"), QStringLiteral("secret"),
                          QStringLiteral("anna@example.test"), QStringLiteral("nowhere.test"),
                          QStringLiteral("203.0.113.9")});
    replay.setPort(test::freePort());
    replay.show();
    QVERIFY(replay.selectScenario(QStringLiteral("rate")));
    QCOMPARE(replay.scenario().messages, 251);
    replay.hide();

    ServerPage page(*m_runtime);
    PolicyDialog *dialog = page.editPolicy();
    QVERIFY(dialog);
    dialog->perMinuteBox()->setValue(5);
    QVERIFY2(dialog->save(), qPrintable(dialog->errorText()));
    QCOMPARE(m_runtime->policy().limits.perMinute, 5);

    replay.show(); // back on the Replay tab
    QVERIFY(replay.selectScenario(QStringLiteral("rate")));
    QCOMPARE(replay.scenario().messages, 6);
    auto *scenarios = replay.findChild<QComboBox *>(QStringLiteral("replayScenario"));
    QVERIFY(scenarios);
    QVERIFY2(scenarios->currentText().contains(QLatin1String("more than 5 messages")),
             qPrintable(scenarios->currentText()));
    QSignalSpy finished(&replay, &ReplayPage::finished);
    replay.run();
    QVERIFY(finished.wait(60000));
    QVERIFY2(replay.resultText().contains(QLatin1String("(5 message(s) accepted before)")),
             qPrintable(replay.resultText()));
    QVERIFY2(QRegularExpression(QStringLiteral("550 5\\.1\\.0 \\w{22} policy violation"))
                 .match(replay.resultText())
                 .hasMatch(),
             qPrintable(replay.resultText()));
}

void TestServerPages::policySaveFails()
{
    const QString file = m_dir->filePath(QStringLiteral("a-file"));
    QFile blocker(file);
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    PolicyDialog dialog(m_runtime->policy(), file + QStringLiteral("/policy.json"));
    QSignalSpy saved(&dialog, &PolicyDialog::saved);
    QVERIFY(!dialog.save());
    QVERIFY2(dialog.errorText().startsWith(QLatin1String("Could not save")), qPrintable(dialog.errorText()));
    QCOMPARE(saved.count(), 0);
}

QTEST_MAIN(TestServerPages)
#include "tst_serverpages.moc"
