// The main window as a person uses it: paste, press Ctrl+Enter, read;
// switch the language and see the window speak Polish at once.
#include "answerpanel.h"
#include "diagnosis/history.h"
#include "dns/stubresolver.h"
#include "dnsfixture.h"
#include "findingsmodel.h"
#include "findingsutil.h"
#include "hopsmodel.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "pastebox.h"
#include "settingsdialog.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>
#include <QUrl>

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
    void pastedMessageShowsItsHops();
    void pastedMessageIsAnsweredWhyInSpam_data();
    void pastedMessageIsAnsweredWhyInSpam();
    void bounceShowsTheReturnedMessagesHops();
    void switchingLanguageRetranslates();
    void hugePasteIsKeptWholeAndShownInPart();
    void clearEmptiesEverything();
    void modelIsConsistent();
    void answerIsInTheChosenLanguage();
    void historyKeepsChecksAndRerunsThem();
    void detailsFoldTechnicalFacts_data();
    void detailsFoldTechnicalFacts();
    void exportWritesHtmlAndPdf();
    void exportWithoutDiagnosisFails();
    void openedMessageFillsThePasteBox();
    void openingAMissingFileSaysSo();
    void openingAHugeFileKeepsItWhole();
    void cancelStopsTheChecks();
    void settingsRoundTrip();
    void damagedHistoryStartsEmpty();

private:
    QStringList shownCodes() const;
    // Pastes TEXT, checks it and waits for the diagnosis to finish.
    bool checkInput(const QString &text);

    std::unique_ptr<test::DnsFixture> m_fixture;
    std::unique_ptr<dns::StubResolver> m_resolver;
    std::unique_ptr<LanguageManager> m_languages;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // never the user's files
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
    m_dir = std::make_unique<QTemporaryDir>();
    m_window = std::make_unique<MainWindow>(*m_resolver, *m_languages, nullptr,
                                            m_dir->filePath(QStringLiteral("history.json")));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_languages->setLanguage(Language::English);
    m_languages.reset();
    m_dir.reset();
}

bool TestMainWindow::checkInput(const QString &text)
{
    m_window->setInput(text);
    QSignalSpy finished(m_window.get(), &MainWindow::diagnosisFinished);
    m_window->check();
    return finished.wait(20000);
}

QStringList TestMainWindow::shownCodes() const
{
    // Every finding row under every group, in the order the view shows them.
    auto *view = m_window->findChild<QTreeView *>(QStringLiteral("findings"));
    QStringList codes;
    const QAbstractItemModel *model = view->model();
    for (int group = 0; group < model->rowCount(); ++group) {
        const QModelIndex parent = model->index(group, 0);
        for (int row = 0; row < model->rowCount(parent); ++row) {
            codes << model->index(row, 0, parent).data(FindingsModel::CodeRole).toString();
        }
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
    auto *model = qobject_cast<FindingsModel *>(view->model());
    const qsizetype number = std::find_if(model->findings().cbegin(), model->findings().cend(),
                                          [](const Finding &f) { return f.code == QLatin1String("mx.nxdomain"); }) -
                             model->findings().cbegin();
    const QModelIndex severity = model->indexOfFinding(number, FindingsModel::SeverityColumn);
    // The severity is an icon; its name is the tool tip and accessible text.
    QVERIFY(severity.data().toString().isEmpty());
    QCOMPARE(severity.data(Qt::ToolTipRole).toString(), QStringLiteral("Error"));
    QCOMPARE(severity.data(Qt::AccessibleTextRole).toString(), QStringLiteral("Error"));
    QVERIFY(!severity.data(Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(severity.siblingAtColumn(FindingsModel::SummaryColumn)
                .data()
                .toString()
                .contains(QLatin1String("does not exist")));

    // The finding's group shows the check, its worst severity and a count.
    const QModelIndex group = severity.parent();
    QVERIFY(group.isValid());
    QCOMPARE(group.siblingAtColumn(FindingsModel::CheckColumn).data(FindingsModel::CheckRole).toString(),
             QStringLiteral("mx"));
    QCOMPARE(group.siblingAtColumn(FindingsModel::CheckColumn).data().toString(), QStringLiteral("Mail servers (MX)"));
    QCOMPARE(group.data(Qt::ToolTipRole).toString(), QStringLiteral("Error"));
    QCOMPARE(group.siblingAtColumn(FindingsModel::SummaryColumn).data().toString(), QStringLiteral("Findings: 1"));
    QVERIFY(view->isExpanded(group));

    // Expanded, the finding shows the exact reply of the provider's server.
    const QModelIndex findingRow = severity.siblingAtColumn(0);
    QStringList detailRows;
    for (int row = 0; row < model->rowCount(findingRow); ++row) {
        detailRows << model->index(row, FindingsModel::CheckColumn, findingRow).data().toString() +
                          QStringLiteral(": ") +
                          model->index(row, FindingsModel::SummaryColumn, findingRow).data().toString();
    }
    QVERIFY2(detailRows.contains(QStringLiteral("Our reply (sender): 550 5.1.1 piWs1j0010jifNx01iWsdh invalid domain")),
             qPrintable(detailRows.join(QLatin1Char('\n'))));
    QVERIFY(detailRows.contains(QStringLiteral("Code: mx.nxdomain")));

    view->setCurrentIndex(severity);
    auto *details = m_window->findChild<QTextBrowser *>(QStringLiteral("details"));
    QVERIFY(details->toPlainText().contains(QLatin1String("550 5.1.1 piWs1j0010jifNx01iWsdh invalid domain")));
    QVERIFY(details->toPlainText().contains(QLatin1String("What to do:")));
}

void TestMainWindow::pastedMessageShowsItsHops()
{
    auto *input = m_window->findChild<QPlainTextEdit *>(QStringLiteral("input"));
    auto *check = m_window->findChild<QPushButton *>(QStringLiteral("check"));
    auto *kind = m_window->findChild<QLabel *>(QStringLiteral("kind"));
    auto *hops = m_window->findChild<QTableView *>(QStringLiteral("hops"));
    QVERIFY(hops);
    QVERIFY(!hops->isVisible());
    input->setPlainText(
        QStringLiteral("Received: from out.signed.example.test (out.signed.example.test [192.0.2.10])\n"
                       "\tby mx1.example.org (Postfix) with ESMTPS id b2; Mon, 4 Mar 2024 10:00:05 +0100\n"
                       "From: Jan <jan@signed.example.test>\nTo: anna@example.org\nSubject: Oferta\n"
                       "Date: Mon, 4 Mar 2024 10:00:00 +0100\nMessage-ID: <m1@signed.example.test>\n\nTresc.\n"));
    QCOMPARE(kind->text(), QStringLiteral("Recognized as: Message (its headers: path and authentication)"));
    QTest::mouseClick(check, Qt::LeftButton);
    QTRY_VERIFY(shownCodes().contains(QLatin1String("auth.spf_pass")));
    QVERIFY(shownCodes().contains(QLatin1String("dkim_verify.none")));
    QTRY_VERIFY(hops->isVisible());
    QCOMPARE(hops->model()->rowCount(), 1);
    QCOMPARE(hops->model()->index(0, HopsModel::IpColumn).data().toString(), QStringLiteral("192.0.2.10"));
    auto *summary = m_window->findChild<QLabel *>(QStringLiteral("authSummary"));
    QTRY_VERIFY(summary->isVisible());
    QVERIFY2(summary->text().contains(QLatin1String("SPF signed.example.test")), qPrintable(summary->text()));
    QVERIFY2(summary->text().contains(QLatin1String("DMARC")), qPrintable(summary->text()));
}

void TestMainWindow::pastedMessageIsAnsweredWhyInSpam_data()
{
    QTest::addColumn<int>("language");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QStringList>("unexpected");
    QTest::newRow("English") << int(Language::English)
                             << QStringList{QStringLiteral("This is what makes receiving servers put the message in "
                                                           "spam or reject it:"),
                                            QStringLiteral("ip4:192.0.2.40 -all"),
                                            QStringLiteral("Turn on DKIM signing for signed.example.test")}
                             << QStringList{QStringLiteral("Prosimy")};
    QTest::newRow("Polish, the UI staying English")
        << int(Language::Polish)
        << QStringList{QStringLiteral("Oto przyczyny, dla których serwery odbiorców umieszczają tę wiadomość w spamie"),
                       QStringLiteral("ip4:192.0.2.40 -all"),
                       QStringLiteral("Prosimy włączyć podpisywanie DKIM dla signed.example.test")}
        << QStringList{QStringLiteral("What to do"), QStringLiteral("Turn on")};
}

void TestMainWindow::pastedMessageIsAnsweredWhyInSpam()
{
    QFETCH(int, language);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, unexpected);
    // Handed in by 192.0.2.40, which the SPF of signed.example.test does not list; no signature.
    QVERIFY(
        checkInput(QStringLiteral("Received: from host.example.net (unknown [192.0.2.40])\n"
                                  "\tby mx1.example.org (Postfix) with ESMTP id b2; Mon, 4 Mar 2024 10:00:05 +0100\n"
                                  "Return-Path: <jan@signed.example.test>\nFrom: Jan <jan@signed.example.test>\n"
                                  "To: anna@example.org\nSubject: Oferta\nDate: Mon, 4 Mar 2024 10:00:00 +0100\n"
                                  "Message-ID: <m2@signed.example.test>\n\nTresc.\n")));
    auto *panel = m_window->findChild<AnswerPanel *>(QStringLiteral("answerPanel"));
    panel->setAnswerLanguage(static_cast<Language>(language));
    const QString answer = panel->answer();
    const QString mismatch = test::textMismatch(answer, expected, unexpected);
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
}

void TestMainWindow::bounceShowsTheReturnedMessagesHops()
{
    auto *hops = m_window->findChild<QTableView *>(QStringLiteral("hops"));
    QVERIFY(checkInput(QStringLiteral(
        "From: MAILER-DAEMON@mx.example.org\nTo: jan@signed.example.test\n"
        "Subject: Undelivered Mail Returned to Sender\nMIME-Version: 1.0\n"
        "Content-Type: multipart/report; report-type=delivery-status; boundary=\"B1\"\n\n"
        "--B1\nContent-Type: text/plain\n\nThis is the mail system at host mx.example.org.\n\n"
        "<nobody@example.org>: host mx.example.org[192.0.2.25] said: 550 5.1.1 <nobody@example.org>:\n"
        "    Recipient address rejected: User unknown\n\n"
        "--B1\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example.org\n\n"
        "Final-Recipient: rfc822; nobody@example.org\nAction: failed\nStatus: 5.1.1\n\n"
        "--B1\nContent-Type: message/rfc822\n\n"
        "Received: from out.signed.example.test (out.signed.example.test [192.0.2.10])\n"
        "\tby mx.example.org (Postfix) with ESMTPS id b2; Mon, 4 Mar 2024 10:00:05 +0100\n"
        "From: Jan <jan@signed.example.test>\nTo: nobody@example.org\nSubject: Oferta\n"
        "Date: Mon, 4 Mar 2024 10:00:00 +0100\nMessage-ID: <m3@signed.example.test>\n\nTresc.\n--B1--\n")));
    // The bounce's verdict on top; the returned message's path in the hops table.
    const QStringList codes = shownCodes();
    QVERIFY2(!codes.isEmpty() && codes.first().startsWith(QLatin1String("bounce.")), qPrintable(codes.join(u' ')));
    QVERIFY2(codes.contains(QStringLiteral("message.returned")), qPrintable(codes.join(u' ')));
    QTRY_VERIFY(hops->isVisible());
    QCOMPARE(hops->model()->rowCount(), 1);
    QCOMPARE(hops->model()->index(0, HopsModel::IpColumn).data().toString(), QStringLiteral("192.0.2.10"));
    auto *panel = m_window->findChild<AnswerPanel *>(QStringLiteral("answerPanel"));
    QVERIFY2(panel->answer().contains(QLatin1String("nobody@example.org")), qPrintable(panel->answer()));
    QVERIFY2(!panel->answer().contains(QLatin1String("SPF")), qPrintable(panel->answer()));
}

void TestMainWindow::ctrlEnterChecks()
{
    auto *input = m_window->findChild<QPlainTextEdit *>(QStringLiteral("input"));
    input->setFocus();
    QTest::keyClicks(input, QStringLiteral("example.test"));
    QTest::keyClick(input, Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(shownCodes().contains(QLatin1String("mx.ok")));     // the blacklists add rows of their own
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
    auto *model = qobject_cast<FindingsModel *>(view->model());
    const qsizetype mx =
        test::codesOf(model->findings()).indexOf(QLatin1String("mx.no_mx_no_a")); // other checks report too
    QCOMPARE(model->indexOfFinding(mx, FindingsModel::SeverityColumn).data(Qt::ToolTipRole).toString(),
             QStringLiteral("Błąd"));
    QVERIFY(model->indexOfFinding(mx, FindingsModel::SummaryColumn)
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
    QTRY_COMPARE(shownCodes(), QStringList{QStringLiteral("bounce.onhold")}); // a failure we cannot classify
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
    f.advice = {"Advice", "y"};
    f.data.insert(QStringLiteral("reply_as_sender"), QStringLiteral("550 5.1.1 x"));
    f.data.insert(QStringLiteral("hosts"), QVariantList{QVariantMap{{QStringLiteral("host"), QStringLiteral("mx.x")},
                                                                    {QStringLiteral("preference"), 10}}});
    Finding g = f;
    g.check = QStringLiteral("address");
    g.severity = Severity::Error;
    g.data.clear();
    model.append({f, g, f});
    QCOMPARE(model.rowCount(), 2);                                     // two checks
    QCOMPARE(model.rowCount(model.index(0, 0)), 2);                    // mx twice
    QCOMPARE(model.rowCount(model.index(0, 0, model.index(0, 0))), 4); // advice, reply, host, code
    QCOMPARE(model.index(1, 0).data(FindingsModel::SeverityRole).toInt(), int(Severity::Error));
    QCOMPARE(model.findingAt(model.indexOfFinding(1))->check, QStringLiteral("address"));
    QCOMPARE(model.indexOfFinding(2).parent(), model.index(0, 0));
    model.setLanguage(Language::Polish);
    model.clear();
    model.append({f});
    QCOMPARE(model.rowCount(), 1);
}

void TestMainWindow::answerIsInTheChosenLanguage()
{
    auto *panel = m_window->findChild<AnswerPanel *>(QStringLiteral("answerPanel"));
    auto *copy = m_window->findChild<QPushButton *>(QStringLiteral("copyAnswer"));
    QVERIFY(!copy->isEnabled()); // nothing to answer yet
    m_window->setInput(QStringLiteral("nomail.example.test"));
    QSignalSpy finished(m_window.get(), &MainWindow::diagnosisFinished);
    m_window->check();
    QVERIFY(finished.wait());

    // The UI stays English; the customer gets Polish, and then English.
    panel->setAnswerLanguage(Language::Polish);
    QVERIFY2(panel->answer().contains(QStringLiteral("ani rekordu MX, ani rekordu A")), qPrintable(panel->answer()));
    QVERIFY(panel->answer().contains(QLatin1String("nomail.example.test")));
    auto *combo = panel->findChild<QComboBox *>(QStringLiteral("answerLanguage"));
    combo->setCurrentIndex(combo->findText(QStringLiteral("English")));
    QVERIFY2(panel->answer().startsWith(QLatin1String("Hello,")), qPrintable(panel->answer()));
    QVERIFY(panel->answer().contains(QLatin1String("neither an MX nor an A record")) ||
            panel->answer().contains(QLatin1String("MX")));
    QVERIFY(copy->isEnabled());
    QTest::mouseClick(copy, Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), panel->answer());
}

void TestMainWindow::historyKeepsChecksAndRerunsThem()
{
    QSignalSpy finished(m_window.get(), &MainWindow::diagnosisFinished);
    for (const QString &input : {QStringLiteral("example.test"), QStringLiteral("nomail.example.test")}) {
        m_window->setInput(input);
        m_window->check();
        QVERIFY(finished.wait());
    }
    auto *list = m_window->findChild<QListView *>(QStringLiteral("history"));
    QCOMPARE(list->model()->rowCount(), 2);
    QCOMPARE(list->model()->index(0, 0).data(Qt::UserRole + 1).toString(), QStringLiteral("nomail.example.test"));

    // Persisted: a new window over the same file lists both.
    History saved(m_dir->filePath(QStringLiteral("history.json")));
    QVERIFY(saved.load());
    QCOMPARE(saved.entries().size(), 2);
    QCOMPARE(saved.entries().at(0).worst, Severity::Error);
    QVERIFY(saved.entries().at(1).worst < Severity::Error); // example.test lacks SPF and DMARC: warnings

    // Choosing the older entry checks it again and moves it to the top.
    auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("sideTabs"));
    tabs->setCurrentWidget(list->parentWidget()); // the History tab
    list->setFocus();
    list->setCurrentIndex(list->model()->index(1, 0));
    QTest::keyClick(list, Qt::Key_Return);
    QVERIFY(finished.wait());
    QCOMPARE(m_window->findChild<PasteBox *>(QStringLiteral("input"))->text(), QStringLiteral("example.test"));
    QVERIFY(shownCodes().contains(QLatin1String("mx.ok")));
    QCOMPARE(list->model()->index(0, 0).data(Qt::UserRole + 1).toString(), QStringLiteral("example.test"));
}

void TestMainWindow::detailsFoldTechnicalFacts_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<int>("language");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QStringList>("shown");     // at once
    QTest::addColumn<QStringList>("technical"); // only once "Technical details" is opened
    QTest::addColumn<QStringList>("never");     // empty facts, raw keys
    const QString bounce = QStringLiteral("<ola@example.test>:\nRemote host said: 550 5.1.1 No such user\n");
    QTest::newRow("a domain that does not exist")
        << QStringLiteral("jan@nothere.example.test") << int(Language::English) << QStringLiteral("mx.nxdomain")
        << QStringList{QStringLiteral("What to do:"), QStringLiteral("▸ Technical details")}
        << QStringList{QStringLiteral("Code: mx.nxdomain"), QStringLiteral("▾ Technical details")}
        << QStringList{QStringLiteral("dns_status"), QStringLiteral("_")};
    QTest::newRow("a bounce: whom and the server's words first")
        << bounce << int(Language::English) << QStringLiteral("bounce.userunknown")
        << QStringList{QStringLiteral("Recipient"), QStringLiteral("ola@example.test"),
                       QStringLiteral("Server's words"), QStringLiteral("No such user")}
        << QStringList{QStringLiteral("Rule"), QStringLiteral("Permanent failure\nyes"),
                       QStringLiteral("bounce.userunknown")}
        << QStringList{QStringLiteral("Original subject"), QStringLiteral("hard_bounce"), QStringLiteral("true")};
    QTest::newRow("a bounce, in Polish") << bounce << int(Language::Polish) << QStringLiteral("bounce.userunknown")
                                         << QStringList{QStringLiteral("Odbiorca"), QStringLiteral("Słowa serwera"),
                                                        QStringLiteral("▸ Szczegóły techniczne")}
                                         << QStringList{QStringLiteral("Błąd trwały\ntak"),
                                                        QStringLiteral("▾ Szczegóły techniczne")}
                                         << QStringList{QStringLiteral("Technical"), QStringLiteral("Recipient"),
                                                        QStringLiteral("true")};
    // The SPF trace from its typed steps, in the UI's language: never the
    // CLI's English lines.
    const QString spfVoid = QStringLiteral("spf-void.example.test");
    QTest::newRow("the SPF trace")
        << spfVoid << int(Language::English) << QStringLiteral("spf.void_lookups")
        << QStringList{QStringLiteral("What to do:")}
        << QStringList{QStringLiteral("Trace\nspf-void.example.test: v=spf1 a:n1.spf-void.example.test"),
                       QStringLiteral("spf-void.example.test: a:n1.spf-void.example.test → no match — "
                                      "n1.spf-void.example.test has no A record (NXDOMAIN): lookup without an answer "
                                      "1 of 2"),
                       QStringLiteral("spf-void.example.test: a:n3.spf-void.example.test → result permerror — "
                                      "n3.spf-void.example.test has no A record (NXDOMAIN): more than 2 lookups "
                                      "without an answer")}
        << QStringList{QStringLiteral("-> no match"), QStringLiteral("nie pasuje")};
    QTest::newRow("the SPF trace, in Polish")
        << spfVoid << int(Language::Polish) << QStringLiteral("spf.void_lookups")
        << QStringList{QStringLiteral("Co zrobić:")}
        << QStringList{QStringLiteral("Przebieg\nspf-void.example.test: v=spf1 a:n1.spf-void.example.test"),
                       QStringLiteral("spf-void.example.test: a:n1.spf-void.example.test → nie pasuje — "
                                      "n1.spf-void.example.test nie ma rekordu A (NXDOMAIN): zapytanie bez wyniku 1 "
                                      "z 2"),
                       QStringLiteral("spf-void.example.test: a:n3.spf-void.example.test → wynik permerror — "
                                      "n3.spf-void.example.test nie ma rekordu A (NXDOMAIN): ponad 2 zapytania bez "
                                      "wyniku")}
        << QStringList{QStringLiteral("no match"), QStringLiteral("without an answer"), QStringLiteral("result")};
}

void TestMainWindow::detailsFoldTechnicalFacts()
{
    QFETCH(QString, input);
    QFETCH(int, language);
    QFETCH(QString, code);
    QFETCH(QStringList, shown);
    QFETCH(QStringList, technical);
    QFETCH(QStringList, never);
    m_languages->setLanguage(static_cast<Language>(language));
    QSignalSpy finished(m_window.get(), &MainWindow::diagnosisFinished);
    m_window->setInput(input);
    m_window->check();
    QVERIFY(finished.wait());
    auto *view = m_window->findChild<QTreeView *>(QStringLiteral("findings"));
    auto *model = qobject_cast<FindingsModel *>(view->model());
    const qsizetype number = test::codesOf(model->findings()).indexOf(code);
    QVERIFY(number >= 0);
    view->setCurrentIndex(model->indexOfFinding(number));
    auto *details = m_window->findChild<QTextBrowser *>(QStringLiteral("details"));
    auto verify = [&](const QStringList &parts, bool present) {
        const QString text = details->toPlainText();
        for (const QString &part : parts) {
            QVERIFY2(
                text.contains(part) == present,
                qPrintable(QStringLiteral("%1 \"%2\" in:\n%3")
                               .arg(present ? QStringLiteral("missing") : QStringLiteral("unexpected"), part, text)));
        }
    };
    verify(shown, true);
    verify(technical, false);
    verify(never, false);
    emit details->anchorClicked(QUrl(QStringLiteral("#technical")));
    verify(technical, true);
    verify(never, false);
    emit details->anchorClicked(QUrl(QStringLiteral("#technical"))); // and folded again
    verify(technical, false);
}

void TestMainWindow::exportWritesHtmlAndPdf()
{
    m_window->setInput(QStringLiteral("Jan <jan@nothere.example.test>"));
    QSignalSpy finished(m_window.get(), &MainWindow::diagnosisFinished);
    m_window->check();
    QVERIFY(finished.wait());

    QString error;
    const QString html = m_dir->filePath(QStringLiteral("report.html"));
    QVERIFY2(m_window->exportTo(html, &error), qPrintable(error));
    QFile htmlFile(html);
    QVERIFY(htmlFile.open(QIODevice::ReadOnly));
    const QString page = QString::fromUtf8(htmlFile.readAll());
    QVERIFY(page.contains(QLatin1String("mx.nxdomain")));
    QVERIFY(page.contains(QLatin1String("Jan &lt;jan@nothere.example.test&gt;")));
    QVERIFY(!page.contains(QLatin1String("<jan@")));
    QVERIFY(page.contains(QLatin1String("550 5.1.1 piWs1j0010jifNx01iWsdh invalid domain")));

    const QString pdf = m_dir->filePath(QStringLiteral("report.pdf"));
    QVERIFY2(m_window->exportTo(pdf, &error), qPrintable(error));
    QFile pdfFile(pdf);
    QVERIFY(pdfFile.open(QIODevice::ReadOnly));
    const QByteArray bytes = pdfFile.readAll();
    QVERIFY(bytes.startsWith("%PDF"));
    QVERIFY(bytes.size() > 1000);

    QVERIFY(!m_window->exportTo(m_dir->filePath(QStringLiteral("no/such/dir/report.html")), &error));
    QVERIFY(!error.isEmpty());
}

void TestMainWindow::exportWithoutDiagnosisFails()
{
    QString error;
    QVERIFY(!m_window->exportTo(m_dir->filePath(QStringLiteral("empty.html")), &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("empty.html"))));
}

void TestMainWindow::openedMessageFillsThePasteBox()
{
    // A saved bounce with a BOM and a Polish subject, as a mail client stores it.
    const QByteArray eml = "\xEF\xBB\xBF"
                           "From: MAILER-DAEMON@example.test\r\nSubject: Zwrot wiadomo\xC5\x9B"
                           "ci\r\n\r\n550 5.1.1 <jan@nothere.example.test>: Recipient address rejected\r\n";
    const QString path = m_dir->filePath(QStringLiteral("bounce.eml"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(eml);
    file.close();

    QSignalSpy loaded(m_window.get(), &MainWindow::inputLoaded);
    m_window->openFile(path);
    QTRY_COMPARE(loaded.count(), 1); // a quick read may be done before openFile() returns
    auto *input = m_window->findChild<PasteBox *>(QStringLiteral("input"));
    QCOMPARE(input->text(), QString::fromUtf8(eml.mid(3)).replace(QStringLiteral("\r\n"), QStringLiteral("\n")));
    auto *kind = m_window->findChild<QLabel *>(QStringLiteral("kind"));
    QVERIFY2(kind->text().contains(QLatin1String("Recognized as")), qPrintable(kind->text()));

    // Dropped onto the paste box: the file's contents, not its name.
    m_window->setInput({});
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    QDragEnterEvent enter(input->viewport()->rect().center(), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(input->viewport()->rect().center()), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &drop);
    QTRY_COMPARE(loaded.count(), 2);
    QVERIFY(input->text().contains(QLatin1String("Recipient address rejected")));

    // Pasted as a file (copied in a file manager): its contents again.
    m_window->setInput({});
    auto *copied = new QMimeData;
    copied->setUrls({QUrl::fromLocalFile(path)});
    QApplication::clipboard()->setMimeData(copied);
    input->setFocus();
    QTest::keyClick(input, Qt::Key_V, Qt::ControlModifier);
    QTRY_COMPARE(loaded.count(), 3);
    QVERIFY(input->text().contains(QLatin1String("Recipient address rejected")));
    QVERIFY(!input->text().contains(QLatin1String("file://")));
}

void TestMainWindow::openingAMissingFileSaysSo()
{
    QSignalSpy failed(m_window.get(), &MainWindow::inputFailed);
    m_window->setInput(QStringLiteral("kept.example.test"));
    m_window->openFile(m_dir->filePath(QStringLiteral("missing.eml")));
    QTRY_COMPARE(failed.count(), 1);
    QVERIFY(failed.at(0).at(0).toString().contains(QLatin1String("missing.eml")));
    QCOMPARE(m_window->findChild<PasteBox *>(QStringLiteral("input"))->text(), QStringLiteral("kept.example.test"));
}

void TestMainWindow::openingAHugeFileKeepsItWhole()
{
    // 20 MB of one long line: read off the GUI thread, shown in part, kept whole.
    QByteArray bytes("Delivery failed: ");
    bytes += QByteArray(20 * 1024 * 1024, 'z');
    const QString path = m_dir->filePath(QStringLiteral("huge.eml"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    file.close();
    QSignalSpy loaded(m_window.get(), &MainWindow::inputLoaded);
    m_window->openFile(path);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 30000);
    auto *input = m_window->findChild<PasteBox *>(QStringLiteral("input"));
    QVERIFY(input->isShownInPart());
    QCOMPARE(input->text().size(), bytes.size());
    QVERIFY(input->text().endsWith(QLatin1String("zzz")));
}

void TestMainWindow::cancelStopsTheChecks()
{
    auto *cancel = m_window->findChild<QPushButton *>(QStringLiteral("cancel"));
    auto *check = m_window->findChild<QPushButton *>(QStringLiteral("check"));
    QVERIFY(!cancel->isEnabled());
    m_window->setInput(QStringLiteral("example.test"));
    m_window->check();
    QVERIFY(cancel->isEnabled()); // the answer comes later, on the event loop
    QVERIFY(!check->isEnabled());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(!cancel->isEnabled());
    QVERIFY(check->isEnabled());
    QTest::qWait(200); // a late answer of the cancelled run must not show up
    QVERIFY(shownCodes().isEmpty());

    // Esc cancels too.
    m_window->check();
    QVERIFY(cancel->isEnabled());
    QTest::keyClick(m_window->findChild<PasteBox *>(QStringLiteral("input")), Qt::Key_Escape);
    QVERIFY(!cancel->isEnabled());
    QTest::qWait(200); // a late answer of the cancelled run must not show up
    QVERIFY(shownCodes().isEmpty());
}

void TestMainWindow::settingsRoundTrip()
{
    const QString path = m_dir->filePath(QStringLiteral("settings.ini"));
    m_window->setDnsFromSettings(true);
    m_window->loadSettings(path);
    QCOMPARE(m_languages->language(), Language::English); // nothing stored yet: the current language
    QMetaObject::invokeMethod(m_window.get(), "settingsDialog");
    SettingsDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<SettingsDialog *>()) != nullptr);
    auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    auto *hint = dialog->findChild<QLabel *>(QStringLiteral("hint"));
    auto *dns = dialog->findChild<QLineEdit *>(QStringLiteral("dnsServers"));
    QVERIFY(ok->isEnabled());

    // A wrong server is named in the hint and OK waits for a correction.
    dns->setText(QStringLiteral("dns.google"));
    QVERIFY(!ok->isEnabled());
    QVERIFY2(hint->text().contains(QLatin1String("dns.google")), qPrintable(hint->text()));
    dns->setText(m_fixture->nameserver().address.toString() + QLatin1Char(':') +
                 QString::number(m_fixture->nameserver().port));
    QVERIFY(ok->isEnabled());
    dialog->findChild<QPlainTextEdit *>(QStringLiteral("dnsblZones"))->setPlainText(QStringLiteral("bl.example.test"));
    dialog->findChild<QLineEdit *>(QStringLiteral("spfInclude"))->setText(QStringLiteral("spf.example.test"));
    dialog->findChild<QSpinBox *>(QStringLiteral("serverPort"))->setValue(2626);
    auto *language = dialog->findChild<QComboBox *>(QStringLiteral("language"));
    language->setCurrentIndex(language->findText(QStringLiteral("Polski")));
    QTest::mouseClick(ok, Qt::LeftButton);

    // Applied at once: the language, the options of the next check...
    QCOMPARE(m_languages->language(), Language::Polish);
    QTRY_COMPARE(m_window->findChild<QPushButton *>(QStringLiteral("check"))->text(), QStringLiteral("&Sprawdź"));
    QCOMPARE(m_window->diagnosisOptions().dnsblZones, QStringList{QStringLiteral("bl.example.test")});
    QCOMPARE(m_window->diagnosisOptions().spfInclude, QStringLiteral("spf.example.test"));
    // ...and stored in the file given, where the next start finds them.
    QSettings stored(path, QSettings::IniFormat);
    const AppSettings reloaded = AppSettings::load(stored, Language::English);
    QCOMPARE(reloaded, m_window->settings());
    QCOMPARE(reloaded.serverPort, 2626);
    QCOMPARE(reloaded.language, Language::Polish);

    // The next check asks the DNS server named in the settings.
    m_window->setInput(QStringLiteral("example.test"));
    QSignalSpy finished(m_window.get(), &MainWindow::diagnosisFinished);
    m_window->check();
    QVERIFY(finished.wait());
    QVERIFY(shownCodes().contains(QLatin1String("mx.ok")));
}

void TestMainWindow::damagedHistoryStartsEmpty()
{
    const QString path = m_dir->filePath(QStringLiteral("damaged.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"version\": 1, \"entries\": [ truncated");
    file.close();
    MainWindow window(*m_resolver, *m_languages, nullptr, path);
    QCOMPARE(window.findChild<QListView *>(QStringLiteral("history"))->model()->rowCount(), 0);
    QVERIFY(window.statusBar()->currentMessage().contains(QLatin1String("damaged.json.corrupt")));
    QVERIFY(QFile::exists(path + QStringLiteral(".corrupt")));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
