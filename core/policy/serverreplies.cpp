#include "serverreplies.h"

namespace mt::policy {

int replyCode(ServerReply reply)
{
    // Every rejection in the help pages is shown by clients as 550
    // ("Odpowiedź serwera: 550 5.1.0 ... authentication failed").
    return reply == ServerReply::TemporaryDnsFailure || reply == ServerReply::StoreUnavailable ? 451 : 550;
}

QString replyText(ServerReply reply, const QString &subject, const QString &clientIp)
{
    switch (reply) {
    case ServerReply::AuthenticationFailed:
        return QStringLiteral("5.1.0 %1 authentication failed").arg(subject);
    case ServerReply::SenderRejected:
        return QStringLiteral("5.1.0 <%1> sender rejected").arg(subject);
    case ServerReply::InvalidDomain:
        return QStringLiteral("5.1.1 %1 invalid domain").arg(subject);
    case ServerReply::InvalidDestinationDomain:
        return QStringLiteral("5.1.1 %1 invalid destination domain").arg(subject);
    case ServerReply::InvalidDestinationDomains:
        return QStringLiteral("5.1.1 %1 invalid destination domains").arg(subject);
    case ServerReply::TooManyAuthFailures:
        return QStringLiteral("5.1.0 %1 Connection refused from %2. Too many authorization failures from this IP, "
                              "try again later.")
            .arg(subject, clientIp);
    case ServerReply::PolicyViolation:
        return QStringLiteral("5.1.0 %1 policy violation").arg(subject);
    case ServerReply::SpamDetected:
        return QStringLiteral("5.1.0 %1 spam detected").arg(subject);
    case ServerReply::TemporaryDnsFailure:
        return QStringLiteral("4.4.3 %1 temporary DNS failure, try again later").arg(subject);
    case ServerReply::StoreUnavailable:
        return QStringLiteral("4.3.0 %1 temporary failure of the shared state, try again later").arg(subject);
    }
    return {};
}

QString replyLine(ServerReply reply, const QString &subject, const QString &clientIp)
{
    return QStringLiteral("%1 %2").arg(replyCode(reply)).arg(replyText(reply, subject, clientIp));
}

} // namespace mt::policy
