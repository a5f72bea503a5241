#pragma once

#include <QDialog>
#include <QHash>
#include <QStringList>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace mt {

// "Allow a country…" (seed 004: "we will allow the connection from the
// required country at once"): which domain, which country, why, by whom,
// and for how many days (0: until revoked). OK stays off, and a hint line
// says why, until the input can be granted. Only collects input: on OK it
// emits allowRequested and the page asks the store.
class AllowCountryDialog final : public QDialog
{
    Q_OBJECT

public:
    // DOMAINS: the policy's domains with the countries each already allows
    // (offered in the list; a country already allowed needs no exception).
    AllowCountryDialog(const QHash<QString, QStringList> &domains, const QString &who, QWidget *parent = nullptr);

    // Prefills (the GeoIP finding's button): empty values leave the field as it is.
    void setDomain(const QString &domain);
    void setCountry(const QString &code);

    QString domain() const;
    // The ISO code, upper case; empty while the text names no country.
    QString country() const;
    QString who() const;
    QString reason() const;
    // 0: the exception does not expire.
    int days() const;
    // Why OK is off, in the UI's language; empty when it is on.
    QString problem() const;

signals:
    void allowRequested(const QString &domain, const QString &country, int days, const QString &who,
                        const QString &reason);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillCountries();
    void updateWidgets();

    QHash<QString, QStringList> m_domains;
    QLabel *m_intro = nullptr;
    QLabel *m_domainLabel = nullptr;
    QComboBox *m_domain = nullptr;
    QLabel *m_countryLabel = nullptr;
    QComboBox *m_country = nullptr;
    QLabel *m_daysLabel = nullptr;
    QSpinBox *m_days = nullptr;
    QLabel *m_whoLabel = nullptr;
    QLineEdit *m_who = nullptr;
    QLabel *m_reasonLabel = nullptr;
    QPlainTextEdit *m_reason = nullptr;
    QLabel *m_hint = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace mt
