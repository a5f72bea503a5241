#include "replaypage.h"

#include "clientviewsmodel.h"
#include "coreerror.h"
#include "diagnosis/appsettings.h"
#include "smtp/serverruntime.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace mt {

namespace {

QString stageName(smtp::ReplyStage stage)
{
    switch (stage) {
    case smtp::ReplyStage::Connect:
        return ReplayPage::tr("on connecting");
    case smtp::ReplyStage::Auth:
        return ReplayPage::tr("at login");
    case smtp::ReplyStage::Mail:
        return ReplayPage::tr("at the sender (MAIL FROM)");
    case smtp::ReplyStage::Rcpt:
        return ReplayPage::tr("at a recipient (RCPT TO)");
    case smtp::ReplyStage::Data:
        return ReplayPage::tr("after the message (DATA)");
    }
    return {};
}

} // namespace

ReplayPage::ReplayPage(smtp::ServerRuntime &runtime, QWidget *parent)
    : QWidget(parent)
    , m_runtime(runtime)
    , m_views(new ClientViewsModel(this))
{
    m_scenarioLabel = new QLabel(this);
    m_scenario = new QComboBox(this);
    m_scenario->setObjectName(QStringLiteral("replayScenario"));
    m_scenarioLabel->setBuddy(m_scenario);
    auto field = [this](QLabel *&label, QLineEdit *&edit, const char *name) {
        label = new QLabel(this);
        edit = new QLineEdit(this);
        edit->setObjectName(QString::fromLatin1(name));
        label->setBuddy(edit);
        connect(edit, &QLineEdit::textEdited, this, &ReplayPage::markCustom);
    };
    field(m_loginLabel, m_login, "replayLogin");
    field(m_passwordLabel, m_password, "replayPassword");
    m_password->setEchoMode(QLineEdit::Password);
    field(m_senderLabel, m_sender, "replaySender");
    field(m_recipientsLabel, m_recipients, "replayRecipients");
    field(m_clientIpLabel, m_clientIp, "replayClientIp");
    m_countLabel = new QLabel(this);
    m_count = new QSpinBox(this);
    m_count->setObjectName(QStringLiteral("replayCount"));
    m_count->setRange(1, 1000);
    m_countLabel->setBuddy(m_count);
    m_spam = new QCheckBox(this);
    m_spam->setObjectName(QStringLiteral("replaySpam"));
    connect(m_count, &QSpinBox::valueChanged, this, &ReplayPage::markCustom);
    connect(m_spam, &QCheckBox::toggled, this, &ReplayPage::markCustom);

    m_runButton = new QPushButton(this);
    m_runButton->setObjectName(QStringLiteral("replayRun"));
    m_runButton->setDefault(true);
    m_stopButton = new QPushButton(this);
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("replayResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout;
    form->addRow(m_scenarioLabel, m_scenario);
    form->addRow(m_loginLabel, m_login);
    form->addRow(m_passwordLabel, m_password);
    form->addRow(m_senderLabel, m_sender);
    form->addRow(m_recipientsLabel, m_recipients);
    m_country = new QLabel(this);
    m_country->setObjectName(QStringLiteral("replayCountry"));
    auto *ipRow = new QHBoxLayout;
    ipRow->addWidget(m_clientIp, 1);
    ipRow->addWidget(m_country);
    form->addRow(m_clientIpLabel, ipRow);
    auto *countRow = new QHBoxLayout;
    countRow->addWidget(m_count);
    countRow->addWidget(m_spam);
    countRow->addStretch();
    form->addRow(m_countLabel, countRow);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_runButton);
    buttons->addWidget(m_stopButton);
    buttons->addWidget(m_result, 1);

    m_transcriptLabel = new QLabel(this);
    m_transcript = new QPlainTextEdit(this);
    m_transcript->setObjectName(QStringLiteral("replayTranscript"));
    m_transcript->setReadOnly(true);
    m_transcript->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_transcript->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_transcriptLabel->setBuddy(m_transcript);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_transcriptLabel);
    leftLayout->addWidget(m_transcript);

    m_viewsLabel = new QLabel(this);
    m_viewLanguage = new QComboBox(this);
    m_viewLanguage->setObjectName(QStringLiteral("replayViewLanguage"));
    m_viewLanguage->addItem(QStringLiteral("English"), int(Language::English));
    m_viewLanguage->addItem(QStringLiteral("Polski"), int(Language::Polish));
    m_viewsTable = new QTableView(this);
    m_viewsTable->setObjectName(QStringLiteral("replayViews"));
    m_viewsTable->setModel(m_views);
    m_viewsTable->verticalHeader()->hide();
    m_viewsTable->setWordWrap(true);
    m_viewsTable->horizontalHeader()->setSectionResizeMode(ClientViewsModel::Client, QHeaderView::ResizeToContents);
    m_viewsTable->horizontalHeader()->setStretchLastSection(true);
    m_viewsTable->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_viewsTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_viewsLabel->setBuddy(m_viewsTable);
    auto *viewsHeader = new QHBoxLayout;
    viewsHeader->addWidget(m_viewsLabel, 1);
    viewsHeader->addWidget(m_viewLanguage);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addLayout(viewsHeader);
    rightLayout->addWidget(m_viewsTable);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(split, 1);

    connect(m_scenario, &QComboBox::currentIndexChanged, this, &ReplayPage::fillForm);
    connect(m_clientIp, &QLineEdit::textChanged, this, &ReplayPage::updateCountry);
    connect(m_runButton, &QPushButton::clicked, this, &ReplayPage::run);
    connect(m_stopButton, &QPushButton::clicked, this, &ReplayPage::stop);
    connect(m_viewLanguage, &QComboBox::currentIndexChanged, this,
            [this] { m_views->setLanguage(Language(m_viewLanguage->currentData().toInt())); });

    fillScenarios();
    retranslateUi();
    updateButtons();
}

void ReplayPage::setParameters(const Parameters &parameters)
{
    m_parameters = parameters;
    fillScenarios();
}

void ReplayPage::setLanguage(Language language)
{
    m_language = language;
    m_viewLanguage->setCurrentIndex(m_viewLanguage->findData(int(language)));
    fillScenarios();
}

void ReplayPage::fillScenarios()
{
    const QString current = m_scenario->currentData().toString();
    m_limits = m_runtime.policy().limits;
    m_scenarios =
        smtp::ReplayClient::builtIn(m_limits, m_parameters.login, m_parameters.password, m_parameters.validRecipient,
                                    m_parameters.invalidDomain, m_parameters.foreignIp);
    m_filling = true;
    m_scenario->clear();
    for (const smtp::ReplayScenario &scenario : std::as_const(m_scenarios)) {
        m_scenario->addItem(scenario.title.render(m_language), scenario.id);
    }
    m_scenario->addItem(tr("Custom: as filled in below"), QStringLiteral("custom"));
    m_filling = false;
    const int index = m_scenario->findData(current);
    m_scenario->setCurrentIndex(index >= 0 ? index : 0);
    fillForm(m_scenario->currentIndex());
}

bool ReplayPage::selectScenario(const QString &id)
{
    const int index = m_scenario->findData(id);
    if (index < 0) {
        return false;
    }
    m_scenario->setCurrentIndex(index);
    fillForm(index);
    return true;
}

void ReplayPage::fillForm(int index)
{
    if (m_filling || index < 0 || index >= m_scenarios.size()) {
        return; // "custom" keeps what is in the form
    }
    const smtp::ReplayScenario &scenario = m_scenarios.at(index);
    m_filling = true;
    m_login->setText(scenario.login);
    m_password->setText(scenario.password);
    m_sender->setText(scenario.sender);
    m_recipients->setText(scenario.recipients.join(QStringLiteral(", ")));
    m_clientIp->setText(scenario.clientIp);
    m_count->setValue(scenario.messages);
    m_spam->setChecked(scenario.spam);
    m_filling = false;
}

void ReplayPage::markCustom()
{
    if (m_filling) {
        return;
    }
    m_filling = true;
    m_scenario->setCurrentIndex(m_scenario->findData(QStringLiteral("custom")));
    m_filling = false;
}

smtp::ReplayScenario ReplayPage::scenario() const
{
    const int index = m_scenario->currentIndex();
    smtp::ReplayScenario scenario;
    if (index >= 0 && index < m_scenarios.size()) {
        scenario = m_scenarios.at(index);
    } else {
        scenario.id = QStringLiteral("custom");
    }
    scenario.login = m_login->text().trimmed();
    scenario.password = m_password->text();
    scenario.sender = m_sender->text().trimmed();
    scenario.recipients = splitList(m_recipients->text());
    scenario.clientIp = m_clientIp->text().trimmed();
    scenario.messages = m_count->value();
    scenario.spam = m_spam->isChecked();
    return scenario;
}

void ReplayPage::run()
{
    if (isRunning()) {
        return;
    }
    const smtp::ReplayScenario what = scenario();
    // Bad input gets a sentence, not a confused session.
    QString problem;
    if (what.sender.isEmpty()) {
        problem = tr("Fill in the sender.");
    } else if (what.recipients.isEmpty()) {
        problem = tr("Fill in at least one recipient.");
    } else if (!what.clientIp.isEmpty() && QHostAddress(what.clientIp).isNull()) {
        problem =
            tr("\"%1\" is not an IP address; leave the client address empty to use 127.0.0.1.").arg(what.clientIp);
    }
    LocalizedText notStarted;
    if (problem.isEmpty() && !m_runtime.isRunning() && !m_runtime.start(m_port, &notStarted)) {
        problem = tr("The server could not be started: %1").arg(errorText(notStarted));
    }
    if (!problem.isEmpty()) {
        m_result->setText(problem);
        return;
    }
    m_transcript->clear();
    m_views->setViews({});
    QString country;
    if (!what.clientIp.isEmpty()) {
        country = m_runtime.countryOf(QHostAddress(what.clientIp));
    }
    m_result->setText(country.isEmpty()
                          ? tr("Replaying against %1...").arg(m_runtime.addressText())
                          : tr("Replaying against %1 as a client in %2...").arg(m_runtime.addressText(), country));
    m_client = new smtp::ReplayClient(m_runtime.address(), m_runtime.port(), this);
    connect(m_client, &smtp::ReplayClient::finished, this, [this](const smtp::ReplayResult &result) {
        if (auto *client = m_client.data()) {
            client->deleteLater();
        }
        m_client.clear();
        showResult(result);
        updateButtons();
        emit finished(result);
    });
    m_client->start(what);
    updateButtons();
}

void ReplayPage::stop()
{
    if (!m_client) {
        return;
    }
    delete m_client.data(); // its socket goes with it; no finished() then
    m_result->setText(tr("Stopped."));
    updateButtons();
}

void ReplayPage::showResult(const smtp::ReplayResult &result)
{
    m_transcript->setPlainText(result.transcript.join(QLatin1Char('\n')));
    m_views->setViews(result.views);
    if (!result.error.isEmpty()) {
        m_result->setText(tr("The connection failed: %1").arg(result.error));
    } else if (result.refused) {
        m_result->setText(tr("Refused %1: %2 (%n message(s) accepted before)", nullptr, result.accepted)
                              .arg(stageName(result.stage), result.reply));
    } else {
        m_result->setText(
            tr("All accepted: %n message(s). Last reply: %1", nullptr, result.accepted).arg(result.reply));
    }
}

void ReplayPage::updateCountry()
{
    const QString text = m_clientIp->text().trimmed();
    const QHostAddress address(text);
    if (text.isEmpty()) {
        m_country->clear();
    } else if (address.isNull()) {
        m_country->setText(tr("not an IP address"));
    } else {
        const QString country = m_runtime.countryOf(address);
        m_country->setText(country.isEmpty() ? tr("country unknown (rule 8 then allows it)")
                                             : tr("country by GeoIP: %1").arg(country));
    }
}

QString ReplayPage::countryText() const
{
    return m_country->text();
}

QString ReplayPage::transcript() const
{
    return m_transcript->toPlainText();
}

QString ReplayPage::resultText() const
{
    return m_result->text();
}

void ReplayPage::updateButtons()
{
    m_runButton->setEnabled(!isRunning());
    m_stopButton->setEnabled(isRunning());
}

void ReplayPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void ReplayPage::showEvent(QShowEvent *event)
{
    // The policy may have been edited on the Server page since: the
    // scenarios' titles and counts follow its limits.
    if (m_runtime.policy().limits != m_limits) {
        fillScenarios();
    }
    QWidget::showEvent(event);
}

void ReplayPage::retranslateUi()
{
    m_scenarioLabel->setText(tr("S&cenario:"));
    m_scenario->setAccessibleName(tr("Scenario"));
    m_scenario->setToolTip(tr("One scenario per rule of the help pages; editing a field below makes it custom"));
    m_loginLabel->setText(tr("&Account:"));
    m_login->setAccessibleName(tr("Account login"));
    m_login->setToolTip(tr("The login the client authenticates with; empty: no login"));
    m_passwordLabel->setText(tr("Pass&word:"));
    m_password->setAccessibleName(tr("Password"));
    m_password->setToolTip(tr("Sent to the built-in server only; never shown in the transcript"));
    m_senderLabel->setText(tr("Se&nder:"));
    m_sender->setAccessibleName(tr("Sender address"));
    m_sender->setToolTip(tr("The address in MAIL FROM"));
    m_recipientsLabel->setText(tr("&Recipients:"));
    m_recipients->setAccessibleName(tr("Recipients"));
    m_recipients->setToolTip(tr("One or more addresses, separated by commas or spaces"));
    m_clientIpLabel->setText(tr("Client &IP:"));
    m_clientIp->setAccessibleName(tr("Client IP address"));
    m_clientIp->setToolTip(tr("The customer's address, claimed with XCLIENT (its country decides rule 8); empty: "
                              "127.0.0.1"));
    m_clientIp->setPlaceholderText(tr("127.0.0.1"));
    m_country->setAccessibleName(tr("Country of the client address"));
    updateCountry();
    m_countLabel->setText(tr("&Messages:"));
    m_count->setAccessibleName(tr("Number of messages"));
    m_count->setToolTip(tr("How many messages the client sends (failed logins: how many tries)"));
    m_spam->setText(tr("S&pam"));
    m_spam->setToolTip(tr("Send messages the spam filter recognises"));
    m_runButton->setText(tr("R&eplay"));
    m_runButton->setToolTip(tr("Play the scenario against the built-in server (started if needed)"));
    m_stopButton->setText(tr("St&op"));
    m_stopButton->setToolTip(tr("Stop the replay and close its connection"));
    m_result->setAccessibleName(tr("Replay result"));
    m_transcriptLabel->setText(tr("Tran&script (C: client, S: server)"));
    m_transcript->setAccessibleName(tr("Transcript"));
    m_viewsLabel->setText(tr("What the mail c&lients show"));
    m_viewsTable->setAccessibleName(tr("Mail client views"));
    m_viewsTable->setToolTip(tr("How Outlook, Thunderbird, Opera Mail and webmail word the refusal"));
    m_viewLanguage->setAccessibleName(tr("Language of the client views"));
    m_viewLanguage->setToolTip(tr("The customer's language, which may differ from yours"));
    emit m_views->headerDataChanged(Qt::Horizontal, 0, ClientViewsModel::ColumnCount - 1);
    const int custom = m_scenario->findData(QStringLiteral("custom"));
    if (custom >= 0) {
        m_scenario->setItemText(custom, tr("Custom: as filled in below"));
    }
}

} // namespace mt
