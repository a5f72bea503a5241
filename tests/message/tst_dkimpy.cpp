// Cross-checks with dkimpy (Debian python3-dkim), the reference verifier:
// what dkimpy signs verifies here, what is signed here verifies with
// dkimpy, and ARC sets dkimpy seals verify here.
#include "dkimsigner.h"
#include "fakeresolver.h"
#include "findingsutil.h"
#include "message/messagecheck.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace mt;
using namespace mt::test;

namespace {

const QByteArray baseMessage = "From: Jan Kowalski <jan@example.test>\r\n"
                               "To: anna@example.org\r\n"
                               "Subject: Zamowienie  nr 7\r\n"
                               "Date: Mon, 4 Mar 2024 10:00:00 +0100\r\n"
                               "Message-ID: <xyz@example.test>\r\n"
                               "\r\n"
                               "Prosze o potwierdzenie.\t \r\n"
                               "  Wiersz z  odstepami\r\n"
                               "\r\n";

// dkimpy signs at the clock's time (t=), and a t= ahead of the verifier's time fails (RFC 6376 3.5):
// verified at the same clock.
const QDateTime now = QDateTime::currentDateTimeUtc();

const QString python =
    QFile::exists(QStringLiteral("/usr/bin/python3")) ? QStringLiteral("/usr/bin/python3") : QStringLiteral("python3");
const QString tool = QStringLiteral(MAILTRIAGE_SOURCE_DIR "/tests/message/dkimpy_tool.py");

QByteArray runTool(const QStringList &arguments, const QByteArray &input, bool *ok)
{
    QProcess process;
    process.start(python, QStringList{tool} + arguments);
    process.write(input);
    process.closeWriteChannel();
    *ok = process.waitForFinished(60000) && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    if (!*ok) {
        qWarning("%s", process.readAllStandardError().constData());
        if (process.state() != QProcess::NotRunning) {
            process.kill(); // this one process, by its handle
            process.waitForFinished();
        }
    }
    return process.readAllStandardOutput();
}

} // namespace

class TestDkimpy : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void dkimpySignsWeVerify_data();
    void dkimpySignsWeVerify();
    void weSignDkimpyVerifies_data();
    void weSignDkimpyVerifies();
    void arcSetsVerify_data();
    void arcSetsVerify();

private:
    QString keyFile(const QString &name);

    QTemporaryDir m_dir;
    QHash<QString, TestKey> m_keys;
    FakeResolver m_resolver;
};

void TestDkimpy::initTestCase()
{
    QProcess probe;
    probe.start(python, {QStringLiteral("-c"), QStringLiteral("import dkim")});
    if (!probe.waitForFinished(30000) || probe.exitCode() != 0) {
        QSKIP("dkimpy (python3-dkim) is not installed: the cross-checks are skipped");
    }
    QVERIFY(m_dir.isValid());
    m_keys.insert(QStringLiteral("rsa1024"), TestKey::rsa(1024));
    m_keys.insert(QStringLiteral("rsa2048"), TestKey::rsa(2048));
    m_keys.insert(QStringLiteral("ed25519"), TestKey::ed25519());
    for (auto it = m_keys.cbegin(); it != m_keys.cend(); ++it) {
        m_resolver.add(it.key() + QStringLiteral("._domainkey.example.test"), dns::RecordType::TXT,
                       QString::fromLatin1(it.value().dnsRecord()));
        QFile file(keyFile(it.key()));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(it.value().privateKeyForDkimpy());
    }
}

QString TestDkimpy::keyFile(const QString &name)
{
    return m_dir.filePath(name + QStringLiteral(".key"));
}

void TestDkimpy::dkimpySignsWeVerify_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("algorithm");
    QTest::addColumn<QString>("canonicalization");
    QTest::newRow("rsa 2048 relaxed/simple") << "rsa2048"
                                             << "rsa-sha256"
                                             << "relaxed/simple";
    QTest::newRow("rsa 2048 relaxed/relaxed") << "rsa2048"
                                              << "rsa-sha256"
                                              << "relaxed/relaxed";
    QTest::newRow("rsa 1024 simple/simple") << "rsa1024"
                                            << "rsa-sha256"
                                            << "simple/simple";
    QTest::newRow("rsa 1024 simple/relaxed") << "rsa1024"
                                             << "rsa-sha256"
                                             << "simple/relaxed";
    QTest::newRow("ed25519 relaxed/relaxed") << "ed25519"
                                             << "ed25519-sha256"
                                             << "relaxed/relaxed";
    QTest::newRow("ed25519 simple/simple") << "ed25519"
                                           << "ed25519-sha256"
                                           << "simple/simple";
}

void TestDkimpy::dkimpySignsWeVerify()
{
    QFETCH(QString, key);
    QFETCH(QString, algorithm);
    QFETCH(QString, canonicalization);
    bool ok = false;
    const QByteArray signedMessage = runTool(
        {QStringLiteral("sign"), keyFile(key), key, QStringLiteral("example.test"), algorithm, canonicalization},
        baseMessage, &ok);
    QVERIFY(ok);
    message::MessageCheck check(m_resolver, signedMessage, now);
    Findings findings = findingsOf(check);
    QVERIFY2(findingWith(findings, QStringLiteral("dkim_verify.pass")),
             qPrintable(codesOf(findings).join(QLatin1Char(' '))));

    // One byte of the body changed: dkimpy's signature fails here with the right reason.
    QByteArray tampered = signedMessage;
    tampered.replace("potwierdzenie", "potwierdzenia");
    message::MessageCheck again(m_resolver, tampered, now);
    findings = findingsOf(again);
    QVERIFY2(findingWith(findings, QStringLiteral("dkim_verify.body_hash")),
             qPrintable(codesOf(findings).join(QLatin1Char(' '))));
}

void TestDkimpy::weSignDkimpyVerifies_data()
{
    dkimpySignsWeVerify_data();
}

void TestDkimpy::weSignDkimpyVerifies()
{
    QFETCH(QString, key);
    QFETCH(QString, canonicalization);
    SignOptions options;
    options.selector = key;
    options.canonicalization = canonicalization;
    const TestKey &signer = m_keys[key];
    const QByteArray signedMessage = signMessage(baseMessage, signer, options);
    bool ok = false;
    QCOMPARE(runTool({QStringLiteral("verify"), QString::fromLatin1(signer.dnsRecord())}, signedMessage, &ok).trimmed(),
             QByteArray("pass"));
    QVERIFY(ok);
    QByteArray tampered = signedMessage;
    tampered.replace("Zamowienie", "Zamowienia");
    QCOMPARE(runTool({QStringLiteral("verify"), QString::fromLatin1(signer.dnsRecord())}, tampered, &ok).trimmed(),
             QByteArray("fail"));
}

void TestDkimpy::arcSetsVerify_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<int>("sets");
    QTest::newRow("one set, rsa") << "rsa2048" << 1;
    QTest::newRow("two sets, rsa") << "rsa2048" << 2;
    QTest::newRow("three sets, rsa 1024") << "rsa1024" << 3;
}

void TestDkimpy::arcSetsVerify()
{
    QFETCH(QString, key);
    QFETCH(int, sets);
    QByteArray message = baseMessage;
    for (int i = 1; i <= sets; ++i) {
        const QByteArray results = "Authentication-Results: lists" + QByteArray::number(i) +
                                   ".example.test; spf=pass smtp.mailfrom=example.test" + (i > 1 ? "; arc=pass" : "") +
                                   "\r\n";
        bool ok = false;
        message = runTool({QStringLiteral("arcsign"), keyFile(key), key, QStringLiteral("example.test"),
                           QStringLiteral("lists%1.example.test").arg(i)},
                          results + message, &ok);
        QVERIFY(ok);
    }
    message::MessageCheck check(m_resolver, message, now);
    Findings findings = findingsOf(check);
    const Finding *arc = findingWith(findings, QStringLiteral("arc.pass"));
    QVERIFY2(arc,
             qPrintable(codesOf(findings).join(QLatin1Char(' ')) + QLatin1Char('\n') + QString::fromUtf8(message)));
    QCOMPARE(arc->data.value(QStringLiteral("sets")).toList().size(), sets);

    // A changed body breaks the newest message signature.
    message.replace("potwierdzenie", "potwierdzenia");
    message::MessageCheck again(m_resolver, message, now);
    findings = findingsOf(again);
    QVERIFY2(findingWith(findings, QStringLiteral("arc.fail")), qPrintable(codesOf(findings).join(QLatin1Char(' '))));
}

QTEST_GUILESS_MAIN(TestDkimpy)
#include "tst_dkimpy.moc"
