// What staff see of the verdicts: worst first with the worst selected, one
// banner when the resolver is silent and no all-clear in the answer, and an
// answer that names each recipient and never echoes a pasted reply line.
#include "answerpanel.h"
#include "diagnosis/worstfirst.h"
#include "dns/stubresolver.h"
#include "dnsfixture.h"
#include "findingcopy.h"
#include "findingsmodel.h"
#include "freeport.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "pastebox.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUdpSocket>

using namespace mt;

class TestVerdictsGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void worstFirstAndWorstSelected_data();
    void worstFirstAndWorstSelected();
    void silentResolverShowsBannerAndNoAllClear();
    void twoRecipientBounceNamesBoth_data();
    void twoRecipientBounceNamesBoth();
    void replyLineIsNotEchoed();
    void focusStartsInThePasteBox();
    void copyText_data();
    void copyText();
    void ctrlCCopiesTheSelectedFinding();
    void repeatsAreFolded_data();
    void repeatsAreFolded();

private:
    // A window asking RESOLVER, after checking INPUT to the end.
    MainWindow *checked(dns::DnsResolver &resolver, const QString &input);

    std::unique_ptr<test::DnsFixture> m_fixture;
    std::unique_ptr<dns::StubResolver> m_resolver;
    std::unique_ptr<QUdpSocket> m_silentSocket; // bound, never read
    std::unique_ptr<dns::StubResolver> m_silent;
    std::unique_ptr<LanguageManager> m_languages;
    std::unique_ptr<MainWindow> m_window;
    QTemporaryDir m_dir;
};

void TestVerdictsGui::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_fixture = std::make_unique<test::DnsFixture>();
    QVERIFY2(m_fixture->ok(), qPrintable(m_fixture->error()));
    dns::ResolverConfig config;
    config.servers = {m_fixture->nameserver()};
    m_resolver = std::make_unique<dns::StubResolver>(config);
    m_silentSocket = std::make_unique<QUdpSocket>();
    QVERIFY(m_silentSocket->bind(QHostAddress::LocalHost, test::freePort()));
    dns::ResolverConfig silent;
    silent.servers = {{QHostAddress(QHostAddress::LocalHost), m_silentSocket->localPort()}};
    silent.timeoutMs = 150;
    silent.attempts = 1;
    m_silent = std::make_unique<dns::StubResolver>(silent);
}

void TestVerdictsGui::cleanup()
{
    m_window.reset();
    m_languages.reset();
}

MainWindow *TestVerdictsGui::checked(dns::DnsResolver &resolver, const QString &input)
{
    m_languages = std::make_unique<LanguageManager>();
    m_languages->setLanguage(Language::English);
    m_window =
        std::make_unique<MainWindow>(resolver, *m_languages, nullptr, m_dir.filePath(QStringLiteral("history.json")));
    // The fixture serves one blacklist zone; the built-in lists are not its.
    const QString settings = m_dir.filePath(QStringLiteral("settings.ini"));
    {
        QSettings store(settings, QSettings::IniFormat);
        store.setValue(QStringLiteral("checks/dnsblZones"), QStringList{QStringLiteral("rhsbl.example.test")});
    }
    m_window->loadSettings(settings);
    m_window->show();
    if (!QTest::qWaitForWindowExposed(m_window.get())) {
        return nullptr;
    }
    QSignalSpy finished(m_window.get(), &MainWindow::diagnosisFinished);
    m_window->setInput(input);
    m_window->check();
    if (!finished.wait(20000)) {
        return nullptr;
    }
    return m_window.get();
}

void TestVerdictsGui::worstFirstAndWorstSelected_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("worstCode"); // the finding selected at the end
    QTest::newRow("address of a missing domain: the MX error, not 'written correctly'")
        << QStringLiteral("jan@nothere.example.test") << QStringLiteral("mx.nxdomain");
    QTest::newRow("quoted address: two errors, the first found on top")
        << QStringLiteral("'jan@nothere.example.test'") << QStringLiteral("address.quoted");
}

void TestVerdictsGui::worstFirstAndWorstSelected()
{
    QFETCH(QString, input);
    QFETCH(QString, worstCode);
    MainWindow *window = checked(*m_resolver, input);
    QVERIFY(window);
    auto *view = window->findChild<QTreeView *>(QStringLiteral("findings"));
    const QAbstractItemModel *model = view->model();
    QVERIFY(model->rowCount() >= 2);
    // Groups by their worst severity, worst on top; rows in a group too.
    int previousGroup = int(Severity::Error) + 1;
    for (int group = 0; group < model->rowCount(); ++group) {
        const QModelIndex parent = model->index(group, 0);
        const int worst = parent.data(FindingsModel::SeverityRole).toInt();
        QVERIFY2(worst <= previousGroup, qPrintable(QStringLiteral("group %1 out of order").arg(group)));
        previousGroup = worst;
        int previousRow = int(Severity::Error) + 1;
        for (int row = 0; row < model->rowCount(parent); ++row) {
            const int severity = model->index(row, 0, parent).data(FindingsModel::SeverityRole).toInt();
            QVERIFY(severity <= previousRow);
            previousRow = severity;
        }
    }
    const QModelIndex current = view->currentIndex();
    QVERIFY(current.isValid());
    QCOMPARE(current.parent(), model->index(0, 0));
    QCOMPARE(current.row(), 0);
    QCOMPARE(current.data(FindingsModel::CodeRole).toString(), worstCode);
    QVERIFY(window->findChild<QLabel *>(QStringLiteral("inconclusiveBanner"))->isHidden());
}

void TestVerdictsGui::silentResolverShowsBannerAndNoAllClear()
{
    MainWindow *window = checked(*m_silent, QStringLiteral("192.0.2.10"));
    QVERIFY(window);
    auto *banner = window->findChild<QLabel *>(QStringLiteral("inconclusiveBanner"));
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(QLatin1String("Inconclusive")), qPrintable(banner->text()));
    QVERIFY2(banner->text().contains(QStringLiteral("127.0.0.1:%1").arg(m_silentSocket->localPort())),
             qPrintable(banner->text()));
    auto *panel = window->findChild<AnswerPanel *>(QStringLiteral("answerPanel"));
    for (const Language language : {Language::English, Language::Polish}) {
        panel->setAnswerLanguage(language);
        const QString answer = panel->answer();
        QVERIFY2(answer.startsWith(QLatin1Char('[')), qPrintable(answer)); // the notice to staff
        QVERIFY2(!answer.contains(QLatin1String("no problems")), qPrintable(answer));
        QVERIFY2(!answer.contains(QLatin1String("Nie stwierdziliśmy")), qPrintable(answer));
    }
    // The banner speaks the UI's language after a switch.
    m_languages->setLanguage(Language::Polish);
    QTRY_VERIFY2(!banner->text().contains(QLatin1String("Inconclusive")), qPrintable(banner->text()));
    QVERIFY2(banner->text().contains(QStringLiteral("niejednoznaczn")), qPrintable(banner->text()));
    m_languages->setLanguage(Language::English);
}

void TestVerdictsGui::twoRecipientBounceNamesBoth_data()
{
    QTest::addColumn<int>("language");
    QTest::newRow("English") << int(Language::English);
    QTest::newRow("Polish") << int(Language::Polish);
}

void TestVerdictsGui::twoRecipientBounceNamesBoth()
{
    QFETCH(int, language);
    const QString notice =
        QStringLiteral("Hi. This is the qmail-send program at mx.example.test.\n\n"
                       "<ola@example.test>:\n192.0.2.9 does not like recipient.\n"
                       "Remote host said: 550 5.1.1 Mailbox does not exist\nGiving up on 192.0.2.9.\n\n"
                       "<ewa@example.test>:\n192.0.2.9 does not like recipient.\n"
                       "Remote host said: 552 5.2.2 Mailbox over quota\nGiving up on 192.0.2.9.\n");
    MainWindow *window = checked(*m_resolver, notice);
    QVERIFY(window);
    auto *panel = window->findChild<AnswerPanel *>(QStringLiteral("answerPanel"));
    panel->setAnswerLanguage(static_cast<Language>(language));
    const QString answer = panel->answer();
    QVERIFY2(answer.contains(QLatin1String("ola@example.test")), qPrintable(answer));
    QVERIFY2(answer.contains(QLatin1String("ewa@example.test")), qPrintable(answer));
    QVERIFY2(!answer.contains(QLatin1String("qmail-send")), qPrintable(answer));
}

void TestVerdictsGui::replyLineIsNotEchoed()
{
    MainWindow *window = checked(*m_resolver, QStringLiteral("535 5.1.0 piWsAbCd12 authentication failed.."));
    QVERIFY(window);
    auto *panel = window->findChild<AnswerPanel *>(QStringLiteral("answerPanel"));
    for (const Language language : {Language::English, Language::Polish}) {
        panel->setAnswerLanguage(language);
        const QString answer = panel->answer();
        QVERIFY2(!answer.contains(QLatin1String("piWsAbCd12")), qPrintable(answer));
        QVERIFY2(!answer.contains(QLatin1String("authentication failed")), qPrintable(answer));
    }
}

void TestVerdictsGui::focusStartsInThePasteBox()
{
    m_languages = std::make_unique<LanguageManager>();
    m_window = std::make_unique<MainWindow>(*m_resolver, *m_languages, nullptr,
                                            m_dir.filePath(QStringLiteral("history.json")));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QCOMPARE(QApplication::focusWidget(), m_window->findChild<QWidget *>(QStringLiteral("input")));
}

void TestVerdictsGui::copyText_data()
{
    QTest::addColumn<int>("depth"); // 0 group, 1 finding, 2 its first detail
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("record");
    QTest::newRow("a group: its findings") << 0 << QStringLiteral("SPF is wrong.\nReplace the record.") << QString();
    QTest::newRow("a finding: summary and advice")
        << 1 << QStringLiteral("SPF is wrong.\nReplace the record.") << QStringLiteral("v=spf1 mx -all");
    QTest::newRow("a detail: its value") << 2 << QStringLiteral("Replace the record.") << QString();
}

void TestVerdictsGui::copyText()
{
    QFETCH(int, depth);
    QFETCH(QString, expected);
    QFETCH(QString, record);
    FindingsModel model;
    Finding f(QStringLiteral("spf"), QStringLiteral("a.test"), Severity::Error, QStringLiteral("spf.syntax"),
              {"Findings", "SPF is wrong."}, {"Advice", "Replace the record."},
              {{QStringLiteral("corrected_record"), QStringLiteral("v=spf1 mx -all")}});
    model.append({f});
    QModelIndex index = model.index(0, 0);
    for (int level = 0; level < depth; ++level) {
        index = model.index(0, 0, index);
    }
    QCOMPARE(copyTextFor(index), expected);
    const Finding *finding = model.findingAt(index);
    QCOMPARE(finding && depth == 1 ? proposedRecord(*finding) : QString(), record);
}

void TestVerdictsGui::ctrlCCopiesTheSelectedFinding()
{
    MainWindow *window = checked(*m_resolver, QStringLiteral("jan@nothere.example.test"));
    QVERIFY(window);
    auto *view = window->findChild<QTreeView *>(QStringLiteral("findings"));
    QApplication::clipboard()->clear();
    view->setFocus();
    QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier);
    const QString copied = QApplication::clipboard()->text();
    QVERIFY2(copied.startsWith(view->currentIndex().siblingAtColumn(FindingsModel::SummaryColumn).data().toString()),
             qPrintable(copied));
    QVERIFY2(copied.contains(QLatin1String("nothere.example.test")), qPrintable(copied));
}

void TestVerdictsGui::repeatsAreFolded_data()
{
    QTest::addColumn<int>("unanswered");     // dnsbl.unknown findings beside one summary
    QTest::addColumn<QStringList>("groups"); // "rows folded" per group, top first
    QTest::newRow("two unanswered lists stay in the group") << 2 << QStringList{QStringLiteral("3 false")};
    QTest::newRow("three fold under one row") << 3 << QStringList{QStringLiteral("1 false"), QStringLiteral("3 true")};
    QTest::newRow("ten fold under one row") << 10 << QStringList{QStringLiteral("1 false"), QStringLiteral("10 true")};
}

void TestVerdictsGui::repeatsAreFolded()
{
    QFETCH(int, unanswered);
    QFETCH(QStringList, groups);
    Findings findings;
    Finding summary(QStringLiteral("dnsbl"), QStringLiteral("192.0.2.1"), Severity::Warning,
                    QStringLiteral("dnsbl.incomplete"), {"Findings", "Not all lists answered."});
    findings << summary.markInconclusive();
    for (int i = 0; i < unanswered; ++i) {
        Finding f(QStringLiteral("dnsbl"), QStringLiteral("192.0.2.1"), Severity::Info, QStringLiteral("dnsbl.unknown"),
                  {"Findings", "A list did not answer."});
        findings << f.markInconclusive();
    }
    FindingsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFindings(worstFirst(findings));
    QStringList shown;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex group = model.index(row, 0);
        shown << QStringLiteral("%1 %2")
                     .arg(model.rowCount(group))
                     .arg(group.data(FindingsModel::FoldedRole).toBool() ? QStringLiteral("true")
                                                                         : QStringLiteral("false"));
    }
    QCOMPARE(shown, groups);
}

QTEST_MAIN(TestVerdictsGui)
#include "tst_verdicts_gui.moc"
