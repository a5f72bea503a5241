#include "blockedpage.h"

#include "audittrailmodel.h"
#include "blockedipfilter.h"
#include "blockedipmodel.h"
#include "coreerror.h"
#include "currentuser.h"
#include "exceptionspanel.h"
#include "smtp/serverruntime.h"
#include "storestatuslabel.h"
#include "tonecolours.h"
#include "unblockdialog.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace mt {

BlockedPage::BlockedPage(smtp::ServerRuntime &runtime, QWidget *parent)
    : QWidget(parent)
    , m_runtime(runtime)
    , m_model(new BlockedIpModel(runtime.store(), runtime.clock(), this))
    , m_shown(new BlockedIpFilter(this))
    , m_auditModel(new AuditTrailModel(this))
{
    m_model->setCountryLookup([&runtime](const QHostAddress &address) { return runtime.countryOf(address); });
    m_shown->setSourceModel(m_model);
    m_storeStatus = new StoreStatusLabel(runtime, this);
    m_exceptions = new ExceptionsPanel(runtime, this);
    m_tableLabel = new QLabel(this);
    m_filterLabel = new QLabel(this);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("blockedFilter"));
    m_filter->setClearButtonEnabled(true);
    m_filterLabel->setBuddy(m_filter);
    connect(m_filter, &QLineEdit::textChanged, m_shown, &BlockedIpFilter::setFilterText);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filterLabel);
    filterRow->addWidget(m_filter, 1);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("blockedTable"));
    m_view->setModel(m_shown);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tableLabel->setBuddy(m_view);
    m_unblockButton = new QPushButton(this);
    m_unblockButton->setObjectName(QStringLiteral("unblockButton"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("blockedStatus"));
    m_status->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_unblockButton);
    buttons->addWidget(m_status, 1);

    m_auditLabel = new QLabel(this);
    m_audit = new QTableView(this);
    m_audit->setObjectName(QStringLiteral("auditTrail"));
    m_audit->setModel(m_auditModel);
    m_audit->verticalHeader()->hide();
    m_audit->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_audit->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_audit->horizontalHeader()->setStretchLastSection(true);
    m_auditLabel->setBuddy(m_audit);

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_tableLabel);
    topLayout->addLayout(filterRow);
    topLayout->addWidget(m_view);
    topLayout->addLayout(buttons);
    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(m_auditLabel);
    bottomLayout->addWidget(m_audit);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(top);
    split->addWidget(m_exceptions);
    split->addWidget(bottom);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setStretchFactor(2, 2);
    split->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_storeStatus);
    layout->addWidget(split, 1);

    connect(m_unblockButton, &QPushButton::clicked, this, &BlockedPage::unblockSelected);
    connect(m_view, &QTableView::activated, this, &BlockedPage::unblockSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &BlockedPage::updateButtons);
    connect(m_shown, &QAbstractItemModel::rowsRemoved, this, &BlockedPage::updateButtons);
    connect(&m_runtime, &smtp::ServerRuntime::storeChanged, this, &BlockedPage::followStore);
    connect(m_model, &BlockedIpModel::storeStatusChanged, this, &BlockedPage::showStoreStatus);
    followStore();
    retranslateUi();
    loadAudit();
}

void BlockedPage::refresh()
{
    m_model->refresh();
    m_exceptions->refresh();
    loadAudit();
}

UnblockDialog *BlockedPage::unblockSelected()
{
    const QModelIndex current = m_view->currentIndex();
    const QString ip = current.data(BlockedIpModel::IpRole).toString();
    if (ip.isEmpty()) {
        return nullptr;
    }
    auto *dialog = new UnblockDialog(ip, currentUser(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { unblock(dialog->ip(), dialog->who(), dialog->reason()); });
    dialog->open();
    return dialog;
}

void BlockedPage::followStore()
{
    m_model->setStore(m_runtime.store());
    connect(&m_runtime.store(), &policy::StateStore::unblocked, this, &BlockedPage::loadAudit, Qt::UniqueConnection);
    connect(&m_runtime.store(), &policy::StateStore::exceptionsChanged, this, &BlockedPage::loadAudit,
            Qt::UniqueConnection);
    retranslateUi();
}

void BlockedPage::showStoreStatus()
{
    const LocalizedText error = m_model->storeError();
    if (error.isEmpty()) {
        setStatus({});
        return;
    }
    // Not an empty list: the blocks are unknown while the store is away.
    setStatus([error] { return tr("Store unreachable, the list may be out of date: %1").arg(errorText(error)); }, true);
}

void BlockedPage::unblock(const QString &ip, const QString &who, const QString &reason)
{
    // Every node asks the store before it trusts a block: this is at once.
    m_runtime.store().unblock(
        ip, who, reason, m_runtime.clock().nowMs(),
        [self = QPointer<BlockedPage>(this), ip](policy::StoreAnswer<policy::AuditEntry> done) {
            if (!self) {
                return;
            }
            if (!done.ok) {
                const LocalizedText problem = done.error;
                self->setStatus([ip, problem] { return tr("Could not unblock %1: %2").arg(ip, errorText(problem)); },
                                true);
                return;
            }
            self->setStatus([ip] { return tr("%1 is unblocked.").arg(ip); });
            self->m_model->remove(ip);
        });
}

QString BlockedPage::auditText() const
{
    QStringList lines;
    for (int row = 0; row < m_auditModel->rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < m_auditModel->columnCount(); ++column) {
            cells << m_auditModel->index(row, column).data().toString();
        }
        lines << cells.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n'));
}

void BlockedPage::loadAudit()
{
    m_runtime.store().auditTrail([self = QPointer<BlockedPage>(this)](
                                     policy::StoreAnswer<QList<policy::AuditEntry>> trail) {
        if (!self) {
            return;
        }
        if (!trail.ok) {
            const LocalizedText error = trail.error;
            self->setStatus([error] { return tr("The audit trail cannot be read: %1").arg(errorText(error)); }, true);
            return;
        }
        self->m_auditModel->setEntries(trail.value);
    });
}

void BlockedPage::updateButtons()
{
    m_unblockButton->setEnabled(m_view->currentIndex().isValid() && m_view->selectionModel()->hasSelection());
}

void BlockedPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void BlockedPage::setStatus(std::function<QString()> text, bool problem)
{
    m_statusText = std::move(text);
    m_status->setText(m_statusText ? m_statusText() : QString());
    // A problem stands out: staff must not read an old list as the truth.
    m_status->setStyleSheet(problem ? toneStyleSheet(Tone::Problem, palette(), true) : QString());
}

QString BlockedPage::statusText() const
{
    return m_status->text();
}

void BlockedPage::retranslateUi()
{
    if (m_statusText) {
        m_status->setText(m_statusText()); // said again in the new language
    }
    m_tableLabel->setText(tr("&Blocked addresses (more than %1 failed logins within an hour block an IP; the time "
                             "left counts down)")
                              .arg(m_runtime.policy().limits.authFailuresPerHour));
    m_filterLabel->setText(tr("&Filter:"));
    m_filter->setPlaceholderText(tr("IP address or country"));
    m_filter->setToolTip(tr("Show only the blocked addresses whose IP or country (code or name) contains this text"));
    m_view->setAccessibleName(tr("Blocked IP addresses"));
    m_view->setToolTip(tr("Select an address and press Enter or Unblock"));
    m_unblockButton->setText(tr("&Unblock..."));
    m_unblockButton->setToolTip(tr("Lift the selected block at once; a reason is required"));
    m_auditLabel->setText(tr("&Audit trail of unblocks and country exceptions"));
    m_audit->setAccessibleName(tr("Audit trail"));
    m_audit->setToolTip(
        tr("Who lifted which block or granted which country, when and why (%1)").arg(m_runtime.store().description()));
    emit m_model->headerDataChanged(Qt::Horizontal, 0, BlockedIpModel::ColumnCount - 1);
    emit m_auditModel->headerDataChanged(Qt::Horizontal, 0, AuditTrailModel::ColumnCount - 1);
    updateButtons();
}

} // namespace mt
