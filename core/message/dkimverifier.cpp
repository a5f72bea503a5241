#include "dkimverifier.h"

#include "checks/dkimrecord.h"
#include "checks/txtrecords.h"

#include <QDateTime>

#include <memory>
#include <openssl/evp.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>

namespace mt::message {
namespace {

constexpr int kMinimumRsaBits = 1024; // RFC 8301 3.2

HashAlgorithm hashOf(SignatureAlgorithm algorithm)
{
    return algorithm == SignatureAlgorithm::RsaSha1 ? HashAlgorithm::Sha1 : HashAlgorithm::Sha256;
}

using Key = std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)>;

Key rsaKey(const QByteArray &der)
{
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    EVP_PKEY *key = d2i_PUBKEY(nullptr, &p, long(der.size()));
    if (!key) {
        // A bare PKCS#1 RSAPublicKey, as some DNS panels publish.
        p = reinterpret_cast<const unsigned char *>(der.constData());
        key = d2i_PublicKey(EVP_PKEY_RSA, nullptr, &p, long(der.size()));
    }
    if (key && EVP_PKEY_base_id(key) != EVP_PKEY_RSA) {
        EVP_PKEY_free(key);
        key = nullptr;
    }
    return Key(key, EVP_PKEY_free);
}

// Whether SIGNATURE is KEY's signature of DIGEST.
bool verifyDigest(EVP_PKEY *key, SignatureAlgorithm algorithm, const QByteArray &digest, const QByteArray &signature)
{
    const auto *sig = reinterpret_cast<const unsigned char *>(signature.constData());
    const auto *dig = reinterpret_cast<const unsigned char *>(digest.constData());
    if (algorithm == SignatureAlgorithm::Ed25519Sha256) {
        std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx(EVP_MD_CTX_new(), EVP_MD_CTX_free);
        return EVP_DigestVerifyInit(ctx.get(), nullptr, nullptr, nullptr, key) == 1 &&
               EVP_DigestVerify(ctx.get(), sig, size_t(signature.size()), dig, size_t(digest.size())) == 1;
    }
    std::unique_ptr<EVP_PKEY_CTX, decltype(&EVP_PKEY_CTX_free)> ctx(EVP_PKEY_CTX_new(key, nullptr), EVP_PKEY_CTX_free);
    return ctx && EVP_PKEY_verify_init(ctx.get()) == 1 &&
           EVP_PKEY_CTX_set_rsa_padding(ctx.get(), RSA_PKCS1_PADDING) == 1 &&
           EVP_PKEY_CTX_set_signature_md(ctx.get(),
                                         algorithm == SignatureAlgorithm::RsaSha1 ? EVP_sha1() : EVP_sha256()) == 1 &&
           EVP_PKEY_verify(ctx.get(), sig, size_t(signature.size()), dig, size_t(digest.size())) == 1;
}

bool identityWithinDomain(const QString &identity, const QString &domain)
{
    const QString host = identity.section(QLatin1Char('@'), -1).toLower();
    return host == domain || host.endsWith(QLatin1Char('.') + domain);
}

} // namespace

QString dkimStatusId(DkimStatus status)
{
    switch (status) {
    case DkimStatus::Pass:
        return QStringLiteral("pass");
    case DkimStatus::BodyHashMismatch:
        return QStringLiteral("body_hash");
    case DkimStatus::SignatureMismatch:
        return QStringLiteral("signature");
    case DkimStatus::KeyNotFound:
        return QStringLiteral("key_not_found");
    case DkimStatus::KeyRevoked:
        return QStringLiteral("key_revoked");
    case DkimStatus::KeyTooShort:
        return QStringLiteral("key_too_short");
    case DkimStatus::KeyInvalid:
        return QStringLiteral("key_invalid");
    case DkimStatus::Expired:
        return QStringLiteral("expired");
    case DkimStatus::FutureTimestamp:
        return QStringLiteral("future_timestamp");
    case DkimStatus::IdentityMismatch:
        return QStringLiteral("identity_mismatch");
    case DkimStatus::Malformed:
        return QStringLiteral("malformed");
    case DkimStatus::Unsupported:
        return QStringLiteral("unsupported_algorithm");
    case DkimStatus::DnsError:
        return QStringLiteral("dns_error");
    }
    return {};
}

BodyHash BodyHashCache::get(Canonicalization canon, HashAlgorithm algorithm, std::optional<qint64> limit)
{
    const QString key = QStringLiteral("%1/%2/%3").arg(int(canon)).arg(int(algorithm)).arg(limit ? *limit : -1);
    auto it = m_cache.find(key);
    if (it == m_cache.end()) {
        it = m_cache.insert(key, hashBody(m_body, canon, algorithm, limit));
    }
    return *it;
}

QString keyName(const DkimSignature &signature)
{
    return signature.selector + QLatin1String("._domainkey.") + signature.domain;
}

PreparedSignature prepareSignature(const RawMessage &message, const DkimSignature &signature, BodyHashCache &bodies,
                                   qint64 now)
{
    PreparedSignature prepared;
    prepared.signature = signature;
    if (!signature.error.isEmpty()) {
        prepared.early = DkimStatus::Malformed;
        return prepared;
    }
    if (signature.algorithm == SignatureAlgorithm::Unknown) {
        prepared.early = DkimStatus::Unsupported;
        return prepared;
    }
    if (signature.instance == 0 && !identityWithinDomain(signature.identity, signature.domain)) {
        prepared.early = DkimStatus::IdentityMismatch;
        return prepared;
    }
    if (signature.expiry && *signature.expiry < now) {
        prepared.early = DkimStatus::Expired;
        return prepared;
    }
    if (signature.timestamp && *signature.timestamp > now + kDkimClockSkewSeconds) {
        prepared.early = DkimStatus::FutureTimestamp;
        return prepared;
    }
    const HashAlgorithm hash = hashOf(signature.algorithm);
    const BodyHash body = !message.hasBody ? BodyHash{} : bodies.get(signature.bodyCanon, hash, signature.bodyLength);
    prepared.canonicalBodyLength = body.canonicalLength;
    prepared.bodyHashMatches =
        body.digest == signature.bodyHash && (!signature.bodyLength || *signature.bodyLength <= body.canonicalLength);
    if (!message.hasBody) {
        prepared.bodyChecked = false;
        prepared.bodyHashMatches = true; // the headers' signature can still be verified
    }
    QByteArray data;
    for (const HeaderField *field : selectSignedFields(message, signature.signedHeaders)) {
        data += canonicalHeader(field->raw, signature.headerCanon);
    }
    QByteArray own = canonicalHeader(withoutSignatureValue(signature.field->raw), signature.headerCanon);
    own.chop(2); // the signature's own field enters without its CRLF
    data += own;
    prepared.headerDigest = hashBytes(data, hash);
    prepared.signedData = data;
    return prepared;
}

PreparedSignature prepareSeal(const QList<const HeaderField *> &setFields, const DkimSignature &seal)
{
    PreparedSignature prepared;
    prepared.signature = seal;
    if (!seal.error.isEmpty()) {
        prepared.early = DkimStatus::Malformed;
        return prepared;
    }
    if (seal.algorithm == SignatureAlgorithm::Unknown) {
        prepared.early = DkimStatus::Unsupported;
        return prepared;
    }
    prepared.bodyHashMatches = true;
    QByteArray data;
    for (const HeaderField *field : setFields) {
        if (field == seal.field) {
            continue;
        }
        data += canonicalHeader(field->raw, Canonicalization::Relaxed);
    }
    QByteArray own = canonicalHeader(withoutSignatureValue(seal.field->raw), Canonicalization::Relaxed);
    own.chop(2);
    data += own;
    prepared.headerDigest = hashBytes(data, hashOf(seal.algorithm));
    prepared.signedData = data;
    return prepared;
}

DkimVerification finishVerification(const PreparedSignature &prepared, const dns::DnsResult &keyLookup)
{
    DkimVerification result;
    const DkimSignature &sig = prepared.signature;
    result.weakHash = sig.algorithm == SignatureAlgorithm::RsaSha1;
    if (prepared.early) {
        result.status = *prepared.early;
        result.detail = *prepared.early == DkimStatus::FutureTimestamp
                            ? QDateTime::fromSecsSinceEpoch(*sig.timestamp).toUTC().toString(Qt::ISODate)
                            : sig.error;
        return result;
    }
    switch (keyLookup.status) {
    case dns::DnsStatus::Answer:
        break;
    case dns::DnsStatus::NxDomain:
    case dns::DnsStatus::NoData:
    case dns::DnsStatus::InvalidName:
        result.status = DkimStatus::KeyNotFound;
        result.detail = dns::statusName(keyLookup.status);
        return result;
    default:
        result.status = DkimStatus::DnsError;
        result.detail = dns::statusName(keyLookup.status);
        return result;
    }
    const QStringList texts = txt::recordsWhere(keyLookup, [](const QString &) { return true; });
    if (texts.isEmpty()) {
        result.status = DkimStatus::KeyNotFound;
        return result;
    }
    const DkimRecord record = parseDkimRecord(texts.first());
    result.testing = record.testing;
    result.keyType = record.keyType == DkimKeyType::Ed25519 ? QStringLiteral("Ed25519") : QStringLiteral("RSA");
    if (record.revoked) {
        result.status = DkimStatus::KeyRevoked;
        return result;
    }
    const bool wantEd = sig.algorithm == SignatureAlgorithm::Ed25519Sha256;
    if (record.isBroken() || record.publicKey.isEmpty() ||
        (wantEd ? record.keyType != DkimKeyType::Ed25519 : record.keyType != DkimKeyType::Rsa)) {
        result.status = DkimStatus::KeyInvalid;
        result.detail = record.keyType == DkimKeyType::Unknown ? QStringLiteral("unknown key type")
                                                               : QStringLiteral("the record holds no usable key");
        return result;
    }
    const QString hashName =
        sig.algorithm == SignatureAlgorithm::RsaSha1 ? QStringLiteral("sha1") : QStringLiteral("sha256");
    if (!record.hashAlgorithms.isEmpty() && !record.hashAlgorithms.contains(hashName)) {
        result.status = DkimStatus::KeyInvalid;
        result.detail = QStringLiteral("the key does not allow %1").arg(hashName);
        return result;
    }
    Key key(nullptr, EVP_PKEY_free);
    if (wantEd) {
        if (record.publicKey.size() != 32) {
            result.status = DkimStatus::KeyInvalid;
            return result;
        }
        key.reset(EVP_PKEY_new_raw_public_key(
            EVP_PKEY_ED25519, nullptr, reinterpret_cast<const unsigned char *>(record.publicKey.constData()), 32));
    } else {
        key = rsaKey(record.publicKey);
    }
    if (!key) {
        result.status = DkimStatus::KeyInvalid;
        result.detail = QStringLiteral("p= does not decode to a public key");
        return result;
    }
    result.keyBits = EVP_PKEY_bits(key.get());
    if (!wantEd && result.keyBits < kMinimumRsaBits) {
        result.status = DkimStatus::KeyTooShort;
        return result;
    }
    if (!prepared.bodyHashMatches) {
        result.status = DkimStatus::BodyHashMismatch;
        return result;
    }
    result.status = verifyDigest(key.get(), sig.algorithm, prepared.headerDigest, sig.signature)
                        ? DkimStatus::Pass
                        : DkimStatus::SignatureMismatch;
    return result;
}

} // namespace mt::message
