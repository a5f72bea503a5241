#include "authsummary.h"

namespace mt::message {

AuthSummary authSummary(const Findings &findings)
{
    AuthSummary summary;
    for (const Finding &f : findings) {
        const QString result = f.data.value(QStringLiteral("result")).toString();
        if (f.code.startsWith(QLatin1String("auth.spf_"))) {
            summary.entries << AuthSummary::Entry{QStringLiteral("SPF"), f.subject, result, f.severity};
        } else if (f.check == QLatin1String("dkim_verify")) {
            summary.entries << AuthSummary::Entry{QStringLiteral("DKIM"), f.subject,
                                                  result.isEmpty() ? QStringLiteral("none") : result, f.severity};
        } else if (f.code.startsWith(QLatin1String("auth.dmarc_"))) {
            summary.entries << AuthSummary::Entry{QStringLiteral("DMARC"), f.subject, result, f.severity};
        } else if (f.check == QLatin1String("arc")) {
            summary.entries << AuthSummary::Entry{QStringLiteral("ARC"), f.subject, f.code.section(QLatin1Char('.'), 1),
                                                  f.severity};
        }
    }
    // The order staff read it in: SPF, DKIM, DMARC, ARC.
    const QStringList order{QStringLiteral("SPF"), QStringLiteral("DKIM"), QStringLiteral("DMARC"),
                            QStringLiteral("ARC")};
    std::stable_sort(summary.entries.begin(), summary.entries.end(),
                     [&order](const AuthSummary::Entry &a, const AuthSummary::Entry &b) {
                         return order.indexOf(a.method) < order.indexOf(b.method);
                     });
    return summary;
}

} // namespace mt::message
