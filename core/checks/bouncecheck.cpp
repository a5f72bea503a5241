#include "bouncecheck.h"

#include "bounce/bounceadvice.h"
#include "bounce/bounceanalyzer.h"

#include <QHostAddress>
#include <QRegularExpression>
#include <QtConcurrent/QtConcurrentRun>

namespace mt {

namespace {

QString domainOf(const QString &address)
{
    const qsizetype at = address.lastIndexOf(QLatin1Char('@'));
    return at < 0 ? QString() : address.mid(at + 1).toLower();
}

bool isIpReason(const bounce::BounceRecipient &r)
{
    // Our server counted failed logins from the IP: its reverse DNS and
    // blacklists say nothing about a wrong password.
    if (r.rule == QLatin1String("provider.too_many_authorization_failures")) {
        return false;
    }
    return r.reason == QLatin1String("blocked") || r.reason == QLatin1String("badreputation") ||
           r.reason == QLatin1String("requireptr") || r.rule.startsWith(QLatin1String("seed.rbl_"));
}

// The sending IP as the refusing server saw it ("[192.0.2.1]", "IP address
// of: 192.0.2.1"), when the returned headers do not give it.
QString ipInDiagnostic(const bounce::BounceRecipient &r)
{
    static const QRegularExpression ipv4(QStringLiteral(R"((?<![\d.])(\d{1,3}(?:\.\d{1,3}){3})(?![\d.]*\d))"));
    auto it = ipv4.globalMatch(r.diagnostic);
    while (it.hasNext()) {
        const QString ip = it.next().captured(1);
        if (ip != r.remoteIp && !QHostAddress(ip).isNull()) {
            return ip;
        }
    }
    return {};
}

Severity severityOf(const bounce::BounceRecipient &r)
{
    if (r.reason == QLatin1String("delivered") || r.reason == QLatin1String("vacation") ||
        r.reason == QLatin1String("feedback")) {
        return Severity::Info;
    }
    // Unknown is not proof of failure; a delay is not yet one.
    if (r.reason == QLatin1String("undefined") || r.reason == QLatin1String("onhold") ||
        r.action == QLatin1String("delayed") || r.status.startsWith(QLatin1Char('4')) ||
        (r.status.isEmpty() && r.replyCode.startsWith(QLatin1Char('4')))) {
        return Severity::Warning;
    }
    return Severity::Error;
}

} // namespace

BounceFollowUp followUpFor(const bounce::BounceReport &report)
{
    BounceFollowUp next;
    next.sender = report.originalSender;
    auto addDomain = [&next](const QString &domain) {
        if (!domain.isEmpty() && !next.domains.contains(domain)) {
            next.domains << domain;
        }
    };
    auto addIp = [&next](const QString &ip) {
        if (!ip.isEmpty() && !next.ips.contains(ip) && !QHostAddress(ip).isNull()) {
            next.ips << ip;
        }
    };
    for (const bounce::BounceRecipient &r : report.recipients) {
        if (r.reason == QLatin1String("hostunknown")) {
            addDomain(domainOf(r.recipient));
        } else if (r.reason == QLatin1String("authfailure") || r.rule == QLatin1String("provider.invalid_domain")) {
            addDomain(domainOf(report.originalSender));
        } else if (isIpReason(r)) {
            addIp(report.sendingIp.isEmpty() ? ipInDiagnostic(r) : report.sendingIp);
        }
    }
    static const QRegularExpression analyzable(QStringLiteral("^(received|dkim-signature):"),
                                               QRegularExpression::CaseInsensitiveOption |
                                                   QRegularExpression::MultilineOption);
    if (QString::fromUtf8(report.returnedHeaders).contains(analyzable)) {
        next.returnedMessage = report.returnedHeaders;
    }
    return next;
}

QVariantMap recipientFacts(const bounce::BounceRecipient &r)
{
    QVariantMap facts{
        {QStringLiteral("reason"), r.reason},          {QStringLiteral("rule"), r.rule},
        {QStringLiteral("status"), r.status},          {QStringLiteral("reply_code"), r.replyCode},
        {QStringLiteral("recipient"), r.recipient},    {QStringLiteral("remote_host"), r.remoteHost},
        {QStringLiteral("remote_ip"), r.remoteIp},     {QStringLiteral("diagnostic"), r.diagnostic},
        {QStringLiteral("action"), r.action},          {QStringLiteral("command"), r.command},
        {QStringLiteral("hard_bounce"), r.hardBounce},
    };
    if (!r.feedbackType.isEmpty()) {
        facts.insert(QStringLiteral("feedback_type"), r.feedbackType);
    }
    if (!r.evidence.isEmpty()) {
        facts.insert(QStringLiteral("evidence"), r.evidence); // the words that decided
    }
    return facts;
}

QVariantMap reportFacts(const bounce::BounceReport &report)
{
    QVariantMap facts{
        {QStringLiteral("kind"), report.kind},
        {QStringLiteral("original_sender"), report.originalSender},
        {QStringLiteral("original_subject"), report.originalSubject},
        {QStringLiteral("sending_ip"), report.sendingIp},
    };
    if (!report.producer.isEmpty()) {
        facts.insert(QStringLiteral("producer"), report.producer);
    }
    return facts;
}

namespace {

// Who can fix what a bounce says: the recipient's side for a full or
// closed mailbox or a server that is down, us for refusals of our servers'
// addresses by reputation, the customer (our own server's refusals, wrong
// addresses, content) otherwise.
Actor actorOf(const bounce::BounceRecipient &r)
{
    static const QStringList recipientSide{QStringLiteral("mailboxfull"), QStringLiteral("systemfull"),
                                           QStringLiteral("systemerror"), QStringLiteral("suspend"),
                                           QStringLiteral("notaccept"),   QStringLiteral("networkerror"),
                                           QStringLiteral("expired"),     QStringLiteral("hasmoved")};
    static const QStringList ourSide{QStringLiteral("blocked"), QStringLiteral("badreputation"),
                                     QStringLiteral("requireptr")};
    if (r.rule.startsWith(QLatin1String("provider."))) {
        return Actor::Customer;
    }
    if (recipientSide.contains(r.reason)) {
        return Actor::Recipient;
    }
    return ourSide.contains(r.reason) ? Actor::Provider : Actor::Customer;
}

} // namespace

Findings bounceFindings(const bounce::BounceReport &report, const policy::Limits &limits)
{
    Findings findings;
    const QVariantMap shared = reportFacts(report);
    for (const bounce::BounceRecipient &r : report.recipients) {
        const BounceAdvice advice = adviceFor(r, limits);
        QVariantMap data = recipientFacts(r);
        data.insert(shared);
        Finding f(QStringLiteral("bounce"), r.recipient, severityOf(r), QStringLiteral("bounce.") + r.reason,
                  advice.summary, advice.advice, data);
        f.actor = actorOf(r);
        if (r.recipient.isEmpty()) {
            f.subjectKind = SubjectKind::Text; // a reply line names no recipient
        }
        if (r.rule == QLatin1String("provider.too_many_authorization_failures")) {
            // The block is on the customer's IP, not on a recipient: the
            // answer names it, and it is what staff unblock.
            QString blockedIp = ipInDiagnostic(r); // "Connection refused from 192.0.2.1"
            if (blockedIp.isEmpty()) {
                blockedIp = report.sendingIp;
            }
            if (!blockedIp.isEmpty()) {
                f.subject = blockedIp;
                f.subjectKind = SubjectKind::Ip;
            }
        }
        findings << f;
    }
    return findings;
}

BounceCheck::BounceCheck(QByteArray text, const policy::Limits &limits, QObject *parent)
    : AsyncCheck(parent)
    , m_text(std::move(text))
    , m_limits(limits)
{}

BounceCheck::BounceCheck(QString pasted, const policy::Limits &limits, QObject *parent)
    : AsyncCheck(parent)
    , m_pasted(std::move(pasted))
    , m_limits(limits)
{}

void BounceCheck::start()
{
    // The continuation runs on this object's thread, and not at all once
    // this object is destroyed (the diagnosis was cancelled). When the
    // parse is done before then() is attached, Qt runs the continuation
    // right away; the queued call keeps the results after start() anyway.
    QtConcurrent::run([text = m_text, pasted = m_pasted] {
        return bounce::analyzeBounce(pasted.isNull() ? text : pasted.toUtf8());
    }).then(this, [this](const bounce::BounceReport &report) {
        QMetaObject::invokeMethod(
            this, [this, report] { deliver(report); }, Qt::QueuedConnection);
    });
}

void BounceCheck::deliver(const bounce::BounceReport &report)
{
    m_report = report;
    m_text.clear();
    m_pasted.clear();
    const BounceFollowUp next = followUpFor(m_report);
    if (!next.domains.isEmpty() || !next.ips.isEmpty() || !next.returnedMessage.isEmpty()) {
        emit followUp(next);
    }
    emit finished(bounceFindings(m_report, m_limits));
}

} // namespace mt
