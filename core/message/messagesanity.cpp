#include "messagesanity.h"

#include "checks/organizationaldomain.h"
#include "receivedline.h"

#include <QRegularExpression>

namespace mt::message {
namespace {

const QString kCheck = QStringLiteral("message");
constexpr qint64 kLargeMessage = 25 * 1024 * 1024; // what most providers accept
constexpr qint64 kDateSlackSeconds = 15 * 60;      // a sender's clock may be a little ahead

// One remedy per header, whether it is missing or wrong.
const char messageIdAdvice[] =
    QT_TRANSLATE_NOOP("Advice", "Check the settings of the program or server that sends the messages from %1: it "
                                "must give every message a Message-ID of the form <unique-id@%1>.");
const char dateAdvice[] =
    QT_TRANSLATE_NOOP("Advice", "Check the program or server that sends the messages from %1: it must write a "
                                "correct Date header, and its date, time and time zone must be set correctly "
                                "(automatic time).");

Finding finding(Severity severity, const char *code, const char *summary, const QStringList &args,
                const char *advice = nullptr, const QStringList &adviceArgs = {})
{
    Finding f(kCheck, QString(), severity, QLatin1String(code), {"Findings", summary, args});
    if (advice) {
        f.advice = {"Advice", advice, adviceArgs};
    }
    return f;
}

QString orgOf(const QString &domain)
{
    const QString org = organizationalDomain(domain);
    return org.isEmpty() ? domain : org;
}

} // namespace

QString firstAddress(const QByteArray &value)
{
    static const QRegularExpression angle(QStringLiteral("<([^<>@\\s]+@[^<>\\s]+)>"));
    static const QRegularExpression bare(QStringLiteral("([^\\s<>\"(),;:]+@[A-Za-z0-9.-]+)"));
    const QString text = QString::fromUtf8(value);
    auto m = angle.match(text);
    if (!m.hasMatch()) {
        m = bare.match(text);
    }
    return m.hasMatch() ? m.captured(1) : QString();
}

QString addressDomain(const QByteArray &value)
{
    const QString address = firstAddress(value);
    QString domain = address.section(QLatin1Char('@'), -1).toLower();
    while (domain.endsWith(QLatin1Char('.'))) {
        domain.chop(1);
    }
    return domain;
}

Findings checkMessageSanity(const RawMessage &message, const QDateTime &now)
{
    Findings findings;
    const HeaderField *from = message.first("From");
    QVariantMap identities;
    auto domainOf = [&message, &identities](const char *name) {
        const HeaderField *field = message.first(name);
        const QString domain = field ? addressDomain(field->value()) : QString();
        if (field) {
            identities.insert(QString::fromLatin1(name).toLower(), QString::fromUtf8(field->value()));
        }
        return domain;
    };
    const QString fromDomain = domainOf("From");
    const QString senderDomain = domainOf("Sender");
    const QString replyDomain = domainOf("Reply-To");
    const QString returnDomain = domainOf("Return-Path");
    // The domain the advice names: the sending program's settings are its owner's.
    const QString sender = fromDomain.isEmpty() ? QStringLiteral("?") : fromDomain;

    if (!from) {
        findings << finding(Severity::Error, "message.no_from",
                            QT_TRANSLATE_NOOP("Findings", "The message has no From header: receivers reject or "
                                                          "distrust it, and DMARC cannot be evaluated."),
                            {});
    } else if (message.all("From").size() > 1) {
        findings << finding(Severity::Error, "message.many_from",
                            QT_TRANSLATE_NOOP("Findings", "The message has %1 From headers; receivers such as Gmail "
                                                          "reject such messages."),
                            {QString::number(message.all("From").size())});
    }
    if (!fromDomain.isEmpty()) {
        Finding f = finding(Severity::Info, "message.identities",
                            QT_TRANSLATE_NOOP("Findings", "From: %1, Sender: %2, Reply-To: %3, Return-Path: %4."),
                            {fromDomain, senderDomain.isEmpty() ? QStringLiteral("-") : senderDomain,
                             replyDomain.isEmpty() ? QStringLiteral("-") : replyDomain,
                             returnDomain.isEmpty() ? QStringLiteral("-") : returnDomain});
        f.subject = fromDomain;
        f.data = identities;
        findings << f;
        if (!replyDomain.isEmpty() && orgOf(replyDomain) != orgOf(fromDomain)) {
            Finding r = finding(Severity::Warning, "message.reply_to_elsewhere",
                                QT_TRANSLATE_NOOP("Findings", "Replies go to %2, another domain than the sender's %1. "
                                                              "Legitimate for some newsletters and forms, but typical "
                                                              "of phishing: check who owns %2."),
                                {fromDomain, replyDomain});
            r.subject = fromDomain;
            findings << r;
        }
    }

    const HeaderField *messageId = message.first("Message-ID");
    static const QRegularExpression idPattern(QStringLiteral("^<[^<>@\\s]+@[^<>@\\s]+>$"));
    if (!messageId) {
        findings << finding(Severity::Warning, "message.no_message_id",
                            QT_TRANSLATE_NOOP("Findings", "The message has no Message-ID header; spam filters count "
                                                          "that against it, and Gmail may reject it."),
                            {}, messageIdAdvice, {sender});
    } else if (!idPattern.match(QString::fromUtf8(messageId->value())).hasMatch()) {
        findings << finding(Severity::Warning, "message.bad_message_id",
                            QT_TRANSLATE_NOOP("Findings", "The Message-ID \"%1\" is not of the form <id@domain>; "
                                                          "spam filters count that against the message."),
                            {QString::fromUtf8(messageId->value().left(200))}, messageIdAdvice, {sender});
    }

    const HeaderField *date = message.first("Date");
    if (!date) {
        findings << finding(Severity::Warning, "message.no_date",
                            QT_TRANSLATE_NOOP("Findings", "The message has no Date header; spam filters count that "
                                                          "against it."),
                            {}, dateAdvice, {sender});
    } else {
        const QDateTime when = parseReceivedLine("x; " + date->value()).date;
        if (!when.isValid()) {
            findings << finding(Severity::Warning, "message.bad_date",
                                QT_TRANSLATE_NOOP("Findings", "The Date header \"%1\" cannot be read as a date."),
                                {QString::fromUtf8(date->value().left(200))}, dateAdvice, {sender});
        } else if (now.isValid() && now.secsTo(when) > kDateSlackSeconds) {
            findings << finding(Severity::Warning, "message.date_future",
                                QT_TRANSLATE_NOOP("Findings", "The message is dated %1, in the future: the sender's "
                                                              "clock is wrong, which spam filters notice."),
                                {when.toUTC().toString(Qt::ISODate)}, dateAdvice, {sender});
        }
    }

    // Bulk mail: Gmail's and Yahoo's 2024 requirements.
    const HeaderField *precedence = message.first("Precedence");
    const bool bulk = message.first("List-Id") ||
                      (precedence && QString::fromUtf8(precedence->value())
                                         .contains(QRegularExpression(QStringLiteral("bulk|list"),
                                                                      QRegularExpression::CaseInsensitiveOption)));
    const HeaderField *unsubscribe = message.first("List-Unsubscribe");
    if (bulk && !unsubscribe) {
        findings << finding(Severity::Warning, "message.no_unsubscribe",
                            QT_TRANSLATE_NOOP("Findings", "This is bulk mail (a mailing list or newsletter) without "
                                                          "a List-Unsubscribe header: since 2024 Gmail and Yahoo "
                                                          "send such mail to spam or reject it."),
                            {},
                            QT_TRANSLATE_NOOP("Advice", "Add List-Unsubscribe (with an https link) and "
                                                        "List-Unsubscribe-Post: List-Unsubscribe=One-Click to the "
                                                        "newsletter's messages; most mailing programs have an "
                                                        "option for it."));
    } else if (unsubscribe && !message.first("List-Unsubscribe-Post") && unsubscribe->value().contains("http")) {
        findings << finding(Severity::Warning, "message.no_one_click",
                            QT_TRANSLATE_NOOP("Findings", "List-Unsubscribe has a link but there is no "
                                                          "List-Unsubscribe-Post header: Gmail and Yahoo require "
                                                          "one-click unsubscription (RFC 8058) from bulk senders."),
                            {},
                            QT_TRANSLATE_NOOP("Advice", "Add the header List-Unsubscribe-Post: "
                                                        "List-Unsubscribe=One-Click, and make the link accept a "
                                                        "POST request."));
    }

    if (message.size > kLargeMessage) {
        findings << finding(Severity::Warning, "message.large",
                            QT_TRANSLATE_NOOP("Findings", "The message is %1 MB; many servers accept at most 25 MB "
                                                          "(attachments grow by a third when sent)."),
                            {QString::number(double(message.size) / (1024.0 * 1024.0), 'f', 1)},
                            QT_TRANSLATE_NOOP("Advice", "Send large files as a link (a cloud drive) instead of "
                                                        "attachments."));
    }
    for (Finding &f : findings) {
        if (f.subject.isEmpty()) {
            f.subject = fromDomain; // the answer names the domain whose mail it is
        }
    }
    return findings;
}

} // namespace mt::message
