#pragma once

#include "reasondialog.h"

namespace mt {

// Asks why an IP is unblocked (the audit trail keeps it); OK stays off
// while the reason is empty. Only collects text: the page does the unblock.
class UnblockDialog final : public ReasonDialog
{
    Q_OBJECT

public:
    UnblockDialog(const QString &ip, const QString &who, QWidget *parent = nullptr);

    QString ip() const { return m_ip; }

private:
    QString m_ip;
};

} // namespace mt
