// The Server, Replay and Blocked IPs pages against the real built-in server
// in process (loopback, a free port, fake DNS, a manual clock): what staff
// do with them, click by click.
#include "audittrailmodel.h"
#include "blockedipfilter.h"
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

namespace {

// A desk's store: the files of a state directory, counting how often the
// list of blocks is asked for, and unreachable when told (as Redis is when
// the network goes): every question then fails and no event comes.
class DeskStore final : public policy::StateStore
{
    Q_OBJECT

public:
    // BLOCKS are in the files before anybody listens.
    DeskStore(const QString &dir, const policy::Clock &clock, const QList<policy::BlockEntry> &blocks)
        : m_files(dir, clock)
    {
        QList<LocalizedText> messages;
        m_files.open(&messages);
        for (const policy::BlockEntry &entry : blocks) {
            m_files.blockFile().block(entry);
        }
        connect(&m_files, &StateStore::blocked, this, [this](const policy::BlockEntry &entry) {
            if (m_reachable) {
                emit blocked(entry);
            }
        });
        connect(&m_files, &StateStore::unblocked, this, [this](const policy::AuditEntry &unblock) {
            if (m_reachable) {
                emit unblocked(unblock);
            }
        });
    }

    int listsAsked() const { return m_listsAsked; }
    policy::BlockStore &blockFile() { return m_files.blockFile(); }
    // ANNOUNCE: availabilityChanged says so, as Redis's connection does; an
    // error answer from a store that stays connected has no such event.
    void setReachable(bool reachable, bool announce)
    {
        m_reachable = reachable;
        if (announce) {
            emit availabilityChanged(reachable);
        }
    }

    QString description() const override { return QStringLiteral("redis://desk.test:6379/0"); }
    bool isAvailable() const override { return m_reachable; }
    void recordFailedLogin(const QString &ip, qint64 nowMs, qint64 windowMs, int limit, qint64 blockMs,
                           Reply<policy::FailureOutcome> done) override
    {
        m_files.recordFailedLogin(ip, nowMs, windowMs, limit, blockMs, std::move(done));
    }
    void failedLogins(const QString &ip, qint64 nowMs, qint64 windowMs, Reply<int> done) override
    {
        m_files.failedLogins(ip, nowMs, windowMs, std::move(done));
    }
    void blockOf(const QString &ip, qint64 nowMs, Reply<std::optional<policy::BlockEntry>> done) override
    {
        m_files.blockOf(ip, nowMs, std::move(done));
    }
    void activeBlocks(qint64 nowMs, Reply<QList<policy::BlockEntry>> done) override
    {
        ++m_listsAsked;
        if (!m_reachable) {
            done(policy::StoreAnswer<QList<policy::BlockEntry>>::failed(
                {"StateStore", "%1 is unreachable", {description()}}));
            return;
        }
        m_files.activeBlocks(nowMs, std::move(done));
    }
    void unblock(const QString &ip, const QString &who, const QString &reason, qint64 nowMs,
                 Reply<policy::AuditEntry> done) override
    {
        m_files.unblock(ip, who, reason, nowMs, std::move(done));
    }
    void auditTrail(Reply<QList<policy::AuditEntry>> done) override { m_files.auditTrail(std::move(done)); }
    void admit(policy::Counter counter, const QStringList &keys, const QList<policy::Window> &windows, qint64 nowMs,
               Reply<bool> done) override
    {
        m_files.admit(counter, keys, windows, nowMs, std::move(done));
    }
    void admitUnlessBlocked(const QString &ip, policy::Counter counter, const QStringList &keys,
                            const QList<policy::Window> &windows, qint64 nowMs, Reply<policy::Admission> done) override
    {
        m_files.admitUnlessBlocked(ip, counter, keys, windows, nowMs, std::move(done));
    }
    void add(policy::Counter counter, const QString &key, qint64 nowMs, qint64 spanMs, Reply<int> done) override
    {
        m_files.add(counter, key, nowMs, spanMs, std::move(done));
    }
    void senderCounts(const QString &ip, const QString &login, const QList<policy::Window> &windows,
                      qint64 queueWindowMs, qint64 nowMs, bool withBlock, Reply<policy::SenderCounts> done) override
    {
        m_files.senderCounts(ip, login, windows, queueWindowMs, nowMs, withBlock, std::move(done));
    }
    void grantCountry(const policy::CountryException &exception, Reply<bool> done) override
    {
        m_files.grantCountry(exception, std::move(done));
    }
    void revokeCountry(const QString &domain, const QString &country, const QString &who, const QString &reason,
                       qint64 nowMs, Reply<bool> done) override
    {
        m_files.revokeCountry(domain, country, who, reason, nowMs, std::move(done));
    }
    void countryExceptions(qint64 nowMs, Reply<QList<policy::CountryException>> done) override
    {
        m_files.countryExceptions(nowMs, std::move(done));
    }

private:
    policy::FileStateStore m_files;
    int m_listsAsked = 0;
    bool m_reachable = true;
};

// A desk's Blocked IPs model on its own store, checked as it changes.
struct Desk
{
    Desk(const QString &dir, const policy::Clock &clock, const QList<policy::BlockEntry> &blocks)
        : store(dir, clock, blocks)
        , model(store, clock)
        , tester(&model)
    {}

    DeskStore store;
    BlockedIpModel model;
    QAbstractItemModelTester tester;
};

} // namespace

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
    void blockedFilter_data();
    void blockedFilter();
    void countdown_data();
    void countdown();
    void countdownMovesWithoutAsking_data();
    void countdownMovesWithoutAsking();
    void expiredRowsGo_data();
    void expiredRowsGo();
    void announcedBlockShownAtOnce_data();
    void announcedBlockShownAtOnce();
    void storeAwayKeepsRows_data();
    void storeAwayKeepsRows();
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
    // IP blocked for UNTIL_FROM_NOW_MS from now, in the block file of DIR.
    policy::BlockEntry blockEntry(const QString &ip, qint64 untilFromNowMs) const;
    // IP blocked by another process on the same state directory (the CLI, a
    // node whose announcement was missed): the desk's store is not told.
    void blockBehindTheBack(const QString &dir, const QString &ip, qint64 untilFromNowMs);
    // The Blocked until column of IP's row, empty when IP has no row.
    static QString shownUntil(const BlockedIpModel &model, const QString &ip);

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
    view->setCurrentIndex(page.shownModel()->index(0, 0));
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

void TestServerPages::blockedFilter_data()
{
    QTest::addColumn<int>("language");
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QStringList>("shown"); // IP and country as the table shows them

    const QStringList all{QStringLiteral("192.0.2.44 Poland (PL)"), QStringLiteral("192.0.2.45 Poland (PL)"),
                          QStringLiteral("203.0.113.9 China (CN)")};
    QTest::newRow("no filter: every row, countries by name") << int(Language::English) << QString() << all;
    QTest::newRow("Polish names in the Polish UI")
        << int(Language::Polish) << QString()
        << QStringList{QStringLiteral("192.0.2.44 Polska (PL)"), QStringLiteral("192.0.2.45 Polska (PL)"),
                       QStringLiteral("203.0.113.9 Chiny (CN)")};
    QTest::newRow("part of an IP") << int(Language::English) << QStringLiteral("192.0.2.") << all.mid(0, 2);
    QTest::newRow("one IP, spaces around") << int(Language::English) << QStringLiteral(" 203.0.113.9 ") << all.mid(2);
    QTest::newRow("country code, any case") << int(Language::English) << QStringLiteral("cn") << all.mid(2);
    QTest::newRow("country name") << int(Language::English) << QStringLiteral("POLAND") << all.mid(0, 2);
    QTest::newRow("the other language's name") << int(Language::English) << QStringLiteral("chiny") << all.mid(2);
    QTest::newRow("nothing matches") << int(Language::English) << QStringLiteral("198.51") << QStringList();
}

void TestServerPages::blockedFilter()
{
    QFETCH(int, language);
    QFETCH(QString, filter);
    QFETCH(QStringList, shown);
    const qint64 now = m_clock.nowMs();
    for (const char *ip : {"192.0.2.44", "192.0.2.45", "203.0.113.9"}) {
        QVERIFY(blockFile().block({QLatin1String(ip), 11, now - 1000, now, now + 3600 * 1000, {}}));
    }
    LanguageManager languages;
    languages.setLanguage(static_cast<Language>(language));
    BlockedPage page(*m_runtime);
    QAbstractItemModelTester tester(page.shownModel());
    page.findChild<QLineEdit *>(QStringLiteral("blockedFilter"))->setText(filter);
    auto *view = page.findChild<QTableView *>(QStringLiteral("blockedTable"));
    QStringList rows;
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        rows << view->model()->index(row, BlockedIpModel::Ip).data().toString() + QLatin1Char(' ') +
                    view->model()->index(row, BlockedIpModel::Country).data().toString();
    }
    // What is selected in the filtered table is what gets unblocked.
    if (!rows.isEmpty()) {
        view->setCurrentIndex(view->model()->index(int(rows.size()) - 1, 0));
        UnblockDialog *dialog = page.unblockSelected();
        QVERIFY(dialog);
        QCOMPARE(dialog->ip(), rows.last().section(QLatin1Char(' '), 0, 0));
        dialog->reject();
    }
    rows.sort(); // the store's order is its own
    QCOMPARE(rows, shown);
    languages.setLanguage(Language::English);
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

policy::BlockEntry TestServerPages::blockEntry(const QString &ip, qint64 untilFromNowMs) const
{
    const qint64 now = m_clock.nowMs();
    return {ip, 11, now - 60 * 1000, now - 1000, now + untilFromNowMs, {QStringLiteral("mx1")}};
}

void TestServerPages::blockBehindTheBack(const QString &dir, const QString &ip, qint64 untilFromNowMs)
{
    policy::BlockStore other(dir, m_clock);
    QList<LocalizedText> messages;
    QVERIFY(other.open(&messages));
    LocalizedText error;
    QVERIFY2(other.block(blockEntry(ip, untilFromNowMs), &error), qPrintable(errorText(error)));
}

QString TestServerPages::shownUntil(const BlockedIpModel &model, const QString &ip)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.ipAt(row) == ip) {
            return model.index(row, BlockedIpModel::BlockedUntil).data().toString();
        }
    }
    return {};
}

void TestServerPages::countdownMovesWithoutAsking_data()
{
    QTest::addColumn<qint64>("movedMs");
    QTest::addColumn<QString>("left");
    QTest::addColumn<bool>("reread"); // the block recorded behind the desk's back is shown
    QTest::newRow("one second") << qint64(1000) << "(59 min 59 s left)" << false;
    QTest::newRow("29 s, just before the resync") << qint64(29 * 1000) << "(59 min 31 s left)" << false;
    QTest::newRow("30 s: the store is read again") << BlockedIpModel::resyncMs << "(59 min 30 s left)" << true;
    QTest::newRow("ten minutes") << qint64(600 * 1000) << "(50 min 00 s left)" << true;
}

void TestServerPages::countdownMovesWithoutAsking()
{
    QFETCH(qint64, movedMs);
    QFETCH(QString, left);
    QFETCH(bool, reread);
    const QString dir = m_dir->filePath(QStringLiteral("desk"));
    Desk desk(dir, m_clock, {blockEntry(QStringLiteral("192.0.2.44"), 3600 * 1000)});
    DeskStore &store = desk.store;
    BlockedIpModel &model = desk.model;
    QCOMPARE(model.rowCount(), 1);
    QVERIFY2(shownUntil(model, QStringLiteral("192.0.2.44")).endsWith(QLatin1String("(1 h 00 min 00 s left)")),
             qPrintable(shownUntil(model, QStringLiteral("192.0.2.44"))));
    const int asked = store.listsAsked();
    blockBehindTheBack(dir, QStringLiteral("198.51.100.7"), 2 * 3600 * 1000);

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    m_clock.advanceMs(movedMs);
    model.tick();
    const QString shown = shownUntil(model, QStringLiteral("192.0.2.44"));
    QVERIFY2(shown.endsWith(left), qPrintable(shown));
    // Only the time left is redrawn.
    QVERIFY(!changed.isEmpty());
    const auto topLeft = changed.first().at(0).value<QModelIndex>();
    const auto bottomRight = changed.first().at(1).value<QModelIndex>();
    QCOMPARE(topLeft.column(), int(BlockedIpModel::BlockedUntil));
    QCOMPARE(bottomRight.column(), int(BlockedIpModel::BlockedUntil));
    QVERIFY(changed.first().at(2).value<QList<int>>().contains(BlockedIpModel::RemainingMsRole));
    // The store is asked only once the resync interval has passed.
    QCOMPARE(store.listsAsked(), asked + (reread ? 1 : 0));
    QCOMPARE(model.rowCount(), reread ? 2 : 1);
    QCOMPARE(shownUntil(model, QStringLiteral("198.51.100.7")).isEmpty(), !reread);
}

void TestServerPages::expiredRowsGo_data()
{
    QTest::addColumn<qint64>("movedMs");
    QTest::addColumn<QStringList>("shown");
    const QString soon = QStringLiteral("192.0.2.10");  // blocked for 10 s
    const QString later = QStringLiteral("192.0.2.20"); // 20 s
    const QString hour = QStringLiteral("192.0.2.30");  // an hour
    QTest::newRow("none ran out") << qint64(9 * 1000) << QStringList{soon, later, hour};
    QTest::newRow("the end of a block to the millisecond") << qint64(10 * 1000) << QStringList{later, hour};
    QTest::newRow("two ran out within one tick") << qint64(20 * 1000 + 1) << QStringList{hour};
    QTest::newRow("all ran out") << qint64(3600 * 1000) << QStringList{};
}

void TestServerPages::expiredRowsGo()
{
    QFETCH(qint64, movedMs);
    QFETCH(QStringList, shown);
    Desk desk(m_dir->filePath(QStringLiteral("desk")), m_clock,
              {blockEntry(QStringLiteral("192.0.2.10"), 10 * 1000), blockEntry(QStringLiteral("192.0.2.20"), 20 * 1000),
               blockEntry(QStringLiteral("192.0.2.30"), 3600 * 1000)});
    DeskStore &store = desk.store;
    BlockedIpModel &model = desk.model;
    QCOMPARE(model.rowCount(), 3);
    const int asked = store.listsAsked();
    m_clock.advanceMs(movedMs);
    model.tick();
    QStringList rows;
    for (int row = 0; row < model.rowCount(); ++row) {
        rows << model.ipAt(row);
    }
    rows.sort();
    QCOMPARE(rows, shown);
    QCOMPARE(store.listsAsked(), asked + (movedMs >= BlockedIpModel::resyncMs ? 1 : 0));
}

void TestServerPages::announcedBlockShownAtOnce_data()
{
    QTest::addColumn<QString>("ip");
    QTest::addColumn<qint64>("blockMs");
    QTest::addColumn<int>("rows");
    QTest::addColumn<QString>("left");
    QTest::newRow("another IP") << QStringLiteral("198.51.100.7") << qint64(2 * 3600 * 1000) << 2
                                << "(2 h 00 min 00 s left)";
    QTest::newRow("the shown IP, its block extended")
        << QStringLiteral("192.0.2.44") << qint64(3 * 3600 * 1000) << 1 << "(3 h 00 min 00 s left)";
}

void TestServerPages::announcedBlockShownAtOnce()
{
    QFETCH(QString, ip);
    QFETCH(qint64, blockMs);
    QFETCH(int, rows);
    QFETCH(QString, left);
    Desk desk(m_dir->filePath(QStringLiteral("desk")), m_clock,
              {blockEntry(QStringLiteral("192.0.2.44"), 3600 * 1000)});
    DeskStore &store = desk.store;
    BlockedIpModel &model = desk.model;
    QCOMPARE(model.rowCount(), 1);
    const int asked = store.listsAsked();
    // The store announces the block with its values: shown without a tick or a re-read.
    QVERIFY(store.blockFile().block(blockEntry(ip, blockMs)));
    QCOMPARE(model.rowCount(), rows);
    QVERIFY2(shownUntil(model, ip).endsWith(left), qPrintable(shownUntil(model, ip)));
    QCOMPARE(store.listsAsked(), asked);
}

void TestServerPages::storeAwayKeepsRows_data()
{
    QTest::addColumn<bool>("announced"); // the store says when it goes and comes back
    QTest::newRow("Redis connection lost and back") << true;
    QTest::newRow("error answers, then answers again") << false;
}

void TestServerPages::storeAwayKeepsRows()
{
    QFETCH(bool, announced);
    const QString dir = m_dir->filePath(QStringLiteral("desk"));
    Desk desk(dir, m_clock, {blockEntry(QStringLiteral("192.0.2.44"), 3600 * 1000)});
    DeskStore &store = desk.store;
    BlockedIpModel &model = desk.model;
    QSignalSpy status(&model, &BlockedIpModel::storeStatusChanged);
    QCOMPARE(model.rowCount(), 1);
    QVERIFY(model.storeError().isEmpty());

    store.setReachable(false, announced);
    if (!announced) {
        // Nothing says so: noticed at the next resync.
        m_clock.advanceMs(BlockedIpModel::resyncMs);
        model.tick();
    }
    QCOMPARE(status.count(), 1);
    QVERIFY2(errorText(model.storeError()).contains(QLatin1String("redis://desk.test:6379/0 is unreachable")),
             qPrintable(errorText(model.storeError())));
    // The rows stay and their countdown goes on.
    const int asked = store.listsAsked();
    const QString before = shownUntil(model, QStringLiteral("192.0.2.44"));
    m_clock.advanceMs(1000);
    model.tick();
    QCOMPARE(model.rowCount(), 1);
    QVERIFY(shownUntil(model, QStringLiteral("192.0.2.44")) != before);
    // Asked again every retryMs while it fails, not every second.
    QCOMPARE(store.listsAsked(), asked);
    m_clock.advanceMs(BlockedIpModel::retryMs - 1000);
    model.tick();
    QCOMPARE(store.listsAsked(), asked + 1);
    QCOMPARE(model.rowCount(), 1);
    QVERIFY(!model.storeError().isEmpty());
    QCOMPARE(status.count(), 1);

    // Meanwhile another node blocked an address.
    blockBehindTheBack(dir, QStringLiteral("198.51.100.7"), 2 * 3600 * 1000);
    store.setReachable(true, announced);
    if (!announced) {
        // Nothing says so: noticed at the next retry.
        QCOMPARE(model.rowCount(), 1);
        m_clock.advanceMs(BlockedIpModel::retryMs);
        model.tick();
    }
    QCOMPARE(status.count(), 2);
    QVERIFY(model.storeError().isEmpty());
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(!shownUntil(model, QStringLiteral("198.51.100.7")).isEmpty());
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
