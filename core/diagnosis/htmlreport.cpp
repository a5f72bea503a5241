#include "htmlreport.h"

#include "datatext.h"

#include <QCoreApplication>
#include <QStringList>

namespace mt {
namespace {

constexpr qsizetype maxQuotedInput = 4096;

QString say(const char *source, Language language, const QStringList &args = {})
{
    return LocalizedText{"HtmlReport", source, args}.render(language);
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString severityColour(Severity severity)
{
    switch (severity) {
    case Severity::Ok:
        return QStringLiteral("#2e7d32");
    case Severity::Info:
        return QStringLiteral("#1565c0");
    case Severity::Warning:
        return QStringLiteral("#ef6c00");
    case Severity::Error:
        return QStringLiteral("#c62828");
    }
    return {};
}

QString findingHtml(const Finding &finding, Language language)
{
    QString html = QStringLiteral("<div class='finding'><p><b style='color:%1'>%2</b> %3 <i>%4</i></p>")
                       .arg(severityColour(finding.severity), escaped(severityLabel(finding.severity).render(language)),
                            escaped(finding.summary.render(language)), escaped(finding.subject));
    if (!finding.advice.isEmpty()) {
        html += QStringLiteral("<p><b>%1</b> %2</p>")
                    .arg(escaped(say(QT_TRANSLATE_NOOP("HtmlReport", "What to do:"), language)),
                         escaped(finding.advice.render(language)));
    }
    QString rows;
    for (auto it = finding.data.cbegin(); it != finding.data.cend(); ++it) {
        // The SPF trace in the report's language, from its typed steps.
        const bool typedTrace = it.key() == QLatin1String("trace") && !finding.spfTrace.isEmpty();
        const QString value = typedTrace ? spf::traceTexts(finding.spfTrace, language).join(QLatin1Char('\n'))
                                         : dataValueText(it.value());
        rows += QStringLiteral("<tr><td>%1</td><td><code%2>%3</code></td></tr>")
                    .arg(escaped(it.key()), typedTrace ? QStringLiteral(" style='white-space:pre-wrap'") : QString(),
                         escaped(value));
    }
    rows += QStringLiteral("<tr><td>%1</td><td><code>%2</code></td></tr>")
                .arg(escaped(say(QT_TRANSLATE_NOOP("HtmlReport", "code"), language)), escaped(finding.code));
    html += QStringLiteral("<table cellspacing='2' cellpadding='2'>%1</table></div>").arg(rows);
    return html;
}

} // namespace

QString diagnosisToHtml(const QString &input, InputKind kind, const Findings &findings, Language language,
                        const QDateTime &time)
{
    const QString title = say(QT_TRANSLATE_NOOP("HtmlReport", "MailTriage diagnosis"), language);
    const QString trimmed = input.trimmed();
    QString quoted = trimmed.left(maxQuotedInput);
    if (trimmed.size() > maxQuotedInput) {
        quoted += QChar(0x2026);
    }
    QString html = QStringLiteral("<!DOCTYPE html>\n<html lang='%1'><head><meta charset='utf-8'><title>%2</title>"
                                  "<style>body{font-family:sans-serif} pre,code{white-space:pre-wrap} "
                                  "td{vertical-align:top} .finding{margin-left:1em}</style></head><body>\n")
                       .arg(languageCode(language), escaped(title));
    html += QStringLiteral("<h1>%1</h1>\n").arg(escaped(title));
    html += QStringLiteral("<p>%1</p>\n")
                .arg(escaped(say(QT_TRANSLATE_NOOP("HtmlReport", "Checked: %1 (%2)"), language,
                                 {time.toUTC().toString(Qt::ISODate), inputKindLabel(kind).render(language)})));
    html += QStringLiteral("<pre>%1</pre>\n").arg(escaped(quoted));

    // One section per check, in the order the checks reported.
    QStringList checks;
    for (const Finding &finding : findings) {
        if (!checks.contains(finding.check)) {
            checks << finding.check;
        }
    }
    if (findings.isEmpty()) {
        html +=
            QStringLiteral("<p>%1</p>\n").arg(escaped(say(QT_TRANSLATE_NOOP("HtmlReport", "No findings."), language)));
    }
    for (const QString &check : std::as_const(checks)) {
        html += QStringLiteral("<h2>%1</h2>\n").arg(escaped(check));
        for (const Finding &finding : findings) {
            if (finding.check == check) {
                html += findingHtml(finding, language) + QLatin1Char('\n');
            }
        }
    }
    html += QStringLiteral("</body></html>\n");
    return html;
}

} // namespace mt
