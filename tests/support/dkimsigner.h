#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

typedef struct evp_pkey_st EVP_PKEY;

// A DKIM signer for the tests, made of the analyzer's own canonicalization
// and OpenSSL, so that messages can be signed with generated keys and
// checked by the analyzer and by dkimpy alike.
namespace mt::test {

class TestKey
{
public:
    static TestKey rsa(int bits);
    static TestKey ed25519();
    // A private key in PEM (PKCS#1, PKCS#8 or an Ed25519 PRIVATE KEY).
    static TestKey fromPem(const char *pem);

    EVP_PKEY *get() const { return m_key.get(); }
    bool isEd25519() const;
    // The p= value for DNS: SubjectPublicKeyInfo for RSA, the raw 32 bytes for Ed25519, in base64.
    QByteArray publicKeyBase64() const;
    QByteArray dnsRecord() const; // "v=DKIM1; k=...; p=..."
    // For dkimpy: a PEM "RSA PRIVATE KEY", or the base64 raw Ed25519 private key.
    QByteArray privateKeyForDkimpy() const;

private:
    std::shared_ptr<EVP_PKEY> m_key;
};

struct SignOptions
{
    QString domain = QStringLiteral("example.test");
    QString selector = QStringLiteral("sel");
    QString canonicalization = QStringLiteral("relaxed/relaxed");
    QList<QByteArray> headers{"from", "to", "subject", "date", "message-id"};
    std::optional<qint64> bodyLength; // l=; a negative value signs the whole body with l= set to its length
    std::optional<qint64> timestamp;
    std::optional<qint64> expiry;
    QString identity;
    bool sha1 = false;
};

// MESSAGE (CRLF or LF lines) with a DKIM-Signature header prepended.
QByteArray signMessage(const QByteArray &message, const TestKey &key, const SignOptions &options);

} // namespace mt::test
