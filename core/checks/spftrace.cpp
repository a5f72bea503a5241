#include "spftrace.h"

namespace mt::spf {
namespace {

struct ResultName
{
    Result result;
    const char *name;
};

constexpr ResultName resultNames[] = {
    {Result::None, "none"},           {Result::Neutral, "neutral"},   {Result::Pass, "pass"},
    {Result::Fail, "fail"},           {Result::SoftFail, "softfail"}, {Result::TempError, "temperror"},
    {Result::PermError, "permerror"},
};

struct OutcomeText
{
    StepOutcome outcome;
    const char *name;  // the CLI's word
    const char *label; // for people; results keep RFC 7208's names
};

constexpr OutcomeText outcomeTexts[] = {
    {StepOutcome::Record, "record", QT_TRANSLATE_NOOP("SpfTrace", "SPF record")},
    {StepOutcome::Match, "match", QT_TRANSLATE_NOOP("SpfTrace", "match")},
    {StepOutcome::NoMatch, "no match", QT_TRANSLATE_NOOP("SpfTrace", "no match")},
    {StepOutcome::Redirect, "redirect", QT_TRANSLATE_NOOP("SpfTrace", "redirect")},
    {StepOutcome::None, "none", QT_TRANSLATE_NOOP("SpfTrace", "result none")},
    {StepOutcome::Neutral, "neutral", QT_TRANSLATE_NOOP("SpfTrace", "result neutral")},
    {StepOutcome::TempError, "temperror", QT_TRANSLATE_NOOP("SpfTrace", "result temperror")},
    {StepOutcome::PermError, "permerror", QT_TRANSLATE_NOOP("SpfTrace", "result permerror")},
};

const OutcomeText &outcomeText(StepOutcome outcome)
{
    for (const OutcomeText &entry : outcomeTexts) {
        if (entry.outcome == outcome) {
            return entry;
        }
    }
    return outcomeTexts[0];
}

QString indent(const TraceStep &step, int extraDepth)
{
    return QString((step.depth + extraDepth) * 2, QLatin1Char(' '));
}

} // namespace

QString resultName(Result result)
{
    for (const ResultName &entry : resultNames) {
        if (entry.result == result) {
            return QLatin1String(entry.name);
        }
    }
    return {};
}

std::optional<Result> parseResultName(const QString &name)
{
    for (const ResultName &entry : resultNames) {
        if (name.compare(QLatin1String(entry.name), Qt::CaseInsensitive) == 0) {
            return entry.result;
        }
    }
    return std::nullopt;
}

QString outcomeName(StepOutcome outcome)
{
    return QLatin1String(outcomeText(outcome).name);
}

LocalizedText outcomeLabel(StepOutcome outcome)
{
    return LocalizedText("SpfTrace", outcomeText(outcome).label);
}

StepOutcome outcomeOf(Result result)
{
    switch (result) {
    case Result::None:
        return StepOutcome::None;
    case Result::TempError:
        return StepOutcome::TempError;
    case Result::PermError:
        return StepOutcome::PermError;
    case Result::Neutral:
    case Result::Pass:
    case Result::Fail:
    case Result::SoftFail:
        break;
    }
    return StepOutcome::Neutral; // a record's end without a match; pass and fail come from matches
}

QString traceLine(const TraceStep &step, int extraDepth)
{
    QString line = indent(step, extraDepth) + step.domain + QStringLiteral(": ") +
                   (step.term.isEmpty() ? QStringLiteral("-") : step.term) + QStringLiteral(" -> ") +
                   outcomeName(step.outcome);
    if (!step.detail.isEmpty()) {
        line += QStringLiteral(" (") + step.detail + QLatin1Char(')');
    }
    return line;
}

QString traceText(const TraceStep &step, Language language, int extraDepth)
{
    QString line = indent(step, extraDepth) + step.domain;
    if (!step.term.isEmpty()) {
        line += QStringLiteral(": ") + step.term;
    }
    line += QStringLiteral(" → ") + outcomeLabel(step.outcome).render(language);
    QStringList notes;
    for (const LocalizedText &note : step.notes) {
        notes << note.render(language);
    }
    if (!notes.isEmpty()) {
        line += QStringLiteral(" — ") + notes.join(QStringLiteral("; "));
    }
    return line;
}

QStringList traceTexts(const QList<TraceStep> &trace, Language language)
{
    QStringList lines;
    for (const TraceStep &step : trace) {
        lines << traceText(step, language);
    }
    return lines;
}

} // namespace mt::spf
