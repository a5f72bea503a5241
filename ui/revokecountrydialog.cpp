#include "revokecountrydialog.h"

#include "countryexceptionmodel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace mt {

RevokeCountryDialog::RevokeCountryDialog(const QString &domain, const QString &country, const QString &who,
                                         QWidget *parent)
    : QDialog(parent)
    , m_domain(domain)
    , m_country(country)
{
    setObjectName(QStringLiteral("revokeCountryDialog"));
    const QString countryText = CountryExceptionModel::countryLabel(country);
    setWindowTitle(tr("Revoke the exception for %1").arg(domain));
    auto *intro = new QLabel(tr("The accounts of %1 can no longer connect from %2, on every server that shares the "
                                "state, unless the policy allows it. Say why; the audit trail keeps the reason "
                                "with your name and the time.")
                                 .arg(domain, countryText),
                             this);
    intro->setWordWrap(true);
    m_who = new QLineEdit(who, this);
    m_who->setObjectName(QStringLiteral("revokeWho"));
    m_who->setToolTip(tr("Your name or login, for the audit trail"));
    m_reason = new QPlainTextEdit(this);
    m_reason->setObjectName(QStringLiteral("revokeReason"));
    m_reason->setToolTip(tr("Required"));
    m_reason->setPlaceholderText(tr("e.g. customer is back home, ticket 1234"));
    m_reason->setTabChangesFocus(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Revoke"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Who:"), m_who);
    form->addRow(tr("&Reason:"), m_reason);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (canAccept()) {
            emit revokeRequested(m_domain, m_country, this->who(), this->reason());
            accept();
        }
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &RevokeCountryDialog::updateButtons);
    connect(m_who, &QLineEdit::textChanged, this, &RevokeCountryDialog::updateButtons);
    m_reason->setFocus();
    updateButtons();
}

QString RevokeCountryDialog::who() const
{
    return m_who->text().trimmed();
}

QString RevokeCountryDialog::reason() const
{
    return m_reason->toPlainText().simplified();
}

bool RevokeCountryDialog::canAccept() const
{
    return !reason().isEmpty() && !who().isEmpty();
}

void RevokeCountryDialog::updateButtons()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(canAccept());
}

} // namespace mt
