// DKIM key records (RFC 6376 3.6.1, RFC 8463): tags, key types and sizes.
// The keys are real, generated once with openssl genrsa / genpkey.
#include "checks/dkimrecord.h"
#include "dkimkeys.h"

#include <QRandomGenerator>
#include <QSslSocket>
#include <QTest>

using namespace mt;
using namespace mt::test::dkimkeys;

Q_DECLARE_METATYPE(mt::DkimKeyType)

namespace {

QString kindName(DkimProblem::Kind kind)
{
    switch (kind) {
    case DkimProblem::VersionNotFirst:
        return QStringLiteral("version_not_first");
    case DkimProblem::BadVersion:
        return QStringLiteral("bad_version");
    case DkimProblem::Syntax:
        return QStringLiteral("syntax");
    case DkimProblem::DuplicateTag:
        return QStringLiteral("duplicate");
    case DkimProblem::MissingKey:
        return QStringLiteral("missing_key");
    case DkimProblem::MalformedKey:
        return QStringLiteral("malformed_key");
    case DkimProblem::UnknownKeyType:
        return QStringLiteral("unknown_key_type");
    case DkimProblem::Sha1Only:
        return QStringLiteral("sha1_only");
    case DkimProblem::UnknownHash:
        return QStringLiteral("unknown_hash");
    case DkimProblem::NotForEmail:
        return QStringLiteral("not_for_email");
    }
    return {};
}

QStringList problemsOf(const DkimRecord &record)
{
    QStringList problems;
    for (const DkimProblem &p : record.problems) {
        problems << kindName(p.kind);
    }
    return problems;
}

QString with(const char *prefix, const char *key, const char *suffix = "")
{
    return QString::fromLatin1(prefix) + QString::fromLatin1(key) + QString::fromLatin1(suffix);
}

} // namespace

class TestDkimRecord : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void parse_data();
    void parse();
    void otherTags();
    void rsaKeyBitsOfGarbage();
    void garbageIsReportedNeverFatal();
    void recognition_data();
    void recognition();
};

void TestDkimRecord::initTestCase()
{
    // Key sizes are read through Qt's OpenSSL backend.
    QVERIFY2(QSslSocket::supportsSsl(), "Qt's TLS backend (OpenSSL) is needed to read RSA key sizes");
}

void TestDkimRecord::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<DkimKeyType>("type");
    QTest::addColumn<int>("bits");
    QTest::addColumn<bool>("revoked");
    QTest::addColumn<bool>("testing");
    QTest::addColumn<QStringList>("problems");

    auto row = [](const char *name, const QString &text, DkimKeyType type, int bits, bool revoked, bool testing,
                  std::initializer_list<const char *> problems = {}) {
        QStringList expected;
        for (const char *problem : problems) {
            expected << QString::fromLatin1(problem);
        }
        QTest::newRow(name) << text << type << bits << revoked << testing << expected;
    };
    using K = DkimKeyType;
    row("RSA 2048", with("v=DKIM1; k=rsa; p=", rsa2048), K::Rsa, 2048, false, false);
    row("RSA 1024", with("v=DKIM1; k=rsa; p=", rsa1024), K::Rsa, 1024, false, false);
    row("RSA 512", with("v=DKIM1; k=rsa; p=", rsa512), K::Rsa, 512, false, false);
    row("k defaults to rsa, v optional", with("p=", rsa2048), K::Rsa, 2048, false, false);
    row("bare PKCS#1 key", with("v=DKIM1; p=", rsa1024Pkcs1), K::Rsa, 1024, false, false);
    row("Ed25519", with("v=DKIM1; k=ed25519; p=", ed25519), K::Ed25519, 256, false, false);
    row("key type in upper case", with("v=DKIM1; k=RSA; p=", rsa1024), K::Rsa, 1024, false, false);
    row("whitespace inside the key", with("v=DKIM1; p=", rsa1024).insert(40, QStringLiteral(" \t ")), K::Rsa, 1024,
        false, false);
    row("revoked: empty p", QStringLiteral("v=DKIM1; k=rsa; p="), K::Rsa, 0, true, false);
    row("revoked, trailing separator", QStringLiteral("v=DKIM1; p= ;"), K::Rsa, 0, true, false);
    row("testing mode", with("v=DKIM1; t=y; p=", rsa2048), K::Rsa, 2048, false, true);
    row("testing and strict", with("v=DKIM1; t=s:y; p=", rsa2048), K::Rsa, 2048, false, true);
    row("no p at all", QStringLiteral("v=DKIM1; k=rsa"), K::Rsa, 0, false, false, {"missing_key"});
    row("P= in upper case is not p=", with("v=DKIM1; P=", rsa1024), K::Rsa, 0, false, false, {"missing_key"});
    row("not base64", QStringLiteral("v=DKIM1; p=MIGfMA0G!!notbase64"), K::Rsa, 0, false, false, {"malformed_key"});
    row("cut off key", QString::fromLatin1(rsa2048).left(200).prepend(QStringLiteral("v=DKIM1; p=")), K::Rsa, 0, false,
        false, {"malformed_key"});
    row("base64 of something else", QStringLiteral("v=DKIM1; p=aGVsbG8gd29ybGQh"), K::Rsa, 0, false, false,
        {"malformed_key"});
    row("bad padding", with("v=DKIM1; p=", rsa1024, "="), K::Rsa, 0, false, false, {"malformed_key"});
    row("Ed25519 of the wrong size", with("v=DKIM1; k=ed25519; p=", rsa1024), K::Ed25519, 0, false, false,
        {"malformed_key"});
    row("RSA key labelled ed25519 is caught", with("k=ed25519; p=", rsa512), K::Ed25519, 0, false, false,
        {"malformed_key"});
    row("unknown key type", with("v=DKIM1; k=dsa; p=", rsa1024), K::Unknown, 0, false, false, {"unknown_key_type"});
    row("version not first", with("k=rsa; v=DKIM1; p=", rsa1024), K::Rsa, 1024, false, false, {"version_not_first"});
    row("wrong version", with("v=DKIM2; p=", rsa1024), K::Rsa, 1024, false, false, {"bad_version"});
    row("sha1 only", with("v=DKIM1; h=sha1; p=", rsa1024), K::Rsa, 1024, false, false, {"sha1_only"});
    row("sha1 and sha256", with("v=DKIM1; h=sha1:sha256; p=", rsa1024), K::Rsa, 1024, false, false);
    row("unknown hash", with("v=DKIM1; h=md5; p=", rsa1024), K::Rsa, 1024, false, false, {"unknown_hash"});
    row("service other than email", with("v=DKIM1; s=tlsrpt; p=", rsa1024), K::Rsa, 1024, false, false,
        {"not_for_email"});
    row("service email", with("v=DKIM1; s=email; p=", rsa1024), K::Rsa, 1024, false, false);
    row("duplicate tag", with("v=DKIM1; k=rsa; k=rsa; p=", rsa1024), K::Rsa, 1024, false, false, {"duplicate"});
    row("part without =", with("v=DKIM1; rsa; p=", rsa1024), K::Rsa, 1024, false, false, {"syntax"});
    row("unknown tags are ignored", with("v=DKIM1; x=whatever; p=", rsa1024), K::Rsa, 1024, false, false);
    row("empty record", QString(), K::Rsa, 0, false, false, {"missing_key"});
    row("spaces instead of semicolons", with("v=DKIM1 k=rsa p=", rsa1024), K::Rsa, 0, false, false,
        {"bad_version", "missing_key"});
}

void TestDkimRecord::parse()
{
    QFETCH(QString, text);
    QFETCH(DkimKeyType, type);
    QFETCH(int, bits);
    QFETCH(bool, revoked);
    QFETCH(bool, testing);
    QFETCH(QStringList, problems);

    const DkimRecord record = parseDkimRecord(text);
    QCOMPARE(problemsOf(record), problems);
    QCOMPARE(record.keyType, type);
    QCOMPARE(record.keyBits, bits);
    QCOMPARE(record.revoked, revoked);
    QCOMPARE(record.testing, testing);
    const bool broken =
        problems.contains(QStringLiteral("malformed_key")) || problems.contains(QStringLiteral("missing_key")) ||
        problems.contains(QStringLiteral("unknown_key_type")) || problems.contains(QStringLiteral("bad_version")) ||
        problems.contains(QStringLiteral("version_not_first")) || problems.contains(QStringLiteral("not_for_email")) ||
        problems.contains(QStringLiteral("duplicate")) || problems.contains(QStringLiteral("syntax"));
    QCOMPARE(record.isBroken(), broken);
}

void TestDkimRecord::otherTags()
{
    const DkimRecord record = parseDkimRecord(with("v=DKIM1; h=sha256; s=email:*; n=rotated 2026; t=s; p=", rsa2048));
    QCOMPARE(record.hashAlgorithms, QStringList{QStringLiteral("sha256")});
    QCOMPARE(record.serviceTypes, (QStringList{QStringLiteral("email"), QStringLiteral("*")}));
    QCOMPARE(record.notes, QStringLiteral("rotated 2026"));
    QVERIFY(record.strictSubdomains);
    QVERIFY(!record.testing);
    QCOMPARE(record.publicKey, QByteArray::fromBase64(QByteArray(rsa2048)));
    QCOMPARE(record.keyTypeName, QStringLiteral("rsa"));
}

void TestDkimRecord::rsaKeyBitsOfGarbage()
{
    QCOMPARE(rsaKeyBits(QByteArray()), 0);
    QCOMPARE(rsaKeyBits(QByteArray("not a key at all")), 0);
    QCOMPARE(rsaKeyBits(QByteArray::fromBase64(QByteArray(ed25519))), 0);
    QCOMPARE(rsaKeyBits(QByteArray::fromBase64(QByteArray(rsa2048))), 2048);
    QCOMPARE(rsaKeyBits(QByteArray::fromBase64(QByteArray(rsa1024Pkcs1))), 1024);
}

void TestDkimRecord::garbageIsReportedNeverFatal()
{
    // Damaged copies of a real record: cut, with characters changed, and
    // random mixtures of the grammar's characters. Every one parses to a
    // verdict, and a key size is only ever claimed for a key that decodes.
    const QString real = with("v=DKIM1; k=rsa; p=", rsa2048);
    const QString alphabet = QStringLiteral("v=DKIM1;k=rsaed25519p=MIIBtyhs:*+/= \t\"ą\u0000");
    QRandomGenerator random(6376);
    QStringList inputs{QStringLiteral(";;;"),
                       QStringLiteral("p"),
                       QStringLiteral("p=="),
                       QStringLiteral("p===="),
                       QStringLiteral("k=ed25519; p=AAAA"),
                       QString(100000, QLatin1Char('A')).prepend(QStringLiteral("p="))};
    for (int i = 0; i < 1000; ++i) {
        QString damaged = real.left(int(random.bounded(int(real.size()) + 1)));
        if (!damaged.isEmpty() && random.bounded(2)) {
            damaged[int(random.bounded(int(damaged.size())))] = alphabet.at(int(random.bounded(int(alphabet.size()))));
        }
        inputs << damaged;
        QString text;
        const int length = int(random.bounded(60));
        for (int c = 0; c < length; ++c) {
            text += alphabet.at(int(random.bounded(int(alphabet.size()))));
        }
        inputs << text;
    }
    for (const QString &text : std::as_const(inputs)) {
        const DkimRecord record = parseDkimRecord(text);
        QCOMPARE(record.text, text);
        if (record.keyBits > 0) {
            QVERIFY2(!record.hasProblem(DkimProblem::MalformedKey), qPrintable(text));
            QVERIFY2(!record.publicKey.isEmpty(), qPrintable(text));
        }
        if (record.revoked) {
            QCOMPARE(record.keyBits, 0);
        }
    }
}

void TestDkimRecord::recognition_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("dkim");
    QTest::newRow("key") << with("v=DKIM1; k=rsa; p=", rsa1024) << true;
    QTest::newRow("key without v") << with("k=rsa; p=", rsa1024) << true;
    QTest::newRow("revoked") << QStringLiteral("v=DKIM1; p=") << true;
    QTest::newRow("version only") << QStringLiteral("v=DKIM1") << true;
    QTest::newRow("spaces") << QStringLiteral(" p = abc") << true;
    QTest::newRow("spaces instead of semicolons") << with("v=DKIM1 k=rsa p=", rsa1024) << true;
    QTest::newRow("SPF from a wildcard") << QStringLiteral("v=spf1 include:_spf.example.com -all") << false;
    QTest::newRow("verification token") << QStringLiteral("google-site-verification=abc") << false;
    QTest::newRow("p inside a value") << QStringLiteral("n=ip=1") << false;
    QTest::newRow("empty") << QString() << false;
}

void TestDkimRecord::recognition()
{
    QFETCH(QString, text);
    QFETCH(bool, dkim);
    QCOMPARE(looksLikeDkimRecord(text), dkim);
}

QTEST_GUILESS_MAIN(TestDkimRecord)
#include "tst_dkimrecord.moc"
