#include "bounceadvice.h"

#include "common/textutil.h"

#include <QtGlobal>

namespace mt {

namespace {

// The numbers a text quotes, from the policy the server runs with.
using LimitArguments = QStringList (*)(const policy::Limits &);

struct AdviceEntry
{
    const char *key; // a rule (exact) or a reason
    const char *summary;
    const char *advice;
    LimitArguments arguments = nullptr; // the summary's %1, %2...
};

QString percent(double share)
{
    return QString::number(qRound(share * 100));
}

// The provider's replies and the help pages' examples: the help pages' own
// explanations (docs/policy.md), with the limits of the loaded policy.
const AdviceEntry ruleAdvice[] = {
    {"provider.invalid_destination_domain",
     QT_TRANSLATE_NOOP("Findings", "The recipient's domain has no MX or A record in DNS, so our SMTP server refused "
                                   "the message for this recipient."),
     QT_TRANSLATE_NOOP("Advice", "Check and correct the recipients' addresses according to the error message: "
                                 "correct or remove the invalid recipients and send the message again.")},
    {"provider.invalid_domain",
     QT_TRANSLATE_NOOP("Findings", "The sender's domain has no valid MX or A record in DNS, so our SMTP server "
                                   "refused the message."),
     QT_TRANSLATE_NOOP("Advice", "Check the MX and A records of the sender's domain: are they set and available "
                                 "(e.g. https://mxtoolbox.com/MXLookup.aspx)? The domain may have expired or its "
                                 "records may not be set yet. If the DNS records are correct, reply to this message "
                                 "and we will look into it.")},
    {"provider.sender_rejected",
     QT_TRANSLATE_NOOP("Findings", "Our SMTP server refused the sender address: its domain is neither the domain "
                                   "used to log in nor its alias, or the connection came from a country not allowed "
                                   "for the domain (GeoIP)."),
     QT_TRANSLATE_NOOP("Advice", "Check the account settings in the mail program: the sender address must belong to "
                                 "the login domain or its alias. To send as an address hosted elsewhere (e.g. Gmail), "
                                 "use that provider's SMTP server or the alternative sender in Webmail. If GeoIP "
                                 "blocked the connection, reply to this message and we will allow the country.")},
    {"provider.authentication_failed",
     QT_TRANSLATE_NOOP("Findings", "Our SMTP server refused the login: the user name or password is wrong, or the "
                                   "mail program does not authenticate."),
     QT_TRANSLATE_NOOP("Advice", "Go to the account settings in the mail program and check them: turn on SMTP "
                                 "authentication, with the full e-mail address as the user name and the correct "
                                 "password.")},
    {"provider.too_many_authorization_failures",
     QT_TRANSLATE_NOOP("Findings", "More than %1 failed logins in an hour came from this IP address, so our SMTP "
                                   "server refuses its connections for now."),
     QT_TRANSLATE_NOOP("Advice", "Correct the password saved in the mail program. Then wait an hour, or reply to "
                                 "this message and we will unblock the IP address."),
     [](const policy::Limits &limits) { return QStringList{QString::number(limits.authFailuresPerHour)}; }},
    {"provider.policy_violation",
     QT_TRANSLATE_NOOP("Findings", "The sending limits were exceeded (%1 messages a minute, %2 an hour, %3 in 12 "
                                   "hours), or more than %4% of the messages from this IP address could not be "
                                   "delivered."),
     QT_TRANSLATE_NOOP("Advice", "Send fewer messages at a time and use a mailing service for newsletters; remove "
                                 "invalid addresses from mailing lists. Sending works again when the time window "
                                 "passes."),
     [](const policy::Limits &limits) {
         return QStringList{QString::number(limits.perMinute), QString::number(limits.perHour),
                            QString::number(limits.per12h), percent(limits.queueMaxUndeliverable)};
     }},
    {"provider.spam_detected",
     QT_TRANSLATE_NOOP("Findings", "Our anti-spam system considers the messages from this sender spam: after the "
                                   "first %1 in an hour, further messages are refused."),
     QT_TRANSLATE_NOOP("Advice", "Check the computer for malware and change the mailbox password in case it was "
                                 "stolen; check the content of the messages. If a legitimate message was refused, "
                                 "reply to this message."),
     [](const policy::Limits &limits) { return QStringList{QString::number(limits.spamAcceptedPerHour)}; }},
    {"seed.maildir_over_quota",
     QT_TRANSLATE_NOOP("Findings", "The recipient's mailbox is full and cannot accept more messages."),
     QT_TRANSLATE_NOOP("Advice", "Only the recipient can fix this: they must delete messages or enlarge the "
                                 "mailbox. Let them know another way and send the message again later.")},
    {"seed.rbl_", // all four blacklist examples of the help page
     QT_TRANSLATE_NOOP("Findings", "The receiving server refused the message because the sending server's IP address "
                                   "is on a spam list (RBL) or has a poor reputation."),
     QT_TRANSLATE_NOOP("Advice", "Check the sending IP address (shown in the WebAs panel) on blacklists, e.g. "
                                 "http://mxtoolbox.com/blacklists.aspx, and request removal. Most services have their "
                                 "own IP address, so its reputation is worth looking after.")},
    {"seed.invalid_characters",
     QT_TRANSLATE_NOOP("Findings", "No mail host was found for the recipient's domain: the address contains "
                                   "characters that cannot be in an e-mail address, such as apostrophes."),
     QT_TRANSLATE_NOOP("Advice", "Enter the recipient's address correctly, without extra characters (quotes, "
                                 "apostrophes) or spaces.")},
    {"seed.no_reverse_dns",
     QT_TRANSLATE_NOOP("Findings", "The receiving server refused the connection because the sending IP address has "
                                   "no valid reverse DNS (Rev DNS) name."),
     QT_TRANSLATE_NOOP("Advice", "Set the Rev DNS of the IP address: in the WebAs panel go to Configuration > IP "
                                 "addresses and enter in the \"Rev DNS\" field a domain that points to the service's "
                                 "IP address.")},
    {"seed.spf",
     QT_TRANSLATE_NOOP("Findings", "The receiving server refused the message because the SPF record (TXT) of the "
                                   "sender's domain does not allow the sending server."),
     QT_TRANSLATE_NOOP("Advice", "Correct the SPF record in the DNS of the sender's domain; the link in the bounce "
                                 "shows the value to change. The default for Kei.pl servers is \"v=spf1 a mx "
                                 "include:spf.tld.pl -all\". Without a hint in the bounce, ask the administrator of "
                                 "the sending server.")},
    {"seed.rcpthosts",
     QT_TRANSLATE_NOOP("Findings", "The server refused to relay the message: the domain is not on its list, is "
                                   "blocked, or SMTP authentication is not set up correctly."),
     QT_TRANSLATE_NOOP("Advice", "Turn on SMTP authentication in the mail program. If authentication is correct or "
                                 "the message is sent directly from a Kei.pl server, contact support through the "
                                 "contact form.")},
    {"seed.queue_too_long",
     QT_TRANSLATE_NOOP("Findings", "The receiving server was unavailable for a long time (switched off or not "
                                   "working properly) and the message stayed in the queue too long."),
     QT_TRANSLATE_NOOP("Advice", "Send the message again later; if it keeps happening, let the recipient know that "
                                 "their mail server does not accept mail.")},
    {"seed.dkim",
     QT_TRANSLATE_NOOP("Findings", "The receiving server could not verify the message's DKIM signature for the "
                                   "sender's domain."),
     QT_TRANSLATE_NOOP("Advice", "Contact the administrator of the receiving server.")},
    {"seed.administrative_prohibition",
     QT_TRANSLATE_NOOP("Findings", "The receiving server refused the message without giving a specific reason, "
                                   "often because of its security policy or a simplified configuration."),
     QT_TRANSLATE_NOOP("Advice", "Contact the administrator of the receiving server. If the bounce contains a link, "
                                 "open it: it often explains the problem or gives the solution.")},
    {"seed.sender_verify_failed",
     QT_TRANSLATE_NOOP("Findings", "The receiving server could not verify the sender address and refused the "
                                   "message."),
     QT_TRANSLATE_NOOP("Advice", "Contact the administrator of the receiving server. If the bounce contains a link, "
                                 "open it: it often explains the problem or gives the solution.")},
};

// Every other rule: by reason (Sisimai's vocabulary).
const AdviceEntry reasonAdvice[] = {
    {"userunknown", QT_TRANSLATE_NOOP("Findings", "The recipient's mailbox does not exist or has been blocked."),
     QT_TRANSLATE_NOOP("Advice", "Check the recipient's address for typos, or ask the recipient for the correct "
                                 "address.")},
    {"mailboxfull", QT_TRANSLATE_NOOP("Findings", "The recipient's mailbox is full and cannot accept more messages."),
     QT_TRANSLATE_NOOP("Advice", "Only the recipient can fix this: they must delete messages or enlarge the "
                                 "mailbox. Let them know another way and send the message again later.")},
    {"hostunknown",
     QT_TRANSLATE_NOOP("Findings", "The recipient's domain does not exist or has no mail server (no MX or A "
                                   "record)."),
     QT_TRANSLATE_NOOP("Advice", "Check the domain part of the recipient's address for typos and extra "
                                 "characters.")},
    {"blocked",
     QT_TRANSLATE_NOOP("Findings", "The receiving server refused the connection from the sending IP address (a "
                                   "blacklist, or too many failed attempts)."),
     QT_TRANSLATE_NOOP("Advice", "Check the sending IP address on blacklists, e.g. "
                                 "http://mxtoolbox.com/blacklists.aspx, and request removal; follow the link in the "
                                 "bounce if there is one.")},
    {"badreputation",
     QT_TRANSLATE_NOOP("Findings", "The receiving server refused the message because of the sending IP address's "
                                   "poor reputation."),
     QT_TRANSLATE_NOOP("Advice", "Check the sending IP address on blacklists, e.g. "
                                 "http://mxtoolbox.com/blacklists.aspx, and request removal; reduce bulk sending.")},
    {"spamdetected", QT_TRANSLATE_NOOP("Findings", "The receiving server considered the message spam."),
     QT_TRANSLATE_NOOP("Advice", "Check the content and links of the message, and whether the sending IP address is "
                                 "on blacklists (http://mxtoolbox.com/blacklists.aspx).")},
    {"policyviolation",
     QT_TRANSLATE_NOOP("Findings", "The receiving server refused the message because of its policy."),
     QT_TRANSLATE_NOOP("Advice", "Contact the administrator of the receiving server. If the bounce contains a link, "
                                 "open it: it often explains the problem or gives the solution.")},
    {"rejected", QT_TRANSLATE_NOOP("Findings", "The receiving server refused the sender address."),
     QT_TRANSLATE_NOOP("Advice", "Check the sender address and the DNS of its domain (MX or A, SPF). If it is "
                                 "correct, contact the administrator of the receiving server.")},
    {"securityerror",
     QT_TRANSLATE_NOOP("Findings", "The server requires authentication, or the authentication failed."),
     QT_TRANSLATE_NOOP("Advice", "Turn on SMTP authentication in the mail program, with the full e-mail address and "
                                 "the correct password.")},
    {"authfailure",
     QT_TRANSLATE_NOOP("Findings", "The message failed the SPF, DKIM or DMARC check of the sender's domain."),
     QT_TRANSLATE_NOOP("Advice", "Check the SPF, DKIM and DMARC records of the sender's domain, and send through a "
                                 "server its SPF record allows.")},
    {"requireptr",
     QT_TRANSLATE_NOOP("Findings", "The receiving server requires a reverse DNS (PTR) name for the sending IP "
                                   "address."),
     QT_TRANSLATE_NOOP("Advice", "Set the Rev DNS of the sending IP address to a domain that points back to it.")},
    {"norelaying", QT_TRANSLATE_NOOP("Findings", "The server refused to relay the message to this domain."),
     QT_TRANSLATE_NOOP("Advice", "Turn on SMTP authentication in the mail program, and send through the provider's "
                                 "SMTP server.")},
    {"expired",
     QT_TRANSLATE_NOOP("Findings", "The message could not be delivered in time: the receiving server was "
                                   "unreachable."),
     QT_TRANSLATE_NOOP("Advice", "Send the message again later; if it keeps happening, let the recipient know that "
                                 "their mail server does not accept mail.")},
    {"filtered", QT_TRANSLATE_NOOP("Findings", "A filter on the receiving side refused the message."),
     QT_TRANSLATE_NOOP("Advice", "Check the recipient's address, and ask the recipient whether they block the "
                                 "sender.")},
    {"suspend", QT_TRANSLATE_NOOP("Findings", "The recipient's mailbox is suspended or disabled."),
     QT_TRANSLATE_NOOP("Advice", "Contact the recipient another way.")},
    {"hasmoved", QT_TRANSLATE_NOOP("Findings", "The recipient has moved to another address."),
     QT_TRANSLATE_NOOP("Advice", "Use the recipient's new address, as the bounce gives it.")},
    {"notaccept", QT_TRANSLATE_NOOP("Findings", "The recipient's domain does not accept e-mail."),
     QT_TRANSLATE_NOOP("Advice", "Check the recipient's address, or use another address.")},
    {"ratelimited",
     QT_TRANSLATE_NOOP("Findings", "The receiving server limits connections, recipients or messages, and the limit "
                                   "was reached."),
     QT_TRANSLATE_NOOP("Advice", "Send to fewer recipients at once and try again later.")},
    {"emailtoolarge", QT_TRANSLATE_NOOP("Findings", "The message is larger than the receiving server accepts."),
     QT_TRANSLATE_NOOP("Advice", "Send smaller attachments, or a link to the file.")},
    {"virusdetected",
     QT_TRANSLATE_NOOP("Findings", "The receiving server found a virus or other malicious content in the message."),
     QT_TRANSLATE_NOOP("Advice", "Scan the computer that sent the message with an up-to-date antivirus program, "
                                 "then send the message again without the infected attachment.")},
    {"suppressed",
     QT_TRANSLATE_NOOP("Findings", "The sending service did not try to deliver: the address is on its suppression "
                                   "list after earlier bounces or complaints."),
     QT_TRANSLATE_NOOP("Advice", "Check the address with the recipient; once it is correct and working, remove it "
                                 "from the sending service's suppression list.")},
    {"contenterror", QT_TRANSLATE_NOOP("Findings", "The receiving server refused the format of the message."),
     QT_TRANSLATE_NOOP("Advice", "Send the message again without unusual formatting, or from another mail "
                                 "program.")},
    {"notcompliantrfc",
     QT_TRANSLATE_NOOP("Findings", "The message's headers break the e-mail standard (e.g. several From or Subject "
                                   "headers)."),
     QT_TRANSLATE_NOOP("Advice", "Check the program or script that creates the message.")},
    {"syntaxerror",
     QT_TRANSLATE_NOOP("Findings", "The receiving server did not understand a command of the sending server."),
     QT_TRANSLATE_NOOP("Advice", "Contact the administrator of the sending server.")},
    {"networkerror",
     QT_TRANSLATE_NOOP("Findings", "A network or DNS problem prevented delivery to the receiving server."),
     QT_TRANSLATE_NOOP("Advice", "Check the recipient's domain; send the message again later.")},
    {"systemerror", QT_TRANSLATE_NOOP("Findings", "The receiving server had an internal problem."),
     QT_TRANSLATE_NOOP("Advice", "Send the message again later; if it persists, tell the recipient's provider.")},
    {"systemfull", QT_TRANSLATE_NOOP("Findings", "The receiving server is out of disk space."),
     QT_TRANSLATE_NOOP("Advice", "Send the message again later; if it persists, tell the recipient's provider.")},
    {"mailererror", QT_TRANSLATE_NOOP("Findings", "The program that delivers mail on the receiving side failed."),
     QT_TRANSLATE_NOOP("Advice", "Tell the recipient's administrator; send the message again later.")},
    {"delivered", QT_TRANSLATE_NOOP("Findings", "The message was delivered: this is a success notice."), nullptr},
    {"feedback",
     QT_TRANSLATE_NOOP("Findings", "A recipient reported the message as spam or abuse (a feedback loop report)."),
     QT_TRANSLATE_NOOP("Advice", "Remove the recipient from mailing lists; send only to people who asked for the "
                                 "messages.")},
    {"vacation",
     QT_TRANSLATE_NOOP("Findings", "This is an automatic reply (such as out of office), not a delivery failure."),
     nullptr},
    {"onhold",
     QT_TRANSLATE_NOOP("Findings", "Delivery is delayed or failed for a reason the text does not make clear."),
     QT_TRANSLATE_NOOP("Advice", "Read the server's reply quoted in the bounce; if it contains a link, open it. "
                                 "Contact the administrator of the receiving server if needed.")},
};

const AdviceEntry unknownReason = {
    "undefined", QT_TRANSLATE_NOOP("Findings", "The reason for the failure could not be recognized in the text."),
    QT_TRANSLATE_NOOP("Advice", "Read the server's reply quoted in the bounce and look for key words (\"over "
                                "quota\", \"SPF\", \"rev DNS\"); if it contains a link, open it. Contact the "
                                "administrator of the receiving server if needed.")};

BounceAdvice make(const AdviceEntry &entry, const policy::Limits &limits)
{
    BounceAdvice advice;
    advice.summary = text::summary(entry.summary, entry.arguments ? entry.arguments(limits) : QStringList());
    if (entry.advice) {
        advice.advice = text::advice(entry.advice);
    }
    return advice;
}

} // namespace

BounceAdvice adviceFor(const bounce::BounceRecipient &recipient, const policy::Limits &limits)
{
    for (const AdviceEntry &entry : ruleAdvice) {
        const QLatin1String key(entry.key);
        if (recipient.rule == key || (key.endsWith(QLatin1Char('_')) && recipient.rule.startsWith(key))) {
            return make(entry, limits);
        }
    }
    for (const AdviceEntry &entry : reasonAdvice) {
        if (recipient.reason == QLatin1String(entry.key)) {
            return make(entry, limits);
        }
    }
    return make(unknownReason, limits);
}

} // namespace mt
