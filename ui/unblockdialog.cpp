#include "unblockdialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace mt {

UnblockDialog::UnblockDialog(const QString &ip, const QString &who, QWidget *parent)
    : QDialog(parent)
    , m_ip(ip)
{
    setWindowTitle(tr("Unblock %1").arg(ip));
    m_intro = new QLabel(tr("The address %1 can connect again at once. Say why; the audit trail keeps the reason "
                            "with your name and the time.")
                             .arg(ip),
                         this);
    m_intro->setWordWrap(true);
    m_who = new QLineEdit(who, this);
    m_who->setObjectName(QStringLiteral("unblockWho"));
    m_who->setAccessibleName(tr("Who unblocks"));
    m_who->setToolTip(tr("Your name or login, for the audit trail"));
    m_reason = new QPlainTextEdit(this);
    m_reason->setObjectName(QStringLiteral("unblockReason"));
    m_reason->setAccessibleName(tr("Reason"));
    m_reason->setToolTip(tr("Required, e.g. \"customer fixed the password in Outlook, ticket 1234\""));
    m_reason->setPlaceholderText(tr("e.g. customer fixed the password in Outlook, ticket 1234"));
    m_reason->setTabChangesFocus(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Unblock"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Who:"), m_who);
    form->addRow(tr("&Reason:"), m_reason);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (canAccept()) {
            accept();
        }
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &UnblockDialog::updateButtons);
    connect(m_who, &QLineEdit::textChanged, this, &UnblockDialog::updateButtons);
    m_reason->setFocus();
    updateButtons();
}

QString UnblockDialog::who() const
{
    return m_who->text().trimmed();
}

QString UnblockDialog::reason() const
{
    // One line in the trail, whatever was typed.
    return m_reason->toPlainText().simplified();
}

bool UnblockDialog::canAccept() const
{
    return !reason().isEmpty() && !who().isEmpty();
}

void UnblockDialog::updateButtons()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(canAccept());
}

} // namespace mt
