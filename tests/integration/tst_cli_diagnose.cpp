// `mailtriage-cli diagnose` as scripts and tier-2 support run it: a real
// process, a real DNS server, the JSON contract of docs/cli.md, exit codes.
#include "cliprocess.h"
#include "dnsfixture.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using mt::test::CliRun;
using mt::test::runCli;

class TestCliDiagnose : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void json_data();
    void json();
    void standardInput();
    void polishTexts();
    void textFormat();
    void badUsage_data();
    void badUsage();
    void hugePasteDoesNotHang();
    void bounceIpIsJudgedByTheSendersCountries_data();
    void bounceIpIsJudgedByTheSendersCountries();
    void version();

private:
    // The fixture serves no blacklist: one zone it answers NXDOMAIN for.
    QStringList dns() const
    {
        return {QStringLiteral("--dns"), m_fixture->address(), QStringLiteral("--dnsbl"),
                QStringLiteral("rhsbl.example.test")};
    }
    std::unique_ptr<mt::test::DnsFixture> m_fixture;
};

void TestCliDiagnose::initTestCase()
{
    QVERIFY2(!qEnvironmentVariable("MAILTRIAGE_CLI").isEmpty(), "MAILTRIAGE_CLI must name the binary");
    m_fixture = std::make_unique<mt::test::DnsFixture>();
    QVERIFY2(m_fixture->ok(), qPrintable(m_fixture->error()));
}

void TestCliDiagnose::json_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("severity");
    QTest::newRow("good address") << QStringLiteral("jan@example.test") << QStringLiteral("address") << 0
                                  << QStringLiteral("mx.ok") << QStringLiteral("ok");
    QTest::newRow("NXDOMAIN exits 1") << QStringLiteral("jan@nothere.example.test") << QStringLiteral("address") << 1
                                      << QStringLiteral("mx.nxdomain") << QStringLiteral("error");
    QTest::newRow("null MX") << QStringLiteral("nullmx.example.test") << QStringLiteral("domain") << 1
                             << QStringLiteral("mx.null_mx") << QStringLiteral("error");
    QTest::newRow("implicit MX") << QStringLiteral("implicit.example.test") << QStringLiteral("domain") << 0
                                 << QStringLiteral("mx.implicit_mx") << QStringLiteral("info");
    // A check that could not tell: inconclusive (exit 3), not a pass.
    QTest::newRow("SERVFAIL is a warning") << QStringLiteral("servfail.example.test") << QStringLiteral("domain") << 3
                                           << QStringLiteral("mx.dns_failure") << QStringLiteral("warning");
    QTest::newRow("IPv6") << QStringLiteral("2001:db8::25") << QStringLiteral("ipv6") << 0 << QStringLiteral("ptr.ok")
                          << QStringLiteral("ok");
}

void TestCliDiagnose::json()
{
    QFETCH(QString, input);
    QFETCH(QString, kind);
    QFETCH(int, exitCode);
    QFETCH(QString, code);
    QFETCH(QString, severity);

    const CliRun run = runCli(QStringList{QStringLiteral("diagnose"), input} + dns() +
                              QStringList{QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--lang"),
                                          QStringLiteral("en")});
    QCOMPARE(run.exitCode, exitCode);
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(run.out, &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QCOMPARE(root.value(QStringLiteral("input")).toString(), input);
    QCOMPARE(root.value(QStringLiteral("kind")).toString(), kind);
    QVERIFY(root.value(QStringLiteral("elapsed_ms")).isDouble());
    const QJsonArray findings = root.value(QStringLiteral("findings")).toArray();
    QVERIFY(!findings.isEmpty());
    bool found = false;
    for (const QJsonValue &value : findings) {
        const QJsonObject f = value.toObject();
        for (const char *key : {"check", "subject", "severity", "code", "summary"}) {
            QVERIFY2(f.value(QLatin1String(key)).isString(), key);
        }
        QVERIFY(f.value(QStringLiteral("data")).isObject());
        QVERIFY(QStringList(
                    {QStringLiteral("ok"), QStringLiteral("info"), QStringLiteral("warning"), QStringLiteral("error")})
                    .contains(f.value(QStringLiteral("severity")).toString()));
        if (f.value(QStringLiteral("code")).toString() == code) {
            found = true;
            QCOMPARE(f.value(QStringLiteral("severity")).toString(), severity);
        }
    }
    QVERIFY2(found, qPrintable(QString::fromUtf8(run.out)));
}

void TestCliDiagnose::standardInput()
{
    const CliRun run = runCli(QStringList{QStringLiteral("diagnose"), QStringLiteral("-"), QStringLiteral("--format"),
                                          QStringLiteral("json")} +
                                  dns(),
                              "nomail.example.test\n");
    QCOMPARE(run.exitCode, 1);
    const QJsonObject root = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(root.value(QStringLiteral("kind")).toString(), QStringLiteral("domain"));
    QJsonObject first; // the MX check's verdict (other checks add their own rows)
    for (const QJsonValue &value : root.value(QStringLiteral("findings")).toArray()) {
        if (first.isEmpty() && value.toObject().value(QStringLiteral("check")).toString() == QLatin1String("mx")) {
            first = value.toObject();
        }
    }
    QCOMPARE(first.value(QStringLiteral("code")).toString(), QStringLiteral("mx.no_mx_no_a"));
    QCOMPARE(first.value(QStringLiteral("data")).toObject().value(QStringLiteral("reply_as_recipient")).toString(),
             QStringLiteral("550 5.1.1 piWs1j0010jifNx01iWsdh invalid destination domain"));
}

void TestCliDiagnose::polishTexts()
{
    const CliRun en = runCli(QStringList{QStringLiteral("diagnose"), QStringLiteral("jan@nothere.example.test"),
                                         QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--lang"),
                                         QStringLiteral("en")} +
                             dns());
    const CliRun pl = runCli(QStringList{QStringLiteral("diagnose"), QStringLiteral("jan@nothere.example.test"),
                                         QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--lang"),
                                         QStringLiteral("pl")} +
                             dns());
    auto summaryOf = [](const CliRun &run) {
        for (const QJsonValue &v :
             QJsonDocument::fromJson(run.out).object().value(QStringLiteral("findings")).toArray()) {
            if (v.toObject().value(QStringLiteral("code")).toString() == QLatin1String("mx.nxdomain")) {
                return v.toObject().value(QStringLiteral("summary")).toString();
            }
        }
        return QString();
    };
    QVERIFY(summaryOf(en).contains(QLatin1String("does not exist")));
    QVERIFY2(summaryOf(pl).contains(QStringLiteral("nie istnieje")), qPrintable(summaryOf(pl)));
    QVERIFY(summaryOf(pl).contains(QLatin1String("5.1.1 piWs1j0010jifNx01iWsdh invalid domain")));
}

void TestCliDiagnose::textFormat()
{
    const CliRun run = runCli(QStringList{QStringLiteral("diagnose"), QStringLiteral("nomail.example.test"),
                                          QStringLiteral("--lang"), QStringLiteral("en")} +
                              dns());
    QCOMPARE(run.exitCode, 1);
    const QString out = QString::fromUtf8(run.out);
    QVERIFY(out.startsWith(QLatin1String("Domain: nomail.example.test\n")));
    QVERIFY(out.contains(QLatin1String("ERROR")));
    QVERIFY(out.contains(QLatin1String("550 5.1.1 piWs1j0010jifNx01iWsdh invalid domain")));
    QVERIFY(out.contains(QLatin1String("What to do:")));
}

void TestCliDiagnose::badUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("stdinData");
    QTest::addColumn<QString>("message");
    QTest::newRow("no command") << QStringList() << QByteArray() << QStringLiteral("usage");
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << QByteArray()
                                     << QStringLiteral("unknown command");
    QTest::newRow("no input") << QStringList{QStringLiteral("diagnose")} << QByteArray()
                              << QStringLiteral("exactly one INPUT");
    QTest::newRow("empty input") << QStringList{QStringLiteral("diagnose"), QStringLiteral("  ")} << QByteArray()
                                 << QStringLiteral("empty");
    QTest::newRow("empty standard input")
        << QStringList{QStringLiteral("diagnose"), QStringLiteral("-")} << QByteArray("\n") << QStringLiteral("empty");
    QTest::newRow("bad --dns") << QStringList{QStringLiteral("diagnose"), QStringLiteral("x.test"),
                                              QStringLiteral("--dns"), QStringLiteral("dns.example.test")}
                               << QByteArray() << QStringLiteral("--dns");
    QTest::newRow("bad --format") << QStringList{QStringLiteral("diagnose"), QStringLiteral("x.test"),
                                                 QStringLiteral("--format"), QStringLiteral("xml")}
                                  << QByteArray() << QStringLiteral("--format");
    QTest::newRow("bad --lang") << QStringList{QStringLiteral("diagnose"), QStringLiteral("x.test"),
                                               QStringLiteral("--lang"), QStringLiteral("de")}
                                << QByteArray() << QStringLiteral("--lang");
    QTest::newRow("unreadable --geoip") << QStringList{QStringLiteral("diagnose"), QStringLiteral("x.test"),
                                                       QStringLiteral("--geoip"), QStringLiteral("/nonexistent.mmdb")}
                                        << QByteArray() << QStringLiteral("GeoIP");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("diagnose"), QStringLiteral("x.test"),
                                                   QStringLiteral("--frob")}
                                    << QByteArray() << QStringLiteral("frob");
}

void TestCliDiagnose::badUsage()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, stdinData);
    QFETCH(QString, message);
    const CliRun run = runCli(arguments, stdinData);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    const QString err = QString::fromUtf8(run.err).trimmed();
    QVERIFY2(err.contains(message), qPrintable(err));
    if (!arguments.isEmpty()) {
        QCOMPARE(err.count(QLatin1Char('\n')), 0); // one clear line
    }
}

void TestCliDiagnose::hugePasteDoesNotHang()
{
    QByteArray paste = "Delivery has failed to these recipients\n";
    while (paste.size() < 8 * 1024 * 1024) {
        paste += "Received: from mx.example.test ([192.0.2.25]) by mx2.example.test with ESMTP; \xff\xfe\n";
    }
    const CliRun run = runCli(QStringList{QStringLiteral("diagnose"), QStringLiteral("-"), QStringLiteral("--format"),
                                          QStringLiteral("json")} +
                                  dns(),
                              paste);
    QCOMPARE(run.exitCode, 0);
    const QJsonObject root = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(root.value(QStringLiteral("kind")).toString(), QStringLiteral("text"));
}

void TestCliDiagnose::version()
{
    const CliRun run = runCli({QStringLiteral("--version")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.startsWith("mailtriage-cli " MAILTRIAGE_VERSION));
}

void TestCliDiagnose::bounceIpIsJudgedByTheSendersCountries_data()
{
    QTest::addColumn<QString>("countries"); // of example.test in the policy file
    QTest::addColumn<QString>("geoipCode");

    QTest::newRow("Poland only: the US sending IP breaks the GeoIP rule")
        << QStringLiteral(R"(["PL"])") << QStringLiteral("geoip.country_not_allowed");
    QTest::newRow("Poland and the US") << QStringLiteral(R"(["PL", "US"])") << QStringLiteral("geoip.country");
}

void TestCliDiagnose::bounceIpIsJudgedByTheSendersCountries()
{
    QFETCH(QString, countries);
    QFETCH(QString, geoipCode);
    if (!QFileInfo::exists(QStringLiteral(MAILTRIAGE_GEOIP_DATABASE))) {
        QSKIP("built without the GeoIP database (-DMAILTRIAGE_FETCH_GEOIP=OFF)");
    }
    // jan@example.test sent from 8.8.8.8 and was blocked: the bounce names the
    // IP and the sender, the policy file the countries of the sender's domain.
    QTemporaryDir dir;
    QFile policy(dir.filePath(QStringLiteral("policy.json")));
    QVERIFY(policy.open(QIODevice::WriteOnly));
    policy.write(QStringLiteral(R"({"domains": [{"name": "example.test", "countries": %1}]})").arg(countries).toUtf8());
    policy.close();
    QFile bounce(QStringLiteral(MAILTRIAGE_TEST_FIXTURES "/bounces/blocked-from-us.eml"));
    QVERIFY(bounce.open(QIODevice::ReadOnly));
    const CliRun run = runCli(QStringList{QStringLiteral("diagnose"), QStringLiteral("-"), QStringLiteral("--format"),
                                          QStringLiteral("json"), QStringLiteral("--policy"), policy.fileName()} +
                                  dns(),
                              bounce.readAll());
    QCOMPARE(run.exitCode, 1);
    QStringList codes;
    QString reply;
    for (const QJsonValue &value :
         QJsonDocument::fromJson(run.out).object().value(QStringLiteral("findings")).toArray()) {
        const QJsonObject finding = value.toObject();
        codes << finding.value(QStringLiteral("code")).toString();
        if (finding.value(QStringLiteral("check")).toString() == QLatin1String("geoip")) {
            reply = finding.value(QStringLiteral("data")).toObject().value(QStringLiteral("reply")).toString();
        }
    }
    QVERIFY2(codes.contains(QLatin1String("bounce.blocked")), qPrintable(codes.join(QLatin1Char(' '))));
    QVERIFY2(codes.contains(geoipCode), qPrintable(codes.join(QLatin1Char(' '))));
    if (geoipCode == QLatin1String("geoip.country_not_allowed")) {
        QCOMPARE(reply, QStringLiteral("550 5.1.0 <jan@example.test> sender rejected"));
    }
}

QTEST_GUILESS_MAIN(TestCliDiagnose)
#include "tst_cli_diagnose.moc"
