// `mailtriage-cli spf` as staff run it on "550 SPF" bounces: a real process,
// knotd on loopback, the JSON contract of docs/cli.md, exit codes.
#include "cliprocess.h"
#include "dnsfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using mt::test::CliRun;
using mt::test::runCli;

class TestCliSpf : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void json_data();
    void json();
    void textFormat();
    void badUsage_data();
    void badUsage();

private:
    QStringList dns() const { return {QStringLiteral("--dns"), m_fixture->address()}; }
    std::unique_ptr<mt::test::DnsFixture> m_fixture;
};

void TestCliSpf::initTestCase()
{
    QVERIFY2(!qEnvironmentVariable("MAILTRIAGE_CLI").isEmpty(), "MAILTRIAGE_CLI must name the binary");
    m_fixture = std::make_unique<mt::test::DnsFixture>();
    QVERIFY2(m_fixture->ok(), qPrintable(m_fixture->error()));
}

void TestCliSpf::json_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("result");
    QTest::addColumn<int>("lookups");
    QTest::addColumn<QString>("explanation");
    QTest::addColumn<QString>("matchedTerm"); // the trace step that decided

    auto args = [](const char *ip, const char *sender) {
        return QStringList{QStringLiteral("--ip"), QLatin1String(ip), QStringLiteral("--sender"),
                           QLatin1String(sender)};
    };
    QTest::newRow("pass through the MX") << args("192.0.2.25", "jan@spf-good.example.test") << QStringLiteral("pass")
                                         << 2 << QString() << QStringLiteral("mx");
    QTest::newRow("pass through an include")
        << args("203.0.113.80", "jan@spf-good.example.test") << QStringLiteral("pass") << 3 << QString()
        << QStringLiteral("include:spf-provider.example.test");
    QTest::newRow("fail with exp=") << args("192.0.2.9", "<jan@spf-exp.example.test>") << QStringLiteral("fail") << 0
                                    << QStringLiteral("192.0.2.9 is not one of spf-exp.example.test's designated mail "
                                                      "servers.")
                                    << QStringLiteral("-all");
    QTest::newRow("permerror: 11 includes") << args("192.0.2.1", "jan@spf-many.example.test")
                                            << QStringLiteral("permerror") << 11 << QString() << QString();
    QTest::newRow("bounce: HELO") << (args("192.0.2.40", "")
                                      << QStringLiteral("--helo") << QStringLiteral("example.test"))
                                  << QStringLiteral("pass") << 0 << QString() << QStringLiteral("ip4:192.0.2.0/25");
    QTest::newRow("IPv6 client") << args("2001:db8::1", "jan@example.test") << QStringLiteral("pass") << 0 << QString()
                                 << QStringLiteral("ip6:2001:db8::/64");
}

void TestCliSpf::json()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, result);
    QFETCH(int, lookups);
    QFETCH(QString, explanation);
    QFETCH(QString, matchedTerm);

    const CliRun run = runCli(QStringList{QStringLiteral("spf")} + arguments + dns() +
                              QStringList{QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(run.exitCode, 0);
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(run.out, &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QCOMPARE(root.value(QStringLiteral("result")).toString(), result);
    QCOMPARE(root.value(QStringLiteral("lookups")).toInt(-1), lookups);
    QCOMPARE(root.value(QStringLiteral("explanation")).toString(), explanation);
    const QJsonArray trace = root.value(QStringLiteral("trace")).toArray();
    QVERIFY(!trace.isEmpty());
    if (!matchedTerm.isEmpty()) {
        const bool found = std::any_of(trace.begin(), trace.end(), [&](const QJsonValue &step) {
            return step.toObject().value(QStringLiteral("term")).toString() == matchedTerm &&
                   step.toObject().value(QStringLiteral("outcome")).toString() == QLatin1String("match");
        });
        QVERIFY2(found, run.out.constData());
    }
}

void TestCliSpf::textFormat()
{
    const CliRun run = runCli(QStringList{QStringLiteral("spf"), QStringLiteral("--ip"), QStringLiteral("192.0.2.200"),
                                          QStringLiteral("--sender"), QStringLiteral("jan@spf-good.example.test"),
                                          QStringLiteral("--lang"), QStringLiteral("en")} +
                              dns());
    QCOMPARE(run.exitCode, 0);
    const QString out = QString::fromUtf8(run.out);
    QVERIFY2(out.contains(QStringLiteral("SPF of spf-good.example.test for 192.0.2.200: fail")), run.out.constData());
    QVERIFY(out.contains(QStringLiteral("DNS lookups: 3 of 10")));
    QVERIFY(out.contains(QStringLiteral("include:spf-provider.example.test")));
}

void TestCliSpf::badUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no --ip") << QStringList{QStringLiteral("--sender"), QStringLiteral("a@example.test")};
    QTest::newRow("not an IP") << QStringList{QStringLiteral("--ip"), QStringLiteral("1.2.3"),
                                              QStringLiteral("--sender"), QStringLiteral("a@example.test")};
    QTest::newRow("no --sender") << QStringList{QStringLiteral("--ip"), QStringLiteral("192.0.2.1")};
    QTest::newRow("empty sender without --helo")
        << QStringList{QStringLiteral("--ip"), QStringLiteral("192.0.2.1"), QStringLiteral("--sender"), QString()};
    QTest::newRow("space in the sender") << QStringList{QStringLiteral("--ip"), QStringLiteral("192.0.2.1"),
                                                        QStringLiteral("--sender"), QStringLiteral("a b@example.test")};
    QTest::newRow("bad format") << QStringList{QStringLiteral("--ip"),     QStringLiteral("192.0.2.1"),
                                               QStringLiteral("--sender"), QStringLiteral("a@example.test"),
                                               QStringLiteral("--format"), QStringLiteral("xml")};
    QTest::newRow("bad --dns") << QStringList{QStringLiteral("--ip"),     QStringLiteral("192.0.2.1"),
                                              QStringLiteral("--sender"), QStringLiteral("a@example.test"),
                                              QStringLiteral("--dns"),    QStringLiteral("ns.example.test")};
    QTest::newRow("stray argument") << QStringList{QStringLiteral("--ip"), QStringLiteral("192.0.2.1"),
                                                   QStringLiteral("--sender"), QStringLiteral("a@example.test"),
                                                   QStringLiteral("extra")};
}

void TestCliSpf::badUsage()
{
    QFETCH(QStringList, arguments);
    const CliRun run = runCli(QStringList{QStringLiteral("spf")} + arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY(run.err.startsWith("mailtriage-cli: "));
    QCOMPARE(run.err.count('\n'), 1); // one clear line
}

QTEST_GUILESS_MAIN(TestCliSpf)
#include "tst_cli_spf.moc"
