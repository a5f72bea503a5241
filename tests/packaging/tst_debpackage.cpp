// The .deb as a helpdesk admin meets it: scripts/check-deb.sh builds it with
// CPack and installs it with apt into a fresh Debian 12 root (debootstrap);
// here the installed programs run inside that root (chroot), against a real
// DNS server on loopback, with the GeoIP database and policy the package
// installed. Needs root and a Debian mirror: registered only with
// -DMAILTRIAGE_PACKAGE_TESTS=ON (scripts/run-tests.sh sets it).
#include "cliprocess.h"
#include "dnsfixture.h"
#include "freeport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QTcpSocket>
#include <QTest>

using mt::test::CliRun;
using mt::test::runProgram;

namespace {

const QString installedPolicy = QStringLiteral("/usr/share/mailtriage/policy/default-policy.json");

QStringList findingCodes(const QByteArray &json, QString *geoipText = nullptr)
{
    QStringList codes;
    for (const QJsonValue &value : QJsonDocument::fromJson(json).object().value(QStringLiteral("findings")).toArray()) {
        const QJsonObject finding = value.toObject();
        codes << finding.value(QStringLiteral("code")).toString();
        if (geoipText && finding.value(QStringLiteral("check")).toString() == QLatin1String("geoip")) {
            *geoipText = finding.value(QStringLiteral("summary")).toString();
        }
    }
    return codes;
}

} // namespace

class TestDebPackage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void versions_data();
    void versions();
    void dependsOnDebianLibraries_data();
    void dependsOnDebianLibraries();
    void desktopEntryStartsAnInstalledProgram();
    void windowOpensOnX11();
    void diagnosis_data();
    void diagnosis();
    void policyServiceAsItsUnitStartsIt();

private:
    CliRun inRoot(const QStringList &command, const QByteArray &stdinData = {}) const
    {
        return runProgram(QStringLiteral("chroot"), QStringList{m_root} + command, stdinData);
    }
    QString m_root;
    QString m_deb;
    std::unique_ptr<mt::test::DnsFixture> m_fixture;
};

void TestDebPackage::initTestCase()
{
    m_root = QStringLiteral(MAILTRIAGE_DEB_ROOT);
    QProcess check;
    check.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    check.start(QStringLiteral(MAILTRIAGE_SOURCE_DIR "/scripts/check-deb.sh"),
                {QStringLiteral(MAILTRIAGE_BUILD_DIR), m_root});
    QVERIFY(check.waitForStarted());
    QVERIFY2(check.waitForFinished(25 * 60 * 1000), "check-deb.sh did not finish");
    QVERIFY2(check.exitStatus() == QProcess::NormalExit && check.exitCode() == 0, "check-deb.sh failed (see above)");
    m_deb = QString::fromUtf8(check.readAllStandardOutput()).trimmed().section(QLatin1Char('\n'), -1);
    QVERIFY2(QFile::exists(m_deb), qPrintable(m_deb));
    m_fixture = std::make_unique<mt::test::DnsFixture>();
    QVERIFY2(m_fixture->ok(), qPrintable(m_fixture->error()));
}

void TestDebPackage::versions_data()
{
    QTest::addColumn<QStringList>("command");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("CLI") << QStringList{QStringLiteral("mailtriage-cli"), QStringLiteral("--version")}
                         << QByteArray("mailtriage-cli " MAILTRIAGE_VERSION);
    QTest::newRow("GUI") << QStringList{QStringLiteral("env"), QStringLiteral("QT_QPA_PLATFORM=offscreen"),
                                        QStringLiteral("mailtriage"), QStringLiteral("--version")}
                         << QByteArray("MailTriage " MAILTRIAGE_VERSION);
    QTest::newRow("package") << QStringList{QStringLiteral("dpkg-query"), QStringLiteral("-W"),
                                            QStringLiteral("-f=${Version} ${Status}"), QStringLiteral("mailtriage")}
                             << QByteArray(MAILTRIAGE_VERSION " install ok installed");
}

void TestDebPackage::versions()
{
    QFETCH(QStringList, command);
    QFETCH(QByteArray, expected);
    const CliRun run = inRoot(command);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(run.out.trimmed(), expected);
}

void TestDebPackage::dependsOnDebianLibraries_data()
{
    QTest::addColumn<QString>("package");
    // Read off the binaries by dpkg-shlibdeps...
    for (const char *library : {"libqt6widgets6", "libqt6network6", "libqt6core6", "libldns3", "libmaxminddb0",
                                "libpsl5", "libssl3", "libstdc++6"}) {
        QTest::newRow(library) << QString::fromLatin1(library);
    }
    // ...and what is loaded at run time, named by hand.
    QTest::newRow("platform plugins") << QStringLiteral("qt6-qpa-plugins");
    QTest::newRow("SVG icons") << QStringLiteral("libqt6svg6");
}

void TestDebPackage::dependsOnDebianLibraries()
{
    QFETCH(QString, package);
    const CliRun run = runProgram(QStringLiteral("dpkg-deb"), {QStringLiteral("-f"), m_deb, QStringLiteral("Depends")});
    QCOMPARE(run.exitCode, 0);
    const QStringList depends = QString::fromUtf8(run.out).split(QLatin1Char(','));
    const bool found = std::any_of(depends.cbegin(), depends.cend(), [&](const QString &entry) {
        return entry.trimmed().section(QLatin1Char(' '), 0, 0) == package;
    });
    QVERIFY2(found, run.out.constData());
}

void TestDebPackage::desktopEntryStartsAnInstalledProgram()
{
    QSettings entry(m_root + QStringLiteral("/usr/share/applications/org.mailtriage.MailTriage.desktop"),
                    QSettings::IniFormat);
    const QString exec = entry.value(QStringLiteral("Desktop Entry/Exec")).toString();
    const QString icon = entry.value(QStringLiteral("Desktop Entry/Icon")).toString();
    QCOMPARE(exec.section(QLatin1Char(' '), 0, 0), QStringLiteral("mailtriage"));
    const CliRun which = inRoot({QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("command -v ") + exec});
    QCOMPARE(which.out.trimmed(), QByteArray("/usr/bin/mailtriage"));
    QVERIFY(QFile::exists(m_root + QStringLiteral("/usr/share/icons/hicolor/scalable/apps/") + icon +
                          QStringLiteral(".svg")));
    QVERIFY(
        QFile::exists(m_root + QStringLiteral("/usr/share/icons/hicolor/48x48/apps/") + icon + QStringLiteral(".png")));
}

// The installed GUI with the installed xcb plugin, on an X server of the
// host (Xvfb; the chroot shares the network namespace, so its abstract
// socket), until its window is mapped.
void TestDebPackage::windowOpensOnX11()
{
    QProcess xvfb;
    xvfb.start(QStringLiteral("Xvfb"),
               {QStringLiteral("-displayfd"), QStringLiteral("1"), QStringLiteral("-nolisten"), QStringLiteral("tcp"),
                QStringLiteral("-screen"), QStringLiteral("0"), QStringLiteral("1280x900x24")});
    QVERIFY2(xvfb.waitForStarted(), "Xvfb not found: apt-get install xvfb");
    QTRY_VERIFY_WITH_TIMEOUT(xvfb.canReadLine(), 30000);
    const QString display = QStringLiteral(":") + QString::fromLatin1(xvfb.readLine().trimmed());

    QProcess gui;
    gui.setProcessChannelMode(QProcess::MergedChannels);
    gui.start(QStringLiteral("chroot"), {m_root, QStringLiteral("env"), QStringLiteral("DISPLAY=") + display,
                                         QStringLiteral("QT_QPA_PLATFORM=xcb"), QStringLiteral("mailtriage")});
    QVERIFY(gui.waitForStarted());
    auto windowShown = [&display] {
        const CliRun tree = runProgram(QStringLiteral("xwininfo"), {QStringLiteral("-display"), display,
                                                                    QStringLiteral("-root"), QStringLiteral("-tree")});
        return tree.out.contains("\"MailTriage\"");
    };
    QTRY_VERIFY_WITH_TIMEOUT(windowShown() || gui.state() == QProcess::NotRunning, 60000);
    const QByteArray output = gui.readAll();
    QVERIFY2(gui.state() == QProcess::Running, output.constData());
    gui.kill();
    gui.waitForFinished();
    xvfb.kill();
    xvfb.waitForFinished();
}

void TestDebPackage::diagnosis_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("geoipSays"); // in the GeoIP finding's summary, from the installed database

    QTest::newRow("address") << QStringList{QStringLiteral("jan@example.test")} << QByteArray() << 0
                             << QStringLiteral("mx.ok") << QString();
    QTest::newRow("null MX, in Polish") << QStringList{QStringLiteral("nullmx.example.test"), QStringLiteral("--lang"),
                                                       QStringLiteral("pl")}
                                        << QByteArray() << 1 << QStringLiteral("mx.null_mx") << QString();
    // The test's DNS server serves neither 8.8.8.8's reverse zone nor the
    // blacklists, so the diagnosis is inconclusive (exit 3); its GeoIP
    // finding comes from the installed database all the same.
    QTest::newRow("IP: the installed GeoIP database")
        << QStringList{QStringLiteral("8.8.8.8")} << QByteArray() << 3 << QStringLiteral("geoip.country")
        << QStringLiteral("United States");
    // kowalski.pl may send from Poland only in the installed default policy.
    QTest::newRow("bounce: the installed default policy")
        << QStringList{QStringLiteral("-"), QStringLiteral("--policy"), installedPolicy}
        << QByteArray("From: MAILER-DAEMON@mx.example.test\nSubject: Undelivered Mail Returned to Sender\n"
                      "Content-Type: text/plain\n\n"
                      "<anna@remote.test>: host mx.remote.test[192.0.2.77] said: 554 5.7.1\n"
                      "    Service unavailable; Client host [8.8.8.8] blocked using zen.spamhaus.org\n"
                      "    (in reply to RCPT TO command)\n\n"
                      "--- Below this line is a copy of the message.\n\n"
                      "Return-Path: <jan@kowalski.pl>\nFrom: jan@kowalski.pl\nTo: anna@remote.test\n"
                      "Subject: test\n")
        << 1 << QStringLiteral("geoip.country_not_allowed") << QStringLiteral("United States");
}

void TestDebPackage::diagnosis()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, input);
    QFETCH(int, exitCode);
    QFETCH(QString, code);
    QFETCH(QString, geoipSays);
    const CliRun run = inRoot(QStringList{QStringLiteral("mailtriage-cli"), QStringLiteral("diagnose")} + arguments +
                                  QStringList{QStringLiteral("--dns"), m_fixture->address(), QStringLiteral("--dnsbl"),
                                              QStringLiteral("rhsbl.example.test"), QStringLiteral("--format"),
                                              QStringLiteral("json")},
                              input);
    QVERIFY2(run.exitCode == exitCode, run.err.constData());
    QString geoipText;
    const QStringList codes = findingCodes(run.out, &geoipText);
    QVERIFY2(codes.contains(code), qPrintable(codes.join(QLatin1Char(' '))));
    QVERIFY2(geoipText.contains(geoipSays), qPrintable(geoipText));
}

// The policy service as systemd would start it from the installed unit:
// its own system user, installed disabled, /etc/mailtriage/policy.json
// readable by that user only through its group, the unit's ExecStart with
// the unit's and /etc/default/mailtriage-policyd's settings. (The chroot
// has no systemd running; the test does what the unit's User=,
// StateDirectory= and EnvironmentFile= do, then runs ExecStart.)
void TestDebPackage::policyServiceAsItsUnitStartsIt()
{
    const CliRun user =
        inRoot({QStringLiteral("getent"), QStringLiteral("passwd"), QStringLiteral("mailtriage-policyd")});
    QVERIFY2(user.exitCode == 0, "postinst made no mailtriage-policyd user");
    QVERIFY2(user.out.trimmed().endsWith("/usr/sbin/nologin"), user.out.constData());
    QVERIFY2(!QFile::exists(m_root + QStringLiteral("/etc/systemd/system/multi-user.target.wants/"
                                                    "mailtriage-policyd.service")),
             "the service must be installed disabled");
    const CliRun policy = inRoot({QStringLiteral("stat"), QStringLiteral("-c"), QStringLiteral("%a %U %G"),
                                  QStringLiteral("/etc/mailtriage/policy.json")});
    QCOMPARE(policy.out.trimmed(), QByteArray("640 root mailtriage-policyd"));

    QFile unitFile(m_root + QStringLiteral("/lib/systemd/system/mailtriage-policyd.service"));
    QVERIFY2(unitFile.open(QIODevice::ReadOnly), qPrintable(unitFile.fileName()));
    QMap<QString, QString> environment;
    QString execStart;
    QString stateDirectory;
    const auto readAssignments = [&](const QByteArray &text, bool unit) {
        for (const QByteArray &raw : text.split('\n')) {
            const QString line = QString::fromUtf8(raw).trimmed();
            if (unit && line.startsWith(QLatin1String("Environment="))) {
                const QString assignment = line.mid(12);
                environment[assignment.section(QLatin1Char('='), 0, 0)] = assignment.section(QLatin1Char('='), 1);
            } else if (unit && line.startsWith(QLatin1String("ExecStart="))) {
                execStart = line.mid(10);
            } else if (unit && line.startsWith(QLatin1String("StateDirectory="))) {
                stateDirectory = line.mid(15);
            } else if (!unit && !line.startsWith(QLatin1Char('#')) && line.contains(QLatin1Char('='))) {
                QString value = line.section(QLatin1Char('='), 1);
                if (value.size() >= 2 && value.startsWith(QLatin1Char('"')) && value.endsWith(QLatin1Char('"'))) {
                    value = value.mid(1, value.size() - 2);
                }
                environment[line.section(QLatin1Char('='), 0, 0)] = value;
            }
        }
    };
    readAssignments(unitFile.readAll(), true);
    QFile defaults(m_root + QStringLiteral("/etc/default/mailtriage-policyd"));
    QVERIFY2(defaults.open(QIODevice::ReadOnly), "no /etc/default/mailtriage-policyd");
    readAssignments(defaults.readAll(), false);
    QVERIFY(!execStart.isEmpty());
    QCOMPARE(stateDirectory, QStringLiteral("mailtriage-policyd"));
    // Loopback, a free port, and the test's DNS server (no query leaves the machine).
    const quint16 port = mt::test::freePort();
    environment[QStringLiteral("POLICYD_LISTEN")] = QStringLiteral("127.0.0.1:%1").arg(port);
    environment[QStringLiteral("POLICYD_OPTIONS")] += QStringLiteral(" --dns ") + m_fixture->address();
    // systemd's expansion: ${NAME} is one word, $NAME splits on white space.
    QStringList command;
    for (const QString &word : execStart.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (word.startsWith(QLatin1String("${")) && word.endsWith(QLatin1Char('}'))) {
            command << environment.value(word.mid(2, word.size() - 3));
        } else if (word.startsWith(QLatin1Char('$'))) {
            command << environment.value(word.mid(1)).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        } else {
            command << word;
        }
    }
    QVERIFY(inRoot({QStringLiteral("install"), QStringLiteral("-d"), QStringLiteral("-m"), QStringLiteral("0750"),
                    QStringLiteral("-o"), QStringLiteral("mailtriage-policyd"), QStringLiteral("-g"),
                    QStringLiteral("mailtriage-policyd"), QStringLiteral("/var/lib/") + stateDirectory})
                .exitCode == 0);
    QProcess service;
    service.setProcessChannelMode(QProcess::ForwardedChannels);
    service.start(QStringLiteral("chroot"),
                  QStringList{m_root, QStringLiteral("setpriv"), QStringLiteral("--reuid=mailtriage-policyd"),
                              QStringLiteral("--regid=mailtriage-policyd"), QStringLiteral("--init-groups"),
                              QStringLiteral("--")} +
                      command);
    QVERIFY(service.waitForStarted());
    QTcpSocket client;
    QTRY_VERIFY_WITH_TIMEOUT(
        (client.abort(), client.connectToHost(QStringLiteral("127.0.0.1"), port), client.waitForConnected(200)), 15000);
    // Rule 1 of the installed default policy, as Postfix would ask at RCPT.
    client.write("request=smtpd_access_policy\nprotocol_state=RCPT\nprotocol_name=ESMTP\n"
                 "client_address=192.0.2.10\nsasl_username=jan@kowalski.pl\n"
                 "sender=someone@other.example\nrecipient=anna@remote.test\n\n");
    QByteArray answer;
    QTRY_VERIFY_WITH_TIMEOUT((client.waitForReadyRead(100), answer += client.readAll(), answer.endsWith("\n\n")),
                             15000);
    QCOMPARE(answer, QByteArray("action=550 5.1.0 <someone@other.example> sender rejected\n\n"));
    service.terminate();
    QVERIFY(service.waitForFinished(10000));
    QCOMPARE(service.exitCode(), 0);
    // Its state went where the unit says, owned by its user.
    const CliRun state = inRoot({QStringLiteral("stat"), QStringLiteral("-c"), QStringLiteral("%U"),
                                 QStringLiteral("/var/lib/") + stateDirectory});
    QCOMPARE(state.out.trimmed(), QByteArray("mailtriage-policyd"));
}

QTEST_GUILESS_MAIN(TestDebPackage)
#include "tst_debpackage.moc"
