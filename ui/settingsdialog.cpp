#include "settingsdialog.h"

#include "tonecolours.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

namespace mt {

namespace {

// A store URL with its password apart: the dialog never shows a password
// in clear text (the URL field is plain, the password field is masked).
struct SplitUrl
{
    QString url;
    QString password;
};

SplitUrl splitPassword(const QString &text)
{
    const QString trimmed = text.trimmed();
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!trimmed.contains(QLatin1String("://")) || !url.isValid() || url.password().isEmpty()) {
        return {trimmed, {}};
    }
    QUrl bare = url;
    bare.setPassword(QString());
    if (bare.userName().isEmpty()) {
        bare.setUserInfo(QString());
    }
    return {bare.toString(), url.password()};
}

QString joinPassword(const QString &text, const QString &password)
{
    const QString trimmed = text.trimmed();
    QUrl url(trimmed, QUrl::StrictMode);
    if (password.isEmpty() || !trimmed.startsWith(QLatin1String("redis://")) || !url.isValid()) {
        return trimmed;
    }
    url.setPassword(password);
    return url.toString();
}

} // namespace

SettingsDialog::SettingsDialog(const AppSettings &settings, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("settingsDialog"));
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("language"));
    // Language names in their own language, whatever the UI's.
    m_language->addItem(QStringLiteral("English"), static_cast<int>(Language::English));
    m_language->addItem(QStringLiteral("Polski"), static_cast<int>(Language::Polish));
    m_language->setCurrentIndex(m_language->findData(static_cast<int>(settings.language)));
    m_dns = new QLineEdit(settings.dnsServers.join(QStringLiteral(", ")), this);
    m_dns->setObjectName(QStringLiteral("dnsServers"));
    m_dnsbl = new QPlainTextEdit(settings.dnsblZones.join(QLatin1Char('\n')), this);
    m_dnsbl->setObjectName(QStringLiteral("dnsblZones"));
    m_dnsbl->setTabChangesFocus(true);
    m_dnsbl->setMaximumHeight(fontMetrics().lineSpacing() * 6);
    m_geoip = new QLineEdit(settings.geoipDatabase, this);
    m_geoip->setObjectName(QStringLiteral("geoipDatabase"));
    m_geoipBrowse = new QPushButton(this);
    m_spf = new QLineEdit(settings.spfInclude, this);
    m_spf->setObjectName(QStringLiteral("spfInclude"));
    m_spf->setPlaceholderText(QStringLiteral("spf.tld.pl"));
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("serverPort"));
    m_port->setRange(1, 65535);
    m_port->setValue(settings.serverPort);
    const SplitUrl store = splitPassword(settings.storeUrl);
    m_store = new QLineEdit(store.url, this);
    m_store->setObjectName(QStringLiteral("storeUrl"));
    m_storePassword = new QLineEdit(store.password, this);
    m_storePassword->setObjectName(QStringLiteral("storePassword"));
    m_storePassword->setEchoMode(QLineEdit::Password);
    auto signatureEdit = [this](const QString &text, const QString &name) {
        auto *edit = new QPlainTextEdit(text, this);
        edit->setObjectName(name);
        edit->setTabChangesFocus(true);
        edit->setMaximumHeight(fontMetrics().lineSpacing() * 4);
        return edit;
    };
    m_greetingPl = new QLineEdit(settings.greetingPolish, this);
    m_greetingPl->setObjectName(QStringLiteral("greetingPl"));
    m_greetingEn = new QLineEdit(settings.greetingEnglish, this);
    m_greetingEn->setObjectName(QStringLiteral("greetingEn"));
    m_signaturePl = signatureEdit(settings.signaturePolish, QStringLiteral("signaturePl"));
    m_signatureEn = signatureEdit(settings.signatureEnglish, QStringLiteral("signatureEn"));
    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("hint"));
    m_hint->setWordWrap(true);
    m_hint->setStyleSheet(toneStyleSheet(Tone::Problem, palette()));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);

    m_languageLabel = new QLabel(this);
    m_dnsLabel = new QLabel(this);
    m_dnsblLabel = new QLabel(this);
    m_geoipLabel = new QLabel(this);
    m_spfLabel = new QLabel(this);
    m_portLabel = new QLabel(this);
    m_storeLabel = new QLabel(this);
    m_storePasswordLabel = new QLabel(this);
    m_storeLabel->setBuddy(m_store);
    m_storePasswordLabel->setBuddy(m_storePassword);
    m_greetingPlLabel = new QLabel(this);
    m_greetingEnLabel = new QLabel(this);
    m_signaturePlLabel = new QLabel(this);
    m_signatureEnLabel = new QLabel(this);
    m_greetingPlLabel->setBuddy(m_greetingPl);
    m_greetingEnLabel->setBuddy(m_greetingEn);
    m_signaturePlLabel->setBuddy(m_signaturePl);
    m_signatureEnLabel->setBuddy(m_signatureEn);
    m_languageLabel->setBuddy(m_language);
    m_dnsLabel->setBuddy(m_dns);
    m_dnsblLabel->setBuddy(m_dnsbl);
    m_geoipLabel->setBuddy(m_geoip);
    m_spfLabel->setBuddy(m_spf);
    m_portLabel->setBuddy(m_port);

    auto *geoipRow = new QHBoxLayout;
    geoipRow->addWidget(m_geoip, 1);
    geoipRow->addWidget(m_geoipBrowse);
    auto *form = new QFormLayout;
    form->addRow(m_languageLabel, m_language);
    form->addRow(m_dnsLabel, m_dns);
    form->addRow(m_dnsblLabel, m_dnsbl);
    form->addRow(m_geoipLabel, geoipRow);
    form->addRow(m_spfLabel, m_spf);
    form->addRow(m_portLabel, m_port);
    form->addRow(m_storeLabel, m_store);
    form->addRow(m_storePasswordLabel, m_storePassword);
    form->addRow(m_greetingPlLabel, m_greetingPl);
    form->addRow(m_signaturePlLabel, m_signaturePl);
    form->addRow(m_greetingEnLabel, m_greetingEn);
    form->addRow(m_signatureEnLabel, m_signatureEn);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_hint);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_geoipBrowse, &QPushButton::clicked, this, &SettingsDialog::browseGeoip);
    // A password typed into the URL moves to the masked field.
    connect(m_store, &QLineEdit::editingFinished, this, &SettingsDialog::hideStorePassword);
    for (QLineEdit *edit : {m_dns, m_geoip, m_spf, m_store, m_storePassword}) {
        connect(edit, &QLineEdit::textChanged, this, &SettingsDialog::updateWidgets);
    }
    connect(m_dnsbl, &QPlainTextEdit::textChanged, this, &SettingsDialog::updateWidgets);
    connect(m_port, &QSpinBox::valueChanged, this, &SettingsDialog::updateWidgets);
    retranslateUi();
    updateWidgets();
    resize(560, sizeHint().height());
}

AppSettings SettingsDialog::settings() const
{
    AppSettings result;
    result.language = static_cast<Language>(m_language->currentData().toInt());
    result.dnsServers = splitList(m_dns->text());
    result.dnsblZones = splitList(m_dnsbl->toPlainText());
    result.geoipDatabase = m_geoip->text().trimmed();
    result.spfInclude = m_spf->text().trimmed();
    result.serverPort = m_port->value();
    result.storeUrl = joinPassword(m_store->text(), m_storePassword->text());
    result.greetingPolish = m_greetingPl->text().trimmed();
    result.greetingEnglish = m_greetingEn->text().trimmed();
    result.signaturePolish = m_signaturePl->toPlainText().trimmed();
    result.signatureEnglish = m_signatureEn->toPlainText().trimmed();
    return result;
}

void SettingsDialog::retranslateUi()
{
    setWindowTitle(tr("Settings"));
    m_languageLabel->setText(tr("&Language:"));
    m_language->setToolTip(tr("The program's language; it changes at once, no restart"));
    m_dnsLabel->setText(tr("&DNS servers:"));
    m_dns->setPlaceholderText(tr("the system's (e.g. 192.0.2.53, 198.51.100.1:5353)"));
    m_dns->setToolTip(tr("IP addresses of the DNS servers to ask, separated by commas; empty: the system's"));
    m_dnsblLabel->setText(tr("DNS&BL zones:"));
    m_dnsbl->setPlaceholderText(tr("the built-in list; one zone per line"));
    m_dnsbl->setToolTip(tr("The blacklist zones to ask about IP addresses, one per line; empty: the built-in list"));
    m_geoipLabel->setText(tr("&GeoIP database:"));
    m_geoip->setPlaceholderText(tr("the embedded database"));
    m_geoip->setToolTip(tr("A MaxMind .mmdb file with countries; empty: the embedded database"));
    m_geoipBrowse->setText(tr("&Browse…"));
    m_geoipBrowse->setToolTip(tr("Choose the GeoIP database file"));
    m_spfLabel->setText(tr("&SPF include:"));
    m_spf->setToolTip(tr("The provider's SPF include that customers' SPF records must contain"));
    m_portLabel->setText(tr("Server &port:"));
    m_port->setToolTip(tr("The port of the built-in test server"));
    m_storeLabel->setText(tr("Shared s&tate:"));
    m_store->setPlaceholderText(tr("files in the state directory (or redis://HOST:PORT/DB)"));
    m_store->setToolTip(tr("Where blocks, counters, country exceptions and the audit trail live: empty for files in "
                           "the state directory, a directory, or redis://[USER@]HOST[:PORT][/DB] to share them with "
                           "every server and desk"));
    m_storePasswordLabel->setText(tr("Store pass&word:"));
    m_storePassword->setPlaceholderText(
        qEnvironmentVariableIsEmpty("MAILTRIAGE_REDIS_PASSWORD") ? tr("none") : tr("from MAILTRIAGE_REDIS_PASSWORD"));
    m_storePassword->setToolTip(tr("The Redis password (AUTH); empty: MAILTRIAGE_REDIS_PASSWORD when it is set. "
                                   "It is never shown."));
    m_greetingPlLabel->setText(tr("Greeting (Polish a&nswer):"));
    m_greetingPl->setPlaceholderText(QStringLiteral("Dzień dobry,"));
    m_signaturePlLabel->setText(tr("Signature (Polish answer):"));
    m_signaturePl->setPlaceholderText(QStringLiteral("Pozdrawiamy\nWsparcie techniczne"));
    m_greetingEnLabel->setText(tr("Greeting (English answ&er):"));
    m_greetingEn->setPlaceholderText(QStringLiteral("Hello,"));
    m_signatureEnLabel->setText(tr("Signature (English answer):"));
    m_signatureEn->setPlaceholderText(QStringLiteral("Best regards,\nTechnical Support"));
    for (QWidget *edit : std::initializer_list<QWidget *>{m_greetingPl, m_greetingEn, m_signaturePl, m_signatureEn}) {
        edit->setToolTip(tr("How the customer answer in this language begins or ends; empty: the built-in text"));
    }
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("OK"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    updateWidgets();
}

void SettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QDialog::changeEvent(event);
}

void SettingsDialog::updateWidgets()
{
    const QList<LocalizedText> problems = settings().problems();
    const Language language = static_cast<Language>(m_language->currentData().toInt());
    QStringList lines;
    for (const LocalizedText &problem : problems) {
        lines << problem.render(language);
    }
    m_hint->setText(lines.join(QLatin1Char('\n')));
    m_hint->setVisible(!lines.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problems.isEmpty());
    m_storePassword->setEnabled(m_store->text().trimmed().startsWith(QLatin1String("redis://")));
}

void SettingsDialog::hideStorePassword()
{
    const SplitUrl split = splitPassword(m_store->text());
    if (!split.password.isEmpty()) {
        m_storePassword->setText(split.password);
        m_store->setText(split.url);
    }
}

void SettingsDialog::browseGeoip()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("GeoIP database"), m_geoip->text(),
                                                      tr("MaxMind databases (*.mmdb);;All files (*)"));
    if (!path.isEmpty()) {
        m_geoip->setText(path);
    }
}

} // namespace mt
