#include "detaillabel.h"

#include <QCoreApplication>

#include <iterator>

namespace mt {
namespace {

struct Label
{
    const char *key;
    const char *text;
};

// The facts the checks record (core/checks/*.cpp); codes and record
// syntax stay as they are.
constexpr Label labels[] = {
    {"action", QT_TRANSLATE_NOOP("DetailLabel", "Action")},
    {"addresses", QT_TRANSLATE_NOOP("DetailLabel", "Addresses")},
    {"allowed_countries", QT_TRANSLATE_NOOP("DetailLabel", "Allowed countries")},
    {"answers", QT_TRANSLATE_NOOP("DetailLabel", "Answers")},
    {"build_date", QT_TRANSLATE_NOOP("DetailLabel", "Database date")},
    {"command", QT_TRANSLATE_NOOP("DetailLabel", "SMTP command")},
    {"corrected_record", QT_TRANSLATE_NOOP("DetailLabel", "Corrected record")},
    {"count", QT_TRANSLATE_NOOP("DetailLabel", "Count")},
    {"country_code", QT_TRANSLATE_NOOP("DetailLabel", "Country code")},
    {"country_en", QT_TRANSLATE_NOOP("DetailLabel", "Country (English)")},
    {"country_pl", QT_TRANSLATE_NOOP("DetailLabel", "Country (Polish)")},
    {"database", QT_TRANSLATE_NOOP("DetailLabel", "Database")},
    {"database_type", QT_TRANSLATE_NOOP("DetailLabel", "Database type")},
    {"delisting_url", QT_TRANSLATE_NOOP("DetailLabel", "Delisting page")},
    {"diagnostic", QT_TRANSLATE_NOOP("DetailLabel", "Server's words")},
    {"dns_detail", QT_TRANSLATE_NOOP("DetailLabel", "DNS detail")},
    {"dns_status", QT_TRANSLATE_NOOP("DetailLabel", "DNS status")},
    {"domain", QT_TRANSLATE_NOOP("DetailLabel", "Domain")},
    {"domain_unicode", QT_TRANSLATE_NOOP("DetailLabel", "Domain (Unicode)")},
    {"error", QT_TRANSLATE_NOOP("DetailLabel", "Error")},
    {"evidence", QT_TRANSLATE_NOOP("DetailLabel", "Deciding words")},
    {"hard_bounce", QT_TRANSLATE_NOOP("DetailLabel", "Permanent failure")},
    {"host", QT_TRANSLATE_NOOP("DetailLabel", "Host")},
    {"hostname", QT_TRANSLATE_NOOP("DetailLabel", "Host name")},
    {"impact", QT_TRANSLATE_NOOP("DetailLabel", "Impact")},
    {"ip", QT_TRANSLATE_NOOP("DetailLabel", "IP address")},
    {"kind", QT_TRANSLATE_NOOP("DetailLabel", "Kind of notice")},
    {"list", QT_TRANSLATE_NOOP("DetailLabel", "List")},
    {"listed", QT_TRANSLATE_NOOP("DetailLabel", "Listed on")},
    {"lookup_limit", QT_TRANSLATE_NOOP("DetailLabel", "DNS lookup limit")},
    {"lookups", QT_TRANSLATE_NOOP("DetailLabel", "DNS lookups")},
    {"mailbox", QT_TRANSLATE_NOOP("DetailLabel", "Mailbox")},
    {"major", QT_TRANSLATE_NOOP("DetailLabel", "Major lists")},
    {"names", QT_TRANSLATE_NOOP("DetailLabel", "Names")},
    {"not_checked", QT_TRANSLATE_NOOP("DetailLabel", "Not checked")},
    {"original_sender", QT_TRANSLATE_NOOP("DetailLabel", "Original sender")},
    {"original_subject", QT_TRANSLATE_NOOP("DetailLabel", "Original subject")},
    {"policy", QT_TRANSLATE_NOOP("DetailLabel", "Policy")},
    {"producer", QT_TRANSLATE_NOOP("DetailLabel", "Written by")},
    {"query", QT_TRANSLATE_NOOP("DetailLabel", "Query")},
    {"reason", QT_TRANSLATE_NOOP("DetailLabel", "Reason")},
    {"recipient", QT_TRANSLATE_NOOP("DetailLabel", "Recipient")},
    {"record", QT_TRANSLATE_NOOP("DetailLabel", "Record")},
    {"records", QT_TRANSLATE_NOOP("DetailLabel", "Records")},
    {"remote_host", QT_TRANSLATE_NOOP("DetailLabel", "Remote server")},
    {"remote_ip", QT_TRANSLATE_NOOP("DetailLabel", "Remote server's IP")},
    {"reply", QT_TRANSLATE_NOOP("DetailLabel", "Reply")},
    {"reply_code", QT_TRANSLATE_NOOP("DetailLabel", "Reply code")},
    {"resolvers", QT_TRANSLATE_NOOP("DetailLabel", "Resolvers")},
    {"reverse_name", QT_TRANSLATE_NOOP("DetailLabel", "Reverse name")},
    {"rule", QT_TRANSLATE_NOOP("DetailLabel", "Rule")},
    {"selector", QT_TRANSLATE_NOOP("DetailLabel", "Selector")},
    {"selectors", QT_TRANSLATE_NOOP("DetailLabel", "Selectors")},
    {"sending_ip", QT_TRANSLATE_NOOP("DetailLabel", "Sending IP")},
    {"source", QT_TRANSLATE_NOOP("DetailLabel", "Source")},
    {"status", QT_TRANSLATE_NOOP("DetailLabel", "Status code")},
    {"suggested_record", QT_TRANSLATE_NOOP("DetailLabel", "Suggested record")},
    {"tag", QT_TRANSLATE_NOOP("DetailLabel", "Tag")},
    {"trace", QT_TRANSLATE_NOOP("DetailLabel", "Trace")},
    {"value", QT_TRANSLATE_NOOP("DetailLabel", "Value")},
    {"verdict", QT_TRANSLATE_NOOP("DetailLabel", "Verdict")},
    {"void_lookups", QT_TRANSLATE_NOOP("DetailLabel", "Lookups without an answer")},
    {"zone", QT_TRANSLATE_NOOP("DetailLabel", "Zone")},
    {"zones", QT_TRANSLATE_NOOP("DetailLabel", "Zones")},
};

} // namespace

QString detailLabel(const QString &key)
{
    for (const Label &label : labels) {
        if (key == QLatin1String(label.key)) {
            return QCoreApplication::translate("DetailLabel", label.text);
        }
    }
    QString shown = key;
    return shown.replace(QLatin1Char('_'), QLatin1Char(' '));
}

} // namespace mt
