#include "revokecountrydialog.h"

#include "countryexceptionmodel.h"

namespace mt {

RevokeCountryDialog::RevokeCountryDialog(const QString &domain, const QString &country, const QString &who,
                                         QWidget *parent)
    : ReasonDialog(QStringLiteral("revoke"), who, parent)
    , m_domain(domain)
    , m_country(country)
{
    setObjectName(QStringLiteral("revokeCountryDialog"));
    setWindowTitle(tr("Revoke the exception for %1").arg(domain));
    setIntro(tr("The accounts of %1 can no longer connect from %2, on every server that shares the state, unless "
                "the policy allows it. Say why; the audit trail keeps the reason with your name and the time.")
                 .arg(domain, CountryExceptionModel::countryLabel(country)));
    setReasonExample(tr("Required"), tr("e.g. customer is back home, ticket 1234"));
    setAcceptText(tr("&Revoke"));
}

void RevokeCountryDialog::submit()
{
    emit revokeRequested(m_domain, m_country, who(), reason());
}

} // namespace mt
