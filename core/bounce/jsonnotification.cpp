#include "jsonnotification.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace mt::bounce {

namespace {

QString stringOf(const QJsonObject &object, const char *name)
{
    return object.value(QLatin1String(name)).toString();
}

// "smtp; 550 5.1.1 ..." -> "550 5.1.1 ..."
QString withoutDiagnosticType(const QString &code)
{
    const qsizetype semicolon = code.indexOf(QLatin1Char(';'));
    return semicolon > 0 && semicolon < 24 ? code.mid(semicolon + 1).trimmed() : code.trimmed();
}

} // namespace

std::optional<BounceReport> parseJsonNotification(const QString &text)
{
    qsizetype start = text.indexOf(QLatin1String("{\"notificationType\""));
    if (start < 0) {
        start = text.indexOf(QLatin1String("{\"eventType\""));
    }
    if (start < 0) {
        return std::nullopt;
    }
    // The object ends where its braces balance (strings may hold braces).
    qsizetype end = -1;
    int depth = 0;
    bool inString = false;
    for (qsizetype i = start; i < text.size() && end < 0; ++i) {
        const QChar c = text.at(i);
        if (inString) {
            if (c == QLatin1Char('\\')) {
                ++i;
            } else if (c == QLatin1Char('"')) {
                inString = false;
            }
        } else if (c == QLatin1Char('"')) {
            inString = true;
        } else if (c == QLatin1Char('{')) {
            ++depth;
        } else if (c == QLatin1Char('}') && --depth == 0) {
            end = i + 1;
        }
    }
    if (end < 0) {
        return std::nullopt;
    }
    const QJsonObject root = QJsonDocument::fromJson(text.mid(start, end - start).toUtf8()).object();
    QString type = stringOf(root, "notificationType");
    if (type.isEmpty()) {
        type = stringOf(root, "eventType");
    }
    const QJsonObject mail = root.value(QLatin1String("mail")).toObject();
    BounceReport report;
    report.originalSender = stringOf(mail, "source");
    report.originalMessageId = stringOf(mail, "messageId");
    report.sendingIp = stringOf(mail, "sourceIp");
    if (type == QLatin1String("Complaint")) {
        const QJsonObject complaint = root.value(QLatin1String("complaint")).toObject();
        report.kind = QStringLiteral("feedback");
        const QString feedbackType = stringOf(complaint, "complaintFeedbackType");
        for (const QJsonValue &value : complaint.value(QLatin1String("complainedRecipients")).toArray()) {
            BounceRecipient recipient;
            recipient.recipient = stringOf(value.toObject(), "emailAddress");
            recipient.feedbackType = feedbackType.isEmpty() ? QStringLiteral("abuse") : feedbackType.toLower();
            report.recipients.append(recipient);
        }
    } else if (type == QLatin1String("Bounce")) {
        const QJsonObject bounce = root.value(QLatin1String("bounce")).toObject();
        report.kind = QStringLiteral("dsn");
        report.reportingMta = withoutDiagnosticType(stringOf(bounce, "reportingMTA"));
        for (const QJsonValue &value : bounce.value(QLatin1String("bouncedRecipients")).toArray()) {
            const QJsonObject object = value.toObject();
            BounceRecipient recipient;
            recipient.recipient = stringOf(object, "emailAddress");
            recipient.action = stringOf(object, "action").toLower();
            recipient.status = stringOf(object, "status");
            const QString code = stringOf(object, "diagnosticCode");
            recipient.diagnostic = withoutDiagnosticType(code);
            if (const qsizetype semicolon = code.indexOf(QLatin1Char(';')); semicolon > 0 && semicolon < 24) {
                recipient.diagnosticType = code.first(semicolon).trimmed().toLower();
            }
            report.recipients.append(recipient);
        }
    } else if (type == QLatin1String("Delivery")) {
        const QJsonObject delivery = root.value(QLatin1String("delivery")).toObject();
        report.kind = QStringLiteral("dsn");
        report.reportingMta = stringOf(delivery, "reportingMTA");
        for (const QJsonValue &value : delivery.value(QLatin1String("recipients")).toArray()) {
            BounceRecipient recipient;
            recipient.recipient = value.toString();
            recipient.action = QStringLiteral("delivered");
            recipient.diagnostic = stringOf(delivery, "smtpResponse");
            report.recipients.append(recipient);
        }
    }
    if (report.recipients.isEmpty()) {
        return std::nullopt;
    }
    return report;
}

} // namespace mt::bounce
