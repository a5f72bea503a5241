#pragma once

#include <QString>

namespace mt::policy {

// The provider's submission server's replies, word for word as the help
// pages print them (docs/policy.md lists them with their rules). The one
// home of these texts: the server sends them, the diagnosis predicts them.
enum class ServerReply
{
    AuthenticationFailed,      // 5.1.0 <token> authentication failed
    SenderRejected,            // 5.1.0 <address> sender rejected
    InvalidDomain,             // 5.1.1 <token> invalid domain (sender)
    InvalidDestinationDomain,  // 5.1.1 <token> invalid destination domain (one recipient)
    InvalidDestinationDomains, // 5.1.1 <token> invalid destination domains (several)
    TooManyAuthFailures,       // 5.1.0 <token> Connection refused from <ip>. Too many ...
    PolicyViolation,           // 5.1.0 <token> policy violation
    SpamDetected,              // 5.1.0 <token> spam detected
    TemporaryDnsFailure,       // 451 4.4.3 <token> temporary DNS failure, try again later (ours: not in the help pages)
    StoreUnavailable,          // 451 4.3.0 <token> temporary failure of the shared state, try again later (ours)
};

// The session token as the help pages show it; findings quote replies with it so
// staff recognize the text customers paste from the help pages.
inline constexpr char exampleToken[] = "piWs1j0010jifNx01iWsdh";

int replyCode(ServerReply reply);

// The enhanced status code and text without the 3-digit code, as clients
// such as Thunderbird show it. SUBJECT is the token, or the address for
// SenderRejected; CLIENT_IP is used by TooManyAuthFailures.
QString replyText(ServerReply reply, const QString &subject, const QString &clientIp = {});

// The full reply line: "550 5.1.1 ... invalid domain".
QString replyLine(ServerReply reply, const QString &subject, const QString &clientIp = {});

} // namespace mt::policy
