#pragma once

#include "dkimsignature.h"
#include "rawmessage.h"

#include <QByteArray>
#include <QList>

#include <optional>

namespace mt::message {

// RFC 6376 3.4: a header field in the given canonicalization, ending in CRLF.
QByteArray canonicalHeader(const QByteArray &raw, Canonicalization canon);

// RAW (a signature field) with the value of its b= tag removed, as it
// enters its own hash.
QByteArray withoutSignatureValue(const QByteArray &raw);

// The fields H= names, picked bottom-up, each instance once; a name with no
// instance left (over-signing) contributes nothing.
QList<const HeaderField *> selectSignedFields(const RawMessage &message, const QList<QByteArray> &names);

enum class HashAlgorithm
{
    Sha256,
    Sha1,
};

struct BodyHash
{
    QByteArray digest;
    qint64 canonicalLength = 0; // of the whole canonical body, before l=
};

// The hash of BODY (lines ending in CRLF or LF) in the canonical form,
// limited to LIMIT bytes of it when given. One pass, bounded memory.
BodyHash hashBody(const QByteArray &body, Canonicalization canon, HashAlgorithm algorithm,
                  std::optional<qint64> limit = std::nullopt);

QByteArray hashBytes(const QByteArray &data, HashAlgorithm algorithm);

} // namespace mt::message
