// DKIM verification (RFC 6376, RFC 8463) of messages signed here with keys
// generated for the run, the keys served from memory.
#include "dkimsigner.h"
#include "fakeresolver.h"
#include "findingsutil.h"
#include "message/messagecheck.h"

#include <QElapsedTimer>
#include <QTest>

using namespace mt;
using namespace mt::test;

namespace {

const QByteArray baseMessage = "From: Jan Kowalski <jan@example.test>\r\n"
                               "To: anna@example.org\r\n"
                               "Subject: Faktura 12/2024\r\n"
                               "Date: Mon, 4 Mar 2024 10:00:00 +0100\r\n"
                               "Message-ID: <abc@example.test>\r\n"
                               "\r\n"
                               "Dzien dobry,\r\n"
                               "w zalaczniku  faktura.   \r\n"
                               "\r\n"
                               "\r\n";

const QDateTime now = QDateTime::fromSecsSinceEpoch(1709542800, Qt::UTC); // 2024-03-04 09:00 UTC

enum class Change
{
    None,
    BodyByte,
    SubjectByte,
    AppendBody,
    AddSubject,
    HeadersOnly,
    LineFeeds,
    HeaderWhitespace,
    BreakBase64,
};

QByteArray changed(QByteArray signedMessage, Change change)
{
    switch (change) {
    case Change::None:
        break;
    case Change::BodyByte:
        signedMessage.replace("Dzien", "Dzieo");
        break;
    case Change::SubjectByte:
        signedMessage.replace("Faktura 12", "Faktura 13");
        break;
    case Change::AppendBody:
        signedMessage += "Click here: http://phish.example/\r\n";
        break;
    case Change::AddSubject:
        signedMessage.replace("To: anna", "Subject: Pilne!\r\nTo: anna");
        break;
    case Change::HeadersOnly:
        signedMessage.truncate(signedMessage.indexOf("\r\n\r\n") + 2);
        break;
    case Change::LineFeeds:
        signedMessage.replace("\r\n", "\n");
        break;
    case Change::HeaderWhitespace:
        signedMessage.replace("Subject: Faktura 12/2024", "Subject:   Faktura   12/2024  ");
        break;
    case Change::BreakBase64: {
        const qsizetype b = signedMessage.indexOf("\tb=") + 3;
        signedMessage.insert(b + 10, "!*");
        break;
    }
    }
    return signedMessage;
}

} // namespace

class TestDkimVerify : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void verify_data();
    void verify();
    void keysThatAreNotKeys_data();
    void keysThatAreNotKeys();
    void twoSignatures();
    void manySignatures_data();
    void manySignatures();

private:
    QHash<QString, TestKey> m_keys;
    FakeResolver m_resolver;
};

void TestDkimVerify::initTestCase()
{
    m_keys.insert(QStringLiteral("rsa1024"), TestKey::rsa(1024));
    m_keys.insert(QStringLiteral("rsa2048"), TestKey::rsa(2048));
    m_keys.insert(QStringLiteral("rsa512"), TestKey::rsa(512));
    m_keys.insert(QStringLiteral("ed25519"), TestKey::ed25519());
    for (auto it = m_keys.cbegin(); it != m_keys.cend(); ++it) {
        m_resolver.add(it.key() + QStringLiteral("._domainkey.example.test"), dns::RecordType::TXT,
                       QString::fromLatin1(it.value().dnsRecord()));
    }
    m_resolver.add(QStringLiteral("revoked._domainkey.example.test"), dns::RecordType::TXT,
                   QStringLiteral("v=DKIM1; k=rsa; p="));
    m_resolver.add(QStringLiteral("_dmarc.example.test"), dns::RecordType::TXT, QStringLiteral("v=DMARC1; p=reject"));
    m_resolver.setStatus(QStringLiteral("timeout._domainkey.example.test"), dns::RecordType::TXT,
                         dns::DnsStatus::Timeout);
}

void TestDkimVerify::verify_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("selector");
    QTest::addColumn<QString>("canonicalization");
    QTest::addColumn<QString>("options"); // sha1, l, oversign, x, i
    QTest::addColumn<int>("change");
    QTest::addColumn<QString>("code");

    auto row = [](const char *name, const char *key, const char *canon, const char *options, Change change,
                  const char *code, const char *selector = nullptr) {
        QTest::newRow(name) << QString::fromLatin1(key) << QString::fromLatin1(selector ? selector : key)
                            << QString::fromLatin1(canon) << QString::fromLatin1(options) << int(change)
                            << QString::fromLatin1(code);
    };
    row("rsa 2048 relaxed/relaxed", "rsa2048", "relaxed/relaxed", "", Change::None, "dkim_verify.pass");
    row("rsa 1024 simple/simple", "rsa1024", "simple/simple", "", Change::None, "dkim_verify.pass");
    row("rsa 2048 relaxed/simple", "rsa2048", "relaxed/simple", "", Change::None, "dkim_verify.pass");
    row("rsa 2048 simple/relaxed", "rsa2048", "simple/relaxed", "", Change::None, "dkim_verify.pass");
    row("ed25519 relaxed/relaxed", "ed25519", "relaxed/relaxed", "", Change::None, "dkim_verify.pass");
    row("ed25519 simple/simple", "ed25519", "simple/simple", "", Change::None, "dkim_verify.pass");
    row("rsa-sha1 is weak", "rsa2048", "relaxed/relaxed", "sha1", Change::None, "dkim_verify.pass_sha1");
    row("body changed by one byte", "rsa2048", "relaxed/relaxed", "", Change::BodyByte, "dkim_verify.body_hash");
    row("ed25519 body changed", "ed25519", "relaxed/relaxed", "", Change::BodyByte, "dkim_verify.body_hash");
    row("signed subject changed by one byte", "rsa2048", "relaxed/relaxed", "", Change::SubjectByte,
        "dkim_verify.signature");
    row("ed25519 subject changed", "ed25519", "simple/simple", "", Change::SubjectByte, "dkim_verify.signature");
    row("relaxed header whitespace", "rsa2048", "relaxed/relaxed", "", Change::HeaderWhitespace, "dkim_verify.pass");
    row("simple header whitespace", "rsa2048", "simple/simple", "", Change::HeaderWhitespace, "dkim_verify.signature");
    row("l= with appended text", "rsa2048", "relaxed/relaxed", "l", Change::AppendBody,
        "dkim_verify.pass_partial_body");
    row("l= without appended text", "rsa2048", "relaxed/relaxed", "l", Change::None, "dkim_verify.pass");
    row("appended text without l=", "rsa2048", "relaxed/relaxed", "", Change::AppendBody, "dkim_verify.body_hash");
    row("over-signed, untouched", "rsa2048", "relaxed/relaxed", "oversign", Change::None, "dkim_verify.pass");
    row("over-signed, a Subject added", "rsa2048", "relaxed/relaxed", "oversign", Change::AddSubject,
        "dkim_verify.signature");
    // Why over-signing exists: the verifier picks the bottom Subject, so one added above goes unnoticed.
    row("not over-signed, a Subject added above", "rsa2048", "relaxed/relaxed", "", Change::AddSubject,
        "dkim_verify.pass");
    row("revoked key", "rsa2048", "relaxed/relaxed", "", Change::None, "dkim_verify.key_revoked", "revoked");
    row("no key under the selector", "rsa2048", "relaxed/relaxed", "", Change::None, "dkim_verify.key_not_found",
        "missing");
    row("key lookup times out", "rsa2048", "relaxed/relaxed", "", Change::None, "dkim_verify.dns_error", "timeout");
    row("rsa 512 too short", "rsa512", "relaxed/relaxed", "", Change::None, "dkim_verify.key_too_short");
    row("expired x=", "rsa2048", "relaxed/relaxed", "x", Change::None, "dkim_verify.expired");
    // RFC 6376 3.5: a signer's clock an hour ahead; a few minutes are tolerated (OpenDKIM's ClockDrift).
    row("t= an hour in the future", "rsa2048", "relaxed/relaxed", "t+3600", Change::None,
        "dkim_verify.future_timestamp");
    row("t= two minutes ahead: clock skew", "rsa2048", "relaxed/relaxed", "t+120", Change::None, "dkim_verify.pass");
    row("ed25519 t= a day in the future", "ed25519", "relaxed/relaxed", "t+86400", Change::None,
        "dkim_verify.future_timestamp");
    row("i= outside d=", "rsa2048", "relaxed/relaxed", "i", Change::None, "dkim_verify.identity_mismatch");
    row("broken base64 in b=", "rsa2048", "relaxed/relaxed", "", Change::BreakBase64, "dkim_verify.malformed");
    row("headers only", "rsa2048", "relaxed/relaxed", "", Change::HeadersOnly, "dkim_verify.pass_headers_only");
    row("LF line endings, simple", "rsa2048", "simple/simple", "", Change::LineFeeds, "dkim_verify.pass");
    row("LF line endings, relaxed", "ed25519", "relaxed/relaxed", "", Change::LineFeeds, "dkim_verify.pass");
    row("ed25519 key for an rsa signature", "rsa2048", "relaxed/relaxed", "", Change::None, "dkim_verify.key_invalid",
        "ed25519");
}

void TestDkimVerify::verify()
{
    QFETCH(QString, key);
    QFETCH(QString, selector);
    QFETCH(QString, canonicalization);
    QFETCH(QString, options);
    QFETCH(int, change);
    QFETCH(QString, code);

    SignOptions sign;
    sign.selector = selector;
    sign.canonicalization = canonicalization;
    sign.sha1 = options == QLatin1String("sha1");
    if (options == QLatin1String("l")) {
        sign.bodyLength = -1;
    }
    if (options == QLatin1String("oversign")) {
        sign.headers = {"from", "from", "to", "subject", "subject", "date", "message-id"};
    }
    if (options == QLatin1String("x")) {
        sign.timestamp = now.toSecsSinceEpoch() - 7200;
        sign.expiry = now.toSecsSinceEpoch() - 3600;
    }
    if (options.startsWith(QLatin1String("t+"))) {
        sign.timestamp = now.toSecsSinceEpoch() + options.mid(2).toLongLong();
    }
    if (options == QLatin1String("i")) {
        sign.identity = QStringLiteral("jan@example.org");
    }
    const QByteArray message = changed(signMessage(baseMessage, m_keys.value(key), sign), Change(change));
    message::MessageCheck check(m_resolver, message, now);
    const Findings findings = findingsOf(check);
    const Finding *found = findingWith(findings, code);
    QVERIFY2(found, qPrintable(codesOf(findings).join(QLatin1Char(' '))));
    QCOMPARE(found->check, QStringLiteral("dkim_verify"));
    QCOMPARE(found->subject, QStringLiteral("example.test"));
    QCOMPARE(found->data.value(QStringLiteral("s")).toString(), selector);
    QVERIFY(!found->summary.render(Language::English).isEmpty());
    QVERIFY(!found->summary.render(Language::Polish).isEmpty());
    if (code == QLatin1String("dkim_verify.future_timestamp")) {
        // What staff read: the signing time, and the signer's clock to fix.
        const QString when = QDateTime::fromSecsSinceEpoch(*sign.timestamp, Qt::UTC).toString(Qt::ISODate);
        QVERIFY2(found->summary.render(Language::English).contains(when),
                 qPrintable(found->summary.render(Language::English)));
        QVERIFY(found->advice.render(Language::English).contains(QStringLiteral("clock")));
        QCOMPARE(found->severity, Severity::Error);
    }
    if (code == QLatin1String("dkim_verify.pass")) {
        const int bits = key == QLatin1String("rsa1024") ? 1024 : key == QLatin1String("ed25519") ? 256 : 2048;
        QCOMPARE(found->data.value(QStringLiteral("key_bits")).toInt(), bits);
        // A verified aligned signature makes DMARC pass.
        QVERIFY2(findingWith(findings, QStringLiteral("auth.dmarc_pass")),
                 qPrintable(codesOf(findings).join(QLatin1Char(' '))));
    }
}

void TestDkimVerify::keysThatAreNotKeys_data()
{
    QTest::addColumn<QString>("record");
    QTest::addColumn<QString>("code");
    QTest::newRow("base64 of text") << QStringLiteral("v=DKIM1; k=rsa; p=aGVsbG8gd29ybGQ=")
                                    << QStringLiteral("dkim_verify.key_invalid");
    QTest::newRow("not base64") << QStringLiteral("v=DKIM1; p=!!!notbase64")
                                << QStringLiteral("dkim_verify.key_invalid");
    QTest::newRow("an SPF record") << QStringLiteral("v=spf1 -all") << QStringLiteral("dkim_verify.key_invalid");
    QTest::newRow("unknown key type") << QStringLiteral("v=DKIM1; k=dsa; p=aGVsbG8=")
                                      << QStringLiteral("dkim_verify.key_invalid");
    QTest::newRow("sha1 only key") << QString() << QStringLiteral("dkim_verify.key_invalid");
    QTest::newRow("empty") << QStringLiteral("") << QStringLiteral("dkim_verify.key_invalid");
}

void TestDkimVerify::keysThatAreNotKeys()
{
    QFETCH(QString, record);
    QFETCH(QString, code);
    FakeResolver resolver;
    const TestKey key = m_keys.value(QStringLiteral("rsa2048"));
    if (record.isNull()) {
        record = QStringLiteral("v=DKIM1; h=sha1; p=") + QString::fromLatin1(key.publicKeyBase64());
    }
    resolver.add(QStringLiteral("bad._domainkey.example.test"), dns::RecordType::TXT, record);
    SignOptions sign;
    sign.selector = QStringLiteral("bad");
    message::MessageCheck check(resolver, signMessage(baseMessage, key, sign), now);
    const Findings findings = findingsOf(check);
    QVERIFY2(findingWith(findings, code), qPrintable(codesOf(findings).join(QLatin1Char(' '))));
}

void TestDkimVerify::twoSignatures()
{
    SignOptions rsa;
    rsa.selector = QStringLiteral("rsa2048");
    SignOptions ed;
    ed.selector = QStringLiteral("ed25519");
    ed.canonicalization = QStringLiteral("simple/simple");
    const QByteArray twice = signMessage(signMessage(baseMessage, m_keys.value(QStringLiteral("rsa2048")), rsa),
                                         m_keys.value(QStringLiteral("ed25519")), ed);
    message::MessageCheck check(m_resolver, twice, now);
    const Findings findings = findingsOf(check);
    QCOMPARE(codesOf(findings).count(QStringLiteral("dkim_verify.pass")), 2);
}

void TestDkimVerify::manySignatures_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("verified");
    QTest::newRow("3 signatures: all verified") << 3 << 3;
    QTest::newRow("50 signatures: all verified") << 50 << 50;
    QTest::newRow("51 signatures: one left over") << 51 << 50;
    QTest::newRow("400 signatures: 350 left over") << 400 << 50;
}

void TestDkimVerify::manySignatures()
{
    QFETCH(int, count);
    QFETCH(int, verified);
    // Signatures over the same headers, each with its own l= so no body hash is shared.
    const TestKey key = m_keys.value(QStringLiteral("ed25519"));
    QByteArray message = baseMessage;
    for (int i = 0; i < count; ++i) {
        SignOptions sign;
        sign.selector = QStringLiteral("ed25519");
        sign.bodyLength = 10 + i % 20;
        message = signMessage(message, key, sign);
    }
    QElapsedTimer timer;
    timer.start();
    message::MessageCheck check(m_resolver, message, now);
    const Findings findings = findingsOf(check);
    QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
    QStringList verdicts = codesOf(findings).filter(QStringLiteral("dkim_verify."));
    QCOMPARE(verdicts.count(QStringLiteral("dkim_verify.pass_partial_body")), verified);
    const Finding *rest = findingWith(findings, QStringLiteral("dkim_verify.too_many"));
    QCOMPARE(rest != nullptr, count > verified);
    if (rest) {
        QCOMPARE(rest->data.value(QStringLiteral("unverified")).toInt(), count - verified);
        QVERIFY2(rest->summary.render(Language::English).contains(QString::number(count)),
                 qPrintable(rest->summary.render(Language::English)));
        QCOMPARE(rest->severity, Severity::Warning);
    }
}

QTEST_GUILESS_MAIN(TestDkimVerify)
#include "tst_dkimverify.moc"
