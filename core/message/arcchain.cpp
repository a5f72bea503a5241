#include "arcchain.h"

#include <QMap>

namespace mt::message {

ArcChain prepareArcChain(const RawMessage &message, BodyHashCache &bodies, qint64 now)
{
    ArcChain chain;
    QMap<int, const HeaderField *> seals;
    QMap<int, const HeaderField *> signatures;
    QMap<int, const HeaderField *> results;
    auto instanceOf = [](const HeaderField &field) {
        const QString value = QString::fromUtf8(field.value());
        const qsizetype eq = value.indexOf(QLatin1Char('='));
        if (eq < 0 || value.left(eq).trimmed() != QLatin1String("i")) {
            // AS and AMS may have i= anywhere; AAR begins with it.
            const auto tags = parseTagList(value);
            return tags ? tags->value(QStringLiteral("i")).toInt() : 0;
        }
        return value.mid(eq + 1).section(QLatin1Char(';'), 0, 0).trimmed().toInt();
    };
    bool duplicate = false;
    auto collect = [&](const HeaderField &field, QMap<int, const HeaderField *> &into) {
        const int i = instanceOf(field);
        if (into.contains(i)) {
            duplicate = true;
        }
        into.insert(i, &field);
    };
    for (const HeaderField &field : message.fields) {
        if (field.is("ARC-Seal")) {
            collect(field, seals);
        } else if (field.is("ARC-Message-Signature")) {
            collect(field, signatures);
        } else if (field.is("ARC-Authentication-Results")) {
            collect(field, results);
        }
    }
    if (seals.isEmpty() && signatures.isEmpty() && results.isEmpty()) {
        return chain;
    }
    const int newest = seals.isEmpty() ? 0 : seals.lastKey();
    if (duplicate) {
        chain.structureError = QStringLiteral("an instance appears twice");
    } else if (newest < 1 || newest > 50 || seals.size() != newest || signatures.size() != newest ||
               results.size() != newest || seals.firstKey() != 1 || signatures.firstKey() != 1 ||
               results.firstKey() != 1 || signatures.lastKey() != newest || results.lastKey() != newest) {
        chain.structureError = QStringLiteral("the sets are not numbered 1 to %1, one header of each kind").arg(newest);
    }
    if (!chain.structureError.isEmpty()) {
        return chain;
    }
    QList<const HeaderField *> setFields;
    for (int i = 1; i <= newest; ++i) {
        ArcSet set;
        set.instance = i;
        const DkimSignature seal = parseDkimSignature(*seals.value(i), SignatureKind::ArcSeal);
        setFields << results.value(i) << signatures.value(i) << seals.value(i);
        set.seal = prepareSeal(setFields, seal);
        set.messageSignature =
            prepareSignature(message, parseDkimSignature(*signatures.value(i), SignatureKind::ArcMessage), bodies, now);
        set.authenticationResults = QString::fromUtf8(results.value(i)->value());
        const QString cv = seal.chainValidation;
        if (chain.structureError.isEmpty() && seal.error.isEmpty() &&
            ((i == 1 && cv != QLatin1String("none")) || (i > 1 && cv != QLatin1String("pass")))) {
            chain.structureError = QStringLiteral("the seal of set %1 says cv=%2").arg(i).arg(cv);
        }
        chain.claimedResult = cv;
        chain.sets << set;
    }
    return chain;
}

} // namespace mt::message
