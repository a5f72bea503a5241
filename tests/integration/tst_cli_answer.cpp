// `mailtriage-cli diagnose --format answer`: the customer answer as the GUI's
// answer pane shows it, and the exit status 3 when the results are
// inconclusive (a resolver that never answers: a bound UDP port never read).
#include "cliprocess.h"
#include "dnsfixture.h"
#include "findingsutil.h"
#include "freeport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QUdpSocket>

using mt::test::CliRun;
using mt::test::runCli;

class TestCliAnswer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void answer_data();
    void answer();
    void silentResolverIsInconclusive_data();
    void silentResolverIsInconclusive();
    void jsonIsWorstFirst();
    void helpNamesExitStatusThree();
    void badFormat();

private:
    QStringList fixtureDns() const
    {
        return {QStringLiteral("--dns"), m_fixture->address(), QStringLiteral("--dnsbl"),
                QStringLiteral("rhsbl.example.test")};
    }
    QStringList silentDns() const
    {
        return {QStringLiteral("--dns"), QStringLiteral("127.0.0.1:%1").arg(m_silent->localPort()),
                QStringLiteral("--dns-timeout"), QStringLiteral("200")};
    }

    std::unique_ptr<mt::test::DnsFixture> m_fixture;
    std::unique_ptr<QUdpSocket> m_silent; // bound, never read: every query times out
    QTemporaryDir m_home;                 // no stored greeting or signature
};

void TestCliAnswer::initTestCase()
{
    QVERIFY2(!qEnvironmentVariable("MAILTRIAGE_CLI").isEmpty(), "MAILTRIAGE_CLI must name the binary");
    m_fixture = std::make_unique<mt::test::DnsFixture>();
    QVERIFY2(m_fixture->ok(), qPrintable(m_fixture->error()));
    m_silent = std::make_unique<QUdpSocket>();
    QVERIFY(m_silent->bind(QHostAddress::LocalHost, mt::test::freePort()));
    qputenv("XDG_CONFIG_HOME", m_home.path().toUtf8());
}

void TestCliAnswer::answer_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("lang");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QStringList>("unexpected");

    QTest::newRow("address without a domain, English")
        << QStringLiteral("jan@nothere.example.test") << QStringLiteral("en") << 1
        << QStringList{QStringLiteral(
                           "Hello,\n\nthank you for your message. We have checked jan@nothere.example.test."),
                       QStringLiteral("1. The domain nothere.example.test does not exist"),
                       QStringLiteral("Best regards,\nTechnical Support\n")}
        << QStringList{QStringLiteral("no problems"), QStringLiteral("[FOR STAFF")};
    QTest::newRow("address without a domain, Polish")
        << QStringLiteral("jan@nothere.example.test") << QStringLiteral("pl") << 1
        << QStringList{QStringLiteral("Dzień dobry,"), QStringLiteral("Domena nothere.example.test nie istnieje")}
        << QStringList{QStringLiteral("Hello,"), QStringLiteral("does not exist")};
    QTest::newRow("a reply line is not echoed")
        << QStringLiteral("535 5.1.0 piWsAbCd12 authentication failed") << QStringLiteral("en") << 1
        << QStringList{QStringLiteral("We have checked what you sent us."),
                       QStringLiteral("1. Our SMTP server refused")}
        << QStringList{QStringLiteral("piWsAbCd12")};
}

void TestCliAnswer::answer()
{
    QFETCH(QString, input);
    QFETCH(QString, lang);
    QFETCH(int, exitCode);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, unexpected);
    const CliRun run = runCli(QStringList{QStringLiteral("diagnose"), input, QStringLiteral("--format"),
                                          QStringLiteral("answer"), QStringLiteral("--lang"), lang} +
                              fixtureDns());
    const QString out = QString::fromUtf8(run.out);
    QVERIFY2(run.exitCode == exitCode,
             qPrintable(QStringLiteral("exit %1\n%2%3").arg(run.exitCode).arg(out, QString::fromUtf8(run.err))));
    const QString mismatch = mt::test::textMismatch(out, expected, unexpected);
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
}

void TestCliAnswer::silentResolverIsInconclusive_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QStringList>("unexpected");
    const QString resolver = QStringLiteral("127.0.0.1:%1").arg(m_silent->localPort());

    QTest::newRow("IP, answer: a notice to staff")
        << QStringLiteral("192.0.2.10") << QStringLiteral("answer")
        << QStringList{QStringLiteral("[FOR STAFF, NOT FOR THE CUSTOMER]"), resolver}
        << QStringList{QStringLiteral("no problems"), QStringLiteral("Hello,"), QStringLiteral("ISP")};
    QTest::newRow("address, answer: one cause, not a list of timeouts")
        << QStringLiteral("jan@kowalski.pl") << QStringLiteral("answer")
        << QStringList{QStringLiteral("[FOR STAFF, NOT FOR THE CUSTOMER]")}
        << QStringList{QStringLiteral("no problems"), QStringLiteral("TIMEOUT")};
    QTest::newRow("IP, text: one finding says why")
        << QStringLiteral("192.0.2.10") << QStringLiteral("text")
        << QStringList{QStringLiteral("The results are inconclusive"), QStringLiteral("INCONCLUSIVE:"), resolver}
        << QStringList{};
}

void TestCliAnswer::silentResolverIsInconclusive()
{
    QFETCH(QString, input);
    QFETCH(QString, format);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, unexpected);
    const CliRun run =
        runCli(QStringList{QStringLiteral("diagnose"), input, QStringLiteral("--format"), format} + silentDns());
    const QString out = QString::fromUtf8(run.out);
    QVERIFY2(run.exitCode == 3, qPrintable(QStringLiteral("exit %1\n%2").arg(run.exitCode).arg(out)));
    const QString mismatch = mt::test::textMismatch(out, expected, unexpected);
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
}

void TestCliAnswer::jsonIsWorstFirst()
{
    static const QStringList order{QStringLiteral("error"), QStringLiteral("warning"), QStringLiteral("info"),
                                   QStringLiteral("ok")};
    const CliRun run = runCli(QStringList{QStringLiteral("diagnose"), QStringLiteral("jan@nothere.example.test"),
                                          QStringLiteral("--format"), QStringLiteral("json")} +
                              fixtureDns());
    QCOMPARE(run.exitCode, 1);
    const QJsonObject root = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(root.value(QStringLiteral("inconclusive")).toBool(), false);
    const QJsonArray findings = root.value(QStringLiteral("findings")).toArray();
    QVERIFY(findings.size() >= 2);
    QCOMPARE(findings.first().toObject().value(QStringLiteral("severity")).toString(), QStringLiteral("error"));
    qsizetype previous = 0;
    for (const QJsonValue &value : findings) {
        const QJsonObject finding = value.toObject();
        const qsizetype rank = order.indexOf(finding.value(QStringLiteral("severity")).toString());
        QVERIFY2(rank >= previous, qPrintable(QString::fromUtf8(run.out)));
        previous = rank;
        QVERIFY(finding.contains(QStringLiteral("outcome")));
        QVERIFY(finding.contains(QStringLiteral("actor")));
        QVERIFY(finding.contains(QStringLiteral("staff_only")));
    }
}

void TestCliAnswer::helpNamesExitStatusThree()
{
    for (const QString &lang : {QStringLiteral("en"), QStringLiteral("pl")}) {
        const CliRun run =
            runCli({QStringLiteral("diagnose"), QStringLiteral("--help"), QStringLiteral("--lang"), lang});
        QCOMPARE(run.exitCode, 0);
        const QString out = QString::fromUtf8(run.out);
        QVERIFY2(out.contains(QLatin1String("3 ")), qPrintable(out));
        QVERIFY2(out.contains(QLatin1String("answer")), qPrintable(out));
    }
}

void TestCliAnswer::badFormat()
{
    const CliRun run = runCli({QStringLiteral("diagnose"), QStringLiteral("example.test"), QStringLiteral("--format"),
                               QStringLiteral("html")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains("text, json or answer"));
}

QTEST_GUILESS_MAIN(TestCliAnswer)
#include "tst_cli_answer.moc"
