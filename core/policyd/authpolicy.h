#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace mt::policyd {

// Dovecot's auth policy protocol (auth_policy_server_url): Dovecot POSTs a
// JSON object of the attributes in auth_policy_request_attributes (by
// default login, pwhash, remote, device_id, protocol, session_id) to
// URL?command=allow before and after a login, and to URL?command=report
// afterwards with "success" and "policy_reject" added. The answer is
// {"status": N, "msg": "..."}: below 0 refuses the login with MSG as the
// reason, 0 allows it, above 0 delays it by N seconds.
struct AuthPolicyRequest
{
    enum class Command
    {
        Allow,
        Report,
    };
    Command command = Command::Allow;
    QString login;
    QString remote; // the client's IP
    QString protocol;
    QString sessionId;
    std::optional<bool> success; // report only
    bool policyReject = false;   // report: the login was refused by us, not by its password

    // Nullopt with a short ERROR (English, for the HTTP answer) when COMMAND
    // is neither "allow" nor "report", or BODY is not a JSON object with a
    // textual "remote" that is an IP address.
    static std::optional<AuthPolicyRequest> parse(const QByteArray &command, const QByteArray &body, QByteArray *error);
};

// {"status":STATUS,"msg":"MESSAGE"}
QByteArray authPolicyAnswer(int status, const QString &message = {});

} // namespace mt::policyd
