// The STARTTLS certificate: made once with OpenSSL, kept, reused, and made
// again when the kept files are damaged.
#include "smtp/selfsignedcertificate.h"

#include <QDir>
#include <QFile>
#include <QSslCertificateExtension>
#include <QTemporaryDir>
#include <QTest>

class TestSelfSignedCertificate : public QObject
{
    Q_OBJECT

private slots:
    void madeOnceThenReused();
    void damagedFilesAreReplaced();
};

void TestSelfSignedCertificate::madeOnceThenReused()
{
    QTemporaryDir dir;
    QString error;
    const auto first = mt::smtp::SelfSignedCertificate::loadOrCreate(dir.path(), &error);
    QVERIFY2(first, qPrintable(error));
    QVERIFY(!first->certificate.isNull());
    QVERIFY(!first->key.isNull());
    QCOMPARE(first->certificate.subjectInfo(QSslCertificate::CommonName), QStringList{QStringLiteral("localhost")});
    QVERIFY(first->certificate.isSelfSigned());
    QVERIFY(first->certificate.expiryDate() > QDateTime::currentDateTimeUtc().addYears(9));
    const auto names = first->certificate.subjectAlternativeNames();
    QVERIFY(names.values(QSsl::DnsEntry).contains(QStringLiteral("localhost")));
    QVERIFY(names.values(QSsl::IpAddressEntry).contains(QStringLiteral("127.0.0.1")));
    QCOMPARE(first->key.algorithm(), QSsl::Ec);
    QCOMPARE(first->key.type(), QSsl::PrivateKey);
    const QFile key(QDir(dir.path()).filePath(QStringLiteral("tls/key.pem")));
    QVERIFY(key.exists());
    QCOMPARE(key.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());

    const auto second = mt::smtp::SelfSignedCertificate::loadOrCreate(dir.path(), &error);
    QVERIFY(second);
    QCOMPARE(second->certificate, first->certificate);
}

void TestSelfSignedCertificate::damagedFilesAreReplaced()
{
    QTemporaryDir dir;
    QString error;
    const auto first = mt::smtp::SelfSignedCertificate::loadOrCreate(dir.path(), &error);
    QVERIFY(first);
    QFile cert(QDir(dir.path()).filePath(QStringLiteral("tls/cert.pem")));
    QVERIFY(cert.open(QIODevice::WriteOnly | QIODevice::Truncate));
    cert.write("-----BEGIN CERTIFICATE-----\nnot one\n");
    cert.close();
    const auto again = mt::smtp::SelfSignedCertificate::loadOrCreate(dir.path(), &error);
    QVERIFY2(again, qPrintable(error));
    QVERIFY(!again->certificate.isNull());
    QVERIFY(again->certificate != first->certificate);
}

QTEST_GUILESS_MAIN(TestSelfSignedCertificate)
#include "tst_selfsignedcertificate.moc"
