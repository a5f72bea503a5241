#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace mt {

enum class DmarcPolicy
{
    None,
    Quarantine,
    Reject,
};

enum class DmarcAlignment
{
    Relaxed,
    Strict,
};

QString policyName(DmarcPolicy policy); // "none", "quarantine", "reject"

// One thing wrong with a record, precisely enough to say where.
struct DmarcProblem
{
    enum Kind
    {
        VersionNotFirst, // "v=DMARC1" is not the first tag: receivers ignore the record
        BadVersion,      // v= is there but not exactly "DMARC1"
        Syntax,          // a part that is not tag=value
        DuplicateTag,
        UnknownTag,   // ignored by receivers, often a typo
        InvalidValue, // a known tag with a value outside its grammar
        MissingPolicy,
    };

    Kind kind;
    QString tag;   // as written (empty for Syntax)
    QString value; // as written; for Syntax the whole part
};

// A DMARC policy record (RFC 7489 6.3), tags at their defaults unless set.
struct DmarcRecord
{
    QString text;
    std::optional<DmarcPolicy> policy;          // p; unset when missing or invalid
    std::optional<DmarcPolicy> subdomainPolicy; // sp; unset means "as p"
    int percent = 100;                          // pct
    QStringList aggregateReportUris;            // rua, as written
    QStringList failureReportUris;              // ruf, as written
    DmarcAlignment dkimAlignment = DmarcAlignment::Relaxed;
    DmarcAlignment spfAlignment = DmarcAlignment::Relaxed;
    QStringList failureOptions{QStringLiteral("0")}; // fo
    QStringList reportFormats{QStringLiteral("afrf")};
    quint32 reportInterval = 86400; // ri, seconds
    QList<DmarcProblem> problems;

    bool hasProblem(DmarcProblem::Kind kind) const;
    // Whether receivers act on it: the version is right, and p is valid, or
    // missing/invalid with a usable rua, which RFC 7489 6.6.3 reads as p=none.
    bool isApplied() const;
    // The policy receivers apply: p, or none in the 6.6.3 case.
    DmarcPolicy appliedPolicy() const;
    // The policy for mail from subdomains of the domain that published it.
    DmarcPolicy appliedSubdomainPolicy() const;
    // The record as it should be written: v=DMARC1 first, every valid tag
    // kept, invalid and unknown ones dropped, p=none when p was unusable,
    // and REPORT_ADDRESS for rua when no valid one was given.
    QString corrected(const QString &reportAddress) const;
};

// Whether a TXT record at _dmarc is meant as DMARC: it names DMARC1 in its
// version tag, even when misplaced, in lower case or not followed by a
// semicolon, so the mistake gets reported instead of the record being
// silently skipped.
bool looksLikeDmarcRecord(const QString &text);

DmarcRecord parseDmarcRecord(const QString &text);

} // namespace mt
