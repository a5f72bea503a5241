#include "checklabel.h"

#include <QCoreApplication>

namespace mt {

LocalizedText checkLabel(const QString &check)
{
    struct Name
    {
        const char *id;
        const char *text;
    };
    static constexpr Name names[] = {
        {"address", QT_TRANSLATE_NOOP("Check", "Address")},
        {"mx", QT_TRANSLATE_NOOP("Check", "Mail servers (MX)")},
        {"spf", QT_TRANSLATE_NOOP("Check", "SPF")},
        {"dmarc", QT_TRANSLATE_NOOP("Check", "DMARC")},
        {"dkim", QT_TRANSLATE_NOOP("Check", "DKIM")},
        {"ptr", QT_TRANSLATE_NOOP("Check", "Reverse DNS")},
        {"dnsbl", QT_TRANSLATE_NOOP("Check", "Blacklists")},
        {"geoip", QT_TRANSLATE_NOOP("Check", "Country (GeoIP)")},
        {"bounce", QT_TRANSLATE_NOOP("Check", "Returned message")},
        {"dns", QT_TRANSLATE_NOOP("Check", "DNS resolver")},
    };
    for (const Name &name : names) {
        if (check == QLatin1String(name.id)) {
            return {"Check", name.text};
        }
    }
    return {"Check", "%1", {check}}; // not marked: nothing to translate
}

} // namespace mt
