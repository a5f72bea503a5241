#include "unblockdialog.h"

#include <QLineEdit>

namespace mt {

UnblockDialog::UnblockDialog(const QString &ip, const QString &who, QWidget *parent)
    : ReasonDialog(QStringLiteral("unblock"), who, parent)
    , m_ip(ip)
{
    setWindowTitle(tr("Unblock %1").arg(ip));
    setIntro(tr("The address %1 can connect again at once. Say why; the audit trail keeps the reason with your name "
                "and the time.")
                 .arg(ip));
    whoEdit()->setAccessibleName(tr("Who unblocks"));
    setReasonExample(tr("Required, e.g. \"customer fixed the password in Outlook, ticket 1234\""),
                     tr("e.g. customer fixed the password in Outlook, ticket 1234"));
    setAcceptText(tr("&Unblock"));
}

} // namespace mt
