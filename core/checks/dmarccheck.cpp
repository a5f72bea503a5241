#include "dmarccheck.h"

#include "casetable.h"
#include "common/textutil.h"
#include "organizationaldomain.h"
#include "txtrecords.h"

#include <QCoreApplication>

#include <algorithm>

namespace mt {
namespace {

using dns::DnsResult;
using dns::RecordType;

enum class DmarcCase
{
    Reject,
    Quarantine,
    PolicyNone,
    Inherited,
    Missing,
    Multiple,
    Ignored,
    DnsFailure,
    Partial,
    NoReports,
    UnauthorizedReports,
    AlignmentRelaxed,
    AlignmentStrictDkim,
    AlignmentStrictSpf,
    AlignmentStrict,
    VersionNotFirst,
    BadVersion,
    Syntax,
    DuplicateTag,
    UnknownTag,
    InvalidPolicy,
    InvalidValue,
    MissingPolicy,
};

struct CaseText
{
    DmarcCase id;
    const char *code;
    Severity severity;
    const char *summary;
    const char *advice;
    bool inconclusive = false; // the check could not tell (DNS failed)
};

// Summary arguments: %1 the domain, then per case. Advice arguments: %1 the
// domain where the record is (or belongs), then per case.
constexpr CaseText cases[] = {
    {DmarcCase::Reject, "dmarc.ok", Severity::Ok,
     QT_TRANSLATE_NOOP("Findings", "%1 has a DMARC policy of \"reject\" (record at %2): receivers are asked to refuse "
                                   "mail that claims to come from %1 but passes neither SPF nor DKIM for it. This "
                                   "protects the domain against forged senders."),
     nullptr},
    {DmarcCase::Quarantine, "dmarc.ok", Severity::Ok,
     QT_TRANSLATE_NOOP("Findings", "%1 has a DMARC policy of \"quarantine\" (record at %2): receivers are asked to put "
                                   "mail that claims to come from %1 but passes neither SPF nor DKIM for it into the "
                                   "spam folder."),
     nullptr},
    {DmarcCase::PolicyNone, "dmarc.policy_none", Severity::Info,
     QT_TRANSLATE_NOOP("Findings", "%1 has a DMARC policy of \"none\" (record at %2): receivers only report on mail "
                                   "that fails SPF and DKIM and deliver it as if there were no DMARC. This is the "
                                   "right first step, but it does not stop anyone from forging the domain."),
     QT_TRANSLATE_NOOP("Advice", "When the DMARC reports show that all your legitimate mail passes SPF or DKIM, "
                                 "change p=none to p=quarantine, and later to p=reject, in the record at %2.")},
    {DmarcCase::Inherited, "dmarc.inherited", Severity::Info,
     QT_TRANSLATE_NOOP("Findings", "%1 has no DMARC record of its own, so the record of its organizational domain %2 "
                                   "applies, with its policy for subdomains (sp, or p when sp is not set): \"%3\"."),
     nullptr},
    {DmarcCase::Missing, "dmarc.missing", Severity::Warning,
     QT_TRANSLATE_NOOP("Findings", "%1 publishes no DMARC record (looked up: %2). Large mailbox providers (Gmail, "
                                   "Yahoo, Microsoft) expect one from senders and are more likely to put mail without "
                                   "it into spam; nothing protects the domain from being forged."),
     QT_TRANSLATE_NOOP("Advice", "Add a TXT record to the DNS of %1 with the name %2 and the value:\n%3\n"
                                 "p=none changes nothing in delivery, it only asks receivers to send reports. When "
                                 "the reports show that all your mail passes SPF or DKIM, change it to "
                                 "p=quarantine.")},
    {DmarcCase::Multiple, "dmarc.multiple", Severity::Error,
     QT_TRANSLATE_NOOP("Findings", "%1 publishes %2 DMARC records at %3. With more than one, receivers apply none "
                                   "of them: the domain has no DMARC policy in effect."),
     QT_TRANSLATE_NOOP("Advice", "Keep exactly one TXT record starting with v=DMARC1 at %2 and delete the others.")},
    {DmarcCase::Ignored, "dmarc.ignored", Severity::Error,
     QT_TRANSLATE_NOOP("Findings", "The DMARC record of %1 at %2 is not valid, so receivers ignore it: for them the "
                                   "domain has no DMARC policy. Record: %3"),
     QT_TRANSLATE_NOOP("Advice", "Replace the TXT record at %2 with this corrected one (check the policy and the "
                                 "report address):\n%3")},
    {DmarcCase::DnsFailure, "dmarc.dns_failure", Severity::Warning,
     QT_TRANSLATE_NOOP("Findings", "The DMARC record of %1 could not be read: %2. Receivers that get the same error "
                                   "may treat the mail as unauthenticated for a while."),
     QT_TRANSLATE_NOOP("Advice", "Try again in a few minutes. If the problem persists, the domain's DNS servers are "
                                 "not answering: its owner should contact their DNS provider."),
     true},
    {DmarcCase::Partial, "dmarc.partial", Severity::Info,
     QT_TRANSLATE_NOOP("Findings", "The DMARC policy of %1 applies to only %2% of the failing mail (pct=%2); the "
                                   "rest is treated one step more leniently."),
     QT_TRANSLATE_NOOP("Advice", "pct below 100 is meant for a gradual roll-out. When you are confident, remove "
                                 "pct from the record at %2 (100 is the default).")},
    {DmarcCase::NoReports, "dmarc.no_reports", Severity::Info,
     QT_TRANSLATE_NOOP("Findings", "The DMARC record of %1 asks for no aggregate reports (no rua tag), so nobody "
                                   "learns which servers send mail in the domain's name and whether it passes."),
     QT_TRANSLATE_NOOP("Advice", "Add rua=mailto:postmaster@%1 (or another mailbox you read) to the record at %2.")},
    {DmarcCase::UnauthorizedReports, "dmarc.reports_not_authorized", Severity::Info,
     QT_TRANSLATE_NOOP("Findings", "The DMARC record of %1 sends reports to %2, in another domain that has not agreed "
                                   "to receive them (no TXT record starting with v=DMARC1 at %3, RFC 7489 7.1). "
                                   "Receivers will not send these reports; mail delivery is not affected."),
     QT_TRANSLATE_NOOP("Advice", "Either send the reports to an address in %1 (change rua/ruf in the record at %2), "
                                 "or have the owner of the other domain publish a TXT record \"v=DMARC1\" named "
                                 "%3.")},
    {DmarcCase::AlignmentRelaxed, "dmarc.alignment", Severity::Ok,
     QT_TRANSLATE_NOOP("Findings", "Alignment of %1 is relaxed for both SPF and DKIM: a message passes DMARC when the "
                                   "address in its From header is in the same organizational domain as the domain "
                                   "that passed SPF (the envelope sender) or that signed it with DKIM; a subdomain "
                                   "such as mail.%1 counts as %1."),
     nullptr},
    {DmarcCase::AlignmentStrictDkim, "dmarc.alignment", Severity::Info,
     QT_TRANSLATE_NOOP("Findings", "Alignment of %1: strict for DKIM (adkim=s), relaxed for SPF. A DKIM signature "
                                   "counts only when its domain (d=) is exactly the From domain; for SPF, a subdomain "
                                   "of the same organizational domain as the From address is enough."),
     nullptr},
    {DmarcCase::AlignmentStrictSpf, "dmarc.alignment", Severity::Info,
     QT_TRANSLATE_NOOP("Findings", "Alignment of %1: strict for SPF (aspf=s), relaxed for DKIM. SPF counts only when "
                                   "the envelope sender's domain is exactly the From domain; a DKIM signature of any "
                                   "domain in the same organizational domain is enough."),
     nullptr},
    {DmarcCase::AlignmentStrict, "dmarc.alignment", Severity::Info,
     QT_TRANSLATE_NOOP("Findings", "Alignment of %1 is strict for both SPF and DKIM (aspf=s, adkim=s): a message "
                                   "passes DMARC only when the envelope sender's domain or the DKIM signing domain is "
                                   "exactly the domain in its From header. Mail sent through services that use their "
                                   "own subdomain fails."),
     QT_TRANSLATE_NOOP("Advice", "If mail sent through a newsletter or ticketing service fails DMARC, either have it "
                                 "sign with the exact domain, or relax alignment in the record at %2 (remove aspf=s "
                                 "and adkim=s).")},
    {DmarcCase::VersionNotFirst, "dmarc.version_not_first", Severity::Error,
     QT_TRANSLATE_NOOP("Findings", "In the DMARC record of %1, v=DMARC1 is not the first tag. Receivers only "
                                   "recognize records that start with it."),
     QT_TRANSLATE_NOOP("Advice", "Move v=DMARC1 to the very beginning of the record at %2.")},
    {DmarcCase::BadVersion, "dmarc.bad_version", Severity::Error,
     QT_TRANSLATE_NOOP("Findings", "The DMARC record of %1 does not start with exactly \"v=DMARC1\" (found \"%2\"); "
                                   "the version is case-sensitive and required."),
     QT_TRANSLATE_NOOP("Advice", "Start the record at %2 with v=DMARC1; (upper case).")},
    {DmarcCase::Syntax, "dmarc.syntax_error", Severity::Warning,
     QT_TRANSLATE_NOOP("Findings", "The DMARC record of %1 contains \"%2\", which is not of the form tag=value. Tags "
                                   "are separated by semicolons."),
     QT_TRANSLATE_NOOP("Advice", "Correct or remove \"%3\" in the record at %2.")},
    {DmarcCase::DuplicateTag, "dmarc.duplicate_tag", Severity::Warning,
     QT_TRANSLATE_NOOP("Findings", "The DMARC record of %1 sets the tag %2 more than once; receivers may use either "
                                   "value."),
     QT_TRANSLATE_NOOP("Advice", "Keep one %3= tag in the record at %2.")},
    {DmarcCase::UnknownTag, "dmarc.unknown_tag", Severity::Warning,
     QT_TRANSLATE_NOOP("Findings",
                       "The DMARC record of %1 contains the unknown tag \"%2\", which receivers ignore. "
                       "It is often a typo of a known tag (p, sp, pct, rua, ruf, adkim, aspf, fo, rf, ri)."),
     QT_TRANSLATE_NOOP("Advice", "Correct or remove the tag \"%3\" in the record at %2.")},
    {DmarcCase::InvalidPolicy, "dmarc.invalid_value", Severity::Error,
     QT_TRANSLATE_NOOP("Findings", "The DMARC record of %1 has an invalid policy %2=%3; it must be none, quarantine "
                                   "or reject. Receivers then ignore the policy (at best they treat it as none)."),
     QT_TRANSLATE_NOOP("Advice", "Set %3= to none, quarantine or reject in the record at %2.")},
    {DmarcCase::InvalidValue, "dmarc.invalid_value", Severity::Warning,
     QT_TRANSLATE_NOOP("Findings", "The DMARC record of %1 has an invalid value in %2=%3, which receivers ignore. "
                                   "Report addresses must be written as mailto:name@domain; pct is 0-100; adkim and "
                                   "aspf are r or s; fo is 0, 1, d or s."),
     QT_TRANSLATE_NOOP("Advice", "Correct the tag %3= in the record at %2.")},
    {DmarcCase::MissingPolicy, "dmarc.missing_policy", Severity::Error,
     QT_TRANSLATE_NOOP("Findings", "The DMARC record of %1 has no policy tag (p=). It is required; without it (and "
                                   "without a valid rua) receivers ignore the record."),
     QT_TRANSLATE_NOOP("Advice", "Add p=none (or quarantine, or reject) right after v=DMARC1 in the record at %2.")},
};

const CaseText &caseText(DmarcCase id)
{
    return caseEntry(cases, id);
}

QString dmarcName(const QString &domain)
{
    return QStringLiteral("_dmarc.") + domain;
}

// The TXT records at _dmarc that are meant as DMARC, each as one string
// (RFC 7489 6.6.3 joins a record's character-strings without separator).
QStringList dmarcRecordsOf(const DnsResult &result)
{
    return txt::recordsWhere(result, looksLikeDmarcRecord);
}

// Where to start: reports only, no change in delivery, so it is safe to
// paste before anyone has looked at the domain's mail flows.
QString suggestedRecord(const QString &policyDomain)
{
    return QStringLiteral("v=DMARC1; p=none; rua=mailto:postmaster@%1").arg(policyDomain);
}

// "mailto:d@reports.example.net!10m" -> "reports.example.net".
QString reportHost(const QString &uri)
{
    const int at = int(uri.indexOf(QLatin1Char('@')));
    return at < 0 ? QString() : uri.mid(at + 1).section(QLatin1Char('!'), 0, 0).trimmed().toLower();
}

DmarcCase problemCase(const DmarcProblem &problem)
{
    switch (problem.kind) {
    case DmarcProblem::VersionNotFirst:
        return DmarcCase::VersionNotFirst;
    case DmarcProblem::BadVersion:
        return DmarcCase::BadVersion;
    case DmarcProblem::Syntax:
        return DmarcCase::Syntax;
    case DmarcProblem::DuplicateTag:
        return DmarcCase::DuplicateTag;
    case DmarcProblem::UnknownTag:
        return DmarcCase::UnknownTag;
    case DmarcProblem::InvalidValue: {
        const QString tag = problem.tag.toLower();
        return tag == QLatin1String("p") || tag == QLatin1String("sp") ? DmarcCase::InvalidPolicy
                                                                       : DmarcCase::InvalidValue;
    }
    case DmarcProblem::MissingPolicy:
        break;
    }
    return DmarcCase::MissingPolicy;
}

} // namespace

LocalizedText dmarcMissingAdvice(const QString &policyDomain)
{
    return {"Advice",
            caseText(DmarcCase::Missing).advice,
            {policyDomain, dmarcName(policyDomain), suggestedRecord(policyDomain)}};
}

DmarcCheck::DmarcCheck(dns::DnsResolver &resolver, DomainName domain, QObject *parent)
    : AsyncCheck(parent)
    , m_resolver(resolver)
    , m_domain(std::move(domain))
{
    const QString organizational = organizationalDomain(m_domain.ascii);
    if (organizational != m_domain.ascii) {
        m_organizationalDomain = organizational;
    }
}

void DmarcCheck::start()
{
    // The fallback is asked at once too: most domains have no record of their
    // own at a subdomain, and waiting for that answer would cost a round trip.
    m_resolver.resolve(dmarcName(m_domain.ascii), RecordType::TXT, this,
                       [this](const DnsResult &result) { onResult(false, result); });
    if (!m_organizationalDomain.isEmpty()) {
        m_resolver.resolve(dmarcName(m_organizationalDomain), RecordType::TXT, this,
                           [this](const DnsResult &result) { onResult(true, result); });
    }
}

void DmarcCheck::onResult(bool organizational, const DnsResult &result)
{
    (organizational ? m_organizational : m_own) = result;
    if (m_own && (m_organizationalDomain.isEmpty() || m_organizational)) {
        conclude();
    }
}

Finding &DmarcCheck::report(int caseId, const QStringList &summaryArgs, const QStringList &adviceArgs)
{
    m_findings << caseFinding(QStringLiteral("dmarc"), m_domain, caseText(static_cast<DmarcCase>(caseId)), summaryArgs,
                              adviceArgs);
    return m_findings.last();
}

void DmarcCheck::suggestRecord(Finding &finding, const QString &policyDomain) const
{
    finding.data.insert(QStringLiteral("suggested_name"), dmarcName(policyDomain));
    finding.data.insert(QStringLiteral("suggested_record"), suggestedRecord(policyDomain));
}

void DmarcCheck::conclude()
{
    // A failure says nothing about the record, so it neither counts as "no
    // record" nor lets the fallback speak for the domain.
    auto failure = [this](const QString &domain, const DnsResult &result) {
        Finding &f = report(int(DmarcCase::DnsFailure), {text::dnsFailure(result)}, {domain});
        f.data.insert(QStringLiteral("name"), dmarcName(domain));
        f.data.insert(QStringLiteral("dns_status"), dns::statusName(result.status));
    };

    const QStringList own = dmarcRecordsOf(*m_own);
    const QStringList organizational = m_organizational ? dmarcRecordsOf(*m_organizational) : QStringList();
    if (dns::isTemporaryFailure(m_own->status)) {
        failure(m_domain.ascii, *m_own);
    } else if (!own.isEmpty()) {
        evaluate(m_domain.ascii, own);
    } else if (m_organizational && dns::isTemporaryFailure(m_organizational->status)) {
        failure(m_organizationalDomain, *m_organizational);
    } else if (!organizational.isEmpty()) {
        evaluate(m_organizationalDomain, organizational);
    } else {
        const QString policyDomain = m_organizationalDomain.isEmpty() ? m_domain.ascii : m_organizationalDomain;
        QStringList looked{dmarcName(m_domain.ascii)};
        if (!m_organizationalDomain.isEmpty()) {
            looked << dmarcName(m_organizationalDomain);
        }
        Finding &f =
            report(int(DmarcCase::Missing), {looked.join(QStringLiteral(", "))}, dmarcMissingAdvice(policyDomain).args);
        suggestRecord(f, policyDomain);
    }
    if (m_reportDestinations.isEmpty()) {
        emit finished(m_findings);
    }
}

void DmarcCheck::evaluate(const QString &policyDomain, const QStringList &records)
{
    const QString name = dmarcName(policyDomain);
    if (records.size() > 1) {
        Finding &f = report(int(DmarcCase::Multiple), {QString::number(records.size()), name}, {policyDomain, name});
        f.data.insert(QStringLiteral("name"), name);
        f.data.insert(QStringLiteral("records"), records);
        return;
    }

    const DmarcRecord record = parseDmarcRecord(records.first());
    const bool inherited = policyDomain != m_domain.ascii;
    auto addFacts = [&](Finding &f) {
        f.data.insert(QStringLiteral("name"), name);
        f.data.insert(QStringLiteral("record"), record.text);
    };

    // The verdict first, then what explains or qualifies it.
    if (!record.isApplied()) {
        // Keep what the customer meant (their policy, their report address),
        // written so that receivers accept it.
        const QString corrected = record.corrected(QStringLiteral("postmaster@") + policyDomain);
        Finding &f = report(int(DmarcCase::Ignored), {name, record.text}, {policyDomain, name, corrected});
        addFacts(f);
        f.data.insert(QStringLiteral("suggested_name"), name);
        f.data.insert(QStringLiteral("suggested_record"), corrected);
    } else {
        const DmarcPolicy policy = inherited ? record.appliedSubdomainPolicy() : record.appliedPolicy();
        const DmarcCase verdict = policy == DmarcPolicy::Reject       ? DmarcCase::Reject
                                  : policy == DmarcPolicy::Quarantine ? DmarcCase::Quarantine
                                                                      : DmarcCase::PolicyNone;
        Finding &f = report(int(verdict), {name}, {policyDomain, name});
        addFacts(f);
        f.data.insert(QStringLiteral("policy"), policyName(policy));
        f.data.insert(QStringLiteral("adkim"),
                      record.dkimAlignment == DmarcAlignment::Strict ? QStringLiteral("s") : QStringLiteral("r"));
        f.data.insert(QStringLiteral("aspf"),
                      record.spfAlignment == DmarcAlignment::Strict ? QStringLiteral("s") : QStringLiteral("r"));
        f.data.insert(QStringLiteral("pct"), record.percent);
        f.data.insert(QStringLiteral("rua"), record.aggregateReportUris);
        f.data.insert(QStringLiteral("ruf"), record.failureReportUris);
        if (inherited) {
            f.data.insert(QStringLiteral("organizational_domain"), policyDomain);
            addFacts(report(int(DmarcCase::Inherited), {policyDomain, policyName(policy)}));
        }
        if (policy != DmarcPolicy::None && record.percent < 100) {
            addFacts(report(int(DmarcCase::Partial), {QString::number(record.percent)}, {policyDomain, name}));
        }
    }

    for (const DmarcProblem &problem : record.problems) {
        const DmarcCase id = problemCase(problem);
        QStringList args;
        switch (id) {
        case DmarcCase::Syntax:
            args = {problem.value};
            break;
        case DmarcCase::BadVersion:
            args = {QStringLiteral("%1=%2").arg(problem.tag, problem.value)};
            break;
        case DmarcCase::DuplicateTag:
        case DmarcCase::UnknownTag:
            args = {problem.tag};
            break;
        case DmarcCase::InvalidPolicy:
        case DmarcCase::InvalidValue:
            args = {problem.tag, problem.value};
            break;
        default:
            break;
        }
        // The advice names the tag (or part) again after the record's place.
        const QString subject = id == DmarcCase::Syntax ? problem.value : problem.tag;
        Finding &f = report(int(id), args, {policyDomain, name, subject});
        addFacts(f);
        f.data.insert(QStringLiteral("tag"), problem.tag);
        f.data.insert(QStringLiteral("value"), problem.value);
    }

    if (record.isApplied()) {
        const bool strictDkim = record.dkimAlignment == DmarcAlignment::Strict;
        const bool strictSpf = record.spfAlignment == DmarcAlignment::Strict;
        const DmarcCase alignment = strictDkim && strictSpf ? DmarcCase::AlignmentStrict
                                    : strictDkim            ? DmarcCase::AlignmentStrictDkim
                                    : strictSpf             ? DmarcCase::AlignmentStrictSpf
                                                            : DmarcCase::AlignmentRelaxed;
        addFacts(report(int(alignment), {}, {policyDomain, name}));
        if (record.aggregateReportUris.isEmpty()) {
            addFacts(report(int(DmarcCase::NoReports), {}, {policyDomain, name}));
        }
        verifyReportDestinations(policyDomain, record.aggregateReportUris + record.failureReportUris);
    }
}

// RFC 7489 7.1: a receiver sends reports to another organizational domain
// only if that domain publishes <policy domain>._report._dmarc.<host>. All
// destinations are asked at once, after the record itself.
void DmarcCheck::verifyReportDestinations(const QString &policyDomain, const QStringList &uris)
{
    const QString ownOrganization = organizationalDomain(policyDomain);
    for (const QString &uri : uris) {
        const QString host = reportHost(uri);
        if (host.isEmpty() || organizationalDomain(host) == ownOrganization ||
            std::any_of(m_reportDestinations.cbegin(), m_reportDestinations.cend(),
                        [&](const ReportDestination &d) { return d.host == host; })) {
            continue;
        }
        m_reportDestinations << ReportDestination{host, uri, policyDomain + QStringLiteral("._report._dmarc.") + host};
    }
    m_pendingDestinations = int(m_reportDestinations.size());
    for (int i = 0; i < m_reportDestinations.size(); ++i) {
        m_resolver.resolve(
            m_reportDestinations[i].authorizationName, RecordType::TXT, this,
            [this, i, policyDomain](const DnsResult &result) { onReportDestination(i, policyDomain, result); });
    }
}

void DmarcCheck::onReportDestination(int index, const QString &policyDomain, const DnsResult &result)
{
    const ReportDestination &destination = m_reportDestinations[index];
    const bool authorized = std::any_of(result.records.cbegin(), result.records.cend(), [](const auto &record) {
        return txt::joined(record).trimmed().startsWith(QLatin1String("v=DMARC1"));
    });
    // A failed lookup proves nothing either way: say nothing.
    if (!authorized && !dns::isTemporaryFailure(result.status)) {
        m_unauthorized.insert(index, destination.authorizationName);
    }
    if (--m_pendingDestinations > 0) {
        return;
    }
    for (auto it = m_unauthorized.cbegin(); it != m_unauthorized.cend(); ++it) {
        const ReportDestination &d = m_reportDestinations[it.key()];
        Finding &f = report(int(DmarcCase::UnauthorizedReports), {d.uri, d.authorizationName},
                            {policyDomain, dmarcName(policyDomain), d.authorizationName});
        f.data.insert(QStringLiteral("name"), dmarcName(policyDomain));
        f.data.insert(QStringLiteral("report_uri"), d.uri);
        f.data.insert(QStringLiteral("authorization_name"), d.authorizationName);
    }
    emit finished(m_findings);
}

} // namespace mt
