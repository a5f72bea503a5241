#include "passwordhash.h"

#include <QRandomGenerator>
#include <QStringList>

#include <openssl/evp.h>

namespace mt::policy::passwordhash {

namespace {

constexpr int keyLength = 32;
constexpr int maxIterations = 10'000'000; // a hash string must not stall the server

// PBKDF2-HMAC-SHA256 (RFC 8018) by OpenSSL: the same key as Qt's
// QPasswordDigestor, at about a tenth of its cost, so that the first login
// of an account (100,000 iterations) takes tens of milliseconds, not most
// of a second of a core.
QByteArray derive(const QByteArray &password, const QByteArray &salt, int iterations)
{
    QByteArray key(keyLength, Qt::Uninitialized);
    if (PKCS5_PBKDF2_HMAC(password.constData(), int(password.size()),
                          reinterpret_cast<const unsigned char *>(salt.constData()), int(salt.size()), iterations,
                          EVP_sha256(), keyLength, reinterpret_cast<unsigned char *>(key.data())) != 1) {
        return {};
    }
    return key;
}

} // namespace

QString make(const QByteArray &password, int iterations)
{
    QByteArray salt(16, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(salt.data()), salt.size() / 4);
    return QStringLiteral("pbkdf2-sha256$%1$%2$%3")
        .arg(iterations)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(derive(password, salt, iterations).toBase64()));
}

bool verify(const QByteArray &password, const QString &hash)
{
    const QStringList parts = hash.split(QLatin1Char('$'));
    if (parts.size() != 4 || parts.at(0) != QLatin1String("pbkdf2-sha256")) {
        return false;
    }
    bool ok = false;
    const int iterations = parts.at(1).toInt(&ok);
    if (!ok || iterations < 1 || iterations > maxIterations) {
        return false;
    }
    const auto salt = QByteArray::fromBase64Encoding(parts.at(2).toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    const auto expected =
        QByteArray::fromBase64Encoding(parts.at(3).toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!salt || !expected || expected.decoded.size() != keyLength) {
        return false;
    }
    return constantTimeEquals(derive(password, salt.decoded, iterations), expected.decoded);
}

bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size()) {
        return false;
    }
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i) {
        difference |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    }
    return difference == 0;
}

} // namespace mt::policy::passwordhash
