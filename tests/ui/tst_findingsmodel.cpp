// The findings tree: groups per check with the worst severity and a count,
// findings below, and below each finding its advice, the provider's
// replies, the raw records and the code. Checked by QAbstractItemModelTester
// while rows arrive as a diagnosis delivers them.
#include "detaillabel.h"
#include "findingsmodel.h"

#include <QAbstractItemModelTester>
#include <QIcon>
#include <QTest>

using namespace mt;

class TestFindingsModel : public QObject
{
    Q_OBJECT

private slots:
    void groups_data();
    void groups();
    void detailRows();
    void languageSwitchRerenders();
    void spfTraceRowFollowsTheLanguage();
    void severityIsAnIcon_data();
    void severityIsAnIcon();
    void factsHaveLabels_data();
    void factsHaveLabels();
    void clearEmpties();
};

namespace {

Finding finding(const QString &check, Severity severity, const QString &code, QVariantMap data = {})
{
    return Finding(check, QStringLiteral("x.test"), severity, code, severityLabel(severity),
                   severity >= Severity::Warning ? LocalizedText{"Advice", "do this"} : LocalizedText{},
                   std::move(data));
}

} // namespace

void TestFindingsModel::groups_data()
{
    QTest::addColumn<QList<Findings>>("batches"); // as findingsAdded delivers them
    QTest::addColumn<QStringList>("groups");      // "check worst count"

    QTest::newRow("one check") << QList<Findings>{{finding(QStringLiteral("mx"), Severity::Ok, QStringLiteral("a"))}}
                               << QStringList{QStringLiteral("mx ok 1")};
    QTest::newRow("worst severity wins, in any order")
        << QList<Findings>{{finding(QStringLiteral("mx"), Severity::Ok, QStringLiteral("a"))},
                           {finding(QStringLiteral("mx"), Severity::Error, QStringLiteral("b")),
                            finding(QStringLiteral("mx"), Severity::Warning, QStringLiteral("c"))}}
        << QStringList{QStringLiteral("mx error 3")};
    QTest::newRow("groups in order of arrival, interleaved")
        << QList<Findings>{{finding(QStringLiteral("address"), Severity::Warning, QStringLiteral("a"))},
                           {finding(QStringLiteral("mx"), Severity::Info, QStringLiteral("b")),
                            finding(QStringLiteral("address"), Severity::Ok, QStringLiteral("c"))},
                           {},
                           {finding(QStringLiteral("spf"), Severity::Error, QStringLiteral("d"))}}
        << QStringList{QStringLiteral("address warning 2"), QStringLiteral("mx info 1"), QStringLiteral("spf error 1")};
}

void TestFindingsModel::groups()
{
    QFETCH(QList<Findings>, batches);
    QFETCH(QStringList, groups);
    FindingsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    for (const Findings &batch : batches) {
        model.append(batch);
    }
    QStringList shown;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex group = model.index(row, 0);
        QCOMPARE(model.data(group, FindingsModel::NodeRole).toInt(), int(FindingsModel::Node::Group));
        QVERIFY(!model.data(group, Qt::DecorationRole).value<QIcon>().isNull());
        shown << QStringLiteral("%1 %2 %3")
                     .arg(model.index(row, FindingsModel::CheckColumn).data(FindingsModel::CheckRole).toString(),
                          severityId(static_cast<Severity>(group.data(FindingsModel::SeverityRole).toInt())))
                     .arg(model.rowCount(group));
        for (int child = 0; child < model.rowCount(group); ++child) {
            const QModelIndex index = model.index(child, 0, group);
            QCOMPARE(index.parent(), group);
            QCOMPARE(model.findingAt(index)->check,
                     model.index(row, FindingsModel::CheckColumn).data(FindingsModel::CheckRole).toString());
        }
    }
    QCOMPARE(shown, groups);
    // Every finding can be found back from its number.
    for (qsizetype i = 0; i < model.findings().size(); ++i) {
        QCOMPARE(model.findingAt(model.indexOfFinding(i))->code, model.findings().at(i).code);
    }
}

void TestFindingsModel::detailRows()
{
    FindingsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QVariantMap data{
        {QStringLiteral("reply_as_sender"), QStringLiteral("550 5.1.1 token invalid domain")},
        {QStringLiteral("reply_as_recipient"), QStringLiteral("550 5.1.1 <a@x.test>: Recipient address rejected")},
        {QStringLiteral("hosts"),
         QVariantList{QVariantMap{{QStringLiteral("host"), QStringLiteral("mx1.x.test")},
                                  {QStringLiteral("preference"), 10},
                                  {QStringLiteral("addresses"), QStringList{QStringLiteral("192.0.2.1")}}}}},
        {QStringLiteral("domain"), QStringLiteral("x.test")},
    };
    model.append({finding(QStringLiteral("mx"), Severity::Error, QStringLiteral("mx.nxdomain"), data)});
    const QModelIndex row = model.indexOfFinding(0);
    QStringList details;
    for (int i = 0; i < model.rowCount(row); ++i) {
        const QModelIndex detail = model.index(i, 0, row);
        QCOMPARE(detail.data(FindingsModel::NodeRole).toInt(), int(FindingsModel::Node::Detail));
        QCOMPARE(model.findingAt(detail)->code, QStringLiteral("mx.nxdomain"));
        QCOMPARE(model.rowCount(detail), 0);
        QVERIFY(detail.data().toString().isEmpty()); // the label is in the Check column
        details << detail.siblingAtColumn(FindingsModel::CheckColumn).data().toString() + QStringLiteral(" = ") +
                       detail.siblingAtColumn(FindingsModel::SummaryColumn).data().toString();
    }
    // Advice first, then the replies (what staff quote), the records, the code.
    QCOMPARE(details, (QStringList{
                          QStringLiteral("What to do = do this"),
                          QStringLiteral("Our reply (recipient) = 550 5.1.1 <a@x.test>: Recipient address rejected"),
                          QStringLiteral("Our reply (sender) = 550 5.1.1 token invalid domain"),
                          QStringLiteral("Domain = x.test"),
                          QStringLiteral("MX host = 10 mx1.x.test → 192.0.2.1"),
                          QStringLiteral("Code = mx.nxdomain"),
                      }));
}

void TestFindingsModel::languageSwitchRerenders()
{
    FindingsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.append({finding(QStringLiteral("mx"), Severity::Error, QStringLiteral("a"))});
    QCOMPARE(model.indexOfFinding(0).data(Qt::ToolTipRole).toString(), QStringLiteral("Error"));
    model.setLanguage(Language::Polish);
    QCOMPARE(model.indexOfFinding(0).data(Qt::ToolTipRole).toString(), QStringLiteral("Błąd"));
    QCOMPARE(model.index(0, 0).data(Qt::ToolTipRole).toString(), QStringLiteral("Błąd"));
}

void TestFindingsModel::spfTraceRowFollowsTheLanguage()
{
    // The row shows the typed steps in the model's language; the English
    // lines of data.trace (the CLI's) are not read back.
    Finding spf = finding(QStringLiteral("spf"), Severity::Error, QStringLiteral("spf.permerror"),
                          {{QStringLiteral("trace"), QStringList{QStringLiteral("x.test: -al -> permerror")}}});
    spf.spfTrace = {
        {0, QStringLiteral("x.test"), QStringLiteral("v=spf1 include:y.test -all"), spf::StepOutcome::Record, {}, {}},
        {1,
         QStringLiteral("y.test"),
         QStringLiteral("ip4:192.0.2.0/24"),
         spf::StepOutcome::NoMatch,
         QStringLiteral("technical"),
         {LocalizedText("SpfTrace", QT_TRANSLATE_NOOP("SpfTrace", "%1 is not within %2"),
                        {QStringLiteral("198.51.100.1"), QStringLiteral("192.0.2.0/24")})}},
    };
    FindingsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.append({spf});
    const QModelIndex row = model.indexOfFinding(0);
    QModelIndex trace;
    for (int i = 0; i < model.rowCount(row); ++i) {
        if (model.index(i, 0, row).data(FindingsModel::DetailKeyRole).toString() == QLatin1String("trace")) {
            trace = model.index(i, FindingsModel::SummaryColumn, row);
        }
    }
    QVERIFY(trace.isValid());
    QCOMPARE(trace.data().toString(), QStringLiteral("x.test: v=spf1 include:y.test -all → SPF record; y.test: "
                                                     "ip4:192.0.2.0/24 → no match — 198.51.100.1 is not within "
                                                     "192.0.2.0/24"));
    model.setLanguage(Language::Polish);
    QCOMPARE(
        trace.data(Qt::ToolTipRole).toString(),
        QStringLiteral("x.test: v=spf1 include:y.test -all → rekord SPF\n  y.test: ip4:192.0.2.0/24 → nie pasuje — "
                       "198.51.100.1 nie należy do zakresu 192.0.2.0/24"));
}

void TestFindingsModel::severityIsAnIcon_data()
{
    QTest::addColumn<int>("severity");
    QTest::addColumn<int>("language");
    QTest::addColumn<QString>("name"); // tool tip and accessible text of the icon
    QTest::newRow("error") << int(Severity::Error) << int(Language::English) << QStringLiteral("Error");
    QTest::newRow("warning") << int(Severity::Warning) << int(Language::English) << QStringLiteral("Warning");
    QTest::newRow("ok") << int(Severity::Ok) << int(Language::English) << QStringLiteral("OK");
    QTest::newRow("error, Polish") << int(Severity::Error) << int(Language::Polish) << QStringLiteral("Błąd");
}

void TestFindingsModel::severityIsAnIcon()
{
    QFETCH(int, severity);
    QFETCH(int, language);
    QFETCH(QString, name);
    FindingsModel model;
    model.setLanguage(static_cast<Language>(language));
    model.append({finding(QStringLiteral("mx"), static_cast<Severity>(severity), QStringLiteral("a"))});
    // The group row and the finding row: an icon, no text beside it.
    for (const QModelIndex &index : {model.index(0, FindingsModel::SeverityColumn), model.indexOfFinding(0)}) {
        QVERIFY(!index.data(Qt::DecorationRole).value<QIcon>().isNull());
        QVERIFY(index.data().toString().isEmpty());
        QCOMPARE(index.data(Qt::ToolTipRole).toString(), name);
        QCOMPARE(index.data(Qt::AccessibleTextRole).toString(), name);
    }
}

void TestFindingsModel::factsHaveLabels_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("label");
    QTest::newRow("SPF: our include") << QStringLiteral("provider_include") << QStringLiteral("Our SPF include");
    QTest::newRow("SPF: lookups") << QStringLiteral("void_lookups") << QStringLiteral("Lookups without an answer");
    QTest::newRow("DMARC: rua") << QStringLiteral("rua") << QStringLiteral("Aggregate reports to");
    QTest::newRow("DMARC: alignment") << QStringLiteral("adkim") << QStringLiteral("DKIM alignment");
    QTest::newRow("DKIM: key") << QStringLiteral("key_bits") << QStringLiteral("Key length (bits)");
    QTest::newRow("bounce: sender") << QStringLiteral("original_sender") << QStringLiteral("Original sender");
    QTest::newRow("unknown key: words, not underscores") << QStringLiteral("new_fact") << QStringLiteral("new fact");
}

void TestFindingsModel::factsHaveLabels()
{
    QFETCH(QString, key);
    QFETCH(QString, label);
    QCOMPARE(detailLabel(key), label);
}

void TestFindingsModel::clearEmpties()
{
    FindingsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.append({finding(QStringLiteral("mx"), Severity::Error, QStringLiteral("a"))});
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.findings().isEmpty());
    QVERIFY(!model.indexOfFinding(0).isValid());
    QVERIFY(!model.findingAt(QModelIndex()));
}

QTEST_MAIN(TestFindingsModel)
#include "tst_findingsmodel.moc"
