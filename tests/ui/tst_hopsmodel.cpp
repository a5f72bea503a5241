// The hops table of an analyzed message: rows from the "hops.path" finding,
// delay bars as shares of the longest delay, clock skew and the sending
// server marked; checked with QAbstractItemModelTester.
#include "hopsmodel.h"
#include "message/hopchain.h"
#include "message/hopfindings.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace mt;

class TestHopsModel : public QObject
{
    Q_OBJECT

private slots:
    void rows_data();
    void rows();
    void otherFindingsIgnored();
};

void TestHopsModel::rows_data()
{
    QTest::addColumn<QByteArray>("headers");
    QTest::addColumn<int>("hops");
    QTest::addColumn<int>("sendingRow");
    QTest::addColumn<QString>("longestDelay");

    QTest::newRow("three hops, one slow")
        << QByteArray("Received: from mx1.example.org (mx1.example.org [10.0.0.5]) by imap.example.org with LMTP; "
                      "Mon, 4 Mar 2024 10:40:10 +0100\n"
                      "Received: from smtp.example.test (smtp.example.test [192.0.2.10]) by mx1.example.org with "
                      "ESMTPS; Mon, 4 Mar 2024 10:40:05 +0100\n"
                      "Received: from pc (unknown [198.51.100.7]) by smtp.example.test with ESMTPSA; Mon, 4 Mar "
                      "2024 09:00:00 +0000\n"
                      "Date: Mon, 4 Mar 2024 09:59:58 +0100\n\n")
        << 3 << 1 << QStringLiteral("40 min 5 s");
    QTest::newRow("clock skew") << QByteArray("Received: from a.example.net (a.example.net [192.0.2.1]) by "
                                              "b.example.org; Mon, 4 Mar 2024 09:00:00 +0000\n"
                                              "Received: from c.example.net (c.example.net [192.0.2.2]) by "
                                              "a.example.net; Mon, 4 Mar 2024 10:00:00 +0000\n\n")
                                << 2 << 1 << QString();
}

void TestHopsModel::rows()
{
    QFETCH(QByteArray, headers);
    QFETCH(int, hops);
    QFETCH(int, sendingRow);
    QFETCH(QString, longestDelay);

    HopsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.append(message::hopFindings(message::buildHopChain(message::parseRawMessage(headers))));
    QCOMPARE(model.rowCount(), hops);
    QCOMPARE(model.columnCount(), int(HopsModel::ColumnCount));
    QVERIFY(model.data(model.index(sendingRow, HopsModel::FromColumn), Qt::FontRole).value<QFont>().bold());
    double longest = 0;
    for (int row = 0; row < hops; ++row) {
        const double fraction =
            model.data(model.index(row, HopsModel::DelayColumn), HopsModel::DelayFractionRole).toDouble();
        QVERIFY(fraction >= 0.0 && fraction <= 1.0);
        if (fraction == 1.0) {
            QCOMPARE(model.data(model.index(row, HopsModel::DelayColumn)).toString(), longestDelay);
        }
        longest = qMax(longest, fraction);
    }
    QCOMPARE(longest > 0, !longestDelay.isEmpty());
    QVERIFY(!model.headerData(HopsModel::DelayColumn, Qt::Horizontal).toString().isEmpty());
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestHopsModel::otherFindingsIgnored()
{
    HopsModel model;
    model.append({Finding(QStringLiteral("mx"), QStringLiteral("x.pl"), Severity::Ok, QStringLiteral("mx.ok"), {})});
    QCOMPARE(model.rowCount(), 0);
}

QTEST_MAIN(TestHopsModel)
#include "tst_hopsmodel.moc"
