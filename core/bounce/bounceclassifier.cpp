#include "bounceclassifier.h"

#include "bounceparser.h"

#include <QRegularExpression>

#include <cstddef>
#include <string_view>
#include <vector>

namespace mt::bounce {

namespace {

// One rule: when PATTERN is in the diagnostic (lower case; a regular
// expression when REGEX), the recipient's reason is REASON and RULE says why.
struct PhraseRule
{
    const char *reason;
    const char *rule;
    const char *pattern;
    bool regex = false;
    const char *guard = nullptr; // a regex is tried only when this text is there (speed)
};

// The provider's submission server's replies, word for word (seeds 000-004,
// core/policy/serverreplies.*): before anything generic, since a generic
// parser reads "5.1.1" as userunknown and "5.1.0" as rejected.
const PhraseRule providerRules[] = {
    {"hostunknown", "provider.invalid_destination_domain", R"(\b5\.1\.1\s+\S+\s+invalid destination domains?\b)", true,
     "invalid destination"},
    {"hostunknown", "provider.invalid_destination_domain", "invalid destination domain"},
    {"rejected", "provider.invalid_domain", R"(\b5\.1\.1\s+\S+\s+invalid domain\b)", true, "invalid domain"},
    {"rejected", "provider.sender_rejected", R"(\b5\.1\.0\s+<[^>\s]*>\s+sender rejected(?![.\s]*[a-z0-9]))", true,
     "sender rejected"},
    {"securityerror", "provider.authentication_failed", R"(\b5\.1\.0\s+\S+\s+authentication failed)", true,
     "authentication failed"},
    {"blocked", "provider.too_many_authorization_failures", "too many authorization failures from this ip"},
    {"policyviolation", "provider.policy_violation", R"(\b5\.1\.0\s+\S+\s+policy violation)", true, "policy violation"},
    {"spamdetected", "provider.spam_detected", R"(\b5\.1\.0\s+\S+\s+spam detected)", true, "spam detected"},
};

// Causes that qmail and others state before their generic expiry sentence
// ("... I'm not going to try again; this message has been in the queue too
// long."): the cause, not the expiry, is the reason.
const PhraseRule causeRules[] = {
    {"systemerror", "message.system_error", "unable to contact ldap server"},
};

// The bounce examples of the help page (seed 003), each with its own advice.
const PhraseRule seedRules[] = {
    {"mailboxfull", "seed.maildir_over_quota", "maildir over quota"},
    {"userunknown", "seed.no_such_user", "no such user"},
    {"userunknown", "seed.user_unknown", "user unknown in virtual mailbox table"},
    {"spamdetected", "seed.rbl_unsolicited", "likely unsolicited mail"},
    {"spamdetected", "seed.rbl_reported_as_spam", "reports it as spam"},
    {"badreputation", "seed.rbl_senderbase", "senderbase reputation"},
    {"badreputation", "seed.rbl_poor_reputation", "poor reputation"},
    {"hostunknown", "seed.invalid_characters", "couldn't find any host named"},
    {"requireptr", "seed.no_reverse_dns", "cannot find your hostname"},
    {"authfailure", "seed.spf", R"(\bspf\b|openspf)", true, "spf"},
    {"norelaying", "seed.rcpthosts", "list of allowed rcpthosts"},
    {"expired", "seed.queue_too_long", "in the queue too long"},
    {"authfailure", "seed.dkim", "dkim"},
    {"policyviolation", "seed.administrative_prohibition", "administrative prohibition"},
    {"rejected", "seed.sender_verify_failed", "sender verify failed"},
};

// Message patterns of the common MTAs and mailbox providers, most specific
// first.
const PhraseRule messageRules[] = {
    // Said before anything else in the same sentence.
    {"expired", "message.expired", "message expired"},
    // Cox's "sender rejected" (its error-code page): the sending host is
    // refused, not the address (Sisimai's Rhost::Cox).
    {"blocked", "rhost.cox_sender_rejected", R"(sender rejected.*\bcox\.com\b)", true, "cox.com"},
    // A mailing list manager (fml) refusing a message it has seen before.
    {"systemerror", "message.system_error", "duplicated message-id"},
    {"networkerror", "message.dns_error", "host not found, try again"},
    {"spamdetected", "message.spam", "mail rejete"}, // Orange/Wanadoo's spam verdict
    {"rejected", "message.sender_rejected", "unroutable sender"},
    // Authentication of the sender's domain.
    {"authfailure", "message.dmarc", "dmarc"},
    {"authfailure", "message.sender_policy_framework", "sender policy framework"},
    // Reverse DNS.
    {"requireptr", "message.reverse_dns", "reverse dns"},
    {"requireptr", "message.reverse_dns", "reverse hostname"},
    {"requireptr", "message.reverse_dns", "ptr record"},
    {"requireptr", "message.reverse_dns", "no ptr"},
    {"requireptr", "message.reverse_dns", "rdns"},
    {"requireptr", "message.reverse_dns", "not have a reverse"},
    {"requireptr", "message.reverse_dns", "reverse lookup"},
    {"requireptr", "message.reverse_dns", "unverifyable sending ip"}, // the sending IP's name does not verify
    // The submission needs authentication.
    {"securityerror", "message.authentication_required", "smtp authentication"},
    {"securityerror", "message.authentication_required", "unauthenticated senders"},
    {"securityerror", "message.authentication_required", "authentication required"},
    {"securityerror", "message.authentication_required", "must be authenticated"},
    {"securityerror", "message.authentication_required", "authentication failed"},
    {"securityerror", "message.authentication_required", "delivery not authorized"},
    // Relaying.
    {"norelaying", "message.relay_denied", "relay access denied"},
    {"norelaying", "message.relay_denied", "relaying denied"},
    {"norelaying", "message.relay_denied", "relay not permitted"},
    {"norelaying", "message.relay_denied", "not permitted to relay"},
    {"norelaying", "message.relay_denied", "unable to relay"},
    {"norelaying", "message.relay_denied", "relaying not allowed"},
    {"norelaying", "message.relay_denied", "we do not relay"},
    {"norelaying", "message.relay_denied", "email address is not verified"},
    {"norelaying", "message.relay_denied", "insecure mail relay"},
    // Blocklists name themselves; before "spam", which "spamhaus" contains.
    {"blocked", "message.blocklist", "spamhaus"},
    {"blocked", "message.blocklist", "blocked using"},
    {"blocked", "message.blocklist", "block list"},
    {"blocked", "message.blocklist", "blacklist"},
    {"blocked", "message.blocklist", "blocklist"},
    // Content.
    {"notcompliantrfc", "message.not_rfc_compliant", "rfc 5322"},
    {"notcompliantrfc", "message.not_rfc_compliant", "multiple addresses in from"},
    {"contenterror", "message.content_error", "improper use of 8-bit data"},
    {"spamdetected", "message.spam", "spam"},
    {"spamdetected", "message.spam", "ube"},
    {"spamdetected", "message.spam", "unsolicited"},
    {"spamdetected", "message.spam", "content rejected"},
    {"spamdetected", "message.spam", "junk mail"},
    // The recipient's domain.
    {"networkerror", "message.dns_error", "dns error"},
    {"networkerror", "message.mail_loop", "loops back to myself"},
    {"networkerror", "message.mail_loop", "too many hops"},
    {"hostunknown", "message.host_unknown", "host unknown"},
    {"hostunknown", "message.host_unknown", "unknown host"},
    {"hostunknown", "message.host_unknown", "host or domain name not found"},
    {"hostunknown", "message.host_unknown", "domain is not reachable"},
    {"hostunknown", "message.host_unknown", "no such domain"},
    {"hostunknown", "message.host_unknown", "domain not found"},
    {"hostunknown", "message.host_unknown", "domain name not found"},
    {"hostunknown", "message.host_unknown", "unrouteable"},
    {"hostunknown", "message.host_unknown", "domain does not exist"},
    {"hostunknown", "message.host_unknown", "bad destination system address"},
    {"hostunknown", "message.host_unknown", "host not found"},
    {"notaccept", "message.not_accepting_mail", "does not accept mail"},
    {"notaccept", "message.not_accepting_mail", "not accepting mail"},
    {"notaccept", "message.not_accepting_mail", "null mx"},
    {"notaccept", "message.not_accepting_mail", "no mx record"},
    {"notaccept", "message.not_accepting_mail", "couldn't find a mail exchanger"},
    {"notaccept", "message.not_accepting_mail", "indicated no smtp service"},
    {"notaccept", "message.not_accepting_mail", "malformed or unexpected name server reply"},
    // The recipient's mailbox.
    {"hasmoved", "message.has_moved", "no longer on server"},
    {"hasmoved", "message.has_moved", "has moved"},
    {"suspend", "message.suspended", "mailbox is frozen"},
    {"suspend", "message.suspended", "account disabled"},
    {"suspend", "message.suspended", "has been disabled"},
    {"suspend", "message.suspended", "suspended"},
    {"suspend", "message.suspended", "mailbox disabled"},
    {"suspend", "message.suspended", "disabled recipient"},
    {"systemfull", "message.system_full", "insufficient disk space"},
    {"systemfull", "message.system_full", "mail system full"},
    {"mailboxfull", "message.mailbox_full", "over quota"},
    {"mailboxfull", "message.mailbox_full", "overquota"},
    {"mailboxfull", "message.mailbox_full", "quota exceeded"},
    {"mailboxfull", "message.mailbox_full", "exceeded quota"},
    {"mailboxfull", "message.mailbox_full", "disk quota"},
    {"mailboxfull", "message.mailbox_full", "mailbox full"},
    {"mailboxfull", "message.mailbox_full", "mailbox is full"},
    {"mailboxfull", "message.mailbox_full", "mailbox for user is full"},
    {"mailboxfull", "message.mailbox_full", "exceeded storage"},
    {"mailboxfull", "message.mailbox_full", "insufficient storage"},
    {"mailboxfull", "message.mailbox_full", "mailfolder is full"},
    {"mailboxfull", "message.mailbox_full", "exceeds the quota"},
    {"mailboxfull", "message.mailbox_full", "mailbox exceeded"},
    {"userunknown", "message.user_unknown", "recipient address rejected: access denied"},
    {"userunknown", "message.user_unknown", "user unknown"},
    {"userunknown", "message.user_unknown", "unknown user"},
    {"userunknown", "message.user_unknown", "user not exist"},
    {"userunknown", "message.user_unknown", "user does not exist"},
    {"userunknown", "message.user_unknown", "user doesn't exist"},
    {"userunknown", "message.user_unknown", "recipnotfound"},
    {"userunknown", "message.user_unknown", "recipientnotfound"},
    {"userunknown", "message.user_unknown", "recipient not found"},
    {"userunknown", "message.user_unknown", "unknown recipient"},
    {"userunknown", "message.user_unknown", "recipient unknown"},
    {"userunknown", "message.user_unknown", "invalid recipient"},
    {"userunknown", "message.user_unknown", "no such recipient"},
    {"userunknown", "message.user_unknown", "no such mailbox"},
    {"userunknown", "message.user_unknown", "mailbox not found"},
    {"userunknown", "message.user_unknown", "mailbox unavailable"},
    {"userunknown", "message.user_unknown", "mailbox does not exist"},
    {"userunknown", "message.user_unknown", "address does not exist"},
    {"userunknown", "message.user_unknown", "account that you tried to reach does not exist"},
    {"userunknown", "message.user_unknown", "account does not exist"},
    {"userunknown", "message.user_unknown", "inactive email address"},
    {"userunknown", "message.user_unknown", "addressee unknown"},
    {"userunknown", "message.user_unknown", "not a valid mailbox"},
    {"userunknown", "message.user_unknown", "invalid mailbox"},
    {"userunknown", "message.user_unknown", "invalid final delivery userid"},
    // Symantec/MessageLabs: "542 <address> Rejected" refuses the address.
    {"userunknown", "message.user_unknown", R"(\b542 \S+@\S+ rejected\b)", true, "542 "},
    // The sender.
    {"rejected", "message.sender_rejected", "sender address rejected"},
    {"rejected", "message.sender_rejected", "domain of sender address"},
    {"rejected", "message.sender_rejected", "sender rejected"},
    {"rejected", "message.sender_rejected", "purported responsible address"},
    {"rejected", "message.sender_rejected", "sender domain"},
    {"rejected", "message.sender_rejected", "invalid sender"},
    // Yahoo's "[TSS04] ... deferred due to unexpected volume or user
    // complaints": the sending IP's reputation (Sisimai's BadReputation).
    {"badreputation", "message.reputation_volume", "unexpected volume or user complaints"},
    // Limits.
    {"toomanyconn", "message.too_many_connections", "too many connections"},
    {"toomanyconn", "message.too_many_connections", "connection rate limit"},
    {"toomanyconn", "message.too_many_connections", "too many recipients"},
    {"toomanyconn", "message.too_many_connections", "connection frequency limited"},
    {"toomanyconn", "message.too_many_connections", "too many concurrent"},
    // The sending host.
    {"badreputation", "message.reputation", "reputation"},
    {"blocked", "message.blocklist", "dnsbl"},
    {"blocked", "message.blocklist", "listed in"},
    {"blocked", "message.blocked", "service refuse"},
    {"blocked", "message.blocked", "invalid ip for sending"},
    {"blocked", "message.blocked", "blocked"},
    {"blocked", "message.blocked", "banned"},
    {"blocked", "message.blocked", "access denied"},
    {"blocked", "message.blocked", "connection refused"},
    {"policyviolation", "message.policy", "policy violation"},
    {"policyviolation", "message.policy", "policy reasons"},
    {"policyviolation", "message.policy", "local policy"},
    {"policyviolation", "message.policy", "header error"},
    {"policyviolation", "message.policy", "network not allowed"},
    {"policyviolation", "message.policy", "client host rejected"},
    // Time and transport.
    {"expired", "message.expired", "delivery time expired"},
    {"expired", "message.expired", "retry timeout exceeded"},
    {"expired", "message.expired", "did not accept our requests to connect"},
    {"expired", "message.expired", "could not deliver for the last"},
    {"expired", "message.expired", "will be retried"},
    {"expired", "message.expired", "delivery failed 20 attempts"},
    {"expired", "message.expired", "retry time not reached"},
    {"expired", "message.expired", "connection timed out"},
    {"expired", "message.expired", "timed out"},
    {"expired", "message.expired", "too long in queue"},
    {"expired", "message.expired", "after multiple retries, giving up"}, // Yahoo: retries exhausted
    {"syntaxerror", "message.syntax_error", "command parameter not implemented"},
    {"syntaxerror", "message.syntax_error", "syntax error"},
    {"syntaxerror", "message.syntax_error", "command unrecognized"},
    {"systemerror", "message.system_error", "system error"},
    {"systemerror", "message.system_error", "internal error"},
    {"systemerror", "message.system_error", "configuration error"},
    {"mailererror", "message.mailer_error", "mailer error"},
    {"mailererror", "message.mailer_error", "procmail"},
    {"mailererror", "message.mailer_error", "pipe to |"},
    {"mesgtoobig", "message.too_big", "message too large"},
    {"mesgtoobig", "message.too_big", "message is too big"},
    {"exceedlimit", "message.too_big", "size exceeds"},
    {"exceedlimit", "message.too_big", "size limit exceeded"},
    {"exceedlimit", "message.too_big", "length exceeds"},
    {"userunknown", "message.user_unknown", "recipient address rejected"},
    {"rejected", "message.rejected", "rejected"},
};

// Enhanced status codes (RFC 3463 and the IANA registry) that name a reason
// on their own; "*" stands for any class (4 or 5).
struct StatusRule
{
    const char *code; // subject.detail
    const char *reason;
};

const StatusRule statusRules[] = {
    {"1.1", "userunknown"},  {"1.2", "hostunknown"},   {"1.3", "userunknown"},   {"1.4", "userunknown"},
    {"1.5", "userunknown"},  {"1.6", "hasmoved"},      {"1.7", "rejected"},      {"1.8", "rejected"},
    {"1.10", "notaccept"},   {"2.0", "filtered"},      {"2.1", "filtered"},      {"2.2", "mailboxfull"},
    {"2.3", "exceedlimit"},  {"2.4", "systemerror"},   {"3.0", "systemerror"},   {"3.1", "systemfull"},
    {"3.2", "notaccept"},    {"3.4", "mesgtoobig"},    {"3.5", "systemerror"},   {"4.0", "networkerror"},
    {"4.1", "expired"},      {"4.2", "networkerror"},  {"4.3", "systemerror"},   {"4.4", "hostunknown"},
    {"4.5", "networkerror"}, {"4.6", "networkerror"},  {"4.7", "expired"},       {"5.0", "syntaxerror"},
    {"5.1", "syntaxerror"},  {"5.2", "syntaxerror"},   {"5.3", "toomanyconn"},   {"5.4", "syntaxerror"},
    {"6.0", "contenterror"}, {"6.1", "contenterror"},  {"6.9", "contenterror"},  {"7.0", "securityerror"},
    {"7.1", "blocked"},      {"7.7", "securityerror"}, {"7.8", "securityerror"}, {"7.9", "policyviolation"},
    {"7.13", "suspend"},     {"7.20", "authfailure"},  {"7.21", "authfailure"},  {"7.22", "authfailure"},
    {"7.23", "authfailure"}, {"7.24", "authfailure"},  {"7.25", "requireptr"},   {"7.26", "authfailure"},
    {"7.27", "notaccept"},
};

struct CompiledRule
{
    QString reason;
    QString rule;
    std::string_view phrase;  // lower case: the pattern, or a regex's guard
    bool isRegex = false;     // tested per rule and message: a flag, not regex.pattern()
    QRegularExpression regex; // when isRegex
};

template <std::size_t N> void compile(const PhraseRule (&table)[N], std::vector<CompiledRule> &rules)
{
    for (const PhraseRule &r : table) {
        CompiledRule compiled{QString::fromLatin1(r.reason), QString::fromLatin1(r.rule), {}, r.regex, {}};
        if (r.regex) {
            compiled.regex =
                QRegularExpression(QString::fromLatin1(r.pattern), QRegularExpression::CaseInsensitiveOption);
            compiled.regex.optimize();
            compiled.phrase = r.guard ? std::string_view(r.guard) : std::string_view();
        } else {
            compiled.phrase = std::string_view(r.pattern);
        }
        rules.push_back(std::move(compiled));
    }
}

// All tables in the order they are tried.
const std::vector<CompiledRule> &allPhraseRules()
{
    static const std::vector<CompiledRule> rules = [] {
        std::vector<CompiledRule> all;
        compile(providerRules, all);
        compile(causeRules, all);
        compile(seedRules, all);
        compile(messageRules, all);
        return all;
    }();
    return rules;
}

// TEXT is searched as lower-case UTF-8: the phrases are ASCII, and a byte
// search is several times faster than QString's.
const CompiledRule *matchPhrase(const QString &text)
{
    if (text.isEmpty()) {
        return nullptr;
    }
    const QByteArray lower = text.toUtf8().toLower();
    const std::string_view haystack(lower.constData(), size_t(lower.size()));
    for (const CompiledRule &rule : allPhraseRules()) {
        if (!rule.phrase.empty() && haystack.find(rule.phrase) == std::string_view::npos) {
            continue;
        }
        if (rule.isRegex && !rule.regex.match(text).hasMatch()) {
            continue;
        }
        return &rule;
    }
    return nullptr;
}

QString reasonForStatus(const QString &status)
{
    const QString detail = status.section(QLatin1Char('.'), 1);
    for (const StatusRule &rule : statusRules) {
        if (detail == QLatin1String(rule.code)) {
            return QString::fromLatin1(rule.reason);
        }
    }
    return {};
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

} // namespace

bool isHardBounce(const QString &reason, const QString &status)
{
    if (status.startsWith(QLatin1Char('4')) || status.startsWith(QLatin1Char('2'))) {
        return false;
    }
    return reason == QLatin1String("userunknown") || reason == QLatin1String("hostunknown") ||
           reason == QLatin1String("hasmoved") || reason == QLatin1String("notaccept");
}

void classifyRecipient(BounceRecipient &recipient, const QString &kind)
{
    auto decide = [&recipient](const QString &reason, const QString &rule) {
        recipient.reason = reason;
        recipient.rule = rule;
    };
    const QString status = recipient.status;
    if (kind == QLatin1String("feedback")) {
        decide(QStringLiteral("feedback"), QStringLiteral("arf.feedback_report"));
    } else if (kind == QLatin1String("autoreply")) {
        decide(QStringLiteral("vacation"), QStringLiteral("rfc3834.auto_reply"));
    } else if (recipient.action == QLatin1String("delivered") || status.startsWith(QLatin1Char('2'))) {
        decide(QStringLiteral("delivered"), QStringLiteral("status.delivered"));
    } else if (const CompiledRule *rule = matchPhrase(recipient.diagnostic)) {
        decide(rule->reason, rule->rule);
    } else if (recipient.diagnosticType == QLatin1String("x-unix")) {
        // A local delivery program (procmail, a pipe) failed with an exit status.
        decide(QStringLiteral("mailererror"), QStringLiteral("dsn.x_unix"));
    } else if (const QString reason = reasonForStatus(status); !reason.isEmpty()) {
        decide(reason, QStringLiteral("status.") + status);
    } else if (recipient.recipient.endsWith(QLatin1String("@googlegroups.com"), Qt::CaseInsensitive)) {
        // Google Groups refuses posts from non-members without a reason code.
        decide(QStringLiteral("rejected"), QStringLiteral("googlegroups.post_refused"));
    } else if (const CompiledRule *contextRule = matchPhrase(recipient.context)) { // filled by classifyBounce
        decide(contextRule->reason, contextRule->rule + QStringLiteral(".notice"));
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
        (recipient.reason == QLatin1String("rejected") || recipient.reason == QLatin1String("undefined"))) {
        decide(QStringLiteral("blocked"), QStringLiteral("command.refused_at_connection"));
    }
    // A "user unknown" given to the message's content rather than to the
    // recipient is a filter's verdict (Sisimai's "filtered"): after DATA,
    // with a security/policy status (X.7.x) or "mailbox disabled" (X.2.1),
    // or when the refusal names no address at all ("550 : User unknown").
    // Zoho's notice ("Invalid Address, ERROR_CODE :550, ERROR_CODE :...")
    // never says which command was refused: the same as "not RCPT".
    static const QRegularExpression addressless(
        QStringLiteral(R"((?:^[245]\d\d|->\s*(?:[245]\d\d)?)[\s:]*:\s*user unknown)"),
        QRegularExpression::CaseInsensitiveOption);
    const QString detail = status.section(QLatin1Char('.'), 1);
    const bool answeredAddress =
        recipient.command == QLatin1String("RCPT") || recipient.command == QLatin1String("MAIL");
    if (recipient.reason == QLatin1String("userunknown") &&
        (recipient.command == QLatin1String("DATA") || addressless.match(recipient.diagnostic).hasMatch() ||
         (!answeredAddress && (detail.startsWith(QLatin1String("7.")) || detail == QLatin1String("2.1"))) ||
         (!answeredAddress && recipient.diagnostic.contains(QLatin1String("ERROR_CODE :")))) &&
        (!detail.startsWith(QLatin1String("1.")) || reasonForStatus(status).isEmpty()) &&
        (recipient.rule.startsWith(QLatin1String("message.")) ||
         recipient.rule == QLatin1String("seed.no_such_user"))) {
        decide(QStringLiteral("filtered"), QStringLiteral("command.data_user_unknown"));
    }
    // NTT docomo answers "550 Unknown user" to DATA when the phone's own
    // filter refuses the sender: a refusal of the sender, not a lost
    // address (Sisimai's Rhost::NTTDOCOMO; "5.2.0" stays filtered).
    if (recipient.reason == QLatin1String("filtered") && recipient.command == QLatin1String("DATA") &&
        recipient.remoteHost.endsWith(QLatin1String("docomo.ne.jp"), Qt::CaseInsensitive) &&
        detail != QLatin1String("2.0")) {
        decide(QStringLiteral("rejected"), QStringLiteral("rhost.nttdocomo_data_refused"));
    }
    // Yahoo's own servers' rule set (Sisimai's Rhost::YahooInc) files the
    // same TSS04 deferral as a refusal.
    if (recipient.rule == QLatin1String("message.reputation_volume") &&
        recipient.remoteHost.endsWith(QLatin1String(".yahoodns.net"), Qt::CaseInsensitive)) {
        decide(QStringLiteral("rejected"), QStringLiteral("rhost.yahooinc_tss04"));
    }
    recipient.hardBounce = isHardBounce(recipient.reason, status.isEmpty() ? recipient.replyCode : status);
}

void classifyBounce(BounceReport &report)
{
    QString context;
    bool contextFound = false;
    const NoticeRule *noticeRule = noticeVerdict(report.notice);
    for (BounceRecipient &recipient : report.recipients) {
        classifyRecipient(recipient, report.kind);
        if (noticeRule && overridable(recipient.reason, *noticeRule)) {
            recipient.reason = QString::fromLatin1(noticeRule->reason);
            recipient.rule = QStringLiteral("notice.") + recipient.reason;
            recipient.hardBounce = isHardBounce(recipient.reason, recipient.status);
            continue;
        }
        if (recipient.reason != QLatin1String("undefined") && recipient.reason != QLatin1String("onhold")) {
            continue;
        }
        // Its own words said nothing known: try the notice's error lines.
        if (!contextFound) {
            context = noticeErrorLines(report.notice);
            contextFound = true;
        }
        if (recipient.context.isEmpty() && !context.isEmpty()) {
            recipient.context = context;
            classifyRecipient(recipient, report.kind);
        }
    }
}

} // namespace mt::bounce
