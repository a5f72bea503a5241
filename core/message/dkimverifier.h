#pragma once

#include "dkimcanonicalization.h"
#include "dkimsignature.h"
#include "dns/dnstypes.h"

#include <QMap>
#include <QString>

namespace mt::message {

enum class DkimStatus
{
    Pass,
    BodyHashMismatch,  // the body changed after signing (or l= / canonicalization differ)
    SignatureMismatch, // a signed header changed, or the key is not the signer's
    KeyNotFound,
    KeyRevoked,       // p= empty
    KeyTooShort,      // RSA under 1024 bits (RFC 8301)
    KeyInvalid,       // the record is no usable key of the algorithm's type
    Expired,          // x= in the past
    FutureTimestamp,  // t= later than now, beyond the clock skew allowed (RFC 6376 3.5)
    IdentityMismatch, // i= outside d=
    Malformed,        // the signature's tags (detail says which)
    Unsupported,      // an algorithm nobody signs with
    DnsError,         // the key could not be read now (temperror)
};

QString dkimStatusId(DkimStatus status); // "pass", "body_hash", "signature", "key_not_found", ...

// A signature after the part that needs no key: its body hash compared and
// the digest of its signed headers computed.
struct PreparedSignature
{
    DkimSignature signature;
    bool bodyHashMatches = false;
    bool bodyChecked = true; // false for a header block pasted without its body
    qint64 canonicalBodyLength = 0;
    QByteArray headerDigest;
    QByteArray signedData;           // what was hashed, kept only for diagnostics in tests
    std::optional<DkimStatus> early; // decided before the key: malformed, expired, t= ahead, i= outside d=
};

// Body hashes shared by signatures with the same canonicalization, hash and l=.
class BodyHashCache
{
public:
    explicit BodyHashCache(const QByteArray &body)
        : m_body(body)
    {}
    BodyHash get(Canonicalization canon, HashAlgorithm algorithm, std::optional<qint64> limit);

private:
    const QByteArray &m_body;
    QMap<QString, BodyHash> m_cache;
};

// How far a signer's clock may run ahead before t= counts as in the future
// (OpenDKIM's default ClockDrift).
constexpr qint64 kDkimClockSkewSeconds = 300;

// NOW is the time expiry and t= are judged at (seconds since the epoch).
PreparedSignature prepareSignature(const RawMessage &message, const DkimSignature &signature, BodyHashCache &bodies,
                                   qint64 now);
// An ARC-Seal: over the ARC sets 1..its instance, in order (RFC 8617 5.1.1).
PreparedSignature prepareSeal(const QList<const HeaderField *> &setFields, const DkimSignature &seal);

struct DkimVerification
{
    DkimStatus status = DkimStatus::KeyNotFound;
    QString detail;        // technical, English
    int keyBits = 0;       // 0 when unknown
    QString keyType;       // "RSA", "Ed25519"
    bool testing = false;  // the key says t=y
    bool weakHash = false; // rsa-sha1
};

// The key's TXT lookup result decides the rest.
DkimVerification finishVerification(const PreparedSignature &prepared, const dns::DnsResult &keyLookup);

// The name a signature's key is published at.
QString keyName(const DkimSignature &signature);

} // namespace mt::message
