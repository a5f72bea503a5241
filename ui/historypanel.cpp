#include "historypanel.h"

#include "common/textutil.h"
#include "historymodel.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QVBoxLayout>

namespace mt {

HistoryPanel::HistoryPanel(HistoryModel &model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_shown(new QSortFilterProxyModel(this))
{
    m_shown->setSourceModel(&m_model);
    m_shown->setFilterRole(HistoryModel::SearchTextRole);
    m_shown->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_searchLabel = new QLabel(this);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("historySearch"));
    m_search->setClearButtonEnabled(true);
    m_searchLabel->setBuddy(m_search);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_shown->setFilterFixedString(text.trimmed());
        updateButtons();
    });

    m_view = new QListView(this);
    m_view->setObjectName(QStringLiteral("history"));
    m_view->setModel(m_shown);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(true);
    m_view->setUniformItemSizes(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    connect(m_view, &QListView::activated, this,
            [this](const QModelIndex &index) { emit chosen(index.data(HistoryModel::InputRole).toString()); });
    auto *deleteKey = new QAction(this);
    deleteKey->setShortcut(QKeySequence::Delete);
    deleteKey->setShortcutContext(Qt::WidgetShortcut);
    connect(deleteKey, &QAction::triggered, this, &HistoryPanel::deleteSelected);
    m_view->addAction(deleteKey);

    m_delete = new QPushButton(this);
    m_delete->setObjectName(QStringLiteral("historyDelete"));
    m_clear = new QPushButton(this);
    m_clear->setObjectName(QStringLiteral("historyClear"));
    connect(m_delete, &QPushButton::clicked, this, &HistoryPanel::deleteSelected);
    connect(m_clear, &QPushButton::clicked, this, &HistoryPanel::clearAll);

    auto *search = new QHBoxLayout;
    search->addWidget(m_searchLabel);
    search->addWidget(m_search, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_delete);
    buttons->addWidget(m_clear);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(search);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &HistoryPanel::updateButtons);
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved}) {
        connect(m_shown, signal, this, &HistoryPanel::updateButtons);
    }
    connect(m_shown, &QAbstractItemModel::modelReset, this, &HistoryPanel::updateButtons);
    retranslateUi();
    updateButtons();
}

QMessageBox *HistoryPanel::deleteSelected()
{
    QStringList inputs;
    for (const QModelIndex &index : m_view->selectionModel()->selectedIndexes()) {
        inputs << index.data(HistoryModel::InputRole).toString();
    }
    if (inputs.isEmpty()) {
        return nullptr;
    }
    const QString question = inputs.size() == 1
                                 ? tr("Delete \"%1\" from the history?")
                                       .arg(text::shown(inputs.first().trimmed().section(QLatin1Char('\n'), 0, 0), 60))
                                 : tr("Delete the %1 selected checks from the history?").arg(inputs.size());
    return confirm(question, tr("Delete"), [this, inputs] { return m_model.remove(inputs); });
}

QMessageBox *HistoryPanel::clearAll()
{
    if (m_model.rowCount() == 0) {
        return nullptr;
    }
    return confirm(tr("Delete all %1 checks from the history? This cannot be undone.").arg(m_model.rowCount()),
                   tr("Clear the history"), [this] { return m_model.clear(); });
}

QMessageBox *HistoryPanel::confirm(const QString &question, const QString &action, std::function<bool()> forget)
{
    auto *box = new QMessageBox(QMessageBox::Question, tr("History"), question, QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("historyConfirm"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *yes = box->addButton(action, QMessageBox::DestructiveRole);
    yes->setObjectName(QStringLiteral("historyConfirmYes"));
    box->setDefaultButton(box->addButton(QMessageBox::Cancel));
    connect(box, &QMessageBox::buttonClicked, this, [this, yes, forget](QAbstractButton *clicked) {
        if (clicked == yes && !forget()) {
            emit failed(tr("Could not save the history: %1").arg(m_model.error()));
        }
    });
    box->open();
    return box;
}

void HistoryPanel::updateButtons()
{
    m_delete->setEnabled(m_view->selectionModel()->hasSelection());
    m_clear->setEnabled(m_model.rowCount() > 0);
}

void HistoryPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void HistoryPanel::retranslateUi()
{
    m_searchLabel->setText(tr("Sea&rch:"));
    m_search->setPlaceholderText(tr("Address, domain, IP, text or date"));
    m_search->setToolTip(tr("Show only the checks whose input, kind or time contains this text"));
    m_view->setAccessibleName(tr("Recent checks"));
    m_view->setToolTip(tr("Recent checks; press Enter or double-click one to check it again, Delete to delete it"));
    m_delete->setText(tr("Delete…"));
    m_delete->setToolTip(tr("Delete the selected checks from the history (Delete)"));
    m_clear->setText(tr("Clear history…"));
    m_clear->setToolTip(tr("Delete every check from the history"));
}

} // namespace mt
