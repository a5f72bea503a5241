#include "reasondialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace mt {

ReasonDialog::ReasonDialog(const QString &name, const QString &who, QWidget *parent)
    : QDialog(parent)
{
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_who = new QLineEdit(who, this);
    m_who->setObjectName(name + QStringLiteral("Who"));
    m_who->setToolTip(tr("Your name or login, for the audit trail"));
    m_reason = new QPlainTextEdit(this);
    m_reason->setObjectName(name + QStringLiteral("Reason"));
    m_reason->setAccessibleName(tr("Reason"));
    m_reason->setTabChangesFocus(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Who:"), m_who);
    form->addRow(tr("&Reason:"), m_reason);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (canAccept()) {
            submit();
            accept();
        }
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &ReasonDialog::updateButtons);
    connect(m_who, &QLineEdit::textChanged, this, &ReasonDialog::updateButtons);
    m_reason->setFocus();
    updateButtons();
}

void ReasonDialog::setIntro(const QString &text)
{
    m_intro->setText(text);
}

void ReasonDialog::setAcceptText(const QString &text)
{
    m_buttons->button(QDialogButtonBox::Ok)->setText(text);
}

void ReasonDialog::setReasonExample(const QString &tooltip, const QString &placeholder)
{
    m_reason->setToolTip(tooltip);
    m_reason->setPlaceholderText(placeholder);
}

QString ReasonDialog::who() const
{
    return m_who->text().trimmed();
}

QString ReasonDialog::reason() const
{
    return m_reason->toPlainText().simplified();
}

bool ReasonDialog::canAccept() const
{
    return !reason().isEmpty() && !who().isEmpty();
}

void ReasonDialog::updateButtons()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(canAccept());
}

} // namespace mt
