// The .deb as a helpdesk admin meets it: scripts/check-deb.sh builds it with
// CPack and installs it with apt into a fresh Debian 12 root (debootstrap);
// here the installed programs run inside that root (chroot), against a real
// DNS server on loopback, with the GeoIP database and policy the package
// installed. Needs root and a Debian mirror: registered only with
// -DMAILTRIAGE_PACKAGE_TESTS=ON (scripts/run-tests.sh sets it).
#include "cliprocess.h"
#include "dnsfixture.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
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

QTEST_GUILESS_MAIN(TestDebPackage)
#include "tst_debpackage.moc"
