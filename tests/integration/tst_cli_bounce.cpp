// `mailtriage-cli bounce` as a real process: the JSON contract of docs/cli.md
// on the provider's replies (docs/policy.md) and the corpus, exit codes, and input that is
// broken, in unknown charsets, or huge.
#include "cliprocess.h"
#include "testdata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryFile>
#include <QTest>

using mt::test::CliRun;
using mt::test::runCli;

namespace {

// The corpus file's path; empty when the third-party data is absent.
QString corpusFile(const char *name)
{
    QString missing;
    return mt::test::testDataPath(QStringLiteral("corpus/bounces-dev/messages/") + QLatin1String(name), &missing);
}

const QStringList json{QStringLiteral("bounce"), QStringLiteral("-"), QStringLiteral("--format"),
                       QStringLiteral("json")};

} // namespace

class TestCliBounce : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void replyLines_data();
    void replyLines();
    void corpusFiles_data();
    void corpusFiles();
    void severalRecipients();
    void textFormat();
    void tolerated_data();
    void tolerated();
    void hugeInput();
    void badUsage_data();
    void badUsage();
};

void TestCliBounce::initTestCase()
{
    QVERIFY2(!qEnvironmentVariable("MAILTRIAGE_CLI").isEmpty(), "MAILTRIAGE_CLI must name the binary");
}

void TestCliBounce::replyLines_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("replyCode");
    QTest::newRow("invalid destination domain")
        << QByteArray("5.1.1 piWs1j0010jifNx01iWsdh invalid destination domain") << "hostunknown"
        << "5.1.1"
        << "";
    QTest::newRow("too many authorization failures")
        << QByteArray("550 5.1.0 piWs1j0010jifNx01iWsdh Connection refused from 112.67.35.229. Too many "
                      "authorization failures from this IP, try again later.")
        << "blocked"
        << "5.1.0"
        << "550";
    QTest::newRow("maildrop over quota") << QByteArray("<biuro@kontotestowe.e-kei.pl>:\nmaildrop: maildir over quota.")
                                         << "mailboxfull"
                                         << ""
                                         << "";
}

void TestCliBounce::replyLines()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, reason);
    QFETCH(QString, status);
    QFETCH(QString, replyCode);
    const CliRun run = runCli(json, input);
    QCOMPARE(run.exitCode, 0);
    const QJsonObject root = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(root.value(QStringLiteral("reason")).toString(), reason);
    QCOMPARE(root.value(QStringLiteral("status")).toString(), status);
    QCOMPARE(root.value(QStringLiteral("reply_code")).toString(), replyCode);
    for (const char *key : {"recipient", "remote_host", "remote_ip", "diagnostic", "summary", "advice", "rule"}) {
        QVERIFY2(root.contains(QLatin1String(key)), key);
    }
    QVERIFY(!root.value(QStringLiteral("summary")).toString().isEmpty());
    QVERIFY(!root.value(QStringLiteral("advice")).toString().isEmpty());
}

void TestCliBounce::corpusFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("recipient");
    QTest::addColumn<QString>("remoteHost");
    QTest::newRow("Postfix DSN") << corpusFile("lhost-postfix-05.eml") << "userunknown"
                                 << "kijitora@example.org"
                                 << "excalibur.example.org";
    QTest::newRow("Sendmail DSN") << corpusFile("lhost-sendmail-36.eml") << "blocked"
                                  << ""
                                  << "";
    QTest::newRow("Exim, no DSN") << corpusFile("lhost-exim-61.eml") << "userunknown"
                                  << ""
                                  << "";
}

void TestCliBounce::corpusFiles()
{
    QFETCH(QString, file);
    QFETCH(QString, reason);
    QFETCH(QString, recipient);
    QFETCH(QString, remoteHost);
    if (file.isEmpty()) {
        QString missing;
        mt::test::testDataPath(QStringLiteral("corpus/bounces-dev/messages"), &missing);
        QSKIP(qPrintable(missing));
    }
    const CliRun run = runCli({QStringLiteral("bounce"), file, QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject root = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(root.value(QStringLiteral("reason")).toString(), reason);
    if (!recipient.isEmpty()) {
        QCOMPARE(root.value(QStringLiteral("recipient")).toString(), recipient);
    }
    if (!remoteHost.isEmpty()) {
        QCOMPARE(root.value(QStringLiteral("remote_host")).toString(), remoteHost);
    }
}

void TestCliBounce::severalRecipients()
{
    const QByteArray notice = "Hi. This is the qmail-send program at mx.example.test.\n\n"
                              "<ola@example.test>:\n192.0.2.9 does not like recipient.\n"
                              "Remote host said: 550 5.1.1 Mailbox does not exist\nGiving up on 192.0.2.9.\n\n"
                              "<ewa@example.test>:\n192.0.2.9 does not like recipient.\n"
                              "Remote host said: 552 5.2.2 Mailbox over quota\nGiving up on 192.0.2.9.\n";
    const CliRun run = runCli(json, notice);
    QCOMPARE(run.exitCode, 0);
    const QJsonArray recipients =
        QJsonDocument::fromJson(run.out).object().value(QStringLiteral("recipients")).toArray();
    QCOMPARE(recipients.size(), 2);
    QCOMPARE(recipients.at(0).toObject().value(QStringLiteral("recipient")).toString(),
             QStringLiteral("ola@example.test"));
    QCOMPARE(recipients.at(0).toObject().value(QStringLiteral("reason")).toString(), QStringLiteral("userunknown"));
    QCOMPARE(recipients.at(1).toObject().value(QStringLiteral("reason")).toString(), QStringLiteral("mailboxfull"));
    QCOMPARE(recipients.at(1).toObject().value(QStringLiteral("remote_ip")).toString(), QStringLiteral("192.0.2.9"));
}

void TestCliBounce::textFormat()
{
    const CliRun run = runCli({QStringLiteral("bounce"), QStringLiteral("--lang"), QStringLiteral("en")},
                              "550 5.1.1 <ola@example.test>: Recipient address rejected: User unknown");
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains("ola@example.test: userunknown"), run.out.constData());
    QVERIFY(run.out.contains("550 5.1.1"));
}

void TestCliBounce::tolerated_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::newRow("binary garbage") << QByteArray("\x00\x01\xff\xfe\x80--\r\r\n=?x?=", 14);
    QTest::newRow("broken MIME") << QByteArray("Content-Type: multipart/report; boundary=\"\n\n--\n--\nContent-Type: "
                                               "message/delivery-status\n\nFinal-Recipient:\nStatus: 9.9.9.9\n");
    QTest::newRow("unknown charset") << QByteArray(
        "Subject: =?x-unknown?B?////?=\nContent-Type: text/plain; "
        "charset=x-unknown\n\n<a@example.test>: 550 \xff\xfe user unknown\n");
    QTest::newRow("ISO-2022-JP") << QByteArray("Content-Type: text/plain; charset=iso-2022-jp\n\n\x1b$B%f!<%6\x1b(B "
                                               "<a@example.test>: 550 5.1.1 user unknown\n");
}

void TestCliBounce::tolerated()
{
    QFETCH(QByteArray, input);
    const CliRun run = runCli(json, input);
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.err.isEmpty());
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(run.out, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(root.contains(QStringLiteral("reason")) || root.contains(QStringLiteral("recipients")));
}

void TestCliBounce::hugeInput()
{
    // 50 MB of returned message after a real notice: must end, with the notice read.
    QByteArray paste = "<ola@example.test>:\nRemote host said: 552 5.2.2 Mailbox over quota\n\n"
                       "--- Below this line is a copy of the message.\n\nReturn-Path: <jan@kowalski.pl>\n"
                       "Subject: big\n\n";
    const QByteArray line = "Lorem ipsum dolor sit amet <x@y.test> 550 5.1.1 =?UTF-8?Q?x?= \xff\r\n";
    while (paste.size() < 50 * 1024 * 1024) {
        paste += line;
    }
    const CliRun run = runCli(json, paste);
    QCOMPARE(run.exitCode, 0);
    const QJsonObject root = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(root.value(QStringLiteral("reason")).toString(), QStringLiteral("mailboxfull"));
    QCOMPARE(root.value(QStringLiteral("recipient")).toString(), QStringLiteral("ola@example.test"));
}

void TestCliBounce::badUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("input");
    QTest::newRow("unreadable file") << QStringList{QStringLiteral("bounce"), QStringLiteral("/nonexistent/x.eml")}
                                     << QByteArray();
    QTest::newRow("empty input") << QStringList{QStringLiteral("bounce"), QStringLiteral("-")} << QByteArray(" \n");
    QTest::newRow("two files") << QStringList{QStringLiteral("bounce"), QStringLiteral("a"), QStringLiteral("b")}
                               << QByteArray();
    QTest::newRow("bad format") << QStringList{QStringLiteral("bounce"), QStringLiteral("--format"),
                                               QStringLiteral("xml")}
                                << QByteArray("550 x");
    QTest::newRow("bad language") << QStringList{QStringLiteral("bounce"), QStringLiteral("--lang"),
                                                 QStringLiteral("de")}
                                  << QByteArray("550 x");
}

void TestCliBounce::badUsage()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, input);
    const CliRun run = runCli(arguments, input);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QCOMPARE(run.err.count('\n'), 1); // one clear line
}

QTEST_GUILESS_MAIN(TestCliBounce)
#include "tst_cli_bounce.moc"
