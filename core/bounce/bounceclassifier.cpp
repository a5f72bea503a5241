#include "bounceclassifier.h"

#include "bounceparser.h"
#include "policy/serverreplies.h"
#include "reasonvocabulary.h"

#include <QHash>
#include <QRegularExpression>

#include <cstddef>
#include <iterator>
#include <optional>
#include <string_view>
#include <vector>

namespace mt::bounce {

namespace {

// The provider's submission server's replies (core/policy/serverreplies.cpp,
// their one home) and the reason each names. Tried before anything generic,
// since a generic reader takes "5.1.1" for userunknown and "5.1.0" for
// rejected. WORDS_ALONE: the words without code and token are the
// provider's too (Thunderbird's alert). ENDS_REPLY: nothing but punctuation
// may follow on the line (Cox words its own refusal "sender rejected. Refer
// to ...").
struct ProviderReply
{
    policy::ServerReply reply;
    const char *reason;
    const char *rule;
    bool wordsAlone = false;
    bool endsReply = false;
};

const ProviderReply providerReplies[] = {
    {policy::ServerReply::InvalidDestinationDomains, "hostunknown", "provider.invalid_destination_domain", true},
    {policy::ServerReply::InvalidDestinationDomain, "hostunknown", "provider.invalid_destination_domain", true},
    {policy::ServerReply::InvalidDomain, "rejected", "provider.invalid_domain"},
    {policy::ServerReply::SenderRejected, "rejected", "provider.sender_rejected", false, true},
    {policy::ServerReply::AuthenticationFailed, "securityerror", "provider.authentication_failed"},
    {policy::ServerReply::TooManyAuthFailures, "blocked", "provider.too_many_authorization_failures", true},
    {policy::ServerReply::PolicyViolation, "policyviolation", "provider.policy_violation"},
    {policy::ServerReply::SpamDetected, "spamdetected", "provider.spam_detected"},
};

struct ProviderPattern
{
    QString reason;
    QString rule;
    QByteArray guard; // lower case words after the subject: the regex runs only when they are there
    QRegularExpression regex;
};

// A reply text as a pattern: the subject and the client IP as wildcards,
// any white space as white space.
QString replyPattern(const QString &text, const QString &subject, const QString &clientIp)
{
    QString pattern = QRegularExpression::escape(text);
    pattern.replace(QRegularExpression::escape(subject), QStringLiteral(R"([^\s>]*)"));
    pattern.replace(QRegularExpression::escape(clientIp), QStringLiteral(R"(\S+)"));
    pattern.replace(QStringLiteral("\\ "), QStringLiteral(R"(\s+)"));
    return pattern;
}

const std::vector<ProviderPattern> &providerPatterns()
{
    static const std::vector<ProviderPattern> patterns = [] {
        const QString subject = QStringLiteral("\x01");
        const QString clientIp = QStringLiteral("\x02");
        std::vector<ProviderPattern> all;
        for (const ProviderReply &p : providerReplies) {
            const QString text = policy::replyText(p.reply, subject, clientIp);
            // Code and subject ("5.1.0 <\x01>"), then the words.
            const qsizetype wordsStart = text.indexOf(QLatin1Char(' '), text.indexOf(subject)) + 1;
            const QString prefix =
                replyPattern(text.left(wordsStart - 1), subject, clientIp) + QStringLiteral(R"(\s+)");
            const QString words = text.mid(wordsStart).trimmed();
            QString pattern =
                QStringLiteral(R"((?<![\w.]))") +
                (p.wordsAlone ? QStringLiteral("(?:") + prefix + QStringLiteral(")?") : prefix) +
                replyPattern(words, subject, clientIp) +
                (p.endsReply ? QStringLiteral(R"((?![.\s]*[a-z0-9]))") : QStringLiteral(R"((?![ \t]*:))"));
            QRegularExpression regex(pattern, QRegularExpression::CaseInsensitiveOption);
            regex.optimize();
            all.push_back({QString::fromLatin1(p.reason), QString::fromLatin1(p.rule),
                           words.section(clientIp, 0, 0).trimmed().toUtf8().toLower(), regex});
        }
        return all;
    }();
    return patterns;
}

// The keys by which a RuleFilter names rules: a code-level rule by its
// name, a phrase by its rule and words. The cross-validation in
// tests/core/tst_bouncecorpus.cpp turns rules off by these keys.
QString keyOf(const QString &rule, const QString &evidence = QString())
{
    return evidence.isEmpty() ? rule : rule + QLatin1Char('|') + evidence;
}

bool enabled(const RuleFilter *filter, const QString &key)
{
    return !filter || !filter->contains(key);
}

// The order in which stated causes win when one text states several: the
// state of the mailbox or the message before the refusal in general, the
// refusal of the sender before a blocklist, a block before its wrapper.
const char *const reasonPrecedence[] = {
    "virusdetected", "authfailure", "requireptr",  "norelaying",  "securityerror", "notcompliantrfc", "contenterror",
    "emailtoolarge", "mailboxfull", "systemfull",  "suspend",     "hasmoved",      "rejected",        "userunknown",
    "notaccept",     "hostunknown", "ratelimited", "blocked",     "badreputation", "spamdetected",    "policyviolation",
    "networkerror",  "systemerror", "mailererror", "syntaxerror", "expired",
};

int precedenceOf(const QString &reason)
{
    static const QHash<QString, int> ranks = [] {
        QHash<QString, int> r;
        int rank = 0;
        for (const char *name : reasonPrecedence) {
            r.insert(QString::fromLatin1(name), rank++);
        }
        return r;
    }();
    return ranks.value(reason, int(std::size(reasonPrecedence)));
}

struct PhraseVerdict
{
    QString reason;
    QString rule;
    QString evidence;     // the phrase that decided, if one did
    QString key;          // the deciding rule, as a RuleFilter names it
    bool wrapper = false; // only generic words: a status code that names a reason says more
};

// A phrase is a rule of its own; the wrappers of one reason are one rule
// (they are generic by construction: "rejected", "access denied").
QString keyOf(const ReasonVocabulary::Phrase &phrase)
{
    return phrase.tier == ReasonVocabulary::Tier::Wrapper ? QStringLiteral("wrapper.") + phrase.reason
                                                          : keyOf(phrase.rule, phrase.phrase);
}

// Where one side of a concept was found in a text.
struct ConceptSide
{
    int conceptIndex;
    ReasonVocabulary::Term::Kind side;
    std::size_t start;
    std::size_t end;
};

// The concept SIDES state with the highest precedence: a subject alone when
// that is enough, else a subject and a predicate near each other.
const ReasonVocabulary::Concept *statedConcept(const std::vector<ConceptSide> &sides, const RuleFilter *filter)
{
    using Term = ReasonVocabulary::Term;
    const ReasonVocabulary &vocabulary = ReasonVocabulary::instance();
    const ReasonVocabulary::Concept *stated = nullptr;
    for (const ConceptSide &subject : sides) {
        if (subject.side != Term::Subject) {
            continue;
        }
        const ReasonVocabulary::Concept &candidate = vocabulary.concepts()[size_t(subject.conceptIndex)];
        if ((stated && precedenceOf(stated->reason) <= precedenceOf(candidate.reason)) ||
            !enabled(filter, QStringLiteral("concept.") + candidate.name)) {
            continue;
        }
        if (candidate.subjectAlone) {
            stated = &candidate;
            continue;
        }
        for (const ConceptSide &predicate : sides) {
            if (predicate.conceptIndex != subject.conceptIndex || predicate.side != Term::Predicate) {
                continue;
            }
            const std::size_t gap = predicate.start >= subject.end   ? predicate.start - subject.end
                                    : subject.start >= predicate.end ? subject.start - predicate.end
                                                                     : std::size_t(ReasonVocabulary::conceptGap + 1);
            if (gap <= std::size_t(ReasonVocabulary::conceptGap)) {
                stated = &candidate;
                break;
            }
        }
    }
    return stated;
}

// What TEXT says, by the strongest phrase in it: the provider's replies,
// then the help page's examples, then stated causes (by reason precedence,
// then the longest), then wrappers.
std::optional<PhraseVerdict> phraseVerdict(const QString &text, const RuleFilter *filter)
{
    if (text.isEmpty()) {
        return std::nullopt;
    }
    const QByteArray utf8 = text.toUtf8();
    const QByteArray lower = utf8.toLower();
    const std::string_view haystack(lower.constData(), size_t(lower.size()));
    for (const ProviderPattern &p : providerPatterns()) {
        if (haystack.find(std::string_view(p.guard.constData(), size_t(p.guard.size()))) != std::string_view::npos &&
            enabled(filter, keyOf(p.rule)) && p.regex.match(text).hasMatch()) {
            return PhraseVerdict{p.reason, p.rule, {}, p.rule};
        }
    }
    const ReasonVocabulary &vocabulary = ReasonVocabulary::instance();
    using Phrase = ReasonVocabulary::Phrase;
    using Term = ReasonVocabulary::Term;
    const Phrase *best = nullptr;
    auto better = [](const Phrase &a, const Phrase *b) {
        if (!b || a.tier != b->tier) {
            return !b || a.tier < b->tier;
        }
        if (a.tier == ReasonVocabulary::Tier::Seed) {
            return a.row < b->row;
        }
        if (a.tier == ReasonVocabulary::Tier::Wrapper) {
            // "Recipient address rejected" says more than "rejected".
            return a.phrase.size() != b->phrase.size() ? a.phrase.size() > b->phrase.size() : a.row < b->row;
        }
        const int ra = precedenceOf(a.reason);
        const int rb = precedenceOf(b->reason);
        return ra != rb ? ra < rb : a.phrase.size() > b->phrase.size();
    };
    std::vector<ConceptSide> sides;
    // Where each stated phrase was found: a wording inside a longer one
    // says less than the longer ("host not found" inside "Helo command
    // rejected: Host not found", "size limit exceeded" inside "Mailbox
    // size limit exceeded"), so it does not compete.
    struct Hit
    {
        const Phrase *phrase;
        std::size_t start;
        std::size_t end;
    };
    std::vector<Hit> hits;
    // A cause inside a wrapper is the wrapper's word, not a stated cause
    // (Postfix's "delivery temporarily suspended: <last error>").
    std::vector<Hit> wrappers;
    const PhraseMatcher &matcher = vocabulary.matcher();
    for (const PhraseMatcher::Match &match : matcher.findAll(std::string_view(utf8.constData(), size_t(utf8.size())))) {
        const Term &term = vocabulary.terms()[size_t(match.phrase)];
        if (term.kind != Term::Phrase) {
            sides.push_back({term.index, term.kind, matcher.startOf(match), match.end});
            continue;
        }
        const Phrase &phrase = vocabulary.phrases()[size_t(term.index)];
        if (!enabled(filter, keyOf(phrase))) {
            continue;
        }
        if (phrase.tier == ReasonVocabulary::Tier::Wrapper) {
            if (better(phrase, best)) {
                best = &phrase;
            }
            wrappers.push_back({&phrase, matcher.startOf(match), match.end});
            continue;
        }
        hits.push_back({&phrase, matcher.startOf(match), match.end});
    }
    // Quadratic, so only over the few hits a reply has; a paste with very
    // many skips the containment test.
    constexpr std::size_t containmentLimit = 64;
    for (const Hit &hit : hits) {
        bool inside = false;
        if (hit.phrase->tier == ReasonVocabulary::Tier::Cause && hits.size() + wrappers.size() <= containmentLimit) {
            for (const std::vector<Hit> *others : {&hits, &wrappers}) {
                for (const Hit &other : *others) {
                    if (other.start <= hit.start && other.end >= hit.end &&
                        other.end - other.start > hit.end - hit.start) {
                        inside = true;
                        break;
                    }
                }
            }
        }
        if (!inside && better(*hit.phrase, best)) {
            best = hit.phrase;
        }
    }
    if (best && best->tier != ReasonVocabulary::Tier::Wrapper) {
        return PhraseVerdict{best->reason, best->rule, best->phrase, keyOf(*best)};
    }
    const ReasonVocabulary::Concept *stated = statedConcept(sides, filter);
    if (stated) {
        const QString rule = QStringLiteral("concept.") + stated->name;
        return PhraseVerdict{stated->reason, rule, {}, rule};
    }
    if (!best) {
        return std::nullopt;
    }
    return PhraseVerdict{best->reason, best->rule, best->phrase, keyOf(*best), true};
}

// Sentences with which a vendor's notice states the reason for all its
// recipients, over the remote server's generic words (EZweb: "The user(s)
// account is disabled." above a "550 user unknown"). With FROM, only that
// verdict is replaced: McAfee's filtering gateway reports the refusals it
// relays under its own heading, which Sisimai files as "filtered".
struct NoticeRule
{
    const char *reason;
    const char *phrase;         // as the vendor writes it
    const char *from = nullptr; // else any generic verdict (overridable())
};

const NoticeRule *noticeVerdict(const QString &notice)
{
    // As the vendors write them: a case-sensitive search needs no copy.
    static const NoticeRule rules[] = {
        {"suspend", "The user(s) account is disabled"},
        {"filtered", "--- The following addresses had delivery problems ---", "userunknown"},
    };
    const QStringView start = QStringView(notice).first(qMin<qsizetype>(notice.size(), 16 * 1024));
    for (const NoticeRule &rule : rules) {
        if (start.contains(QLatin1String(rule.phrase))) {
            return &rule;
        }
    }
    return nullptr;
}

// Verdicts a notice's own sentence may replace: the generic ones.
bool overridable(const QString &reason, const NoticeRule &rule)
{
    if (rule.from) {
        return reason == QLatin1String(rule.from);
    }
    return reason == QLatin1String("userunknown") || reason == QLatin1String("filtered") ||
           reason == QLatin1String("onhold") || reason == QLatin1String("undefined");
}

// Decided by the receiver's words (a phrase or concept), not by the
// provider's own reply or a status code.
bool decidedByWords(const BounceRecipient &recipient)
{
    return recipient.rule.startsWith(QLatin1String("message.")) ||
           recipient.rule.startsWith(QLatin1String("concept.")) || recipient.rule == QLatin1String("seed.no_such_user");
}

// The message went to a local program rather than a mailbox: a Diagnostic-
// Code of type X-Unix (Sendmail's and Postfix's exit status of the
// program), or Exim's "pipe to |command" for an address it delivered by
// a pipe. One fact, whichever MTA states it.
bool deliveredToProgram(const BounceRecipient &recipient)
{
    return recipient.diagnosticType == QLatin1String("x-unix") ||
           recipient.diagnostic.contains(QLatin1String("pipe to |"), Qt::CaseInsensitive);
}

// 5.7.0 "Other or undefined security status" and 5.7.1 "Delivery not
// authorized, message refused": permanent security refusals that name no
// cause (a temporary 4.7.x is often greylisting).
bool isSecurityClassDefault(const QString &status)
{
    return status == QLatin1String("5.7.0") || status == QLatin1String("5.7.1");
}

// The MTAs whose notices name the SMTP command of every reply they quote.
bool namesEveryCommand(const QString &producer)
{
    return producer == QLatin1String("Postfix") || producer == QLatin1String("Exim") ||
           producer == QLatin1String("Sendmail");
}

} // namespace

bool isHardBounce(const QString &reason, const QString &status)
{
    if (status.startsWith(QLatin1Char('4')) || status.startsWith(QLatin1Char('2'))) {
        return false;
    }
    return reason == QLatin1String("userunknown") || reason == QLatin1String("hostunknown") ||
           reason == QLatin1String("hasmoved") || reason == QLatin1String("notaccept");
}

void classifyRecipient(BounceRecipient &recipient, const QString &kind, const RuleFilter *filter,
                       const QString &producer)
{
    // Every rule that takes part in the verdict is kept in decidedBy.
    auto decide = [&recipient](const QString &reason, const QString &rule, const QString &evidence = QString(),
                               const QString &key = QString()) {
        recipient.reason = reason;
        recipient.rule = rule;
        recipient.evidence = evidence;
        recipient.decidedBy = QStringList{key.isEmpty() ? rule : key};
    };
    auto amend = [&recipient](const QString &reason, const QString &rule, const QString &key = QString()) {
        recipient.reason = reason;
        recipient.rule = rule;
        recipient.decidedBy.append(key.isEmpty() ? rule : key);
    };
    // The SMTP stage of the refusal is one rule of three branches: before
    // any address the host is refused, at RCPT the recipient, after DATA
    // the content.
    const QString smtpStage = QStringLiteral("command");
    const QString status = recipient.status;
    const ReasonVocabulary &vocabulary = ReasonVocabulary::instance();
    // The registry's codes are one rule: the code's documented meaning.
    const QString statusReason =
        enabled(filter, QStringLiteral("status")) ? vocabulary.reasonForStatus(status) : QString();
    const auto verdict = phraseVerdict(recipient.diagnostic, filter);
    // A wrapper ("Recipient address rejected", "access denied") says less
    // than a status code that names a reason; an expiry is the sending
    // MTA's own final word and stands over the last attempt's code.
    const bool statusOverWrapper =
        verdict && verdict->wrapper && !statusReason.isEmpty() && verdict->reason != QLatin1String("expired");
    if (kind == QLatin1String("feedback")) {
        decide(QStringLiteral("feedback"), QStringLiteral("arf.feedback_report"));
    } else if (kind == QLatin1String("autoreply")) {
        decide(QStringLiteral("vacation"), QStringLiteral("rfc3834.auto_reply"));
    } else if (recipient.action == QLatin1String("delivered") || status.startsWith(QLatin1Char('2'))) {
        decide(QStringLiteral("delivered"), QStringLiteral("status.delivered"));
    } else if (verdict && !statusOverWrapper) {
        decide(verdict->reason, verdict->rule, verdict->evidence, verdict->key);
    } else if (deliveredToProgram(recipient) && enabled(filter, QStringLiteral("local_program"))) {
        // A local delivery program (procmail, a pipe) failed and its words
        // name no cause the vocabularies know.
        decide(QStringLiteral("mailererror"), QStringLiteral("local_program"));
    } else if (!statusReason.isEmpty()) {
        decide(statusReason, QStringLiteral("status.") + status, {}, QStringLiteral("status"));
    } else if (recipient.recipient.endsWith(QLatin1String("@googlegroups.com"), Qt::CaseInsensitive) &&
               enabled(filter, QStringLiteral("googlegroups.post_refused"))) {
        // Google Groups refuses posts from non-members without a reason code.
        decide(QStringLiteral("rejected"), QStringLiteral("googlegroups.post_refused"));
    } else if (const auto context = phraseVerdict(recipient.context, filter)) { // filled by classifyBounce
        decide(context->reason, context->rule + QStringLiteral(".notice"), context->evidence, context->key);
    } else if (isSecurityClassDefault(status) && enabled(filter, QStringLiteral("status"))) {
        // X.7.0 and X.7.1 name no cause of their own; with no words known,
        // the security class is what is left (Sisimai: securityerror).
        decide(QStringLiteral("securityerror"), QStringLiteral("status.class_default"), {}, QStringLiteral("status"));
    } else if (recipient.action == QLatin1String("delayed") || !status.isEmpty() ||
               recipient.replyCode.startsWith(QLatin1Char('4')) || !recipient.diagnostic.trimmed().isEmpty()) {
        // A status or an error text but no known words: held for a person to
        // read (Sisimai: "onhold" whenever there is a diagnostic).
        decide(QStringLiteral("onhold"), QStringLiteral("status.unrecognized"));
    } else {
        decide(QStringLiteral("undefined"), QStringLiteral("none"));
    }
    // Refused before any address was given: the connecting host is refused.
    if ((recipient.command == QLatin1String("CONN") || recipient.command == QLatin1String("HELO")) &&
        (recipient.reason == QLatin1String("rejected") || recipient.reason == QLatin1String("undefined") ||
         recipient.reason == QLatin1String("onhold")) &&
        enabled(filter, smtpStage)) {
        amend(QStringLiteral("blocked"), QStringLiteral("command.{r}"), smtpStage);
    }
    // A domain "not found" for now (a 4xx code, or "try again" without a
    // code) is a failed name lookup, not a missing domain.
    const bool temporary = status.startsWith(QLatin1Char('4')) || recipient.replyCode.startsWith(QLatin1Char('4')) ||
                           (status.isEmpty() && recipient.replyCode.isEmpty() &&
                            recipient.diagnostic.contains(QLatin1String("try again"), Qt::CaseInsensitive));
    if (recipient.reason == QLatin1String("hostunknown") && temporary &&
        enabled(filter, QStringLiteral("temporary.name_lookup"))) {
        amend(QStringLiteral("networkerror"), QStringLiteral("temporary.name_lookup"));
    }
    // A "user unknown" given to the message's content rather than to the
    // recipient is a filter's verdict (Sisimai's "filtered"): after DATA,
    // with a security/policy status (X.7.x) or "mailbox disabled" (X.2.1),
    // or when the refusal names no address at all ("550 : User unknown").
    // Zoho's notice ("Invalid Address, ERROR_CODE :550, ERROR_CODE :...")
    // never says which command was refused: the same as "not RCPT". Postfix,
    // Exim and Sendmail name the command of every reply they quote ("in
    // reply to RCPT TO command", "after RCPT TO:", ">>> RCPT To:"): when
    // their notice names none, the refusal did not answer RCPT either.
    static const QRegularExpression addressless(
        QStringLiteral(R"((?:^[245]\d\d|->\s*(?:[245]\d\d)?)[\s:]*:\s*user unknown)"),
        QRegularExpression::CaseInsensitiveOption);
    const QString detail = status.section(QLatin1Char('.'), 1);
    const bool answeredAddress =
        recipient.command == QLatin1String("RCPT") || recipient.command == QLatin1String("MAIL");
    if (recipient.reason == QLatin1String("userunknown") &&
        (recipient.command == QLatin1String("DATA") || addressless.match(recipient.diagnostic).hasMatch() ||
         (recipient.command.isEmpty() && namesEveryCommand(producer)) ||
         (!answeredAddress && (detail.startsWith(QLatin1String("7.")) || detail == QLatin1String("2.1"))) ||
         (!answeredAddress && recipient.diagnostic.contains(QLatin1String("ERROR_CODE :")))) &&
        (!detail.startsWith(QLatin1String("1.")) || vocabulary.reasonForStatus(status).isEmpty()) &&
        decidedByWords(recipient) && enabled(filter, smtpStage)) {
        amend(QStringLiteral("filtered"), QStringLiteral("command.{r}"), smtpStage);
    }
    // NTT docomo answers "550 Unknown user" to DATA when the phone's own
    // filter refuses the sender: a refusal of the sender, not a lost
    // address (Sisimai's Rhost::NTTDOCOMO; "5.2.0" stays filtered).
    if (recipient.reason == QLatin1String("filtered") && recipient.command == QLatin1String("DATA") &&
        recipient.remoteHost.endsWith(QLatin1String("docomo.ne.jp"), Qt::CaseInsensitive) &&
        detail != QLatin1String("2.0") && enabled(filter, QStringLiteral("rhost.nttdocomo_data_refused"))) {
        amend(QStringLiteral("rejected"), QStringLiteral("rhost.nttdocomo_data_refused"));
    }
    // A bare "rejected" that names the recipient, or answers RCPT, refuses
    // the recipient ("542 <address> Rejected", "Recipient address rejected.");
    // not when the words say what else was refused ("Client host rejected",
    // "Helo command rejected", "Sender rejected" in a reply to RCPT).
    static const QRegularExpression otherRefused(
        QStringLiteral(R"(\b(?:client|host|helo|ehlo|sender|connection|ip)(?:\s+\w+)?\s+rejected\b)"),
        QRegularExpression::CaseInsensitiveOption);
    if (recipient.decidedBy.value(0) == QLatin1String("wrapper.rejected") && !recipient.recipient.isEmpty() &&
        (recipient.command == QLatin1String("RCPT") ||
         recipient.diagnostic.contains(recipient.recipient, Qt::CaseInsensitive)) &&
        !otherRefused.match(recipient.diagnostic).hasMatch() && enabled(filter, smtpStage)) {
        amend(QStringLiteral("userunknown"), QStringLiteral("command.{r}"), smtpStage);
    }
    // Cox refuses the sending host with "sender rejected" (its error-code
    // page), not the address (Sisimai's Rhost::Cox).
    if (recipient.reason == QLatin1String("rejected") && decidedByWords(recipient) &&
        recipient.diagnostic.contains(QLatin1String("cox.com"), Qt::CaseInsensitive) &&
        enabled(filter, QStringLiteral("rhost.cox_sender_rejected"))) {
        amend(QStringLiteral("blocked"), QStringLiteral("rhost.cox_sender_rejected"));
    }
    // Yahoo's own servers' rule set (Sisimai's Rhost::YahooInc) files its
    // TSS04 deferral ("unexpected volume or user complaints") as a refusal.
    if (recipient.evidence == QLatin1String("unexpected volume or user complaints") &&
        recipient.remoteHost.endsWith(QLatin1String(".yahoodns.net"), Qt::CaseInsensitive) &&
        enabled(filter, QStringLiteral("rhost.yahooinc_tss04"))) {
        amend(QStringLiteral("rejected"), QStringLiteral("rhost.yahooinc_tss04"));
    }
    recipient.hardBounce = isHardBounce(recipient.reason, status.isEmpty() ? recipient.replyCode : status);
}

void classifyBounce(BounceReport &report, const RuleFilter *filter)
{
    QString context;
    bool contextFound = false;
    const NoticeRule *noticeRule = noticeVerdict(report.notice);
    for (BounceRecipient &recipient : report.recipients) {
        classifyRecipient(recipient, report.kind, filter, report.producer);
        if (noticeRule && overridable(recipient.reason, *noticeRule) &&
            enabled(filter, QStringLiteral("notice.") + QString::fromLatin1(noticeRule->reason))) {
            recipient.reason = QString::fromLatin1(noticeRule->reason);
            recipient.rule = QStringLiteral("notice.") + recipient.reason;
            recipient.decidedBy.append(recipient.rule);
            recipient.hardBounce = isHardBounce(recipient.reason, recipient.status);
            continue;
        }
        if (recipient.reason != QLatin1String("undefined") && recipient.reason != QLatin1String("onhold") &&
            recipient.rule != QLatin1String("status.class_default")) {
            continue;
        }
        // Its own words said nothing known: try the notice's error lines.
        if (!contextFound) {
            context = noticeErrorLines(report.notice);
            contextFound = true;
        }
        // With several recipients, each with its own refusal, the notice's
        // error lines are mostly the others' refusals.
        if (recipient.context.isEmpty() && !context.isEmpty() &&
            (report.recipients.size() == 1 || recipient.diagnostic.trimmed().isEmpty())) {
            recipient.context = context;
            classifyRecipient(recipient, report.kind, filter, report.producer);
        }
    }
}

} // namespace mt::bounce
