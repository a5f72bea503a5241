#pragma once

#include "authpolicy.h"
#include "postfixpolicy.h"
#include "smtp/serverevent.h"

#include <QObject>

#include <functional>

namespace mt::policy {
class DomainValidator;
class SubmissionPolicy;
struct Rejection;
} // namespace mt::policy

namespace mt::policyd {

// The provider's rules as a policy service for a production Postfix and
// Dovecot (docs/policyd.md): the same SubmissionPolicy and DomainValidator
// as the built-in server, so each answer carries the help pages' text.
//
// Postfix, by protocol_state:
//   RCPT            rule 4 (the IP's block), then rules 1, 2, 8, 5 and 6 for
//                   sasl_username and sender, then rule 3 for the sender's
//                   and the recipient's domains;
//   END-OF-MESSAGE  rule 4 and rule 5, counted atomically, in one question
//                   to the store (admitMessage with the block);
//   any other       rule 4 alone.
// Dovecot: "allow" refuses a blocked IP (rule 4); "report" of a failed
// login counts it, so the one after the limit blocks the IP.
class PolicyService final : public QObject
{
    Q_OBJECT

public:
    PolicyService(policy::SubmissionPolicy &rules, policy::DomainValidator &domains, QObject *parent = nullptr);

    // Off: accepted messages and logins are not reported (refusals, blocks
    // and store failures always are).
    void setVerbose(bool verbose) { m_verbose = verbose; }

    // The action for Postfix: "DUNNO" or "550 5.1.0 <token> policy
    // violation"... DONE runs once, later or at once, and not at all once
    // CONTEXT is gone.
    void decide(const PostfixRequest &request, QObject *context, std::function<void(QString action)> done);
    // Dovecot's status (0 allow, -1 refuse) and message.
    void decide(const AuthPolicyRequest &request, QObject *context,
                std::function<void(int status, QString message)> done);

signals:
    void reported(const mt::smtp::ServerEvent &event);

private:
    // Reports REJECTION of a request from IP and answers it with its line.
    void refuse(const QString &ip, const QString &token, const policy::Rejection &rejection, const QString &recipient,
                const std::function<void(QString)> &finish);
    void checkRecipient(const PostfixRequest &request, const QString &ip, const QString &token, QObject *context,
                        std::function<void(QString)> finish);
    void checkDomain(const QString &domain, bool sender, const QString &ip, const QString &token, QObject *context,
                     std::function<void(std::optional<QString>)> done);
    void report(const smtp::ServerEvent &event) { emit reported(event); }

    policy::SubmissionPolicy &m_rules;
    policy::DomainValidator &m_domains;
    bool m_verbose = true;
};

} // namespace mt::policyd
