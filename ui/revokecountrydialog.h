#pragma once

#include "reasondialog.h"

namespace mt {

// Asks why a country exception ends (the audit trail keeps it); OK stays
// off while the reason or the name is empty. Only collects text: on OK it
// emits revokeRequested and the page asks the store.
class RevokeCountryDialog final : public ReasonDialog
{
    Q_OBJECT

public:
    RevokeCountryDialog(const QString &domain, const QString &country, const QString &who, QWidget *parent = nullptr);

    QString domain() const { return m_domain; }
    QString country() const { return m_country; }

signals:
    void revokeRequested(const QString &domain, const QString &country, const QString &who, const QString &reason);

protected:
    void submit() override;

private:
    QString m_domain;
    QString m_country;
};

} // namespace mt
