#include "spfcheck.h"

#include "casetable.h"
#include "spfcorrection.h"
#include "spfrecord.h"
#include "txtrecords.h"

#include <algorithm>

namespace mt {
namespace {

using dns::DnsResult;

// The client of the evaluation that counts lookups; it matches nothing, so
// every term is walked and the count is the record's worst case.
const char probeAddress[] = "192.0.2.1";

enum class SpfCase
{
    Ok,
    DnsFailure,
    Missing,
    Multiple,
    Syntax,
    SyntaxUnknownMechanism,
    SyntaxDuplicate,
    SyntaxNotAscii,
    TooManyLookups,
    VoidLookups,
    NearLimit,
    PermError,
    TempError,
    PassAll,
    NeutralAll,
    ProviderMissing,
};

struct CaseText
{
    SpfCase id;
    const char *code;
    Severity severity;
    const char *summary;
    const char *advice;
    bool inconclusive = false; // the check could not tell (DNS failed)
};

const char retryAdvice[] = QT_TRANSLATE_NOOP("Advice", "Try again in a few minutes. If the problem persists, the "
                                                       "domain's DNS servers are not answering: its owner should "
                                                       "contact their DNS provider.");
const char replaceAdvice[] =
    QT_TRANSLATE_NOOP("Advice", "In the DNS of %1, replace the SPF record (the TXT record starting with "
                                "\"v=spf1\") with this one:\n%2");

// Summaries get the domain as %1, then the case's arguments; advice gets the
// domain as written in DNS and the corrected record as %2.
constexpr CaseText cases[] = {
    {SpfCase::Ok, "spf.ok", Severity::Ok,
     QT_TRANSLATE_NOOP("Findings", "%1 has a valid SPF record that authorizes our servers: %2. It uses %3 of the 10 "
                                   "DNS lookups allowed."),
     nullptr},
    {SpfCase::DnsFailure, "spf.dns_failure", Severity::Warning,
     QT_TRANSLATE_NOOP("Findings", "The SPF record of %1 could not be read: %2. Receiving servers may defer mail "
                                   "from this domain until DNS answers."),
     retryAdvice, true},
    {SpfCase::Missing, "spf.missing", Severity::Warning,
     QT_TRANSLATE_NOOP("Findings", "%1 has no SPF record, so receiving servers cannot tell that our servers may send "
                                   "its mail: some reject it (\"550 SPF\"), others file it as spam."),
     QT_TRANSLATE_NOOP("Advice", "Add this TXT record to the DNS of %1 (name: %1 itself):\n%2")},
    {SpfCase::Multiple, "spf.multiple", Severity::Error,
     QT_TRANSLATE_NOOP("Findings", "%1 publishes %2 SPF records. Only one is allowed: receiving servers treat this "
                                   "as an error (permerror) and may reject the mail."),
     QT_TRANSLATE_NOOP("Advice", "In the DNS of %1, delete all TXT records starting with \"v=spf1\" and add this "
                                 "single one, which merges them:\n%2")},
    {SpfCase::Syntax, "spf.syntax", Severity::Error,
     QT_TRANSLATE_NOOP("Findings", "The SPF record of %1 has an error in \"%2\", so receiving servers cannot use it "
                                   "(permerror) and may reject the mail. The record: %3"),
     replaceAdvice},
    {SpfCase::SyntaxUnknownMechanism, "spf.syntax", Severity::Error,
     QT_TRANSLATE_NOOP("Findings", "The SPF record of %1 contains \"%2\", which is not an SPF mechanism (a typo?), "
                                   "so receiving servers cannot use the record (permerror) and may reject the mail. "
                                   "The record: %3"),
     replaceAdvice},
    {SpfCase::SyntaxDuplicate, "spf.syntax", Severity::Error,
     QT_TRANSLATE_NOOP("Findings", "The SPF record of %1 has a second \"%2\": redirect= and exp= may appear only "
                                   "once, so receiving servers cannot use the record (permerror). The record: %3"),
     replaceAdvice},
    {SpfCase::SyntaxNotAscii, "spf.syntax", Severity::Error,
     QT_TRANSLATE_NOOP("Findings", "The SPF record of %1 contains \"%2\", a character that is not plain ASCII "
                                   "(often a typographic quote or dash pasted from a document), so receiving servers "
                                   "cannot use it (permerror). The record: %3"),
     replaceAdvice},
    {SpfCase::TooManyLookups, "spf.too_many_lookups", Severity::Error,
     QT_TRANSLATE_NOOP("Findings", "The SPF record of %1 needs more than 10 DNS lookups (counting its includes). "
                                   "Receiving servers stop at 10 and treat the record as an error (permerror)."),
     QT_TRANSLATE_NOOP("Advice", "Remove from the SPF record of %1 the includes of services that no longer send "
                                 "its mail, or replace them with ip4: ranges; for mail sent through us this record "
                                 "is enough:\n%2")},
    {SpfCase::NearLimit, "spf.lookups_near_limit", Severity::Warning,
     QT_TRANSLATE_NOOP("Findings", "The SPF record of %1 uses %2 of the 10 DNS lookups allowed; one more include can "
                                   "break it."),
     QT_TRANSLATE_NOOP("Advice", "Before adding another include to the SPF record of %1, remove one that is no "
                                 "longer needed.")},
    {SpfCase::VoidLookups, "spf.void_lookups", Severity::Error,
     QT_TRANSLATE_NOOP("Findings", "The SPF record of %1 names more than 2 domains that do not exist or have no "
                                   "address (the third: \"%2\"). Receiving servers treat this as an error "
                                   "(permerror) and may reject the mail."),
     replaceAdvice},
    {SpfCase::PermError, "spf.permerror", Severity::Error,
     QT_TRANSLATE_NOOP("Findings", "Evaluating the SPF record of %1 ends in an error (permerror) at \"%2\" in the "
                                   "record of %3. Receiving servers may reject the mail."),
     replaceAdvice},
    {SpfCase::TempError, "spf.temperror", Severity::Warning,
     QT_TRANSLATE_NOOP("Findings", "Part of the SPF record of %1 could not be read from DNS: the lookup for \"%2\" "
                                   "failed. Receiving servers may defer mail from this domain until it answers."),
     retryAdvice, true},
    {SpfCase::PassAll, "spf.pass_all", Severity::Error,
     QT_TRANSLATE_NOOP("Findings", "The SPF record of %1 ends in \"+all\": it allows every server in the world to "
                                   "send mail as %1, which spam filters punish."),
     replaceAdvice},
    {SpfCase::NeutralAll, "spf.neutral_all", Severity::Warning,
     QT_TRANSLATE_NOOP("Findings", "The SPF record of %1 ends in \"?all\": it says nothing about servers it does not "
                                   "list, so it does not protect the domain from forged mail."),
     replaceAdvice},
    {SpfCase::ProviderMissing, "spf.provider_missing", Severity::Warning,
     QT_TRANSLATE_NOOP("Findings", "The SPF record of %1 does not authorize our servers (include:%2). Mail sent "
                                   "through us may be rejected with \"550 SPF\" or land in spam."),
     replaceAdvice},
};

const CaseText &caseText(SpfCase id)
{
    return caseEntry(cases, id);
}

QStringList spfRecordsIn(const DnsResult &result)
{
    return txt::recordsWhere(result, spf::isSpfRecord);
}

QString includeOrDefault(const QString &providerInclude)
{
    return providerInclude.isEmpty() ? QLatin1String(spf::defaultProviderInclude) : providerInclude.toLower();
}

} // namespace

LocalizedText spfRecordAdvice(const QString &domain, const QStringList &records, const QString &providerInclude,
                              const QStringList &alsoAllow)
{
    const char *advice = records.isEmpty() ? caseText(SpfCase::Missing).advice : replaceAdvice;
    return {"Advice", advice, {domain, spf::correctedRecord(records, includeOrDefault(providerInclude), alsoAllow)}};
}

SpfCheck::SpfCheck(dns::DnsResolver &resolver, DomainName domain, QString providerInclude, QObject *parent)
    : AsyncCheck(parent)
    , m_resolver(resolver)
    , m_domain(std::move(domain))
    , m_include(includeOrDefault(providerInclude))
{}

void SpfCheck::start()
{
    // The records as published and an evaluation of them, side by side.
    m_resolver.resolve(m_domain.ascii, dns::RecordType::TXT, this,
                       [this](const DnsResult &result) { onRecords(result); });
    spf::Query query;
    query.ip = QHostAddress(QLatin1String(probeAddress));
    query.sender = QStringLiteral("postmaster@") + m_domain.ascii;
    query.helo = m_domain.ascii;
    query.matchNothing = true;
    m_evaluator = new spf::Evaluator(m_resolver, query, this);
    connect(m_evaluator, &spf::Evaluator::finished, this, &SpfCheck::onEvaluation);
    m_evaluator->start();
}

void SpfCheck::onRecords(const DnsResult &result)
{
    m_records = result;
    conclude();
}

void SpfCheck::onEvaluation(const spf::Evaluation &evaluation)
{
    m_evaluation = evaluation;
    conclude();
}

Finding &SpfCheck::report(int caseId, const QStringList &extra)
{
    const CaseText &text = caseText(static_cast<SpfCase>(caseId));
    const QStringList records = m_records ? spfRecordsIn(*m_records) : QStringList();
    const QString corrected = spf::correctedRecord(records, m_include);
    Finding f = caseFinding(QStringLiteral("spf"), m_domain, text, extra, {m_domain.ascii, corrected});
    f.data.insert(QStringLiteral("records"), records);
    f.data.insert(QStringLiteral("provider_include"), m_include);
    if (m_evaluation) {
        // The terms walked and what DNS said, for the raw view.
        QStringList trace;
        for (const spf::TraceStep &step : m_evaluation->trace) {
            trace << spf::traceLine(step);
        }
        f.data.insert(QStringLiteral("trace"), trace);
        f.spfTrace = m_evaluation->trace;
        f.data.insert(QStringLiteral("lookups"), m_evaluation->lookups);
        f.data.insert(QStringLiteral("lookup_limit"), spf::Evaluator::maxDnsTerms);
        f.data.insert(QStringLiteral("void_lookups"), m_evaluation->voidLookups);
    }
    if (text.advice && QByteArray(text.advice).contains("%2")) { // advice that quotes the corrected record
        f.data.insert(QStringLiteral("corrected_record"), corrected);
    }
    m_findings << f;
    return m_findings.last();
}

void SpfCheck::conclude()
{
    if (!m_records || !m_evaluation) {
        return;
    }
    const DnsResult &txt = *m_records;
    const spf::Evaluation &evaluation = *m_evaluation;
    if (dns::isTemporaryFailure(txt.status)) {
        report(int(SpfCase::DnsFailure), {dns::statusName(txt.status).toUpper()});
        emit finished(m_findings);
        return;
    }
    const QStringList records = spfRecordsIn(txt);
    if (records.isEmpty()) {
        report(int(SpfCase::Missing));
        emit finished(m_findings);
        return;
    }
    if (records.size() > 1) {
        report(int(SpfCase::Multiple), {QString::number(records.size())});
        emit finished(m_findings);
        return;
    }
    const QString record = records.first();
    const spf::ParsedRecord parsed = spf::parseRecord(record);
    if (!parsed.record) {
        const SpfCase syntaxCase = parsed.errorKind == spf::SyntaxError::UnknownMechanism
                                       ? SpfCase::SyntaxUnknownMechanism
                                   : parsed.errorKind == spf::SyntaxError::DuplicateModifier ? SpfCase::SyntaxDuplicate
                                   : parsed.errorKind == spf::SyntaxError::NotAscii          ? SpfCase::SyntaxNotAscii
                                                                                             : SpfCase::Syntax;
        report(int(syntaxCase), {parsed.errorTerm, record});
        emit finished(m_findings);
        return;
    }

    const auto all = std::find_if(parsed.record->mechanisms.cbegin(), parsed.record->mechanisms.cend(),
                                  [](const spf::Mechanism &m) { return m.kind == spf::Mechanism::Kind::All; });
    if (all != parsed.record->mechanisms.cend() && all->qualifier == QLatin1Char('+')) {
        report(int(SpfCase::PassAll));
    } else if (all != parsed.record->mechanisms.cend() && all->qualifier == QLatin1Char('?')) {
        report(int(SpfCase::NeutralAll));
    }

    const QString failedAt = evaluation.errorTerm.isEmpty() ? evaluation.errorDomain : evaluation.errorTerm;
    if (evaluation.result == spf::Result::PermError) {
        if (evaluation.lookups > spf::Evaluator::maxDnsTerms) {
            report(int(SpfCase::TooManyLookups));
        } else if (evaluation.voidLookups > spf::Evaluator::maxVoidLookups) {
            report(int(SpfCase::VoidLookups), {failedAt});
        } else {
            report(int(SpfCase::PermError), {failedAt, evaluation.errorDomain});
        }
    } else if (evaluation.result == spf::Result::TempError) {
        report(int(SpfCase::TempError), {failedAt});
    } else if (evaluation.lookups >= nearLimit) {
        report(int(SpfCase::NearLimit), {QString::number(evaluation.lookups)});
    }

    // The provider is authorized by its include anywhere in the tree, or a
    // redirect to it.
    const QString include = QStringLiteral("include:") + m_include;
    const QString redirect = QStringLiteral("redirect=") + m_include;
    const bool authorized =
        spf::includesProvider(record, m_include) ||
        std::any_of(evaluation.trace.cbegin(), evaluation.trace.cend(), [&](const auto &step) {
            const QString term = step.term.startsWith(QLatin1Char('+')) ? step.term.mid(1) : step.term;
            return term.compare(include, Qt::CaseInsensitive) == 0 || term.compare(redirect, Qt::CaseInsensitive) == 0;
        });
    if (!authorized) {
        report(int(SpfCase::ProviderMissing), {m_include});
    }
    if (m_findings.isEmpty()) {
        report(int(SpfCase::Ok), {record, QString::number(evaluation.lookups)});
    }
    for (Finding &f : m_findings) {
        f.data.insert(QStringLiteral("record"), record);
    }
    emit finished(m_findings);
}

} // namespace mt
