#include "policydialog.h"

#include "coreerror.h"
#include "diagnosis/appsettings.h"
#include "policy/passwordhash.h"
#include "tonecolours.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace mt {

namespace {

constexpr int HashRole = Qt::UserRole + 1;

enum DomainColumn
{
    DomainName,
    DomainAliases,
    DomainCountries,
};

enum AccountColumn
{
    AccountLogin,
    AccountPassword,
    AccountAlternative,
};

QString cellText(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

QTableWidget *makeTable(QWidget *parent, const char *name, int columns)
{
    auto *table = new QTableWidget(0, columns, parent);
    table->setObjectName(QString::fromLatin1(name));
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setTabKeyNavigation(false); // Tab leaves the table; arrows move inside
    return table;
}

QSpinBox *makeSpin(QWidget *parent, int minimum, int value, const QString &name)
{
    auto *box = new QSpinBox(parent);
    box->setRange(minimum, 100000000);
    box->setValue(value);
    box->setAccessibleName(name);
    return box;
}

} // namespace

PolicyDialog::PolicyDialog(const policy::Policy &policy, const QString &path, QWidget *parent)
    : QDialog(parent)
    , m_base(policy)
    , m_path(path)
    , m_iterations(policy::passwordhash::defaultIterations)
{
    setWindowTitle(tr("Server policy"));
    auto *tabs = new QTabWidget(this);

    // Domains.
    auto *domainPage = new QWidget(this);
    m_domains = makeTable(domainPage, "policyDomains", 3);
    m_domains->setHorizontalHeaderLabels({tr("Domain"), tr("Aliases"), tr("Allowed countries")});
    m_domains->setAccessibleName(tr("Domains"));
    m_domains->setToolTip(tr("Aliases and countries: separated by commas; countries as ISO codes (PL, CZ); no "
                             "countries: any country"));
    auto *addDomain = new QPushButton(tr("Add &domain"), domainPage);
    auto *removeDomain = new QPushButton(tr("Remove domain"), domainPage);
    connect(addDomain, &QPushButton::clicked, this, [this] {
        addDomainRow({});
        m_domains->setCurrentCell(m_domains->rowCount() - 1, DomainName);
        m_domains->editItem(m_domains->item(m_domains->rowCount() - 1, DomainName));
    });
    connect(removeDomain, &QPushButton::clicked, this, [this] {
        if (m_domains->currentRow() >= 0) {
            m_domains->removeRow(m_domains->currentRow());
        }
    });
    auto *domainButtons = new QHBoxLayout;
    domainButtons->addWidget(addDomain);
    domainButtons->addWidget(removeDomain);
    domainButtons->addStretch();
    auto *domainLayout = new QVBoxLayout(domainPage);
    domainLayout->addWidget(m_domains);
    domainLayout->addLayout(domainButtons);
    tabs->addTab(domainPage, tr("Domains"));

    // Accounts.
    auto *accountPage = new QWidget(this);
    m_accounts = makeTable(accountPage, "policyAccounts", 3);
    m_accounts->setHorizontalHeaderLabels({tr("Login"), tr("Password"), tr("Alternative sender")});
    m_accounts->setAccessibleName(tr("Accounts"));
    m_accounts->setToolTip(tr("Passwords are stored as salted hashes; use Set password"));
    auto *addAccount = new QPushButton(tr("Add &account"), accountPage);
    auto *removeAccount = new QPushButton(tr("Remove account"), accountPage);
    auto *setPasswordButton = new QPushButton(tr("Set &password..."), accountPage);
    setPasswordButton->setToolTip(tr("Type the new password; only its hash is kept"));
    connect(addAccount, &QPushButton::clicked, this, [this] {
        addAccountRow({});
        m_accounts->setCurrentCell(m_accounts->rowCount() - 1, AccountLogin);
        m_accounts->editItem(m_accounts->item(m_accounts->rowCount() - 1, AccountLogin));
    });
    connect(removeAccount, &QPushButton::clicked, this, [this] {
        if (m_accounts->currentRow() >= 0) {
            m_accounts->removeRow(m_accounts->currentRow());
        }
    });
    connect(setPasswordButton, &QPushButton::clicked, this, &PolicyDialog::askPassword);
    auto *accountButtons = new QHBoxLayout;
    accountButtons->addWidget(addAccount);
    accountButtons->addWidget(removeAccount);
    accountButtons->addWidget(setPasswordButton);
    accountButtons->addStretch();
    auto *accountLayout = new QVBoxLayout(accountPage);
    accountLayout->addWidget(m_accounts);
    accountLayout->addLayout(accountButtons);
    tabs->addTab(accountPage, tr("Accounts"));

    // Limits: the help pages' numbers by default (docs/policy.md).
    auto *limitPage = new QWidget(this);
    const policy::Limits &limits = policy.limits;
    m_perMinute = makeSpin(limitPage, 1, limits.perMinute, tr("Messages per minute"));
    m_perMinute->setObjectName(QStringLiteral("policyPerMinute"));
    m_perHour = makeSpin(limitPage, 1, limits.perHour, tr("Messages per hour"));
    m_per12h = makeSpin(limitPage, 1, limits.per12h, tr("Messages per 12 hours"));
    m_authFailures = makeSpin(limitPage, 0, limits.authFailuresPerHour, tr("Failed logins per hour before a block"));
    m_spamPerHour = makeSpin(limitPage, 0, limits.spamAcceptedPerHour, tr("Spam messages accepted per hour"));
    m_queueMin = makeSpin(limitPage, 0, limits.queueMinMessages, tr("Messages an hour before the queue is judged"));
    m_queueShare = new QDoubleSpinBox(limitPage);
    m_queueShare->setRange(0.0, 1.0);
    m_queueShare->setSingleStep(0.05);
    m_queueShare->setValue(limits.queueMaxUndeliverable);
    m_queueShare->setAccessibleName(tr("Largest undeliverable share"));
    auto *limitForm = new QFormLayout(limitPage);
    limitForm->addRow(tr("Messages per &minute:"), m_perMinute);
    limitForm->addRow(tr("Messages per &hour:"), m_perHour);
    limitForm->addRow(tr("Messages per &12 hours:"), m_per12h);
    limitForm->addRow(tr("Failed &logins per hour before a block:"), m_authFailures);
    limitForm->addRow(tr("&Spam accepted per hour:"), m_spamPerHour);
    limitForm->addRow(tr("&Queue judged above (messages an hour):"), m_queueMin);
    limitForm->addRow(tr("Largest &undeliverable share:"), m_queueShare);
    tabs->addTab(limitPage, tr("Limits"));

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("policyError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(toneStyleSheet(Tone::Problem, palette()));
    m_error->setAccessibleName(tr("Policy problem"));
    m_error->hide();
    auto *where = new QLabel(tr("Saves to %1").arg(QDir::toNativeSeparators(path)), this);
    where->setWordWrap(true);
    where->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save()) {
            accept();
        }
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs, 1);
    layout->addWidget(m_error);
    layout->addWidget(where);
    layout->addWidget(m_buttons);

    for (const policy::DomainPolicy &domain : policy.domains) {
        addDomainRow(domain);
    }
    for (const policy::Account &account : policy.accounts) {
        addAccountRow(account);
    }
    resize(760, 480);
}

void PolicyDialog::addDomainRow(const policy::DomainPolicy &domain)
{
    const int row = m_domains->rowCount();
    m_domains->insertRow(row);
    m_domains->setItem(row, DomainName, new QTableWidgetItem(domain.name));
    m_domains->setItem(row, DomainAliases, new QTableWidgetItem(domain.aliases.join(QStringLiteral(", "))));
    m_domains->setItem(row, DomainCountries, new QTableWidgetItem(domain.countries.join(QStringLiteral(", "))));
}

void PolicyDialog::addAccountRow(const policy::Account &account)
{
    const int row = m_accounts->rowCount();
    m_accounts->insertRow(row);
    m_accounts->setItem(row, AccountLogin, new QTableWidgetItem(account.login));
    auto *password = new QTableWidgetItem;
    password->setFlags(password->flags() & ~Qt::ItemIsEditable); // only through Set password
    password->setData(HashRole, account.password);
    password->setText(account.password.isEmpty() ? tr("(not set)") : tr("set (hashed)"));
    m_accounts->setItem(row, AccountPassword, password);
    m_accounts->setItem(row, AccountAlternative, new QTableWidgetItem(account.alternativeSender));
}

void PolicyDialog::setPassword(int row, const QString &password)
{
    QTableWidgetItem *item = m_accounts->item(row, AccountPassword);
    if (!item || password.isEmpty()) {
        return;
    }
    item->setText(tr("hashing..."));
    ++m_pendingHashes;
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(false);
    const QPersistentModelIndex where(m_accounts->model()->index(row, AccountPassword));
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, where] {
        watcher->deleteLater();
        --m_pendingHashes;
        // The row may have been removed meanwhile: then the hash goes too.
        if (QTableWidgetItem *done = where.isValid() ? m_accounts->item(where.row(), where.column()) : nullptr) {
            done->setData(HashRole, watcher->result());
            done->setText(tr("set (hashed)"));
        }
        m_buttons->button(QDialogButtonBox::Save)->setEnabled(m_pendingHashes == 0);
        emit passwordHashed();
    });
    watcher->setFuture(QtConcurrent::run(
        [password, iterations = m_iterations] { return policy::passwordhash::make(password.toUtf8(), iterations); }));
}

void PolicyDialog::askPassword()
{
    const int row = m_accounts->currentRow();
    if (row < 0) {
        showError(tr("Select the account whose password to set."));
        return;
    }
    bool ok = false;
    const QString password =
        QInputDialog::getText(this, tr("Set password"), tr("New password for %1:").arg(cellText(m_accounts, row, 0)),
                              QLineEdit::Password, QString(), &ok);
    if (ok && !password.isEmpty()) {
        setPassword(row, password);
    }
}

std::optional<policy::Policy> PolicyDialog::policy(QString *error) const
{
    policy::Policy result = m_base;
    result.limits.perMinute = m_perMinute->value();
    result.limits.perHour = m_perHour->value();
    result.limits.per12h = m_per12h->value();
    result.limits.authFailuresPerHour = m_authFailures->value();
    result.limits.spamAcceptedPerHour = m_spamPerHour->value();
    result.limits.queueMinMessages = m_queueMin->value();
    result.limits.queueMaxUndeliverable = m_queueShare->value();
    result.domains.clear();
    for (int row = 0; row < m_domains->rowCount(); ++row) {
        policy::DomainPolicy domain;
        domain.name = cellText(m_domains, row, DomainName);
        domain.aliases = splitList(cellText(m_domains, row, DomainAliases));
        domain.countries = splitList(cellText(m_domains, row, DomainCountries));
        result.domains << domain;
    }
    result.accounts.clear();
    for (int row = 0; row < m_accounts->rowCount(); ++row) {
        policy::Account account;
        account.login = cellText(m_accounts, row, AccountLogin);
        account.password = m_accounts->item(row, AccountPassword)->data(HashRole).toString();
        account.alternativeSender = cellText(m_accounts, row, AccountAlternative);
        if (account.password.isEmpty()) {
            *error = tr("Account %1 has no password: select it and use Set password.")
                         .arg(account.login.isEmpty() ? QString::number(row + 1) : account.login);
            return std::nullopt;
        }
        result.accounts << account;
    }
    // The validation of core's policy loader, country codes included: the
    // same as for a policy file read by the server.
    LocalizedText problem;
    auto validated = policy::Policy::fromJson(result.toJson(), &problem);
    if (!validated) {
        *error = tr("The policy is not valid: %1").arg(mt::errorText(problem));
        return std::nullopt;
    }
    return validated;
}

bool PolicyDialog::save()
{
    QString error;
    if (hashing()) {
        showError(tr("A password is still being hashed; save again in a moment."));
        return false;
    }
    const auto validated = policy(&error);
    if (!validated) {
        showError(error);
        return false;
    }
    LocalizedText problem;
    if (!validated->save(m_path, &problem)) {
        showError(tr("Could not save the policy: %1").arg(mt::errorText(problem)));
        return false;
    }
    m_error->clear();
    m_error->hide();
    emit saved(*validated);
    return true;
}

QString PolicyDialog::errorText() const
{
    return m_error->text();
}

void PolicyDialog::showError(const QString &error)
{
    m_error->setText(error);
    m_error->show();
}

} // namespace mt
