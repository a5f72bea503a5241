#include "exceptionspanel.h"

#include "allowcountrydialog.h"
#include "coreerror.h"
#include "countryexceptionmodel.h"
#include "currentuser.h"
#include "policy/clock.h"
#include "policy/statestore.h"
#include "revokecountrydialog.h"
#include "smtp/serverruntime.h"
#include "tonecolours.h"

#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace mt {

ExceptionsPanel::ExceptionsPanel(smtp::ServerRuntime &runtime, QWidget *parent)
    : QWidget(parent)
    , m_runtime(runtime)
    , m_model(new CountryExceptionModel(this))
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("exceptionsPanel"));
    m_label = new QLabel(this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("exceptionsTable"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_label->setBuddy(m_view);
    m_allowButton = new QPushButton(this);
    m_allowButton->setObjectName(QStringLiteral("allowCountryButton"));
    m_revokeButton = new QPushButton(this);
    m_revokeButton->setObjectName(QStringLiteral("revokeCountryButton"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("exceptionsStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_allowButton);
    buttons->addWidget(m_revokeButton);
    buttons->addWidget(m_status, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_view);
    layout->addLayout(buttons);

    connect(m_allowButton, &QPushButton::clicked, this, [this] { allowCountry(); });
    connect(m_revokeButton, &QPushButton::clicked, this, &ExceptionsPanel::revokeSelected);
    connect(m_view, &QTableView::activated, this, &ExceptionsPanel::revokeSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ExceptionsPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ExceptionsPanel::updateButtons);
    connect(&m_runtime, &smtp::ServerRuntime::storeChanged, this, &ExceptionsPanel::followStore);
    // An exception that reaches its expiry leaves the list by itself.
    m_timer->setInterval(60 * 1000);
    connect(m_timer, &QTimer::timeout, this, &ExceptionsPanel::refresh);
    m_timer->start();
    retranslateUi();
    followStore();
}

void ExceptionsPanel::followStore()
{
    if (m_store) {
        disconnect(m_store, nullptr, this, nullptr);
    }
    m_store = &m_runtime.store();
    m_asking = false;
    connect(m_store, &policy::StateStore::exceptionsChanged, this, &ExceptionsPanel::refresh);
    connect(m_store, &policy::StateStore::availabilityChanged, this, &ExceptionsPanel::refresh);
    refresh();
}

void ExceptionsPanel::refresh()
{
    if (!m_store || m_asking) {
        return; // the last question is still out (a slow Redis)
    }
    m_asking = true;
    m_store->countryExceptions(
        m_runtime.clock().nowMs(), [self = QPointer<ExceptionsPanel>(this),
                                    store = m_store](policy::StoreAnswer<QList<policy::CountryException>> answer) {
            if (!self || self->m_store != store) {
                return;
            }
            self->m_asking = false;
            if (!answer.ok) {
                // Not an empty list: the exceptions are unknown while the store is away.
                const LocalizedText error = answer.error;
                self->setStatus(
                    [error] {
                        return tr("Store unreachable, the exceptions may be out of date: %1").arg(errorText(error));
                    },
                    true, false);
                self->m_unreachable = true;
                return;
            }
            if (self->m_unreachable) {
                self->m_unreachable = false;
                self->setStatus({}, false, false);
            }
            self->m_model->setExceptions(answer.value);
        });
}

AllowCountryDialog *ExceptionsPanel::allowCountry(const QString &domain, const QString &country)
{
    QHash<QString, QStringList> domains;
    for (const policy::DomainPolicy &entry : m_runtime.policy().domains) {
        domains.insert(entry.name.toLower(), entry.countries);
    }
    auto *dialog = new AllowCountryDialog(domains, currentUser(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // An alias's accounts are the domain's: the exception is the domain's.
    const policy::DomainPolicy *own = policy::domainPolicyFor(m_runtime.policy().domains, domain.toLower());
    dialog->setDomain(own ? own->name : domain);
    dialog->setCountry(country);
    connect(dialog, &AllowCountryDialog::allowRequested, this, &ExceptionsPanel::grant);
    dialog->open();
    return dialog;
}

RevokeCountryDialog *ExceptionsPanel::revokeSelected()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid() || !m_view->selectionModel()->hasSelection()) {
        return nullptr;
    }
    auto *dialog =
        new RevokeCountryDialog(current.data(CountryExceptionModel::DomainRole).toString(),
                                current.data(CountryExceptionModel::CountryCodeRole).toString(), currentUser(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RevokeCountryDialog::revokeRequested, this, &ExceptionsPanel::revoke);
    dialog->open();
    return dialog;
}

void ExceptionsPanel::selectRow(int row)
{
    m_view->selectRow(row);
}

QString ExceptionsPanel::statusText() const
{
    return m_status->text();
}

void ExceptionsPanel::grant(const QString &domain, const QString &country, int days, const QString &who,
                            const QString &reason)
{
    policy::CountryException exception;
    exception.domain = domain.toLower();
    exception.country = country.toUpper();
    exception.who = who;
    exception.reason = reason;
    exception.grantedMs = m_runtime.clock().nowMs();
    exception.expiresMs = days > 0 ? exception.grantedMs + qint64(days) * 24 * 3600 * 1000 : 0;
    m_store->grantCountry(
        exception, [self = QPointer<ExceptionsPanel>(this), exception](policy::StoreAnswer<bool> done) {
            if (!self) {
                return;
            }
            const QString domain = exception.domain;
            const QString code = exception.country;
            if (!done.ok) {
                const LocalizedText problem = done.error;
                self->setStatus(
                    [domain, code, problem] {
                        return tr("Could not allow %1 for %2: %3")
                            .arg(CountryExceptionModel::countryLabel(code), domain, errorText(problem));
                    },
                    true);
                return;
            }
            const qint64 expires = exception.expiresMs;
            self->setStatus([domain, code, expires] {
                const QString country = CountryExceptionModel::countryLabel(code);
                return expires > 0
                           ? tr("%1 may send from %2 until %3.")
                                 .arg(domain, country,
                                      QLocale().toString(QDateTime::fromMSecsSinceEpoch(expires), QLocale::ShortFormat))
                           : tr("%1 may send from %2 until the exception is revoked.").arg(domain, country);
            });
            self->refresh();
        });
}

void ExceptionsPanel::revoke(const QString &domain, const QString &country, const QString &who, const QString &reason)
{
    m_store->revokeCountry(
        domain, country, who, reason, m_runtime.clock().nowMs(),
        [self = QPointer<ExceptionsPanel>(this), domain, country](policy::StoreAnswer<bool> done) {
            if (!self) {
                return;
            }
            if (!done.ok) {
                const LocalizedText problem = done.error;
                self->setStatus(
                    [domain, country, problem] {
                        return tr("Could not revoke the exception of %1 for %2: %3")
                            .arg(domain, CountryExceptionModel::countryLabel(country), errorText(problem));
                    },
                    true);
                return;
            }
            self->setStatus([domain, country] {
                return tr("%1 may no longer send from %2.").arg(domain, CountryExceptionModel::countryLabel(country));
            });
            self->refresh();
        });
}

void ExceptionsPanel::setStatus(std::function<QString()> text, bool problem, bool report)
{
    m_statusText = std::move(text);
    const QString shown = m_statusText ? m_statusText() : QString();
    m_status->setText(shown);
    m_status->setStyleSheet(problem ? toneStyleSheet(Tone::Problem, palette()) : QString());
    if (report && !shown.isEmpty()) {
        emit reported(shown);
    }
}

void ExceptionsPanel::updateButtons()
{
    m_revokeButton->setEnabled(m_view->currentIndex().isValid() && m_view->selectionModel()->hasSelection());
}

void ExceptionsPanel::retranslateUi()
{
    if (m_statusText) {
        m_status->setText(m_statusText()); // said again in the new language
    }
    m_label->setText(tr("Country &exceptions (a domain's accounts may also connect from these countries, on every "
                        "server that shares the state)"));
    m_view->setAccessibleName(tr("Country exceptions"));
    m_view->setToolTip(tr("Select an exception and press Enter or Revoke"));
    m_allowButton->setText(tr("Allow a &country…"));
    m_allowButton->setToolTip(
        tr("Let a domain's accounts connect from one more country at once; a reason is required"));
    m_revokeButton->setText(tr("Re&voke…"));
    m_revokeButton->setToolTip(tr("End the selected exception at once; a reason is required"));
    m_model->retranslate();
    updateButtons();
}

void ExceptionsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

} // namespace mt
