#pragma once

#include "rawmessage.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace mt::message {

enum class Canonicalization
{
    Simple,
    Relaxed,
};

enum class SignatureAlgorithm
{
    RsaSha256,
    RsaSha1,
    Ed25519Sha256,
    Unknown,
};

// A DKIM-Signature (RFC 6376 3.5) or ARC-Message-Signature / ARC-Seal
// (RFC 8617 4.1) read into its tags. Problems with the tags are kept in
// ERROR; the verifier reports them as the signature's failure.
struct DkimSignature
{
    const HeaderField *field = nullptr; // the field it was read from
    QHash<QString, QString> tags;       // as written, whitespace removed from b= and bh=
    QString domain;                     // d, lower case
    QString selector;                   // s
    QString identity;                   // i ("@d" when absent)
    QString algorithmName;              // a, as written
    SignatureAlgorithm algorithm = SignatureAlgorithm::Unknown;
    Canonicalization headerCanon = Canonicalization::Simple;
    Canonicalization bodyCanon = Canonicalization::Simple;
    QList<QByteArray> signedHeaders;  // h, lower case, in order
    QByteArray bodyHash;              // bh, decoded
    QByteArray signature;             // b, decoded
    std::optional<qint64> bodyLength; // l
    std::optional<qint64> timestamp;  // t
    std::optional<qint64> expiry;     // x
    int instance = 0;                 // i of an ARC header
    QString chainValidation;          // cv of an ARC-Seal
    QString error;                    // technical, English: why the signature cannot be verified
};

enum class SignatureKind
{
    Dkim,
    ArcMessage,
    ArcSeal,
};

DkimSignature parseDkimSignature(const HeaderField &field, SignatureKind kind = SignatureKind::Dkim);

QString algorithmLabel(SignatureAlgorithm algorithm);

// The tag list of a signature or key record: "tag=value" parts separated by
// semicolons, whitespace around them removed; nothing when it is malformed.
std::optional<QHash<QString, QString>> parseTagList(const QString &text);

} // namespace mt::message
