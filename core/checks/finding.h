#pragma once

#include "common/localizedtext.h"

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
    {}

    QString check;   // "address", "mx", ... (docs/cli.md's ids)
    QString subject; // what it was run on: a domain, an address, an IP
    Severity severity = Severity::Info;
    QString code;          // stable id of the case, e.g. "mx.nxdomain"
    LocalizedText summary; // what it means, in plain words
    LocalizedText advice;  // what the customer should do; may be empty
    QVariantMap data;      // the facts: records, replies of the provider's server
};

using Findings = QList<Finding>;

} // namespace mt

Q_DECLARE_METATYPE(mt::Finding)
