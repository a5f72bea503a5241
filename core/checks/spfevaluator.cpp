#include "spfevaluator.h"

#include "txtrecords.h"

#include <QDateTime>

#include <algorithm>

namespace mt::spf {
namespace {

using dns::DnsResult;
using dns::DnsStatus;
using dns::RecordType;

// Queries asked ahead of need, beyond those the evaluation asks itself: the
// bound that keeps a record with include loops from asking forever.
constexpr int maxQueriesAhead = 150;

QString keyOf(const QString &name, RecordType type)
{
    return name.toLower() + QLatin1Char('|') + QString::number(int(type));
}

Result qualifierResult(QChar qualifier)
{
    switch (qualifier.unicode()) {
    case '-':
        return Result::Fail;
    case '~':
        return Result::SoftFail;
    case '?':
        return Result::Neutral;
    default:
        return Result::Pass;
    }
}

// RFC 7208 4.3: what check_host() accepts as a domain at all.
bool isValidDomain(const QString &domain)
{
    if (domain.isEmpty() || domain.size() > 253 || domain.startsWith(QLatin1Char('['))) {
        return false;
    }
    const QStringList labels = domain.split(QLatin1Char('.'));
    if (labels.size() < 2) {
        return false;
    }
    return std::all_of(labels.cbegin(), labels.cend(),
                       [](const QString &label) { return !label.isEmpty() && label.size() <= 63; });
}

QString withoutFinalDot(QString name)
{
    if (name.endsWith(QLatin1Char('.'))) {
        name.chop(1);
    }
    return name;
}

bool isVoid(const DnsResult &result)
{
    return result.status == DnsStatus::NxDomain || result.status == DnsStatus::NoData ||
           result.status == DnsStatus::InvalidName || (result.ok() && result.records.isEmpty());
}

QString reverseName(const QHostAddress &ip, bool ipv4)
{
    QStringList parts = macroIp(ip).split(QLatin1Char('.'));
    std::reverse(parts.begin(), parts.end());
    return parts.join(QLatin1Char('.')) + (ipv4 ? QStringLiteral(".in-addr.arpa") : QStringLiteral(".ip6.arpa"));
}

QString statusText(const DnsResult &result)
{
    return dns::statusName(result.status).toUpper();
}

// A note of the trace, rendered in the reader's language.
LocalizedText note(const char *source, QStringList args = {})
{
    return LocalizedText("SpfTrace", source, std::move(args));
}

QString networkText(const QHostAddress &network, int prefix)
{
    return network.toString() + QLatin1Char('/') + QString::number(prefix);
}

LocalizedText syntaxNote(const ParsedRecord &parsed)
{
    switch (parsed.errorKind) {
    case SyntaxError::UnknownMechanism:
        return note(QT_TRANSLATE_NOOP("SpfTrace", "\"%1\" is not an SPF mechanism"), {parsed.errorTerm});
    case SyntaxError::DuplicateModifier:
        return note(
            QT_TRANSLATE_NOOP("SpfTrace", "\"%1\" appears a second time; redirect= and exp= may appear only once"),
            {parsed.errorTerm});
    case SyntaxError::NotAscii:
        return note(
            QT_TRANSLATE_NOOP("SpfTrace", "the record contains \"%1\" (U+%2), a character that is not plain ASCII"),
            {parsed.errorTerm,
             QStringLiteral("%1")
                 .arg(parsed.errorTerm.isEmpty() ? 0 : parsed.errorTerm.at(0).unicode(), 4, 16, QLatin1Char('0'))
                 .toUpper()});
    case SyntaxError::None:
    case SyntaxError::NotSpf:
    case SyntaxError::InvalidTerm:
        break;
    }
    if (parsed.errorTerm.isEmpty()) {
        return note(QT_TRANSLATE_NOOP("SpfTrace", "the record has a syntax error"));
    }
    return note(QT_TRANSLATE_NOOP("SpfTrace", "syntax error in \"%1\""), {parsed.errorTerm});
}

LocalizedText failedLookupNote(const DnsResult &result, const QString &name)
{
    return note(QT_TRANSLATE_NOOP("SpfTrace", "the %1 lookup for %2 failed (%3)"),
                {dns::recordTypeName(result.type), name, statusText(result)});
}

// A lookup without an answer: the COUNT-th of the evaluation, or one too many.
LocalizedText voidLookupNote(const QString &name, RecordType type, const QString &status, int count)
{
    if (count > Evaluator::maxVoidLookups) {
        return note(QT_TRANSLATE_NOOP("SpfTrace", "%1 has no %2 record (%3): more than %4 lookups without an answer"),
                    {name, dns::recordTypeName(type), status, QString::number(Evaluator::maxVoidLookups)});
    }
    return note(
        QT_TRANSLATE_NOOP("SpfTrace", "%1 has no %2 record (%3): lookup without an answer %4 of %5"),
        {name, dns::recordTypeName(type), status, QString::number(count), QString::number(Evaluator::maxVoidLookups)});
}

} // namespace

Evaluator::Evaluator(dns::DnsResolver &resolver, Query query, QObject *parent)
    : QObject(parent)
    , m_resolver(resolver)
    , m_query(std::move(query))
{}

void Evaluator::start()
{
    // An IPv4-mapped IPv6 client is an IPv4 client (RFC 7208 5).
    bool isV4 = false;
    const quint32 v4 = m_query.ip.toIPv4Address(&isV4);
    if (isV4) {
        m_query.ip = QHostAddress(v4);
    }
    m_ipv4 = isV4;
    if (m_query.timestamp == 0) {
        m_query.timestamp = QDateTime::currentSecsSinceEpoch();
    }
    QString sender = m_query.sender.trimmed();
    if (sender.isEmpty()) {
        sender = QStringLiteral("postmaster@") + m_query.helo;
    }
    const int at = sender.lastIndexOf(QLatin1Char('@'));
    m_localPart = at < 0 ? QString() : sender.left(at);
    m_senderDomain = withoutFinalDot(at < 0 ? sender : sender.mid(at + 1));
    if (m_localPart.isEmpty()) {
        m_localPart = QStringLiteral("postmaster");
    }
    m_query.sender = m_localPart + QLatin1Char('@') + m_senderDomain;
    m_evaluation.domain = m_senderDomain;
    QMetaObject::invokeMethod(this, &Evaluator::replay, Qt::QueuedConnection);
}

void Evaluator::replay()
{
    if (m_done) {
        return;
    }
    const QString domain = m_evaluation.domain;
    m_evaluation = Evaluation();
    m_evaluation.domain = domain;
    m_awaiting.clear();
    m_used.clear();
    const std::optional<Result> result = checkHost(domain, 0, true);
    if (!result) {
        return; // runs again when m_awaiting arrives
    }
    m_evaluation.result = *result;
    m_done = true;
    emit finished(m_evaluation);
}

void Evaluator::ask(const QString &name, RecordType type, int speculativeDepth)
{
    const QString key = keyOf(name, type);
    if (m_asked.contains(key)) {
        return;
    }
    m_asked.insert(key);
    if (speculativeDepth >= 0) {
        m_aheadDepth.insert(key, speculativeDepth);
    }
    ++m_sent;
    m_resolver.resolve(name, type, this, [this, key](const DnsResult &result) { onAnswer(key, result); });
}

const DnsResult *Evaluator::lookup(const QString &name, RecordType type)
{
    const QString key = keyOf(name, type);
    m_used.insert(key);
    const auto it = m_answers.constFind(key);
    if (it != m_answers.cend()) {
        return &*it;
    }
    ask(name, type);
    if (m_awaiting.isEmpty()) {
        m_awaiting = key;
    }
    return nullptr;
}

void Evaluator::onAnswer(const QString &key, const DnsResult &result)
{
    m_answers.insert(key, result);
    if (m_done) {
        return;
    }
    // Ask now what the evaluation may need next.
    if (result.ok() && m_sent < maxQueriesAhead) {
        if (result.type == RecordType::TXT) {
            const QStringList records = spfRecordsOf(result);
            if (records.size() == 1) {
                const ParsedRecord parsed = parseRecord(records.first());
                if (parsed.record) {
                    askAhead(withoutFinalDot(result.name).toLower(), *parsed.record, m_aheadDepth.value(key, 0));
                }
            }
        } else if (result.type == RecordType::MX || result.type == RecordType::PTR) {
            for (int i = 0; i < result.records.size() && i < maxNames; ++i) {
                if (!result.records.at(i).target.isEmpty()) {
                    ask(result.records.at(i).target, m_ipv4 ? RecordType::A : RecordType::AAAA);
                }
            }
        }
    }
    if (key == m_awaiting) {
        replay();
    }
}

void Evaluator::askAhead(const QString &domain, const Record &record, int depth)
{
    if (depth >= maxDnsTerms) {
        return;
    }
    MacroContext context = macroContext(domain);
    context.validatedName = [] { return std::optional<QString>(); }; // never look up %{p} ahead
    auto target = [&](const QString &spec) -> std::optional<QString> {
        if (spec.isEmpty()) {
            return domain;
        }
        const Expansion expansion = expandMacros(spec, context);
        if (!expansion.ok) {
            return std::nullopt;
        }
        return withoutFinalDot(expansion.text);
    };
    const RecordType addressType = m_ipv4 ? RecordType::A : RecordType::AAAA;
    int terms = 0;
    for (const Mechanism &m : record.mechanisms) {
        if (m.queriesDns() && ++terms > maxDnsTerms) {
            break;
        }
        const std::optional<QString> name = target(m.domainSpec);
        if (!name && m.kind != Mechanism::Kind::Ptr) {
            continue;
        }
        switch (m.kind) {
        case Mechanism::Kind::Include:
            ask(*name, RecordType::TXT, depth + 1);
            break;
        case Mechanism::Kind::A:
            ask(*name, addressType);
            break;
        case Mechanism::Kind::Mx:
            ask(*name, RecordType::MX);
            break;
        case Mechanism::Kind::Exists:
            ask(*name, RecordType::A);
            break;
        case Mechanism::Kind::Ptr:
            ask(reverseName(m_query.ip, m_ipv4), RecordType::PTR);
            break;
        default:
            break;
        }
    }
    if (record.redirect) {
        if (const std::optional<QString> name = target(*record.redirect)) {
            ask(*name, RecordType::TXT, depth + 1);
        }
    }
}

QStringList Evaluator::spfRecordsOf(const DnsResult &result) const
{
    return txt::recordsWhere(result, isSpfRecord);
}

MacroContext Evaluator::macroContext(const QString &domain)
{
    MacroContext context;
    context.sender = m_query.sender;
    context.localPart = m_localPart;
    context.senderDomain = m_senderDomain;
    context.domain = domain;
    context.ip = m_query.ip;
    context.helo = m_query.helo;
    context.receiver = m_query.receiver;
    context.timestamp = m_query.timestamp;
    context.validatedName = [this, domain] { return validatedName(domain); };
    return context;
}

std::optional<Result> Evaluator::checkHost(const QString &domain, int depth, bool explain)
{
    auto step = [&](const QString &term, StepOutcome outcome, const QString &detail, const LocalizedText &text = {}) {
        QList<LocalizedText> notes;
        if (!text.isEmpty()) {
            notes << text;
        }
        m_evaluation.trace << TraceStep{depth, domain, term, outcome, detail, notes};
    };
    if (!isValidDomain(domain)) {
        step(QString(), StepOutcome::None, QStringLiteral("not a valid domain name"),
             note(QT_TRANSLATE_NOOP("SpfTrace", "\"%1\" is not a valid domain name"), {domain}));
        if (depth == 0) {
            noteError(domain, QString(), QStringLiteral("\"%1\" is not a valid domain name").arg(domain));
        }
        return Result::None;
    }
    const DnsResult *txt = lookup(domain, RecordType::TXT);
    if (!txt) {
        return std::nullopt;
    }
    const QString txtLookup = QStringLiteral("TXT %1").arg(domain);
    if (dns::isTemporaryFailure(txt->status)) {
        noteError(domain, QString(), QStringLiteral("TXT %1: %2").arg(domain, statusText(*txt)));
        step(txtLookup, StepOutcome::TempError, statusText(*txt), failedLookupNote(*txt, domain));
        return Result::TempError;
    }
    const QStringList records = spfRecordsOf(*txt);
    if (records.isEmpty()) {
        if (txt->ok()) {
            step(txtLookup, StepOutcome::None, QStringLiteral("no SPF record"),
                 note(QT_TRANSLATE_NOOP("SpfTrace", "%1 has no SPF record"), {domain}));
        } else {
            step(txtLookup, StepOutcome::None, statusText(*txt),
                 note(QT_TRANSLATE_NOOP("SpfTrace", "%1 has no SPF record (DNS answered %2)"),
                      {domain, statusText(*txt)}));
        }
        return Result::None;
    }
    if (records.size() > 1) {
        const QString message = QStringLiteral("%1 has %2 SPF records").arg(domain).arg(records.size());
        noteError(domain, QString(), message);
        step(records.join(QStringLiteral(" | ")), StepOutcome::PermError, message,
             note(QT_TRANSLATE_NOOP("SpfTrace", "%1 publishes %2 SPF records where only one is allowed"),
                  {domain, QString::number(records.size())}));
        return Result::PermError;
    }
    if (depth == 0) {
        m_evaluation.record = records.first();
    }
    const ParsedRecord parsed = parseRecord(records.first());
    if (!parsed.record) {
        noteError(domain, parsed.errorTerm, QStringLiteral("%1: %2").arg(domain, parsed.error));
        if (m_evaluation.syntaxError == SyntaxError::None) {
            m_evaluation.syntaxError = parsed.errorKind;
        }
        step(records.first(), StepOutcome::PermError, parsed.error, syntaxNote(parsed));
        return Result::PermError;
    }
    step(records.first(), StepOutcome::Record, QString());
    return evaluateRecord(domain, *parsed.record, depth, explain);
}

std::optional<Result> Evaluator::evaluateRecord(const QString &domain, const Record &record, int depth, bool explain)
{
    auto step = [&](const QString &term, StepOutcome outcome, const QString &detail,
                    const QList<LocalizedText> &notes) {
        m_evaluation.trace << TraceStep{depth, domain, term, outcome, detail, notes};
    };
    auto overLimit = [&](const QString &term) {
        if (++m_evaluation.lookups <= maxDnsTerms) {
            return false;
        }
        const QString message = QStringLiteral("more than %1 DNS lookups").arg(maxDnsTerms);
        noteError(domain, term, message);
        step(term, StepOutcome::PermError, message,
             {note(QT_TRANSLATE_NOOP("SpfTrace", "this would be DNS lookup %1; at most %2 are allowed "
                                                 "(include, a, mx, ptr, exists and redirect count)"),
                   {QString::number(m_evaluation.lookups), QString::number(maxDnsTerms)})});
        return true;
    };
    for (const Mechanism &m : record.mechanisms) {
        if (m.queriesDns() && overLimit(m.text)) {
            return Result::PermError;
        }
        QString detail;
        QList<LocalizedText> notes;
        const int traceIndex = int(m_evaluation.trace.size());
        std::optional<Match> match = matchMechanism(domain, m, depth, detail, notes);
        if (!match) {
            return std::nullopt;
        }
        if (m_query.matchNothing && *match == Match::Yes && m.kind != Mechanism::Kind::All) {
            match = Match::No;
            notes << note(QT_TRANSLATE_NOOP("SpfTrace", "taken as no match, so that every lookup is counted"));
        }
        // The term goes before the steps of its include.
        switch (*match) {
        case Match::Yes: {
            const Result result = qualifierResult(m.qualifier);
            notes << note(QT_TRANSLATE_NOOP("SpfTrace", "the result is %1"), {resultName(result)});
            m_evaluation.trace.insert(traceIndex, TraceStep{depth, domain, m.text, StepOutcome::Match, detail, notes});
            if (result == Result::Fail && explain) {
                const std::optional<QString> explanation = explanationFor(domain, record);
                if (!explanation) {
                    return std::nullopt;
                }
                m_evaluation.explanation = *explanation;
            }
            return result;
        }
        case Match::No:
            m_evaluation.trace.insert(traceIndex,
                                      TraceStep{depth, domain, m.text, StepOutcome::NoMatch, detail, notes});
            continue;
        case Match::TempError:
        case Match::PermError: {
            const Result result = *match == Match::TempError ? Result::TempError : Result::PermError;
            noteError(domain, m.text, QStringLiteral("%1: %2").arg(m.text, detail));
            m_evaluation.trace.insert(traceIndex, TraceStep{depth, domain, m.text, outcomeOf(result), detail, notes});
            return result;
        }
        }
    }
    if (record.redirect) {
        const QString term = QStringLiteral("redirect=") + *record.redirect;
        if (overLimit(term)) {
            return Result::PermError;
        }
        bool invalid = false;
        const std::optional<QString> target = targetOf(domain, *record.redirect, invalid);
        if (!target) {
            if (invalid) {
                step(term, StepOutcome::PermError, QStringLiteral("invalid macro"),
                     {note(QT_TRANSLATE_NOOP("SpfTrace", "the macros in \"%1\" cannot be expanded"),
                           {*record.redirect})});
                return Result::PermError;
            }
            return std::nullopt;
        }
        QList<LocalizedText> notes;
        if (record.redirect->contains(QLatin1Char('%'))) {
            notes << note(QT_TRANSLATE_NOOP("SpfTrace", "\"%1\" expands to %2"), {*record.redirect, *target});
        }
        notes << note(QT_TRANSLATE_NOOP("SpfTrace", "the record of %1 decides instead"), {*target});
        step(term, StepOutcome::Redirect, *target, notes);
        const std::optional<Result> result = checkHost(*target, depth + 1, explain);
        if (result == Result::None) {
            noteError(domain, term, QStringLiteral("redirect=%1: no SPF record there").arg(*target));
            return Result::PermError;
        }
        return result;
    }
    step(QString(), StepOutcome::Neutral, QStringLiteral("no term matched"),
         {note(QT_TRANSLATE_NOOP("SpfTrace", "no term covers the client %1"), {m_query.ip.toString()})});
    return Result::Neutral;
}

std::optional<Evaluator::Match> Evaluator::matchMechanism(const QString &domain, const Mechanism &m, int depth,
                                                          QString &detail, QList<LocalizedText> &notes)
{
    const RecordType addressType = m_ipv4 ? RecordType::A : RecordType::AAAA;
    const QString client = m_query.ip.toString();
    QString target = domain;
    if (!m.domainSpec.isEmpty()) {
        bool invalid = false;
        const std::optional<QString> expanded = targetOf(domain, m.domainSpec, invalid);
        if (!expanded) {
            if (invalid) {
                detail = QStringLiteral("invalid macro");
                notes << note(QT_TRANSLATE_NOOP("SpfTrace", "the macros in \"%1\" cannot be expanded"), {m.domainSpec});
                return Match::PermError;
            }
            return std::nullopt;
        }
        target = *expanded;
        if (m.domainSpec.contains(QLatin1Char('%'))) {
            notes << note(QT_TRANSLATE_NOOP("SpfTrace", "\"%1\" expands to %2"), {m.domainSpec, target});
        }
    }
    // A lookup that the mechanism needs an answer to: temperror on failure,
    // void lookups counted.
    auto addressLookup = [&](const DnsResult *result, std::optional<Match> &verdict) {
        if (dns::isTemporaryFailure(result->status)) {
            detail = QStringLiteral("%1 %2: %3").arg(dns::recordTypeName(result->type), target, statusText(*result));
            notes << failedLookupNote(*result, target);
            verdict = Match::TempError;
            return false;
        }
        if (isVoid(*result)) {
            const QString status = result->ok() ? QStringLiteral("NODATA") : statusText(*result);
            detail = QStringLiteral("%1 %2: %3").arg(dns::recordTypeName(result->type), target, status);
            verdict = countVoid() ? Match::No : Match::PermError;
            notes << voidLookupNote(target, result->type, status, m_evaluation.voidLookups);
            if (verdict == Match::PermError) {
                detail += QStringLiteral("; more than %1 void lookups").arg(maxVoidLookups);
            }
            return false;
        }
        return true;
    };

    switch (m.kind) {
    case Mechanism::Kind::All:
        notes << note(QT_TRANSLATE_NOOP("SpfTrace", "\"all\" covers every client"));
        return Match::Yes;
    case Mechanism::Kind::Ip4:
    case Mechanism::Kind::Ip6: {
        const QString network = networkText(m.network, m.kind == Mechanism::Kind::Ip4 ? m.cidr4 : m.cidr6);
        if (inNetwork(m.network, m)) {
            notes << note(QT_TRANSLATE_NOOP("SpfTrace", "%1 is within %2"), {client, network});
            return Match::Yes;
        }
        notes << note(QT_TRANSLATE_NOOP("SpfTrace", "%1 is not within %2"), {client, network});
        return Match::No;
    }
    case Mechanism::Kind::Include: {
        detail = target;
        const std::optional<Result> result = checkHost(target, depth + 1, false);
        if (!result) {
            return std::nullopt;
        }
        detail = QStringLiteral("%1: %2").arg(target, resultName(*result));
        if (*result == Result::None) {
            detail = QStringLiteral("%1 has no SPF record").arg(target);
            notes << note(QT_TRANSLATE_NOOP("SpfTrace", "%1 has no SPF record, which is an error in an include"),
                          {target});
            return Match::PermError;
        }
        notes << note(QT_TRANSLATE_NOOP("SpfTrace", "the record of %1 gives %2"), {target, resultName(*result)});
        switch (*result) {
        case Result::Pass:
            return Match::Yes;
        case Result::Fail:
        case Result::SoftFail:
        case Result::Neutral:
            return Match::No;
        case Result::TempError:
            return Match::TempError;
        case Result::None:
        case Result::PermError:
            return Match::PermError;
        }
        return Match::PermError;
    }
    case Mechanism::Kind::A: {
        const DnsResult *result = lookup(target, addressType);
        if (!result) {
            return std::nullopt;
        }
        std::optional<Match> verdict;
        if (!addressLookup(result, verdict)) {
            return verdict;
        }
        QStringList addresses;
        bool matched = false;
        for (const dns::ResourceRecord &record : result->records) {
            addresses << record.address.toString();
            matched = matched || inNetwork(record.address, m);
        }
        detail = QStringLiteral("%1 -> %2").arg(target, addresses.join(QStringLiteral(", ")));
        const QStringList args{target, addresses.join(QStringLiteral(", ")), client};
        if (matched) {
            notes << note(QT_TRANSLATE_NOOP("SpfTrace", "the addresses of %1 (%2) cover %3"), args);
            return Match::Yes;
        }
        notes << note(QT_TRANSLATE_NOOP("SpfTrace", "the addresses of %1 (%2) do not cover %3"), args);
        return Match::No;
    }
    case Mechanism::Kind::Mx: {
        const DnsResult *mx = lookup(target, RecordType::MX);
        if (!mx) {
            return std::nullopt;
        }
        std::optional<Match> verdict;
        if (!addressLookup(mx, verdict)) {
            return verdict;
        }
        if (mx->records.size() > maxNames) {
            detail =
                QStringLiteral("%1 has %2 MX records, more than %3").arg(target).arg(mx->records.size()).arg(maxNames);
            notes << note(QT_TRANSLATE_NOOP("SpfTrace", "%1 has %2 MX records; at most %3 are allowed"),
                          {target, QString::number(mx->records.size()), QString::number(maxNames)});
            return Match::PermError;
        }
        QStringList hosts;
        for (const dns::ResourceRecord &record : mx->records) {
            if (!record.target.isEmpty()) {
                hosts << record.target;
                ask(record.target, addressType); // all hosts at once
            }
        }
        QStringList seen;
        for (const QString &host : std::as_const(hosts)) {
            const DnsResult *result = lookup(host, addressType);
            if (!result) {
                return std::nullopt;
            }
            if (dns::isTemporaryFailure(result->status)) {
                detail = QStringLiteral("%1 %2: %3").arg(dns::recordTypeName(addressType), host, statusText(*result));
                notes << failedLookupNote(*result, host);
                return Match::TempError;
            }
            for (const dns::ResourceRecord &record : result->records) {
                seen << QStringLiteral("%1 %2").arg(host, record.address.toString());
                if (inNetwork(record.address, m)) {
                    detail = QStringLiteral("MX %1 -> %2 %3").arg(target, host, record.address.toString());
                    notes << note(QT_TRANSLATE_NOOP("SpfTrace", "the mail server %2 of %1 has the address %3, which "
                                                                "covers %4"),
                                  {target, host, record.address.toString(), client});
                    return Match::Yes;
                }
            }
        }
        detail = QStringLiteral("MX %1 -> %2").arg(target, seen.join(QStringLiteral(", ")));
        notes << note(QT_TRANSLATE_NOOP("SpfTrace", "the mail servers of %1 (%2) do not cover %3"),
                      {target, seen.join(QStringLiteral(", ")), client});
        return Match::No;
    }
    case Mechanism::Kind::Ptr: {
        const QString reverse = reverseName(m_query.ip, m_ipv4);
        const DnsResult *ptr = lookup(reverse, RecordType::PTR);
        if (!ptr) {
            return std::nullopt;
        }
        if (dns::isTemporaryFailure(ptr->status)) {
            detail = QStringLiteral("PTR %1: %2").arg(reverse, statusText(*ptr)); // RFC 7208 5.5: no match
            notes << failedLookupNote(*ptr, reverse);
            return Match::No;
        }
        if (isVoid(*ptr)) {
            detail = QStringLiteral("PTR %1: %2").arg(reverse, statusText(*ptr));
            const bool withinLimit = countVoid();
            notes << voidLookupNote(reverse, RecordType::PTR, statusText(*ptr), m_evaluation.voidLookups);
            return withinLimit ? Match::No : Match::PermError;
        }
        QStringList names;
        for (int i = 0; i < ptr->records.size() && names.size() < maxNames; ++i) {
            names << ptr->records.at(i).target;
            ask(names.last(), addressType);
        }
        for (const QString &name : std::as_const(names)) {
            const DnsResult *result = lookup(name, addressType);
            if (!result) {
                return std::nullopt;
            }
            const bool validated = std::any_of(result->records.cbegin(), result->records.cend(),
                                               [this](const auto &r) { return r.address.isEqual(m_query.ip); });
            const QString lower = name.toLower();
            if (validated && (lower == target.toLower() || lower.endsWith(QLatin1Char('.') + target.toLower()))) {
                detail = QStringLiteral("%1 -> %2").arg(client, name);
                notes << note(QT_TRANSLATE_NOOP("SpfTrace", "%1 has the name %2, confirmed by its address and "
                                                            "within %3"),
                              {client, name, target});
                return Match::Yes;
            }
        }
        detail = QStringLiteral("%1 -> %2").arg(client, names.join(QStringLiteral(", ")));
        notes << note(QT_TRANSLATE_NOOP("SpfTrace", "no name of %1 (%2) is both confirmed by its address and "
                                                    "within %3"),
                      {client, names.join(QStringLiteral(", ")), target});
        return Match::No;
    }
    case Mechanism::Kind::Exists: {
        const DnsResult *result = lookup(target, RecordType::A);
        if (!result) {
            return std::nullopt;
        }
        std::optional<Match> verdict;
        if (!addressLookup(result, verdict)) {
            return verdict;
        }
        detail = QStringLiteral("A %1 exists").arg(target);
        notes << note(QT_TRANSLATE_NOOP("SpfTrace", "%1 has an A record"), {target});
        return Match::Yes;
    }
    }
    return Match::PermError;
}

void Evaluator::noteError(const QString &domain, const QString &term, const QString &message)
{
    if (m_evaluation.error.isEmpty()) {
        m_evaluation.error = message;
        m_evaluation.errorDomain = domain;
        m_evaluation.errorTerm = term;
    }
}

bool Evaluator::countVoid()
{
    return ++m_evaluation.voidLookups <= maxVoidLookups;
}

bool Evaluator::inNetwork(const QHostAddress &address, const Mechanism &m) const
{
    bool isV4 = false;
    address.toIPv4Address(&isV4);
    if (isV4 != m_ipv4 || address.protocol() != m_query.ip.protocol()) {
        return false;
    }
    return m_query.ip.isInSubnet(address, m_ipv4 ? m.cidr4 : m.cidr6);
}

std::optional<QString> Evaluator::targetOf(const QString &domain, const QString &spec, bool &invalid)
{
    const Expansion expansion = expandMacros(spec, macroContext(domain));
    if (expansion.pending) {
        return std::nullopt;
    }
    if (!expansion.ok) {
        invalid = true;
        return std::nullopt;
    }
    QString name = withoutFinalDot(expansion.text);
    // RFC 7208 4.8: a name too long for DNS loses labels on the left.
    while (name.size() > 253 && name.contains(QLatin1Char('.'))) {
        name = name.section(QLatin1Char('.'), 1);
    }
    return name;
}

std::optional<QString> Evaluator::explanationFor(const QString &domain, const Record &record)
{
    if (!record.exp) {
        return m_query.defaultExplanation;
    }
    bool invalid = false;
    const std::optional<QString> target = targetOf(domain, *record.exp, invalid);
    if (!target) {
        return invalid ? std::optional<QString>(m_query.defaultExplanation) : std::nullopt;
    }
    const DnsResult *txt = lookup(*target, RecordType::TXT);
    if (!txt) {
        return std::nullopt;
    }
    if (!txt->ok() || txt->records.size() != 1) {
        return m_query.defaultExplanation;
    }
    const QString text = mt::txt::joined(txt->records.first());
    if (!isValidMacroString(text, true)) {
        return m_query.defaultExplanation;
    }
    const Expansion expansion = expandMacros(text, macroContext(domain), true);
    if (expansion.pending) {
        return std::nullopt;
    }
    return expansion.ok ? expansion.text : m_query.defaultExplanation;
}

std::optional<QString> Evaluator::validatedName(const QString &domain)
{
    const RecordType addressType = m_ipv4 ? RecordType::A : RecordType::AAAA;
    const DnsResult *ptr = lookup(reverseName(m_query.ip, m_ipv4), RecordType::PTR);
    if (!ptr) {
        return std::nullopt;
    }
    QStringList names;
    for (int i = 0; i < ptr->records.size() && names.size() < maxNames; ++i) {
        names << ptr->records.at(i).target;
        ask(names.last(), addressType);
    }
    QString first;
    for (const QString &name : std::as_const(names)) {
        const DnsResult *result = lookup(name, addressType);
        if (!result) {
            return std::nullopt;
        }
        const bool validated = std::any_of(result->records.cbegin(), result->records.cend(),
                                           [this](const auto &r) { return r.address.isEqual(m_query.ip); });
        if (!validated) {
            continue;
        }
        const QString lower = name.toLower();
        if (lower == domain.toLower() || lower.endsWith(QLatin1Char('.') + domain.toLower())) {
            return name;
        }
        if (first.isEmpty()) {
            first = name;
        }
    }
    return first.isEmpty() ? QStringLiteral("unknown") : first;
}

} // namespace mt::spf
