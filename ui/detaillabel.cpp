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
    {"adkim", QT_TRANSLATE_NOOP("DetailLabel", "DKIM alignment")},
    {"allowed_countries", QT_TRANSLATE_NOOP("DetailLabel", "Allowed countries")},
    {"answers", QT_TRANSLATE_NOOP("DetailLabel", "Answers")},
    {"ascii", QT_TRANSLATE_NOOP("DetailLabel", "ASCII form")},
    {"aspf", QT_TRANSLATE_NOOP("DetailLabel", "SPF alignment")},
    {"authorization_name", QT_TRANSLATE_NOOP("DetailLabel", "Authorization record")},
    {"build_date", QT_TRANSLATE_NOOP("DetailLabel", "Database date")},
    {"character", QT_TRANSLATE_NOOP("DetailLabel", "Character")},
    {"command", QT_TRANSLATE_NOOP("DetailLabel", "SMTP command")},
    {"confirmed", QT_TRANSLATE_NOOP("DetailLabel", "Confirmed names")},
    {"corrected", QT_TRANSLATE_NOOP("DetailLabel", "Corrected address")},
    {"corrected_record", QT_TRANSLATE_NOOP("DetailLabel", "Corrected record")},
    {"count", QT_TRANSLATE_NOOP("DetailLabel", "Count")},
    {"country_code", QT_TRANSLATE_NOOP("DetailLabel", "Country code")},
    {"country_en", QT_TRANSLATE_NOOP("DetailLabel", "Country (English)")},
    {"country_pl", QT_TRANSLATE_NOOP("DetailLabel", "Country (Polish)")},
    {"database", QT_TRANSLATE_NOOP("DetailLabel", "Database")},
    {"database_type", QT_TRANSLATE_NOOP("DetailLabel", "Database type")},
    {"delisting_url", QT_TRANSLATE_NOOP("DetailLabel", "Delisting page")},
    {"diagnostic", QT_TRANSLATE_NOOP("DetailLabel", "Server's words")},
    {"display_name", QT_TRANSLATE_NOOP("DetailLabel", "Display name")},
    {"dns_detail", QT_TRANSLATE_NOOP("DetailLabel", "DNS detail")},
    {"dns_status", QT_TRANSLATE_NOOP("DetailLabel", "DNS status")},
    {"domain", QT_TRANSLATE_NOOP("DetailLabel", "Domain")},
    {"domain_unicode", QT_TRANSLATE_NOOP("DetailLabel", "Domain (Unicode)")},
    {"end_user_range", QT_TRANSLATE_NOOP("DetailLabel", "End-user address range")},
    {"error", QT_TRANSLATE_NOOP("DetailLabel", "Error")},
    {"evidence", QT_TRANSLATE_NOOP("DetailLabel", "Deciding words")},
    {"feedback_type", QT_TRANSLATE_NOOP("DetailLabel", "Feedback type")},
    {"forward_status", QT_TRANSLATE_NOOP("DetailLabel", "Forward lookup status")},
    {"generic", QT_TRANSLATE_NOOP("DetailLabel", "Generic name")},
    {"hard_bounce", QT_TRANSLATE_NOOP("DetailLabel", "Permanent failure")},
    {"host", QT_TRANSLATE_NOOP("DetailLabel", "Host")},
    {"hostname", QT_TRANSLATE_NOOP("DetailLabel", "Host name")},
    {"impact", QT_TRANSLATE_NOOP("DetailLabel", "Impact")},
    {"ip", QT_TRANSLATE_NOOP("DetailLabel", "IP address")},
    {"key_bits", QT_TRANSLATE_NOOP("DetailLabel", "Key length (bits)")},
    {"key_type", QT_TRANSLATE_NOOP("DetailLabel", "Key type")},
    {"kind", QT_TRANSLATE_NOOP("DetailLabel", "Kind of notice")},
    {"label", QT_TRANSLATE_NOOP("DetailLabel", "Label")},
    {"list", QT_TRANSLATE_NOOP("DetailLabel", "List")},
    {"listed", QT_TRANSLATE_NOOP("DetailLabel", "Listed on")},
    {"literal", QT_TRANSLATE_NOOP("DetailLabel", "Address literal")},
    {"lookup_limit", QT_TRANSLATE_NOOP("DetailLabel", "DNS lookup limit")},
    {"lookups", QT_TRANSLATE_NOOP("DetailLabel", "DNS lookups")},
    {"mailbox", QT_TRANSLATE_NOOP("DetailLabel", "Mailbox")},
    {"major", QT_TRANSLATE_NOOP("DetailLabel", "Major lists")},
    {"name", QT_TRANSLATE_NOOP("DetailLabel", "DNS name")},
    {"names", QT_TRANSLATE_NOOP("DetailLabel", "Names")},
    {"not_checked", QT_TRANSLATE_NOOP("DetailLabel", "Not checked")},
    {"organizational_domain", QT_TRANSLATE_NOOP("DetailLabel", "Organizational domain")},
    {"original_sender", QT_TRANSLATE_NOOP("DetailLabel", "Original sender")},
    {"original_subject", QT_TRANSLATE_NOOP("DetailLabel", "Original subject")},
    {"pct", QT_TRANSLATE_NOOP("DetailLabel", "Percentage applied")},
    {"policy", QT_TRANSLATE_NOOP("DetailLabel", "Policy")},
    {"producer", QT_TRANSLATE_NOOP("DetailLabel", "Written by")},
    {"provider_include", QT_TRANSLATE_NOOP("DetailLabel", "Our SPF include")},
    {"query", QT_TRANSLATE_NOOP("DetailLabel", "Query")},
    {"quotes", QT_TRANSLATE_NOOP("DetailLabel", "Quotation marks")},
    {"reason", QT_TRANSLATE_NOOP("DetailLabel", "Reason")},
    {"recipient", QT_TRANSLATE_NOOP("DetailLabel", "Recipient")},
    {"record", QT_TRANSLATE_NOOP("DetailLabel", "Record")},
    {"records", QT_TRANSLATE_NOOP("DetailLabel", "Records")},
    {"remote_host", QT_TRANSLATE_NOOP("DetailLabel", "Remote server")},
    {"remote_ip", QT_TRANSLATE_NOOP("DetailLabel", "Remote server's IP")},
    {"reply", QT_TRANSLATE_NOOP("DetailLabel", "Reply")},
    {"reply_code", QT_TRANSLATE_NOOP("DetailLabel", "Reply code")},
    {"report_uri", QT_TRANSLATE_NOOP("DetailLabel", "Report address")},
    {"resolvers", QT_TRANSLATE_NOOP("DetailLabel", "Resolvers")},
    {"reverse_name", QT_TRANSLATE_NOOP("DetailLabel", "Reverse name")},
    {"rua", QT_TRANSLATE_NOOP("DetailLabel", "Aggregate reports to")},
    {"ruf", QT_TRANSLATE_NOOP("DetailLabel", "Failure reports to")},
    {"rule", QT_TRANSLATE_NOOP("DetailLabel", "Rule")},
    {"selector", QT_TRANSLATE_NOOP("DetailLabel", "Selector")},
    {"selectors", QT_TRANSLATE_NOOP("DetailLabel", "Selectors")},
    {"sending_ip", QT_TRANSLATE_NOOP("DetailLabel", "Sending IP")},
    {"source", QT_TRANSLATE_NOOP("DetailLabel", "Source")},
    {"status", QT_TRANSLATE_NOOP("DetailLabel", "Status code")},
    {"suggested_name", QT_TRANSLATE_NOOP("DetailLabel", "Suggested name")},
    {"suggested_record", QT_TRANSLATE_NOOP("DetailLabel", "Suggested record")},
    {"tag", QT_TRANSLATE_NOOP("DetailLabel", "Tag")},
    {"testing", QT_TRANSLATE_NOOP("DetailLabel", "Test mode")},
    {"trace", QT_TRANSLATE_NOOP("DetailLabel", "Trace")},
    {"unicode", QT_TRANSLATE_NOOP("DetailLabel", "Unicode form")},
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
