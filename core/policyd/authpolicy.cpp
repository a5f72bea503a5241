#include "authpolicy.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>

namespace mt::policyd {

namespace {

// Dovecot nests attributes whose names hold a slash ("a/b" -> {"a":{"b":..}});
// ours are flat, so a nested one is simply not one of ours.
QString textOf(const QJsonObject &object, const char *name)
{
    const QJsonValue value = object.value(QLatin1String(name));
    return value.isString() ? value.toString() : QString();
}

} // namespace

std::optional<AuthPolicyRequest> AuthPolicyRequest::parse(const QByteArray &command, const QByteArray &body,
                                                          QByteArray *error)
{
    AuthPolicyRequest request;
    if (command == "allow") {
        request.command = Command::Allow;
    } else if (command == "report") {
        request.command = Command::Report;
    } else {
        *error = QByteArrayLiteral("command must be allow or report");
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *error = QByteArrayLiteral("the body is not a JSON object");
        return std::nullopt;
    }
    const QJsonObject object = document.object();
    request.login = textOf(object, "login").left(320);
    request.remote = textOf(object, "remote");
    request.protocol = textOf(object, "protocol").left(40);
    request.sessionId = textOf(object, "session_id").left(64);
    QHostAddress address;
    if (request.remote.isEmpty() || !address.setAddress(request.remote)) {
        *error = QByteArrayLiteral("remote must be the client's IP address");
        return std::nullopt;
    }
    request.remote = address.toString(); // one spelling per address, as the store keys it
    if (object.value(QLatin1String("success")).isBool()) {
        request.success = object.value(QLatin1String("success")).toBool();
    }
    request.policyReject = object.value(QLatin1String("policy_reject")).toBool(false);
    if (request.command == Command::Report && !request.success) {
        *error = QByteArrayLiteral("a report needs success: true or false");
        return std::nullopt;
    }
    return request;
}

QByteArray authPolicyAnswer(int status, const QString &message)
{
    QJsonObject answer;
    answer.insert(QLatin1String("status"), status);
    answer.insert(QLatin1String("msg"), message);
    return QJsonDocument(answer).toJson(QJsonDocument::Compact);
}

} // namespace mt::policyd
