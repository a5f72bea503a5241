#pragma once

#include "common/localizedtext.h"
#include "spftrace.h"

#include <QList>
#include <QMetaType>
#include <QVariantMap>

namespace mt {

enum class Severity
{
    Ok,
    Info,
    Warning,
    Error,
};

QString severityId(Severity severity); // "ok", "info", "warning", "error"
LocalizedText severityLabel(Severity severity);

// What a finding concludes: something is wrong, all is well, or the check
// could not tell (DNS did not answer, no database): an inconclusive finding
// is never read as a pass.
enum class Outcome
{
    Problem,
    Fine,
    Inconclusive,
};

// Who has to do something about a problem.
enum class Actor
{
    Customer,  // the person who wrote to the helpdesk
    Recipient, // the recipient's side: their mailbox, their server
    Provider,  // us: our servers, our resolver, our tools
};

// What kind of thing a finding is about.
enum class SubjectKind
{
    Address,   // the customer's address as pasted
    Recipient, // an address mail was sent to (from a bounce)
    Domain,
    Ip,
    Text, // a pasted reply line or notice as a whole
};

QString outcomeId(Outcome outcome);      // "problem", "fine", "inconclusive"
QString actorId(Actor actor);            // "customer", "recipient", "provider"
QString subjectKindId(SubjectKind kind); // "address", "recipient", "domain", "ip", "text"

// One thing a check found out, as plain data: the CLI prints it, the GUI's
// models show it, the answer builder quotes its advice.
struct Finding
{
    Finding() = default;
    Finding(QString check, QString subject, Severity severity, QString code, LocalizedText summary,
            LocalizedText advice = {}, QVariantMap data = {})
        : check(std::move(check))
        , subject(std::move(subject))
        , severity(severity)
        , code(std::move(code))
        , summary(std::move(summary))
        , advice(std::move(advice))
        , data(std::move(data))
        , outcome(severity >= Severity::Warning ? Outcome::Problem : Outcome::Fine)
        , subjectKind(subjectKindOfCheck(this->check))
    {}

    // Marks a finding whose check could not finish (DNS failed, no data):
    // inconclusive, ours to look into, and not something to tell the customer.
    Finding &markInconclusive()
    {
        outcome = Outcome::Inconclusive;
        actor = Actor::Provider;
        staffOnly = true;
        return *this;
    }
    // Marks a finding only helpdesk staff should read (how a check was done).
    Finding &markStaffOnly()
    {
        staffOnly = true;
        return *this;
    }

    QString check;   // "address", "mx", ... (docs/cli.md's ids)
    QString subject; // what it was run on: a domain, an address, an IP
    Severity severity = Severity::Info;
    QString code;          // stable id of the case, e.g. "mx.nxdomain"
    LocalizedText summary; // what it means, in plain words
    LocalizedText advice;  // what the customer should do; may be empty
    QVariantMap data;      // the facts: records, replies of the provider's server
    // The SPF evaluation behind an "spf" finding, step by step: the views
    // render it in their language; data's "trace" has the CLI's English lines.
    QList<spf::TraceStep> spfTrace;

    // The verdict: what it concludes, who must act, whether the customer may
    // read it, and what kind of thing SUBJECT is. The constructor derives the
    // outcome from the severity and the subject kind from the check; checks
    // set the rest where they know better.
    Outcome outcome = Outcome::Fine;
    Actor actor = Actor::Customer;
    bool staffOnly = false;
    SubjectKind subjectKind = SubjectKind::Domain;

    // The usual subject kind of a check's findings ("address" -> Address,
    // "bounce" -> Recipient, "ptr" -> Ip, ...).
    static SubjectKind subjectKindOfCheck(const QString &check);
};

using Findings = QList<Finding>;

} // namespace mt

Q_DECLARE_METATYPE(mt::Finding)
