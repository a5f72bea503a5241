#pragma once

#include "asynccheck.h"
#include "bounce/bouncereport.h"
#include "policy/policy.h"

#include <QByteArray>
#include <QStringList>
#include <QVariantMap>

namespace mt {

// What a bounce says to look at next: the recipient's domain when it is
// unknown (address syntax, MX/A), the sender's domain when authentication
// failed (SPF, DMARC), the sending IP when it was blocked or has no reverse
// DNS (DNSBL, GeoIP, PTR).
struct BounceFollowUp
{
    QStringList domains;
    QStringList ips;
    QString sender; // of the returned message: whose countries apply to the IPs
    // The returned message's header block, when it shows a path or a
    // signature worth analyzing (core/message).
    QByteArray returnedMessage;
};

BounceFollowUp followUpFor(const bounce::BounceReport &report);

// What the bounce says about one recipient, under the CLI's field names
// (docs/cli.md)
// (feedback_type only for a complaint): the findings' data and the CLI's
// JSON both start from it.
QVariantMap recipientFacts(const bounce::BounceRecipient &r);

// What the bounce says about all its recipients (kind, original sender and
// subject, sending IP): added to each finding's data and to the CLI's JSON.
QVariantMap reportFacts(const bounce::BounceReport &report);

// One finding per reported recipient: its reason in plain words, the
// advice, and every extracted fact in data (docs/cli.md's bounce fields plus
// rule, action, command, hard_bounce, original sender/subject, sending IP).
// LIMITS are the loaded policy's, quoted by the advice on the provider's replies.
Findings bounceFindings(const bounce::BounceReport &report, const policy::Limits &limits);

// The "bounce" check: parses a pasted bounce, fragment or reply line off
// the GUI thread (a 50 MB paste must not freeze the window), then reports
// its findings and what to check next.
class BounceCheck final : public AsyncCheck
{
    Q_OBJECT

public:
    BounceCheck(QByteArray text, const policy::Limits &limits, QObject *parent = nullptr);
    // Pasted text: converted to bytes on the worker thread too.
    BounceCheck(QString pasted, const policy::Limits &limits, QObject *parent = nullptr);

    void start() override;
    const bounce::BounceReport &report() const { return m_report; }

signals:
    // Emitted once, just before finished(), when there is anything to follow up.
    void followUp(const mt::BounceFollowUp &next);

private:
    void deliver(const bounce::BounceReport &report);

    QByteArray m_text;
    QString m_pasted;
    policy::Limits m_limits;
    bounce::BounceReport m_report;
};

} // namespace mt
