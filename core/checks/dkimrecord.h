#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace mt {

enum class DkimKeyType
{
    Rsa,
    Ed25519,
    Unknown,
};

// One thing wrong with a key record, precisely enough to say where.
struct DkimProblem
{
    enum Kind
    {
        VersionNotFirst, // v= is allowed only as the first tag
        BadVersion,      // v= is not "DKIM1"
        Syntax,          // a part that is not tag=value, or a bad tag name
        DuplicateTag,    // RFC 6376 3.2: the record is then invalid
        MissingKey,      // no p= at all
        MalformedKey,    // p= is not base64, or not a key of type k
        UnknownKeyType,  // k= other than rsa or ed25519
        Sha1Only,        // h= allows only sha1, which RFC 8301 retired
        UnknownHash,     // h= names an algorithm nobody signs with
        NotForEmail,     // s= excludes "email" and "*"
    };

    Kind kind;
    QString tag;
    QString value;
};

// A DKIM public key record (RFC 6376 3.6.1; Ed25519 from RFC 8463).
struct DkimRecord
{
    QString text;
    DkimKeyType keyType = DkimKeyType::Rsa;
    QString keyTypeName = QStringLiteral("rsa"); // k, as written (lower case)
    QByteArray publicKey;                        // p, decoded
    bool revoked = false;                        // p= present and empty
    int keyBits = 0;                             // 0 when unknown or malformed
    bool testing = false;                        // t=y
    bool strictSubdomains = false;               // t=s
    QStringList hashAlgorithms;                  // h; empty: any
    QStringList serviceTypes{QStringLiteral("*")};
    QString notes; // n
    QList<DkimProblem> problems;

    bool hasProblem(DkimProblem::Kind kind) const;
    // Problems that make verifiers fail every signature made with this key.
    bool isBroken() const;
};

DkimRecord parseDkimRecord(const QString &text);

// Whether a TXT record is meant as a DKIM key: it has a p= tag or starts
// with v=DKIM1. Under a guessed selector anything else (typically a wildcard
// TXT record such as SPF) is not a key at all.
bool looksLikeDkimRecord(const QString &text);

// The size of an RSA public key given as DER: SubjectPublicKeyInfo, as
// "openssl rsa -pubout" writes it, or a bare PKCS#1 RSAPublicKey, which some
// DNS panels publish. 0 when the bytes are neither.
int rsaKeyBits(const QByteArray &der);

} // namespace mt
