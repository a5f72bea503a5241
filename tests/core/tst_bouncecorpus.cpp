// The classifier against Sisimai's labelled bounce corpus (corpus/bounces-dev
// under MAILTRIAGE_TESTDATA, see tests/support/testdata.h): agreement per
// reason and overall, on the whole corpus and leaving one producer out.
// MAILTRIAGE_BOUNCE_MISSES=1 lists every disagreement with every rule,
// MAILTRIAGE_BOUNCE_CV_MISSES=1 those of the leave-one-producer-out run,
// MAILTRIAGE_BOUNCE_OWN_RULES=1 the rules only one producer's messages needed.
#include "bounce/bounceanalyzer.h"
#include "bounce/reasonvocabulary.h"
#include "testdata.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QTest>

namespace {

// What the rules reach leaving one producer out, less one point (88.3% and
// 89.2% when set): a change that makes them less general fails.
constexpr double crossValidatedFloor = 87.3;

using mt::bounce::ReasonVocabulary;

struct Tally
{
    int right = 0;
    int total = 0;
    double rate() const { return 100.0 * right / qMax(1, total); }
    QString text() const { return QStringLiteral("%1/%2 = %3%").arg(right).arg(total).arg(rate(), 0, 'f', 1); }
};

// One labelled message of the corpus.
struct Sample
{
    QString file;
    QString producer; // the software that wrote it: Sisimai's module (Lhost::Postfix, Rhost::Google, ARF...)
    QByteArray bytes;
    QStringList reasons; // per recipient, canonical
    bool hardBounce = false;
};

struct Score
{
    Tally first;
    Tally all;
};

// Scores REPORT against SAMPLE; with MISSES, prints each disagreement.
void score(const Sample &sample, const mt::bounce::BounceReport &report, Score &score, bool misses)
{
    ++score.first.total;
    const QString got =
        report.recipients.isEmpty() ? QString() : ReasonVocabulary::canonicalReason(report.recipients.first().reason);
    if (got == sample.reasons.value(0)) {
        ++score.first.right;
    } else if (misses && !report.recipients.isEmpty()) {
        const auto &r = report.recipients.first();
        qInfo().noquote() << sample.file << sample.producer << "expected" << sample.reasons.value(0) << "got" << got
                          << r.decidedBy.join(QLatin1Char(',')) << "|" << r.status << r.replyCode << r.command << "|"
                          << r.diagnostic.left(160);
    }
    for (qsizetype i = 0; i < sample.reasons.size(); ++i) {
        ++score.all.total;
        if (i < report.recipients.size() &&
            ReasonVocabulary::canonicalReason(report.recipients.at(i).reason) == sample.reasons.at(i)) {
            ++score.all.right;
        }
    }
}

} // namespace

class TestBounceCorpus : public QObject
{
    Q_OBJECT

private slots:
    void agreement();
};

// Two figures: on the whole development corpus with every rule (the rules
// were written while looking at it, so it flatters), and leaving one
// producer out: each producer's messages are classified without the rules
// that only that producer's messages needed (a rule counts for a producer
// when it took part in a right verdict on one of its messages). The second
// is the one that says how the rules do on mail they have not seen.
void TestBounceCorpus::agreement()
{
    // Reads Sisimai's labelled bounces (third-party data, not in the repository).
    QString missing;
    const QString root = mt::test::testDataPath(QStringLiteral("corpus/bounces-dev"), &missing);
    if (root.isEmpty()) {
        QSKIP(qPrintable(missing));
    }
    QFile labels(root + QStringLiteral("/labels.jsonl"));
    QVERIFY2(labels.open(QIODevice::ReadOnly), qPrintable(labels.errorString()));
    const bool listMisses = qEnvironmentVariableIsSet("MAILTRIAGE_BOUNCE_MISSES");
    QList<Sample> samples;
    while (!labels.atEnd()) {
        const QByteArray line = labels.readLine().trimmed();
        if (line.isEmpty()) {
            continue;
        }
        const QJsonObject label = QJsonDocument::fromJson(line).object();
        Sample sample;
        sample.file = label.value(QLatin1String("file")).toString();
        sample.producer = label.value(QLatin1String("source")).toString();
        QFile file(root + QLatin1Char('/') + sample.file);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        sample.bytes = file.readAll();
        for (const QJsonValue &recipient : label.value(QLatin1String("recipients")).toArray()) {
            sample.reasons.append(
                ReasonVocabulary::canonicalReason(recipient.toObject().value(QLatin1String("reason")).toString()));
        }
        sample.hardBounce = label.value(QLatin1String("hardbounce")).toBool();
        samples.append(sample);
    }

    // Every rule, and which producers' right verdicts each took part in.
    Score dev;
    Tally hard;
    QMap<QString, Tally> perReason;
    QHash<QString, QSet<QString>> producersOfRule;
    for (const Sample &sample : std::as_const(samples)) {
        const mt::bounce::BounceReport report = mt::bounce::analyzeBounce(sample.bytes);
        QVERIFY(!report.recipients.isEmpty());
        score(sample, report, dev, listMisses);
        Tally &reason = perReason[sample.reasons.value(0)];
        ++reason.total;
        reason.right += ReasonVocabulary::canonicalReason(report.recipients.first().reason) == sample.reasons.value(0);
        ++hard.total;
        hard.right += report.recipients.first().hardBounce == sample.hardBounce;
        for (qsizetype i = 0; i < report.recipients.size() && i < sample.reasons.size(); ++i) {
            const auto &r = report.recipients.at(i);
            if (ReasonVocabulary::canonicalReason(r.reason) == sample.reasons.at(i)) {
                for (const QString &rule : r.decidedBy) {
                    producersOfRule[rule].insert(sample.producer);
                }
            }
        }
    }

    // Leave one producer out.
    QHash<QString, mt::bounce::RuleFilter> ownRules;
    for (auto it = producersOfRule.cbegin(); it != producersOfRule.cend(); ++it) {
        if (it->size() == 1) {
            ownRules[*it->cbegin()].insert(it.key());
        }
    }
    Score heldOut;
    const bool listHeldOutMisses = qEnvironmentVariableIsSet("MAILTRIAGE_BOUNCE_CV_MISSES");
    for (const Sample &sample : std::as_const(samples)) {
        const mt::bounce::RuleFilter filter = ownRules.value(sample.producer);
        score(sample, mt::bounce::analyzeBounce(sample.bytes, &filter), heldOut, listHeldOutMisses);
    }

    for (auto it = perReason.cbegin(); it != perReason.cend(); ++it) {
        qInfo().noquote() << QStringLiteral("%1 %2/%3").arg(it.key(), -16).arg(it->right).arg(it->total);
    }
    int ownRuleCount = 0;
    const bool listOwnRules = qEnvironmentVariableIsSet("MAILTRIAGE_BOUNCE_OWN_RULES");
    for (auto it = ownRules.cbegin(); it != ownRules.cend(); ++it) {
        ownRuleCount += int(it->size());
        if (listOwnRules) {
            QStringList rules(it->cbegin(), it->cend());
            rules.sort();
            qInfo().noquote() << it.key() << "needs alone:" << rules.join(QStringLiteral("; "));
        }
    }
    qInfo().noquote() << QStringLiteral("producers: %1, rules only one producer needed: %2 of %3")
                             .arg(QSet<QString>(ownRules.keyBegin(), ownRules.keyEnd()).size())
                             .arg(ownRuleCount)
                             .arg(producersOfRule.size());
    qInfo().noquote() << QStringLiteral("dev, every rule:        first recipient %1, all recipients %2")
                             .arg(dev.first.text(), dev.all.text());
    qInfo().noquote() << QStringLiteral("leave one producer out: first recipient %1, all recipients %2")
                             .arg(heldOut.first.text(), heldOut.all.text());
    qInfo().noquote() << QStringLiteral("hard/soft bounce: %1").arg(hard.text());
    // The cross-validated figure is the one that counts; the floor below is
    // what the rules reach today, so a change that loses generality fails.
    QVERIFY2(heldOut.first.rate() >= crossValidatedFloor && heldOut.all.rate() >= crossValidatedFloor,
             qPrintable(QStringLiteral("leave-one-producer-out agreement fell below %1%").arg(crossValidatedFloor)));
    QVERIFY2(dev.first.rate() >= 95.0 && dev.all.rate() >= 95.0, "agreement on the development corpus fell below 95%");
}

QTEST_GUILESS_MAIN(TestBounceCorpus)
#include "tst_bouncecorpus.moc"
