#include "dkimsignature.h"

#include <QRegularExpression>

namespace mt::message {
namespace {

// Real signatures name a few dozen fields; a list far longer is hostile
// and would cost time and memory with every signature.
constexpr qsizetype kMaxSignedHeaders = 1000;

QString withoutWhitespace(QString text)
{
    text.remove(QLatin1Char(' ')).remove(QLatin1Char('\t')).remove(QLatin1Char('\r')).remove(QLatin1Char('\n'));
    return text;
}

// Strict base64 (RFC 6376 allows whitespace, removed before).
std::optional<QByteArray> decodeBase64(const QString &text)
{
    const auto decoded = QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || (text.size() % 4) != 0) {
        return std::nullopt;
    }
    return *decoded;
}

std::optional<qint64> number(const QHash<QString, QString> &tags, const QString &name, QString &error)
{
    if (!tags.contains(name)) {
        return std::nullopt;
    }
    static const QRegularExpression digits(QStringLiteral("^\\d{1,18}$"));
    const QString value = tags.value(name);
    if (!digits.match(value).hasMatch()) {
        error = QStringLiteral("%1= is not a number").arg(name);
        return std::nullopt;
    }
    return value.toLongLong();
}

} // namespace

std::optional<QHash<QString, QString>> parseTagList(const QString &text)
{
    QHash<QString, QString> tags;
    static const QRegularExpression tagName(QStringLiteral("^[A-Za-z][A-Za-z0-9_]*$"));
    for (const QString &part : text.split(QLatin1Char(';'))) {
        const QString trimmed = part.trimmed();
        if (trimmed.isEmpty()) {
            continue;
        }
        const qsizetype eq = trimmed.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            return std::nullopt;
        }
        const QString name = trimmed.left(eq).trimmed();
        if (!tagName.match(name).hasMatch() || tags.contains(name)) {
            return std::nullopt;
        }
        tags.insert(name, trimmed.mid(eq + 1).trimmed());
    }
    return tags;
}

QString algorithmLabel(SignatureAlgorithm algorithm)
{
    switch (algorithm) {
    case SignatureAlgorithm::RsaSha256:
        return QStringLiteral("rsa-sha256");
    case SignatureAlgorithm::RsaSha1:
        return QStringLiteral("rsa-sha1");
    case SignatureAlgorithm::Ed25519Sha256:
        return QStringLiteral("ed25519-sha256");
    case SignatureAlgorithm::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

DkimSignature parseDkimSignature(const HeaderField &field, SignatureKind kind)
{
    DkimSignature sig;
    sig.field = &field;
    const qsizetype colon = field.raw.indexOf(':');
    QString text = QString::fromUtf8(field.raw.mid(colon + 1));
    text.replace(QLatin1String("\r\n"), QString());
    const auto tags = parseTagList(text);
    if (!tags) {
        sig.error = QStringLiteral("the tag list is malformed");
        return sig;
    }
    sig.tags = *tags;
    const QStringList required =
        kind == SignatureKind::ArcSeal ? QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("d"),
                                                     QStringLiteral("s"), QStringLiteral("i"), QStringLiteral("cv")}
        : kind == SignatureKind::ArcMessage
            ? QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("bh"), QStringLiteral("d"),
                          QStringLiteral("h"), QStringLiteral("s"), QStringLiteral("i")}
            : QStringList{QStringLiteral("v"), QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("bh"),
                          QStringLiteral("d"), QStringLiteral("h"), QStringLiteral("s")};
    for (const QString &name : required) {
        if (!sig.tags.contains(name)) {
            sig.error = QStringLiteral("the required tag %1= is missing").arg(name);
            return sig;
        }
    }
    if (kind == SignatureKind::Dkim && sig.tags.value(QStringLiteral("v")) != QLatin1String("1")) {
        sig.error = QStringLiteral("v= is not 1");
        return sig;
    }
    sig.domain = sig.tags.value(QStringLiteral("d")).toLower();
    sig.selector = sig.tags.value(QStringLiteral("s"));
    sig.algorithmName = sig.tags.value(QStringLiteral("a")).toLower();
    if (sig.algorithmName == QLatin1String("rsa-sha256")) {
        sig.algorithm = SignatureAlgorithm::RsaSha256;
    } else if (sig.algorithmName == QLatin1String("rsa-sha1")) {
        sig.algorithm = SignatureAlgorithm::RsaSha1;
    } else if (sig.algorithmName == QLatin1String("ed25519-sha256")) {
        sig.algorithm = SignatureAlgorithm::Ed25519Sha256;
    }
    if (kind == SignatureKind::Dkim) {
        sig.identity = sig.tags.value(QStringLiteral("i"), QLatin1Char('@') + sig.domain);
    } else {
        bool ok = false;
        sig.instance = sig.tags.value(QStringLiteral("i")).toInt(&ok);
        if (!ok || sig.instance < 1 || sig.instance > 50) {
            sig.error = QStringLiteral("i= is not an instance number from 1 to 50");
            return sig;
        }
        sig.chainValidation = sig.tags.value(QStringLiteral("cv")).toLower();
    }
    if (kind == SignatureKind::ArcSeal) {
        sig.headerCanon = Canonicalization::Relaxed;
        sig.bodyCanon = Canonicalization::Relaxed;
    } else {
        const QString c = sig.tags.value(QStringLiteral("c"), QStringLiteral("simple/simple")).toLower();
        const QString header = c.section(QLatin1Char('/'), 0, 0);
        const QString body = c.contains(QLatin1Char('/')) ? c.section(QLatin1Char('/'), 1) : QStringLiteral("simple");
        auto canon = [&sig](const QString &name, Canonicalization &out) {
            if (name == QLatin1String("relaxed")) {
                out = Canonicalization::Relaxed;
            } else if (name != QLatin1String("simple")) {
                sig.error = QStringLiteral("unknown canonicalization c=%1").arg(name);
            }
        };
        canon(header, sig.headerCanon);
        canon(body, sig.bodyCanon);
        if (!sig.error.isEmpty()) {
            return sig;
        }
        const QStringList names = sig.tags.value(QStringLiteral("h")).split(QLatin1Char(':'));
        if (names.size() > kMaxSignedHeaders) {
            sig.error = QStringLiteral("h= names %1 fields (more than %2)").arg(names.size()).arg(kMaxSignedHeaders);
            return sig;
        }
        for (const QString &name : names) {
            const QString trimmed = withoutWhitespace(name).toLower();
            if (!trimmed.isEmpty()) {
                sig.signedHeaders << trimmed.toLatin1();
            }
        }
        if (kind == SignatureKind::Dkim && !sig.signedHeaders.contains("from")) {
            sig.error = QStringLiteral("h= does not include From");
            return sig;
        }
        const auto bodyHash = decodeBase64(withoutWhitespace(sig.tags.value(QStringLiteral("bh"))));
        if (!bodyHash) {
            sig.error = QStringLiteral("bh= is not valid base64");
            return sig;
        }
        sig.bodyHash = *bodyHash;
    }
    const auto signature = decodeBase64(withoutWhitespace(sig.tags.value(QStringLiteral("b"))));
    if (!signature || signature->isEmpty()) {
        sig.error = QStringLiteral("b= is not valid base64");
        return sig;
    }
    sig.signature = *signature;
    sig.bodyLength = number(sig.tags, QStringLiteral("l"), sig.error);
    sig.timestamp = number(sig.tags, QStringLiteral("t"), sig.error);
    sig.expiry = number(sig.tags, QStringLiteral("x"), sig.error);
    if (!sig.error.isEmpty()) {
        return sig;
    }
    if (sig.timestamp && sig.expiry && *sig.expiry < *sig.timestamp) {
        sig.error = QStringLiteral("x= is before t=");
    }
    return sig;
}

} // namespace mt::message
