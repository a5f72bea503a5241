#include "allowcountrydialog.h"

#include "common/countrynames.h"
#include "countryexceptionmodel.h"
#include "tonecolours.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace mt {

namespace {

// Every code the country table knows (the table is sorted by code and has
// no list of its own: asking each pair of letters is cheap and exact).
QStringList knownCountryCodes()
{
    QStringList codes;
    for (char first = 'A'; first <= 'Z'; ++first) {
        for (char second = 'A'; second <= 'Z'; ++second) {
            const QString code = QString(QLatin1Char(first)) + QLatin1Char(second);
            if (countryName(code)) {
                codes << code;
            }
        }
    }
    return codes;
}

bool isDomainName(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^([a-z0-9]([a-z0-9-]*[a-z0-9])?\\.)+[a-z0-9]([a-z0-9-]*[a-z0-9])?$"));
    return pattern.match(text).hasMatch();
}

} // namespace

AllowCountryDialog::AllowCountryDialog(const QHash<QString, QStringList> &domains, const QString &who, QWidget *parent)
    : QDialog(parent)
    , m_domains(domains)
{
    setObjectName(QStringLiteral("allowCountryDialog"));
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_domain = new QComboBox(this);
    m_domain->setObjectName(QStringLiteral("allowDomain"));
    m_domain->setEditable(true);
    m_domain->setInsertPolicy(QComboBox::NoInsert);
    QStringList names = m_domains.keys();
    std::sort(names.begin(), names.end());
    m_domain->addItems(names);
    m_country = new QComboBox(this);
    m_country->setObjectName(QStringLiteral("allowCountry"));
    m_country->setEditable(true);
    m_country->setInsertPolicy(QComboBox::NoInsert);
    m_country->completer()->setFilterMode(Qt::MatchContains);
    m_country->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_days = new QSpinBox(this);
    m_days->setObjectName(QStringLiteral("allowDays"));
    m_days->setRange(0, 3650);
    m_who = new QLineEdit(who, this);
    m_who->setObjectName(QStringLiteral("allowWho"));
    m_reason = new QPlainTextEdit(this);
    m_reason->setObjectName(QStringLiteral("allowReason"));
    m_reason->setTabChangesFocus(true);
    m_reason->setMaximumHeight(fontMetrics().lineSpacing() * 5);
    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("allowHint"));
    m_hint->setWordWrap(true);
    m_hint->setStyleSheet(toneStyleSheet(Tone::Problem, palette()));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);

    m_domainLabel = new QLabel(this);
    m_countryLabel = new QLabel(this);
    m_daysLabel = new QLabel(this);
    m_whoLabel = new QLabel(this);
    m_reasonLabel = new QLabel(this);
    m_domainLabel->setBuddy(m_domain);
    m_countryLabel->setBuddy(m_country);
    m_daysLabel->setBuddy(m_days);
    m_whoLabel->setBuddy(m_who);
    m_reasonLabel->setBuddy(m_reason);

    auto *form = new QFormLayout;
    form->addRow(m_domainLabel, m_domain);
    form->addRow(m_countryLabel, m_country);
    form->addRow(m_daysLabel, m_days);
    form->addRow(m_whoLabel, m_who);
    form->addRow(m_reasonLabel, m_reason);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_hint);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!problem().isEmpty()) {
            return;
        }
        emit allowRequested(domain(), country(), days(), this->who(), reason());
        accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_domain, &QComboBox::currentTextChanged, this, &AllowCountryDialog::updateWidgets);
    connect(m_country, &QComboBox::currentTextChanged, this, &AllowCountryDialog::updateWidgets);
    connect(m_who, &QLineEdit::textChanged, this, &AllowCountryDialog::updateWidgets);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &AllowCountryDialog::updateWidgets);
    retranslateUi();
    m_reason->setFocus();
    resize(520, sizeHint().height());
}

void AllowCountryDialog::fillCountries()
{
    // Names in the UI's language; the selection survives a language switch.
    const QString current = country();
    const QSignalBlocker blocker(m_country);
    m_country->clear();
    for (const QString &code : knownCountryCodes()) {
        m_country->addItem(CountryExceptionModel::countryLabel(code), code);
    }
    m_country->setCurrentIndex(current.isEmpty() ? -1 : m_country->findData(current));
    if (current.isEmpty()) {
        m_country->setEditText(QString());
    }
}

void AllowCountryDialog::setDomain(const QString &domain)
{
    if (!domain.isEmpty()) {
        m_domain->setEditText(domain.trimmed().toLower());
    }
}

void AllowCountryDialog::setCountry(const QString &code)
{
    const int row = m_country->findData(code.trimmed().toUpper());
    if (row >= 0) {
        m_country->setCurrentIndex(row);
    } else if (!code.isEmpty()) {
        m_country->setEditText(code);
    }
}

QString AllowCountryDialog::domain() const
{
    return m_domain->currentText().trimmed().toLower();
}

QString AllowCountryDialog::country() const
{
    const QString text = m_country->currentText().trimmed();
    if (text.isEmpty()) {
        return {};
    }
    const int row = m_country->findText(text, Qt::MatchFixedString);
    if (row >= 0) {
        return m_country->itemData(row).toString();
    }
    // Typed: a code, or a name in either language.
    if (const std::optional<CountryName> name = countryName(text)) {
        return name->code;
    }
    for (int i = 0; i < m_country->count(); ++i) {
        const std::optional<CountryName> name = countryName(m_country->itemData(i).toString());
        if (name && (name->english.compare(text, Qt::CaseInsensitive) == 0 ||
                     name->polish.compare(text, Qt::CaseInsensitive) == 0)) {
            return name->code;
        }
    }
    return {};
}

QString AllowCountryDialog::who() const
{
    return m_who->text().trimmed();
}

QString AllowCountryDialog::reason() const
{
    return m_reason->toPlainText().simplified(); // one line in the trail
}

int AllowCountryDialog::days() const
{
    return m_days->value();
}

QString AllowCountryDialog::problem() const
{
    const QString name = domain();
    if (name.isEmpty()) {
        return tr("Choose the customer's domain.");
    }
    if (!isDomainName(name)) {
        return tr("\"%1\" is not a domain name.").arg(name);
    }
    const QString code = country();
    if (code.isEmpty()) {
        return m_country->currentText().trimmed().isEmpty()
                   ? tr("Choose the country to allow.")
                   : tr("\"%1\" is not a country: give its two-letter code or its name.")
                         .arg(m_country->currentText().trimmed());
    }
    const auto own = m_domains.constFind(name);
    if (own != m_domains.constEnd() && (own->isEmpty() || own->contains(code))) {
        return own->isEmpty() ? tr("%1 accepts mail from every country: no exception is needed.").arg(name)
                              : tr("The policy already allows %1 for %2: no exception is needed.")
                                    .arg(CountryExceptionModel::countryLabel(code), name);
    }
    if (reason().isEmpty()) {
        return tr("Say why (the audit trail keeps it), e.g. the ticket number.");
    }
    if (who().isEmpty()) {
        return tr("Say who grants it.");
    }
    return {};
}

void AllowCountryDialog::updateWidgets()
{
    const QString why = problem();
    m_hint->setText(why);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
    if (!m_domains.isEmpty() && !domain().isEmpty() && !m_domains.contains(domain())) {
        m_domain->setToolTip(tr("%1 is not one of the policy's domains; the exception applies wherever a policy "
                                "has it.")
                                 .arg(domain()));
    } else {
        m_domain->setToolTip(tr("The customer's domain; its accounts may send from the country"));
    }
}

void AllowCountryDialog::retranslateUi()
{
    setWindowTitle(tr("Allow a country"));
    m_intro->setText(tr("The domain's accounts may connect from this country at once, on every server that shares "
                        "the state. Say why; the audit trail keeps the reason with your name and the time."));
    m_domainLabel->setText(tr("&Domain:"));
    m_countryLabel->setText(tr("&Country:"));
    m_country->setToolTip(tr("The country's two-letter code or its name"));
    m_country->lineEdit()->setPlaceholderText(tr("code or name, e.g. DE or Germany"));
    m_daysLabel->setText(tr("&Expires after:"));
    m_days->setSpecialValueText(tr("never"));
    m_days->setSuffix(tr(" days"));
    m_days->setToolTip(tr("Days until the exception ends by itself; \"never\": until revoked"));
    m_whoLabel->setText(tr("&Who:"));
    m_who->setToolTip(tr("Your name or login, for the audit trail"));
    m_reasonLabel->setText(tr("&Reason:"));
    m_reason->setPlaceholderText(tr("e.g. customer travels to Germany until May, ticket 1234"));
    m_reason->setToolTip(tr("Required"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Allow"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    fillCountries();
    updateWidgets();
}

void AllowCountryDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QDialog::changeEvent(event);
}

} // namespace mt
