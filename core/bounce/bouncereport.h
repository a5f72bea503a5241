#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace mt::bounce {

// One recipient a bounce reports on, with the facts as the text states
// them: nothing here is invented (an empty field was not in the text).
struct BounceRecipient
{
    QString recipient;
    QString action;     // failed, delayed, delivered, relayed, expanded (RFC 3464); empty if not said
    QString status;     // enhanced status code, e.g. "5.1.1"
    QString replyCode;  // SMTP reply code, e.g. "550"
    QString remoteHost; // the server that refused
    QString remoteIp;
    QString diagnostic;     // the refusing server's (or the MTA's) own words
    QString diagnosticType; // of an RFC 3464 Diagnostic-Code: smtp, x-unix, x-postfix, ...
    QString command;        // SMTP command it answered: CONN, HELO, MAIL, RCPT, DATA; empty if not said
    QString feedbackType;   // ARF reports: abuse, opt-out, auth-failure, ...
    // The notice's error text around it, read by the classifier when the
    // diagnostic itself says nothing it knows.
    QString context;

    // From the classification.
    QString reason;        // Sisimai's vocabulary, lower case
    QString rule;          // the rule that decided it, e.g. "provider.invalid_destination_domain"
    QString evidence;      // the phrase of the vocabulary that decided it, when one did
    QStringList decidedBy; // every rule that took part, as keys of a RuleFilter
    bool hardBounce = false;
};

// What one pasted bounce, notice or reply line says.
struct BounceReport
{
    // dsn (RFC 3464), feedback (ARF), autoreply (RFC 3834), notice (an
    // MTA's own format), reply (a fragment or a single reply line).
    QString kind;
    QList<BounceRecipient> recipients;
    // The returned message, when quoted.
    QString originalSender;
    QString originalRecipient;
    QString originalSubject;
    QString originalMessageId;
    QString sendingIp;          // the client IP of the first Received hop of the returned message
    QByteArray returnedHeaders; // the returned message's header block as written (LF line ends)
    QString notice;             // the notice's own text (its start), for the classifier's fallback
    QString reportingMta;
    QString producer; // the software that wrote the notice, when recognized (core/bounce/producer.cpp)
};

} // namespace mt::bounce
