#include "report.h"

#include "diagnosis.h"
#include "worstfirst.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

namespace mt {
namespace {

// A huge paste is echoed only in part: the findings matter, not the echo.
constexpr int maxEchoedInput = 64 * 1024;

QString reportText(const char *source, Language language, const QStringList &args = {})
{
    return LocalizedText{"Report", source, args}.render(language);
}

} // namespace

bool hasErrors(const Findings &findings)
{
    return std::any_of(findings.cbegin(), findings.cend(),
                       [](const Finding &f) { return f.severity == Severity::Error; });
}

int diagnosisExitCode(const Findings &findings)
{
    const bool resolverFailed = std::any_of(findings.cbegin(), findings.cend(), [](const Finding &f) {
        return f.code == QLatin1String("dns.resolver_failed");
    });
    if (resolverFailed) {
        return 3;
    }
    if (hasErrors(findings)) {
        return 1;
    }
    return hasInconclusive(findings) ? 3 : 0;
}

QJsonObject findingToJson(const Finding &finding, Language language)
{
    QJsonObject object{
        {QStringLiteral("check"), finding.check},
        {QStringLiteral("subject"), finding.subject},
        {QStringLiteral("severity"), severityId(finding.severity)},
        {QStringLiteral("outcome"), outcomeId(finding.outcome)},
        {QStringLiteral("actor"), actorId(finding.actor)},
        {QStringLiteral("staff_only"), finding.staffOnly},
        {QStringLiteral("subject_kind"), subjectKindId(finding.subjectKind)},
        {QStringLiteral("code"), finding.code},
        {QStringLiteral("summary"), finding.summary.render(language)},
        {QStringLiteral("data"), QJsonObject::fromVariantMap(finding.data)},
    };
    if (!finding.advice.isEmpty()) {
        object.insert(QStringLiteral("advice"), finding.advice.render(language));
    }
    return object;
}

QJsonObject diagnosisToJson(const Diagnosis &diagnosis, Language language)
{
    QJsonArray findings;
    for (const Finding &finding : diagnosis.findings()) {
        findings.append(findingToJson(finding, language));
    }
    return {
        {QStringLiteral("input"), diagnosis.input().trimmed().left(maxEchoedInput)},
        {QStringLiteral("kind"), inputKindId(diagnosis.kind())},
        {QStringLiteral("findings"), findings},
        {QStringLiteral("inconclusive"), diagnosis.isInconclusive()},
        {QStringLiteral("elapsed_ms"), diagnosis.elapsedMs()},
    };
}

QString diagnosisToText(const Diagnosis &diagnosis, Language language)
{
    QString out;
    const QString input = diagnosis.input().trimmed();
    const QString shown = input.contains(QLatin1Char('\n'))
                              ? input.section(QLatin1Char('\n'), 0, 0) + QStringLiteral(" …")
                              : input.left(200);
    // "E-mail address: jan@kowalski.pl": the kind first, as the GUI shows it.
    out += reportText(QT_TRANSLATE_NOOP("Report", "%1: %2"), language,
                      {inputKindLabel(diagnosis.kind()).render(language), shown}) +
           QLatin1Char('\n');

    int errors = 0;
    int warnings = 0;
    for (const Finding &finding : diagnosis.findings()) {
        errors += finding.severity == Severity::Error;
        warnings += finding.severity == Severity::Warning;
        out += QLatin1Char('\n');
        out += QStringLiteral("%1 %2 %3\n")
                   .arg(severityLabel(finding.severity).render(language).toUpper(), -12)
                   .arg(finding.check, -8)
                   .arg(finding.subject);
        out += QStringLiteral("  ") + finding.summary.render(language) + QLatin1Char('\n');
        if (!finding.advice.isEmpty()) {
            out +=
                QStringLiteral("  ") +
                reportText(QT_TRANSLATE_NOOP("Report", "What to do: %1"), language, {finding.advice.render(language)}) +
                QLatin1Char('\n');
        }
        const QString asSender = finding.data.value(QStringLiteral("reply_as_sender")).toString();
        const QString asRecipient = finding.data.value(QStringLiteral("reply_as_recipient")).toString();
        if (!asSender.isEmpty()) {
            out += QStringLiteral("  ") +
                   reportText(QT_TRANSLATE_NOOP("Report", "Our server's reply to this sender domain: %1"), language,
                              {asSender}) +
                   QLatin1Char('\n');
        }
        if (!asRecipient.isEmpty()) {
            out += QStringLiteral("  ") +
                   reportText(QT_TRANSLATE_NOOP("Report", "Our server's reply to this recipient domain: %1"), language,
                              {asRecipient}) +
                   QLatin1Char('\n');
        }
    }
    out += QLatin1Char('\n');
    if (diagnosis.isInconclusive()) {
        out += reportText(QT_TRANSLATE_NOOP("Report", "INCONCLUSIVE: a check that could have found a problem did not "
                                                      "finish; this is not an all-clear."),
                          language) +
               QLatin1Char('\n');
    }
    out += reportText(QT_TRANSLATE_NOOP("Report", "Errors: %1, warnings: %2, time: %3 ms"), language,
                      {QString::number(errors), QString::number(warnings), QString::number(diagnosis.elapsedMs())}) +
           QLatin1Char('\n');
    return out;
}

} // namespace mt
