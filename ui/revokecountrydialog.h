#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace mt {

// Asks why a country exception ends (the audit trail keeps it); OK stays
// off while the reason or the name is empty. Only collects text: on OK it
// emits revokeRequested and the page asks the store.
class RevokeCountryDialog final : public QDialog
{
    Q_OBJECT

public:
    RevokeCountryDialog(const QString &domain, const QString &country, const QString &who, QWidget *parent = nullptr);

    QString domain() const { return m_domain; }
    QString country() const { return m_country; }
    QString who() const;
    QString reason() const;
    bool canAccept() const;

signals:
    void revokeRequested(const QString &domain, const QString &country, const QString &who, const QString &reason);

private:
    void updateButtons();

    QString m_domain;
    QString m_country;
    QLineEdit *m_who = nullptr;
    QPlainTextEdit *m_reason = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace mt
