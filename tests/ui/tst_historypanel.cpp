// The History tab as staff use it: search the recent checks, delete some
// or all of them (asked first), and the file follows.
#include "historymodel.h"
#include "historypanel.h"

#include <QAbstractItemModelTester>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace mt;

class TestHistoryPanel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void search_data();
    void search();
    void deleteAsksFirst_data();
    void deleteAsksFirst();
    void clearAll_data();
    void clearAll();
    void chosenRunsAgain();

private:
    QStringList shownInputs() const;
    QStringList savedInputs() const;
    // Selects the rows showing INPUTS (Ctrl+click, as staff would).
    void select(const QStringList &inputs);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<History> m_history;
    std::unique_ptr<HistoryModel> m_model;
    std::unique_ptr<HistoryPanel> m_panel;
};

void TestHistoryPanel::init()
{
    m_panel.reset();
    m_model.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    m_history = std::make_unique<History>(m_dir->filePath(QStringLiteral("history.json")));
    m_model = std::make_unique<HistoryModel>(*m_history);
    const struct
    {
        const char *input;
        InputKind kind;
        int day;
    } checks[] = {
        {"jan@kowalski.pl", InputKind::Address, 20},
        {"kowalski.pl", InputKind::Domain, 21},
        {"192.0.2.7", InputKind::IPv4, 22},
        {"Delivery failed\n<ola@example.test>: 550 5.1.1 No such user", InputKind::Text, 23},
    };
    for (const auto &check : checks) {
        HistoryEntry entry;
        entry.input = QString::fromUtf8(check.input);
        entry.kind = check.kind;
        entry.time = QDateTime(QDate(2026, 11, check.day), QTime(12, 0), Qt::UTC);
        entry.worst = Severity::Warning;
        entry.findingCount = 1;
        QVERIFY(m_model->add(entry));
    }
    m_panel = std::make_unique<HistoryPanel>(*m_model);
    m_panel->show();
}

QStringList TestHistoryPanel::shownInputs() const
{
    QStringList inputs;
    const QAbstractItemModel *shown = m_panel->view()->model();
    for (int row = 0; row < shown->rowCount(); ++row) {
        inputs << shown->index(row, 0).data(HistoryModel::InputRole).toString().section(QLatin1Char('\n'), 0, 0);
    }
    return inputs;
}

QStringList TestHistoryPanel::savedInputs() const
{
    History saved(m_history->path());
    saved.load();
    QStringList inputs;
    for (const HistoryEntry &entry : saved.entries()) {
        inputs << entry.input.section(QLatin1Char('\n'), 0, 0);
    }
    return inputs;
}

void TestHistoryPanel::select(const QStringList &inputs)
{
    QListView *view = m_panel->view();
    view->clearSelection();
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        const QModelIndex index = view->model()->index(row, 0);
        if (inputs.contains(index.data(HistoryModel::InputRole).toString().section(QLatin1Char('\n'), 0, 0))) {
            QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::ControlModifier, view->visualRect(index).center());
        }
    }
}

void TestHistoryPanel::search_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("shown"); // newest first
    const QStringList all{QStringLiteral("Delivery failed"), QStringLiteral("192.0.2.7"), QStringLiteral("kowalski.pl"),
                          QStringLiteral("jan@kowalski.pl")};
    QTest::newRow("nothing typed: all") << QString() << all;
    QTest::newRow("only spaces: all") << QStringLiteral("   ") << all;
    QTest::newRow("part of a domain") << QStringLiteral("kowalski") << all.mid(2);
    QTest::newRow("any case") << QStringLiteral("KOWALSKI.PL") << all.mid(2);
    QTest::newRow("an IP") << QStringLiteral("192.0.2") << QStringList{QStringLiteral("192.0.2.7")};
    QTest::newRow("beyond the first line of a paste")
        << QStringLiteral("No such user") << QStringList{QStringLiteral("Delivery failed")};
    QTest::newRow("by kind") << QStringLiteral("e-mail address") << QStringList{QStringLiteral("jan@kowalski.pl")};
    QTest::newRow("no match") << QStringLiteral("nowak") << QStringList();
}

void TestHistoryPanel::search()
{
    QFETCH(QString, text);
    QFETCH(QStringList, shown);
    QAbstractItemModelTester tester(m_panel->view()->model());
    m_panel->findChild<QLineEdit *>(QStringLiteral("historySearch"))->setText(text);
    QCOMPARE(shownInputs(), shown);
}

void TestHistoryPanel::deleteAsksFirst_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QStringList>("selected");
    QTest::addColumn<bool>("confirmed");
    QTest::addColumn<QStringList>("left"); // listed and saved
    QTest::newRow("one, confirmed") << QString() << QStringList{QStringLiteral("kowalski.pl")} << true
                                    << QStringList{QStringLiteral("Delivery failed"), QStringLiteral("192.0.2.7"),
                                                   QStringLiteral("jan@kowalski.pl")};
    QTest::newRow("two, confirmed") << QString()
                                    << QStringList{QStringLiteral("192.0.2.7"), QStringLiteral("jan@kowalski.pl")}
                                    << true
                                    << QStringList{QStringLiteral("Delivery failed"), QStringLiteral("kowalski.pl")};
    QTest::newRow("cancelled: all stay") << QString() << QStringList{QStringLiteral("kowalski.pl")} << false
                                         << QStringList{QStringLiteral("Delivery failed"), QStringLiteral("192.0.2.7"),
                                                        QStringLiteral("kowalski.pl"),
                                                        QStringLiteral("jan@kowalski.pl")};
    QTest::newRow("what was found by the search")
        << QStringLiteral("kowalski") << QStringList{QStringLiteral("jan@kowalski.pl")} << true
        << QStringList{QStringLiteral("Delivery failed"), QStringLiteral("192.0.2.7"), QStringLiteral("kowalski.pl")};
}

void TestHistoryPanel::deleteAsksFirst()
{
    QFETCH(QString, search);
    QFETCH(QStringList, selected);
    QFETCH(bool, confirmed);
    QFETCH(QStringList, left);
    QAbstractItemModelTester tester(m_model.get());
    auto *deleteButton = m_panel->findChild<QPushButton *>(QStringLiteral("historyDelete"));
    QVERIFY(!deleteButton->isEnabled()); // nothing selected yet
    QVERIFY(!m_panel->deleteSelected());
    m_panel->findChild<QLineEdit *>(QStringLiteral("historySearch"))->setText(search);
    select(selected);
    QVERIFY(deleteButton->isEnabled());
    QMessageBox *question = m_panel->deleteSelected();
    QVERIFY(question);
    QCOMPARE(m_model->rowCount(), 4); // nothing gone before the answer
    if (selected.size() == 1) {
        QVERIFY2(question->text().contains(selected.first()), qPrintable(question->text()));
    } else {
        QVERIFY2(question->text().contains(QString::number(selected.size())), qPrintable(question->text()));
    }
    QPushButton *answer = confirmed ? question->findChild<QPushButton *>(QStringLiteral("historyConfirmYes"))
                                    : qobject_cast<QPushButton *>(question->button(QMessageBox::Cancel));
    QVERIFY(answer);
    QTest::mouseClick(answer, Qt::LeftButton);
    m_panel->findChild<QLineEdit *>(QStringLiteral("historySearch"))->clear();
    QCOMPARE(shownInputs(), left);
    if (confirmed) {
        QCOMPARE(savedInputs(), left);
    }
}

void TestHistoryPanel::clearAll_data()
{
    QTest::addColumn<bool>("confirmed");
    QTest::addColumn<int>("left");
    QTest::newRow("confirmed: empty, on disk too") << true << 0;
    QTest::newRow("cancelled: all stay") << false << 4;
}

void TestHistoryPanel::clearAll()
{
    QFETCH(bool, confirmed);
    QFETCH(int, left);
    QAbstractItemModelTester tester(m_model.get());
    auto *clear = m_panel->findChild<QPushButton *>(QStringLiteral("historyClear"));
    QVERIFY(clear->isEnabled());
    QTest::mouseClick(clear, Qt::LeftButton);
    auto *question = m_panel->findChild<QMessageBox *>(QStringLiteral("historyConfirm"));
    QVERIFY(question);
    QVERIFY2(question->text().contains(QLatin1String("4")), qPrintable(question->text()));
    QTest::mouseClick(confirmed ? question->findChild<QPushButton *>(QStringLiteral("historyConfirmYes"))
                                : qobject_cast<QPushButton *>(question->button(QMessageBox::Cancel)),
                      Qt::LeftButton);
    QCOMPARE(m_panel->view()->model()->rowCount(), left);
    QCOMPARE(savedInputs().size(), left);
    QCOMPARE(clear->isEnabled(), left > 0);
}

void TestHistoryPanel::chosenRunsAgain()
{
    QSignalSpy chosen(m_panel.get(), &HistoryPanel::chosen);
    m_panel->findChild<QLineEdit *>(QStringLiteral("historySearch"))->setText(QStringLiteral("192"));
    QListView *view = m_panel->view();
    view->setFocus();
    view->setCurrentIndex(view->model()->index(0, 0));
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(chosen.size(), 1);
    QCOMPARE(chosen.first().first().toString(), QStringLiteral("192.0.2.7"));
}

QTEST_MAIN(TestHistoryPanel)
#include "tst_historypanel.moc"
