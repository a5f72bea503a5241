#pragma once

#include "common/localizedtext.h"

#include <QList>
#include <QString>

#include <optional>

namespace mt::spf {

enum class Result
{
    None,
    Neutral,
    Pass,
    Fail,
    SoftFail,
    TempError,
    PermError,
};

// "pass", "fail", ... as in RFC 7208 and docs/cli.md's JSON.
QString resultName(Result result);
std::optional<Result> parseResultName(const QString &name);

// What one step of an evaluation came to.
enum class StepOutcome
{
    Record,   // the domain's SPF record, evaluated next
    Match,    // the term covers the client
    NoMatch,  // it does not; the next term is tried
    Redirect, // the evaluation goes on with another domain's record
    None,     // results that end the domain's evaluation
    Neutral,
    TempError,
    PermError,
};

// "record", "match", "no match", "redirect" or a result name: the CLI's and
// the JSON's word for OUTCOME.
QString outcomeName(StepOutcome outcome);
// The same for people: "match", "result permerror", in their language.
LocalizedText outcomeLabel(StepOutcome outcome);
StepOutcome outcomeOf(Result result);

// One step of an evaluation, for the trace shown to staff. DETAIL is the
// technical English the CLI prints; NOTES say the same in words that are
// rendered in the reader's language (the macros' expansion first, then
// what the step found), so no view has to read DETAIL back.
struct TraceStep
{
    int depth = 0;  // 0 for the sender's domain, +1 per include/redirect
    QString domain; // the domain whose record is evaluated
    QString term;   // the record, the term or the lookup
    StepOutcome outcome = StepOutcome::Record;
    QString detail; // what DNS said, why it failed
    QList<LocalizedText> notes;
};

// STEP as one line for the CLI, "domain: term -> outcome (detail)", indented
// two spaces per level of its depth plus EXTRA_DEPTH.
QString traceLine(const TraceStep &step, int extraDepth = 0);
// STEP as one line for people in LANGUAGE, "domain: term → label — notes",
// indented the same way.
QString traceText(const TraceStep &step, Language language, int extraDepth = 0);
QStringList traceTexts(const QList<TraceStep> &trace, Language language);

} // namespace mt::spf
