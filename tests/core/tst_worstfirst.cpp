// The one order of findings every output follows: worst first, problems
// before inconclusive findings before fine ones within a severity, and
// findings of equal rank in the order they came.
#include "diagnosis/worstfirst.h"

#include <QTest>

using namespace mt;

namespace {

Finding make(const QString &code, Severity severity, bool inconclusive = false)
{
    Finding f(QStringLiteral("x"), QStringLiteral("a.test"), severity, code, {"Findings", "text"});
    if (inconclusive) {
        f.markInconclusive();
    }
    return f;
}

QStringList codesOf(const Findings &findings)
{
    QStringList codes;
    for (const Finding &f : findings) {
        codes << f.code;
    }
    return codes;
}

} // namespace

class TestWorstFirst : public QObject
{
    Q_OBJECT

private slots:
    void order_data();
    void order();
    void verdictDefaults_data();
    void verdictDefaults();
};

void TestWorstFirst::order_data()
{
    QTest::addColumn<Findings>("findings");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("ok address first, mx error second (issue 14)")
        << Findings{make(QStringLiteral("address.ok"), Severity::Ok),
                    make(QStringLiteral("spf.missing"), Severity::Warning),
                    make(QStringLiteral("mx.host_unresolvable"), Severity::Error)}
        << QStringList{QStringLiteral("mx.host_unresolvable"), QStringLiteral("spf.missing"),
                       QStringLiteral("address.ok")};
    QTest::newRow("a problem before an inconclusive warning")
        << Findings{make(QStringLiteral("ptr.unknown"), Severity::Warning, true),
                    make(QStringLiteral("dmarc.policy_none"), Severity::Warning)}
        << QStringList{QStringLiteral("dmarc.policy_none"), QStringLiteral("ptr.unknown")};
    QTest::newRow("an inconclusive info before a fine info")
        << Findings{make(QStringLiteral("geoip.country"), Severity::Info),
                    make(QStringLiteral("dnsbl.unknown"), Severity::Info, true)}
        << QStringList{QStringLiteral("dnsbl.unknown"), QStringLiteral("geoip.country")};
    QTest::newRow("equal ranks keep their order")
        << Findings{make(QStringLiteral("b"), Severity::Error), make(QStringLiteral("a"), Severity::Error),
                    make(QStringLiteral("c"), Severity::Error)}
        << QStringList{QStringLiteral("b"), QStringLiteral("a"), QStringLiteral("c")};
    QTest::newRow("nothing") << Findings{} << QStringList{};
}

void TestWorstFirst::order()
{
    QFETCH(Findings, findings);
    QFETCH(QStringList, expected);
    QCOMPARE(codesOf(worstFirst(findings)), expected);
}

void TestWorstFirst::verdictDefaults_data()
{
    QTest::addColumn<QString>("check");
    QTest::addColumn<int>("severity");
    QTest::addColumn<int>("outcome");
    QTest::addColumn<int>("subjectKind");

    QTest::newRow("an error is a problem")
        << "mx" << int(Severity::Error) << int(Outcome::Problem) << int(SubjectKind::Domain);
    QTest::newRow("a warning is a problem")
        << "spf" << int(Severity::Warning) << int(Outcome::Problem) << int(SubjectKind::Domain);
    QTest::newRow("info is fine") << "geoip" << int(Severity::Info) << int(Outcome::Fine) << int(SubjectKind::Ip);
    QTest::newRow("ok is fine") << "address" << int(Severity::Ok) << int(Outcome::Fine) << int(SubjectKind::Address);
    QTest::newRow("a bounce is about a recipient")
        << "bounce" << int(Severity::Error) << int(Outcome::Problem) << int(SubjectKind::Recipient);
    QTest::newRow("reverse DNS is about an IP")
        << "ptr" << int(Severity::Ok) << int(Outcome::Fine) << int(SubjectKind::Ip);
}

void TestWorstFirst::verdictDefaults()
{
    QFETCH(QString, check);
    QFETCH(int, severity);
    QFETCH(int, outcome);
    QFETCH(int, subjectKind);
    Finding f(check, QStringLiteral("s"), static_cast<Severity>(severity), QStringLiteral("c"), {"Findings", "t"});
    QCOMPARE(int(f.outcome), outcome);
    QCOMPARE(int(f.subjectKind), subjectKind);
    QCOMPARE(f.actor, Actor::Customer);
    QVERIFY(!f.staffOnly);
    f.markInconclusive();
    QCOMPARE(f.outcome, Outcome::Inconclusive);
    QVERIFY(f.staffOnly);
    QCOMPARE(f.actor, Actor::Provider);
}

QTEST_GUILESS_MAIN(TestWorstFirst)
#include "tst_worstfirst.moc"
