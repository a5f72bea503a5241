#include "datatext.h"

#include <QStringList>
#include <QVariantMap>

namespace mt {

QString dataValueText(const QVariant &value)
{
    if (value.typeId() == QMetaType::QVariantList || value.typeId() == QMetaType::QStringList) {
        QStringList parts;
        for (const QVariant &item : value.toList()) {
            parts << dataValueText(item);
        }
        return parts.join(QStringLiteral("; "));
    }
    if (value.typeId() == QMetaType::QVariantMap) {
        const QVariantMap map = value.toMap();
        QStringList parts;
        for (auto it = map.cbegin(); it != map.cend(); ++it) {
            parts << QStringLiteral("%1=%2").arg(it.key(), dataValueText(it.value()));
        }
        return parts.join(QLatin1Char(' '));
    }
    return value.toString();
}

QList<MxHostFact> mxHostsOf(const QVariant &hosts)
{
    QList<MxHostFact> facts;
    for (const QVariant &host : hosts.toList()) {
        const QVariantMap h = host.toMap();
        facts.append({h.value(QStringLiteral("preference")).toString(), h.value(QStringLiteral("host")).toString(),
                      h.value(QStringLiteral("addresses")).toStringList()});
    }
    return facts;
}

} // namespace mt
