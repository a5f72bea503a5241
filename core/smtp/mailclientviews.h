#pragma once

#include "common/localizedtext.h"

#include <QList>

namespace mt::smtp {

// Where in a submission the server said no: clients word the error by it.
enum class ReplyStage
{
    Connect, // greeting (or XCLIENT's new greeting)
    Auth,
    Mail,
    Rcpt,
    Data,
};

// How a mail client shows a server's refusal to the customer, as the help
// pages (docs/policy.md) quote them; the server reply is filled in.
struct MailClientView
{
    QString client; // "MS Outlook", "Thunderbird", "Opera Mail", "Webmail"
    LocalizedText text;
};

// REPLY is the full line ("550 5.1.0 <token> authentication failed");
// ACCOUNT names the account as Outlook does in its task name.
QList<MailClientView> mailClientViews(ReplyStage stage, const QString &reply, const QString &account);

} // namespace mt::smtp
