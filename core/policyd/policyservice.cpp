#include "policyservice.h"

#include "policy/domainvalidator.h"
#include "policy/submissionpolicy.h"
#include "smtp/smtpsession.h"

#include <QHostAddress>
#include <QPointer>

namespace mt::policyd {

using policy::Rejection;
using policy::ServerReply;
using policy::Verdict;

namespace {

// Whether TEXT is an IPv4 address as QHostAddress writes one: four
// numbers of 0 to 255 without leading zeros, what Postfix sends.
bool isCanonicalIpv4(QByteArrayView text)
{
    int parts = 0;
    qsizetype i = 0;
    while (i < text.size()) {
        const qsizetype start = i;
        int value = 0;
        while (i < text.size() && text[i] >= '0' && text[i] <= '9' && i - start < 3) {
            value = value * 10 + (text[i++] - '0');
        }
        const qsizetype digits = i - start;
        if (digits == 0 || value > 255 || (digits > 1 && text[start] == '0')) {
            return false;
        }
        if (++parts == 4) {
            return i == text.size();
        }
        if (i == text.size() || text[i++] != '.') {
            return false;
        }
    }
    return false;
}

// One spelling per address, as the store keys it; empty when TEXT is none.
QString canonicalIp(const QByteArray &text)
{
    if (isCanonicalIpv4(text)) {
        return QString::fromLatin1(text); // spelled as QHostAddress would: no parse and print
    }
    QHostAddress address;
    return address.setAddress(QString::fromLatin1(text)) ? address.toString() : QString();
}

// A callback that does nothing once CONTEXT is gone (the connection closed
// while the store or DNS was being asked).
template <class... Args> std::function<void(Args...)> guarded(QObject *context, std::function<void(Args...)> done)
{
    return [guard = QPointer<QObject>(context), done = std::move(done)](Args... args) {
        if (guard) {
            done(std::forward<Args>(args)...);
        }
    };
}

} // namespace

PolicyService::PolicyService(policy::SubmissionPolicy &rules, policy::DomainValidator &domains, QObject *parent)
    : QObject(parent)
    , m_rules(rules)
    , m_domains(domains)
{}

void PolicyService::decide(const PostfixRequest &request, QObject *context, std::function<void(QString action)> done)
{
    const QString ip = canonicalIp(request.value(QByteArrayLiteral("client_address")));
    if (ip.isEmpty()) {
        // Postfix always names the client; without it no rule can count.
        done(QStringLiteral("451 4.3.5 policy request without a client_address"));
        return;
    }
    const QByteArray queueId = request.value(QByteArrayLiteral("queue_id"));
    const QString token =
        queueId.isEmpty() || queueId.size() > 64 ? smtp::SmtpSession::newToken() : QString::fromLatin1(queueId);
    const QByteArray state = request.protocolState();
    auto finish = guarded<QString>(context, std::move(done));
    if (state == "RCPT") {
        // The block comes with the sender's counts: one question to the store.
        checkRecipient(request, ip, token, context, std::move(finish));
        return;
    }
    const QString recipient = QString::fromUtf8(request.value(QByteArrayLiteral("recipient")));
    if (state == "END-OF-MESSAGE") {
        // The block and the count in one question to the store.
        const QString login = QString::fromUtf8(request.value(QByteArrayLiteral("sasl_username")));
        m_rules.admitMessage(
            ip, login, token,
            [this, ip, token, recipient, request, finish = std::move(finish)](Verdict refused) {
                if (refused) {
                    refuse(ip, token, *refused, refused->rule == QLatin1String("auth-failures") ? recipient : QString(),
                           finish);
                    return;
                }
                if (m_verbose) {
                    report(smtp::ServerEvent::accepted(
                        ip, token, {}, QString::fromUtf8(request.value(QByteArrayLiteral("sender"))).left(200),
                        request.value(QByteArrayLiteral("recipient_count")).toInt(),
                        request.value(QByteArrayLiteral("size")).toLongLong()));
                }
                finish(QStringLiteral("DUNNO"));
            },
            true);
        return;
    }
    m_rules.checkConnection(ip, token, [this, ip, token, recipient, finish = std::move(finish)](Verdict blocked) {
        if (blocked) {
            refuse(ip, token, *blocked, recipient, finish);
            return;
        }
        finish(QStringLiteral("DUNNO"));
    });
}

void PolicyService::refuse(const QString &ip, const QString &token, const Rejection &rejection,
                           const QString &recipient, const std::function<void(QString)> &finish)
{
    report(smtp::ServerEvent::refused(ip, token, rejection.rule, rejection.line(), recipient.left(200)));
    finish(rejection.line());
}

void PolicyService::checkRecipient(const PostfixRequest &request, const QString &ip, const QString &token,
                                   QObject *context, std::function<void(QString)> finish)
{
    const QString login = QString::fromUtf8(request.value(QByteArrayLiteral("sasl_username")));
    const QString sender = QString::fromUtf8(request.value(QByteArrayLiteral("sender")));
    const QString recipient = QString::fromUtf8(request.value(QByteArrayLiteral("recipient")));
    const QHostAddress client(ip);
    // FINISH is moved from callback to callback, never copied: a copy of a
    // std::function copies everything it holds.
    m_rules.checkSender(
        client, ip, login, sender, token,
        [this, ip, token, context, sender, recipient, finish = std::move(finish)](Verdict refused) mutable {
            if (refused) {
                refuse(ip, token, *refused, recipient, finish);
                return;
            }
            checkDomain(policy::domainOf(sender), true, ip, token, context,
                        [this, ip, token, context, recipient,
                         finish = std::move(finish)](std::optional<QString> senderRefusal) mutable {
                            if (senderRefusal) {
                                finish(*senderRefusal);
                                return;
                            }
                            checkDomain(policy::domainOf(recipient), false, ip, token, context,
                                        [finish = std::move(finish)](std::optional<QString> recipientRefusal) {
                                            finish(recipientRefusal.value_or(QStringLiteral("DUNNO")));
                                        });
                        });
        },
        true);
}

void PolicyService::checkDomain(const QString &domain, bool sender, const QString &ip, const QString &token,
                                QObject *context, std::function<void(std::optional<QString>)> done)
{
    if (domain.isEmpty()) {
        // A bare local part: Postfix's own reject_non_fqdn_* rules judge those.
        done(std::nullopt);
        return;
    }
    auto settle = [this, domain, sender, ip, token, done = std::move(done)](policy::DomainValidator::Result result) {
        if (result == policy::DomainValidator::Result::Valid) {
            done(std::nullopt);
            return;
        }
        const bool temporary = result == policy::DomainValidator::Result::TemporaryFailure;
        const ServerReply reply = temporary ? ServerReply::TemporaryDnsFailure
                                  : sender  ? ServerReply::InvalidDomain
                                            : ServerReply::InvalidDestinationDomain;
        const Rejection rejection{policy::replyCode(reply), reply, token, ip,
                                  temporary ? QStringLiteral("dns") : QStringLiteral("mx")};
        report(smtp::ServerEvent::refused(ip, token, rejection.rule, rejection.line(), sender ? QString() : domain));
        done(rejection.line());
    };
    if (const auto known = m_domains.cached(domain)) {
        settle(*known);
        return;
    }
    m_domains.check(domain, context, std::move(settle));
}

void PolicyService::decide(const AuthPolicyRequest &request, QObject *context,
                           std::function<void(int status, QString message)> done)
{
    const QString token = request.sessionId.isEmpty() ? smtp::SmtpSession::newToken() : request.sessionId;
    const QString ip = request.remote;
    auto finish = guarded<int, QString>(context, std::move(done));
    if (request.command == AuthPolicyRequest::Command::Allow) {
        m_rules.checkConnection(ip, token, [=](Verdict blocked) {
            if (!blocked) {
                finish(0, {});
                return;
            }
            report(smtp::ServerEvent::connectionRefused(ip, token, blocked->rule, blocked->line()));
            finish(-1, policy::replyText(blocked->reply, blocked->subject, blocked->clientIp));
        });
        return;
    }
    // A report. A login we refused says nothing about the password, and a
    // good one needs no counting.
    if (*request.success || request.policyReject) {
        if (*request.success && m_verbose) {
            report(smtp::ServerEvent::authSucceeded(ip, token, request.login));
        }
        finish(0, {});
        return;
    }
    m_rules.recordAuthentication(ip, request.login, {}, false, [=](policy::AuthOutcome outcome) {
        if (outcome.storeError) {
            report(smtp::ServerEvent::storeFailed(ip, token, outcome.storeError->render(Language::English)));
        } else {
            report(smtp::ServerEvent::authFailed(ip, token, request.login.left(100), outcome.failures));
        }
        if (outcome.block) {
            report(smtp::ServerEvent::blocked(ip, outcome.block->failures, outcome.block->blockedUntilMs));
        }
        finish(0, {});
    });
}

} // namespace mt::policyd
