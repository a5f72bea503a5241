// The main window as a person uses it: paste, press Ctrl+Enter, read;
// switch the language and see the window speak Polish at once.
#include "dns/stubresolver.h"
#include "dnsfixture.h"
#include "findingsmodel.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "pastebox.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>

using namespace mt;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void pasteAndCheckShowsFindings();
    void ctrlEnterChecks();
    void switchingLanguageRetranslates();
    void hugePasteIsKeptWholeAndShownInPart();
    void clearEmptiesEverything();
    void modelIsConsistent();

private:
    QStringList shownCodes() const;

    std::unique_ptr<test::DnsFixture> m_fixture;
    std::unique_ptr<dns::StubResolver> m_resolver;
    std::unique_ptr<LanguageManager> m_languages;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    m_fixture = std::make_unique<test::DnsFixture>();
    QVERIFY2(m_fixture->ok(), qPrintable(m_fixture->error()));
    dns::ResolverConfig config;
    config.servers = {m_fixture->nameserver()};
    m_resolver = std::make_unique<dns::StubResolver>(config);
}

void TestMainWindow::init()
{
    m_languages = std::make_unique<LanguageManager>();
    m_languages->setLanguage(Language::English);
    m_window = std::make_unique<MainWindow>(*m_resolver, *m_languages);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_languages->setLanguage(Language::English);
    m_languages.reset();
}

QStringList TestMainWindow::shownCodes() const
{
    auto *view = m_window->findChild<QTreeView *>(QStringLiteral("findings"));
    QStringList codes;
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        codes << view->model()->index(row, 0).data(FindingsModel::CodeRole).toString();
    }
    return codes;
}

void TestMainWindow::pasteAndCheckShowsFindings()
{
    auto *input = m_window->findChild<QPlainTextEdit *>(QStringLiteral("input"));
    auto *check = m_window->findChild<QPushButton *>(QStringLiteral("check"));
    auto *kind = m_window->findChild<QLabel *>(QStringLiteral("kind"));
    QVERIFY(!check->isEnabled()); // nothing pasted yet
    input->setFocus();
    QTest::keyClicks(input, QStringLiteral("'jan@nothere.example.test'"));
    QCOMPARE(kind->text(), QStringLiteral("Recognized as: E-mail address"));
    QVERIFY(check->isEnabled());
    QTest::mouseClick(check, Qt::LeftButton);
    QTRY_VERIFY(shownCodes().contains(QLatin1String("mx.nxdomain")));
    QVERIFY(shownCodes().contains(QLatin1String("address.quoted")));
    QTRY_VERIFY(check->isEnabled());

    auto *view = m_window->findChild<QTreeView *>(QStringLiteral("findings"));
    const int row = int(shownCodes().indexOf(QLatin1String("mx.nxdomain")));
    const QModelIndex severity = view->model()->index(row, FindingsModel::SeverityColumn);
    QCOMPARE(severity.data().toString(), QStringLiteral("Error"));
    QVERIFY(!severity.data(Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(view->model()
                ->index(row, FindingsModel::SummaryColumn)
                .data()
                .toString()
                .contains(QLatin1String("does not exist")));

    view->setCurrentIndex(severity);
    auto *details = m_window->findChild<QTextBrowser *>(QStringLiteral("details"));
    QVERIFY(details->toPlainText().contains(QLatin1String("550 5.1.1 piWs1j0010jifNx01iWsdh invalid domain")));
    QVERIFY(details->toPlainText().contains(QLatin1String("What to do:")));
}

void TestMainWindow::ctrlEnterChecks()
{
    auto *input = m_window->findChild<QPlainTextEdit *>(QStringLiteral("input"));
    input->setFocus();
    QTest::keyClicks(input, QStringLiteral("example.test"));
    QTest::keyClick(input, Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE(shownCodes(), QStringList{QStringLiteral("mx.ok")});
    QCOMPARE(input->toPlainText(), QStringLiteral("example.test")); // Ctrl+Enter did not type a new line
}

void TestMainWindow::switchingLanguageRetranslates()
{
    auto *check = m_window->findChild<QPushButton *>(QStringLiteral("check"));
    auto *view = m_window->findChild<QTreeView *>(QStringLiteral("findings"));
    m_window->setInput(QStringLiteral("nomail.example.test"));
    m_window->check();
    QTRY_VERIFY(shownCodes().contains(QLatin1String("mx.no_mx_no_a")));
    QCOMPARE(check->text(), QStringLiteral("&Check"));

    m_languages->setLanguage(Language::Polish);
    QTRY_COMPARE(check->text(), QStringLiteral("&Sprawdź")); // LanguageChange is posted to each window
    QCOMPARE(view->model()->headerData(FindingsModel::SeverityColumn, Qt::Horizontal).toString(),
             QStringLiteral("Waga"));
    QCOMPARE(view->model()->index(0, FindingsModel::SeverityColumn).data().toString(), QStringLiteral("Błąd"));
    QVERIFY(view->model()
                ->index(0, FindingsModel::SummaryColumn)
                .data()
                .toString()
                .contains(QStringLiteral("ani rekordu MX, ani rekordu A")));
    QCOMPARE(m_window->menuBar()->actions().at(1)->text(), QStringLiteral("&Język"));

    m_languages->setLanguage(Language::English);
    QTRY_COMPARE(check->text(), QStringLiteral("&Check"));
}

void TestMainWindow::hugePasteIsKeptWholeAndShownInPart()
{
    // One 3 MB line: laid out in full it would freeze the window for minutes.
    const QString paste = QStringLiteral("Delivery failed: ") + QString(3 * 1024 * 1024, QLatin1Char('x'));
    QApplication::clipboard()->setText(paste);
    auto *input = m_window->findChild<PasteBox *>(QStringLiteral("input"));
    input->setFocus();
    QTest::keyClick(input, Qt::Key_V, Qt::ControlModifier);
    QVERIFY(input->isShownInPart());
    QVERIFY(input->isReadOnly());
    QCOMPARE(input->text(), paste); // nothing lost
    QVERIFY(input->toPlainText().size() <= PasteBox::maxShownSize + 2);
    auto *kind = m_window->findChild<QLabel *>(QStringLiteral("kind"));
    QVERIFY2(kind->text().contains(QLatin1String("shown in part")), qPrintable(kind->text()));

    QTest::keyClick(input, Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE(shownCodes(), QStringList{QStringLiteral("bounce.undefined")});
}

void TestMainWindow::clearEmptiesEverything()
{
    m_window->setInput(QString(200000, QLatin1Char('y'))); // shown in part too
    m_window->check();
    QTRY_VERIFY(!shownCodes().isEmpty());
    auto *clear = m_window->findChild<QPushButton *>(QStringLiteral("clear"));
    QTest::mouseClick(clear, Qt::LeftButton);
    auto *input = m_window->findChild<PasteBox *>(QStringLiteral("input"));
    QVERIFY(input->text().isEmpty());
    QVERIFY(!input->isReadOnly());
    QVERIFY(shownCodes().isEmpty());
    QVERIFY(!m_window->findChild<QPushButton *>(QStringLiteral("check"))->isEnabled());
}

void TestMainWindow::modelIsConsistent()
{
    FindingsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Finding f;
    f.check = QStringLiteral("mx");
    f.code = QStringLiteral("mx.ok");
    f.summary = {"Findings", "x"};
    model.append({f, f});
    model.setLanguage(Language::Polish);
    model.clear();
    model.append({f});
    QCOMPARE(model.rowCount(), 1);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
