#include "dkimrecord.h"

#include <QRegularExpression>
#include <QSslKey>
#include <QSslSocket>

#include <algorithm>

namespace mt {
namespace {

QByteArray derLength(int length)
{
    if (length < 0x80) {
        return QByteArray(1, char(length));
    }
    QByteArray octets;
    for (int rest = length; rest > 0; rest >>= 8) {
        octets.prepend(char(rest & 0xff));
    }
    return char(0x80 | octets.size()) + octets;
}

QByteArray derElement(char tag, const QByteArray &content)
{
    return tag + derLength(int(content.size())) + content;
}

// PKCS#1 RSAPublicKey wrapped into the SubjectPublicKeyInfo that QSslKey
// reads: SEQUENCE { SEQUENCE { rsaEncryption, NULL }, BIT STRING { key } }.
QByteArray subjectPublicKeyInfo(const QByteArray &rsaPublicKey)
{
    static const QByteArray rsaAlgorithm =
        QByteArray::fromHex("300d06092a864886f70d0101010500"); // OID 1.2.840.113549.1.1.1, NULL
    return derElement(0x30, rsaAlgorithm + derElement(0x03, QByteArray(1, '\0') + rsaPublicKey));
}

QString withoutWhitespace(const QString &text)
{
    QString result;
    result.reserve(text.size());
    for (const QChar c : text) {
        if (!c.isSpace()) {
            result += c;
        }
    }
    return result;
}

QStringList splitList(const QString &value)
{
    QStringList items = value.split(QLatin1Char(':'));
    for (QString &item : items) {
        item = item.trimmed();
    }
    items.removeAll(QString());
    return items;
}

} // namespace

int rsaKeyBits(const QByteArray &der)
{
    if (der.isEmpty()) {
        return 0;
    }
    for (const QByteArray &candidate : {der, subjectPublicKeyInfo(der)}) {
        const QSslKey key(candidate, QSsl::Rsa, QSsl::Der, QSsl::PublicKey);
        if (!key.isNull()) {
            return key.length();
        }
    }
    return 0;
}

bool DkimRecord::hasProblem(DkimProblem::Kind kind) const
{
    return std::any_of(problems.cbegin(), problems.cend(), [kind](const DkimProblem &p) { return p.kind == kind; });
}

bool DkimRecord::isBroken() const
{
    return std::any_of(problems.cbegin(), problems.cend(), [](const DkimProblem &p) {
        return p.kind != DkimProblem::Sha1Only && p.kind != DkimProblem::UnknownHash;
    });
}

bool looksLikeDkimRecord(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*v\\s*=\\s*DKIM1|(^|;|\\s)p\\s*="));
    return pattern.match(text).hasMatch();
}

DkimRecord parseDkimRecord(const QString &text)
{
    static const QRegularExpression tagName(QStringLiteral("^[A-Za-z][A-Za-z0-9_]*$"));
    static const QRegularExpression base64(QStringLiteral("^[A-Za-z0-9+/]*={0,2}$"));

    DkimRecord record;
    record.text = text;
    QStringList seen;
    QString keyText;
    bool keySeen = false;
    int index = 0;
    for (const QString &rawPart : text.split(QLatin1Char(';'))) {
        const QString part = rawPart.trimmed();
        if (part.isEmpty()) {
            continue;
        }
        const bool first = index++ == 0;
        const int equals = part.indexOf(QLatin1Char('='));
        // Tag names are case-sensitive in DKIM (RFC 6376 3.2): "P=" is not "p=".
        const QString tag = equals < 0 ? QString() : part.left(equals).trimmed();
        const QString value = equals < 0 ? QString() : part.mid(equals + 1).trimmed();
        if (equals < 0 || !tagName.match(tag).hasMatch()) {
            record.problems << DkimProblem{DkimProblem::Syntax, {}, part};
            continue;
        }
        if (seen.contains(tag)) {
            record.problems << DkimProblem{DkimProblem::DuplicateTag, tag, value};
            continue;
        }
        seen << tag;

        if (tag == QLatin1String("v")) {
            if (!first) {
                record.problems << DkimProblem{DkimProblem::VersionNotFirst, tag, value};
            } else if (value != QLatin1String("DKIM1")) {
                record.problems << DkimProblem{DkimProblem::BadVersion, tag, value};
            }
        } else if (tag == QLatin1String("k")) {
            record.keyTypeName = value.toLower();
            if (record.keyTypeName == QLatin1String("rsa")) {
                record.keyType = DkimKeyType::Rsa;
            } else if (record.keyTypeName == QLatin1String("ed25519")) {
                record.keyType = DkimKeyType::Ed25519;
            } else {
                record.keyType = DkimKeyType::Unknown;
                record.problems << DkimProblem{DkimProblem::UnknownKeyType, tag, value};
            }
        } else if (tag == QLatin1String("p")) {
            keySeen = true;
            keyText = withoutWhitespace(value);
        } else if (tag == QLatin1String("h")) {
            record.hashAlgorithms = splitList(value.toLower());
            const bool sha256 = record.hashAlgorithms.contains(QLatin1String("sha256"));
            const bool known =
                std::all_of(record.hashAlgorithms.cbegin(), record.hashAlgorithms.cend(), [](const QString &h) {
                    return h == QLatin1String("sha1") || h == QLatin1String("sha256");
                });
            if (!known) {
                record.problems << DkimProblem{DkimProblem::UnknownHash, tag, value};
            }
            if (!sha256 && record.hashAlgorithms.contains(QLatin1String("sha1"))) {
                record.problems << DkimProblem{DkimProblem::Sha1Only, tag, value};
            }
        } else if (tag == QLatin1String("s")) {
            record.serviceTypes = splitList(value.toLower());
            if (!record.serviceTypes.contains(QLatin1String("*")) &&
                !record.serviceTypes.contains(QLatin1String("email"))) {
                record.problems << DkimProblem{DkimProblem::NotForEmail, tag, value};
            }
        } else if (tag == QLatin1String("t")) {
            const QStringList flags = splitList(value.toLower());
            record.testing = flags.contains(QLatin1String("y"));
            record.strictSubdomains = flags.contains(QLatin1String("s"));
        } else if (tag == QLatin1String("n")) {
            record.notes = value;
        }
        // Other tags are ignored, as RFC 6376 3.6.1 asks of verifiers.
    }

    if (!keySeen) {
        record.problems << DkimProblem{DkimProblem::MissingKey, QStringLiteral("p"), {}};
        return record;
    }
    if (keyText.isEmpty()) {
        record.revoked = true;
        return record;
    }
    const auto decoded = QByteArray::fromBase64Encoding(keyText.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!base64.match(keyText).hasMatch() || keyText.size() % 4 != 0 || !decoded) {
        record.problems << DkimProblem{DkimProblem::MalformedKey, QStringLiteral("p"), keyText};
        return record;
    }
    record.publicKey = *decoded;
    switch (record.keyType) {
    case DkimKeyType::Rsa:
        // Without a TLS backend the size cannot be read; that is not the
        // customer's fault, so the key is then left unjudged.
        if (QSslSocket::supportsSsl()) {
            record.keyBits = rsaKeyBits(record.publicKey);
            if (record.keyBits == 0) {
                record.problems << DkimProblem{DkimProblem::MalformedKey, QStringLiteral("p"), keyText};
            }
        }
        break;
    case DkimKeyType::Ed25519:
        // RFC 8463: the bare 32-octet public key.
        if (record.publicKey.size() == 32) {
            record.keyBits = 256;
        } else {
            record.problems << DkimProblem{DkimProblem::MalformedKey, QStringLiteral("p"), keyText};
        }
        break;
    case DkimKeyType::Unknown:
        break;
    }
    return record;
}

} // namespace mt
