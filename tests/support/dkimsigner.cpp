#include "dkimsigner.h"

#include "message/dkimcanonicalization.h"
#include "message/rawmessage.h"

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>

namespace mt::test {

using namespace mt::message;

TestKey TestKey::rsa(int bits)
{
    TestKey key;
    EVP_PKEY_CTX *ctx = EVP_PKEY_CTX_new_id(EVP_PKEY_RSA, nullptr);
    EVP_PKEY *pkey = nullptr;
    EVP_PKEY_keygen_init(ctx);
    EVP_PKEY_CTX_set_rsa_keygen_bits(ctx, bits);
    EVP_PKEY_keygen(ctx, &pkey);
    EVP_PKEY_CTX_free(ctx);
    key.m_key.reset(pkey, EVP_PKEY_free);
    return key;
}

TestKey TestKey::ed25519()
{
    TestKey key;
    EVP_PKEY_CTX *ctx = EVP_PKEY_CTX_new_id(EVP_PKEY_ED25519, nullptr);
    EVP_PKEY *pkey = nullptr;
    EVP_PKEY_keygen_init(ctx);
    EVP_PKEY_keygen(ctx, &pkey);
    EVP_PKEY_CTX_free(ctx);
    key.m_key.reset(pkey, EVP_PKEY_free);
    return key;
}

TestKey TestKey::fromPem(const char *pem)
{
    TestKey key;
    BIO *bio = BIO_new_mem_buf(pem, -1);
    key.m_key.reset(PEM_read_bio_PrivateKey(bio, nullptr, nullptr, nullptr), EVP_PKEY_free);
    BIO_free(bio);
    return key;
}

bool TestKey::isEd25519() const
{
    return EVP_PKEY_base_id(m_key.get()) == EVP_PKEY_ED25519;
}

QByteArray TestKey::publicKeyBase64() const
{
    if (isEd25519()) {
        unsigned char raw[32];
        size_t length = sizeof raw;
        EVP_PKEY_get_raw_public_key(m_key.get(), raw, &length);
        return QByteArray(reinterpret_cast<const char *>(raw), int(length)).toBase64();
    }
    unsigned char *der = nullptr;
    const int length = i2d_PUBKEY(m_key.get(), &der);
    QByteArray out(reinterpret_cast<const char *>(der), length);
    OPENSSL_free(der);
    return out.toBase64();
}

QByteArray TestKey::dnsRecord() const
{
    return "v=DKIM1; k=" + QByteArray(isEd25519() ? "ed25519" : "rsa") + "; p=" + publicKeyBase64();
}

QByteArray TestKey::privateKeyForDkimpy() const
{
    if (isEd25519()) {
        unsigned char raw[32];
        size_t length = sizeof raw;
        EVP_PKEY_get_raw_private_key(m_key.get(), raw, &length);
        return QByteArray(reinterpret_cast<const char *>(raw), int(length)).toBase64();
    }
    BIO *bio = BIO_new(BIO_s_mem());
    PEM_write_bio_PrivateKey_traditional(bio, m_key.get(), nullptr, nullptr, 0, nullptr, nullptr);
    char *data = nullptr;
    const long length = BIO_get_mem_data(bio, &data);
    QByteArray out(data, int(length));
    BIO_free(bio);
    return out;
}

QByteArray signMessage(const QByteArray &message, const TestKey &key, const SignOptions &options)
{
    const RawMessage raw = parseRawMessage(message);
    const Canonicalization headerCanon = options.canonicalization.startsWith(QLatin1String("relaxed"))
                                             ? Canonicalization::Relaxed
                                             : Canonicalization::Simple;
    const Canonicalization bodyCanon = options.canonicalization.endsWith(QLatin1String("/relaxed"))
                                           ? Canonicalization::Relaxed
                                           : Canonicalization::Simple;
    const HashAlgorithm hash = options.sha1 ? HashAlgorithm::Sha1 : HashAlgorithm::Sha256;
    std::optional<qint64> limit = options.bodyLength;
    if (limit && *limit < 0) {
        limit = hashBody(raw.body, bodyCanon, hash).canonicalLength;
    }
    const BodyHash body = hashBody(raw.body, bodyCanon, hash, limit);
    QByteArray algorithm = key.isEd25519() ? "ed25519-sha256" : options.sha1 ? "rsa-sha1" : "rsa-sha256";
    QByteArray field = "DKIM-Signature: v=1; a=" + algorithm + "; c=" + options.canonicalization.toLatin1() +
                       ";\r\n\td=" + options.domain.toLatin1() + "; s=" + options.selector.toLatin1() + ";";
    if (!options.identity.isEmpty()) {
        field += " i=" + options.identity.toLatin1() + ";";
    }
    if (options.timestamp) {
        field += " t=" + QByteArray::number(*options.timestamp) + ";";
    }
    if (options.expiry) {
        field += " x=" + QByteArray::number(*options.expiry) + ";";
    }
    if (limit) {
        field += " l=" + QByteArray::number(*limit) + ";";
    }
    field += "\r\n\th=" + options.headers.join(':') + ";\r\n\tbh=" + body.digest.toBase64() + ";\r\n\tb=";

    QByteArray data;
    for (const HeaderField *f : selectSignedFields(raw, options.headers)) {
        data += canonicalHeader(f->raw, headerCanon);
    }
    QByteArray own = canonicalHeader(field, headerCanon);
    own.chop(2);
    data += own;

    QByteArray signature;
    if (key.isEd25519()) {
        const QByteArray digest = hashBytes(data, HashAlgorithm::Sha256);
        EVP_MD_CTX *ctx = EVP_MD_CTX_new();
        EVP_DigestSignInit(ctx, nullptr, nullptr, nullptr, key.get());
        size_t length = 64;
        signature.resize(64);
        EVP_DigestSign(ctx, reinterpret_cast<unsigned char *>(signature.data()), &length,
                       reinterpret_cast<const unsigned char *>(digest.constData()), size_t(digest.size()));
        EVP_MD_CTX_free(ctx);
    } else {
        EVP_MD_CTX *ctx = EVP_MD_CTX_new();
        EVP_DigestSignInit(ctx, nullptr, options.sha1 ? EVP_sha1() : EVP_sha256(), nullptr, key.get());
        EVP_DigestSignUpdate(ctx, data.constData(), size_t(data.size()));
        size_t length = 0;
        EVP_DigestSignFinal(ctx, nullptr, &length);
        signature.resize(qsizetype(length));
        EVP_DigestSignFinal(ctx, reinterpret_cast<unsigned char *>(signature.data()), &length);
        signature.resize(qsizetype(length));
        EVP_MD_CTX_free(ctx);
    }
    field += signature.toBase64();
    return field + "\r\n" + message;
}

} // namespace mt::test
