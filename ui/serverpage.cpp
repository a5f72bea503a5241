#include "serverpage.h"

#include "coreerror.h"
#include "messagelistmodel.h"
#include "policydialog.h"
#include "servereventmodel.h"
#include "smtp/serverruntime.h"
#include "storestatuslabel.h"
#include "tonecolours.h"

#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace mt {

ServerPage::ServerPage(smtp::ServerRuntime &runtime, QWidget *parent)
    : QWidget(parent)
    , m_runtime(runtime)
    , m_events(new ServerEventModel(this))
    , m_messageModel(new MessageListModel(runtime.messages(), this))
{
    m_portLabel = new QLabel(this);
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("serverPort"));
    m_port->setRange(1, 65535);
    m_port->setValue(2525);
    m_portLabel->setBuddy(m_port);
    m_startButton = new QPushButton(this);
    m_startButton->setObjectName(QStringLiteral("startServer"));
    m_stopButton = new QPushButton(this);
    m_stopButton->setObjectName(QStringLiteral("stopServer"));
    m_policyButton = new QPushButton(this);
    m_policyButton->setObjectName(QStringLiteral("editPolicy"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("serverStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *controls = new QHBoxLayout;
    controls->addWidget(m_portLabel);
    controls->addWidget(m_port);
    controls->addWidget(m_startButton);
    controls->addWidget(m_stopButton);
    controls->addWidget(m_policyButton);
    controls->addWidget(m_status, 1);

    m_eventsLabel = new QLabel(this);
    m_eventView = new QListView(this);
    m_eventView->setObjectName(QStringLiteral("serverEvents"));
    m_eventView->setModel(m_events);
    m_eventView->setUniformItemSizes(true);
    m_eventView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_eventView->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_eventsLabel->setBuddy(m_eventView);
    m_clearButton = new QPushButton(this);
    auto *eventHeader = new QHBoxLayout;
    eventHeader->addWidget(m_eventsLabel, 1);
    eventHeader->addWidget(m_clearButton);
    auto *eventBox = new QWidget(this);
    auto *eventLayout = new QVBoxLayout(eventBox);
    eventLayout->setContentsMargins(0, 0, 0, 0);
    eventLayout->addLayout(eventHeader);
    eventLayout->addWidget(m_eventView, 1);

    m_messagesLabel = new QLabel(this);
    m_messageView = new QTableView(this);
    m_messageView->setObjectName(QStringLiteral("serverMessages"));
    m_messageView->setModel(m_messageModel);
    m_messageView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_messageView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_messageView->verticalHeader()->hide();
    m_messageView->horizontalHeader()->setStretchLastSection(true);
    m_messageView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_messageView->setWordWrap(false);
    m_messagesLabel->setBuddy(m_messageView);
    m_messageText = new QPlainTextEdit(this);
    m_messageText->setObjectName(QStringLiteral("messageText"));
    m_messageText->setReadOnly(true);
    m_messageText->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto *messageSplit = new QSplitter(Qt::Horizontal, this);
    messageSplit->addWidget(m_messageView);
    messageSplit->addWidget(m_messageText);
    messageSplit->setStretchFactor(0, 3);
    messageSplit->setStretchFactor(1, 2);
    auto *messageBox = new QWidget(this);
    auto *messageLayout = new QVBoxLayout(messageBox);
    messageLayout->setContentsMargins(0, 0, 0, 0);
    messageLayout->addWidget(m_messagesLabel);
    messageLayout->addWidget(messageSplit, 1);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(eventBox);
    split->addWidget(messageBox);

    m_storeStatus = new StoreStatusLabel(runtime, this);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_storeStatus);
    layout->addWidget(split, 1);

    connect(m_startButton, &QPushButton::clicked, this, &ServerPage::start);
    connect(m_stopButton, &QPushButton::clicked, this, &ServerPage::stop);
    connect(m_policyButton, &QPushButton::clicked, this, &ServerPage::editPolicy);
    connect(m_clearButton, &QPushButton::clicked, m_events, &ServerEventModel::clear);
    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(250);
    connect(m_refreshTimer, &QTimer::timeout, m_messageModel, &MessageListModel::refresh);
    connect(&m_runtime, &smtp::ServerRuntime::reported, this, [this](const smtp::ServerEvent &event) {
        const bool atEnd = m_eventView->verticalScrollBar()->value() == m_eventView->verticalScrollBar()->maximum();
        m_events->append(event);
        if (atEnd) {
            m_eventView->scrollToBottom(); // follow the log unless the reader scrolled up
        }
        if (event.kind == smtp::ServerEvent::Kind::Accepted && !m_refreshTimer->isActive()) {
            m_refreshTimer->start();
        }
    });
    connect(&m_runtime, &smtp::ServerRuntime::started, this, &ServerPage::updateState);
    connect(&m_runtime, &smtp::ServerRuntime::stopped, this, &ServerPage::updateState);
    connect(m_messageView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ServerPage::showMessage);
    // The view forgets its current row in a reset: keep the id across it.
    connect(m_messageModel, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_keptId = m_shownId; });
    connect(m_messageModel, &QAbstractItemModel::modelReset, this, [this] {
        m_shownId = m_keptId;
        const int row = m_messageModel->rowOf(m_shownId);
        if (row >= 0) {
            m_messageView->setCurrentIndex(m_messageModel->index(row, 0));
        }
        showMessage();
    });

    m_messageModel->refresh();
    retranslateUi();
    updateState();
}

void ServerPage::setPort(quint16 port)
{
    m_port->setValue(port);
}

quint16 ServerPage::port() const
{
    return quint16(m_port->value());
}

QString ServerPage::errorText() const
{
    return mt::errorText(m_error);
}

void ServerPage::start()
{
    m_error = {};
    if (!m_runtime.start(port(), &m_error)) {
        m_events->append(smtp::ServerEvent::notice(m_error));
    }
    m_messageModel->refresh();
    updateState();
}

void ServerPage::stop()
{
    m_runtime.stop();
    updateState();
}

PolicyDialog *ServerPage::editPolicy()
{
    auto *dialog = new PolicyDialog(m_runtime.policy(), m_runtime.policyPath(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PolicyDialog::saved, this, [this](const policy::Policy &policy) {
        LocalizedText error;
        if (m_runtime.setPolicy(policy, &error)) {
            // In tr()'s context: the log renders it in the language of the moment.
            m_events->append(smtp::ServerEvent::notice(
                {"mt::ServerPage",
                 QT_TRANSLATE_NOOP("mt::ServerPage", "The policy was saved to %1 and applies now."),
                 {m_runtime.policyPath()}}));
        } else {
            m_error = error;
        }
        updateState();
    });
    dialog->open();
    return dialog;
}

void ServerPage::updateState()
{
    const bool running = m_runtime.isRunning();
    m_startButton->setEnabled(!running);
    m_stopButton->setEnabled(running);
    m_port->setEnabled(!running);
    if (running) {
        m_error = {};
        m_status->setText(tr("Listening on %1 (SMTP, STARTTLS when available). Messages are kept, never relayed.")
                              .arg(m_runtime.addressText()));
    } else if (!m_error.isEmpty()) {
        m_status->setText(tr("Not running: %1").arg(errorText()));
    } else {
        m_status->setText(tr("Stopped."));
    }
    m_status->setStyleSheet(!running && !m_error.isEmpty() ? toneStyleSheet(Tone::Problem, palette()) : QString());
}

void ServerPage::showMessage()
{
    const QModelIndex current = m_messageView->currentIndex();
    const QString id = current.isValid() ? m_messageModel->idAt(current.row()) : QString();
    if (id == m_shownId && !id.isEmpty() && !m_messageText->toPlainText().isEmpty()) {
        return; // still the same message: keep where the reader scrolled to
    }
    m_shownId = id;
    if (id.isEmpty()) {
        m_messageText->clear();
        return;
    }
    smtp::Envelope envelope;
    const auto message = m_runtime.messages().read(id, &envelope);
    if (!message) {
        m_messageText->setPlainText(tr("The message %1 cannot be read any more.").arg(id));
        return;
    }
    // Shown as text: a message is data from a client, never rendered as HTML.
    m_messageText->setPlainText(QString::fromUtf8(*message));
}

void ServerPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void ServerPage::retranslateUi()
{
    m_portLabel->setText(tr("&Port on 127.0.0.1:"));
    m_port->setAccessibleName(tr("Server port"));
    m_port->setToolTip(tr("The built-in server listens on this port of the loopback address only"));
    m_startButton->setText(tr("&Start server"));
    m_startButton->setToolTip(tr("Run the built-in submission server with the provider's rules"));
    m_stopButton->setText(tr("St&op server"));
    m_stopButton->setToolTip(tr("Stop listening; open sessions end"));
    m_policyButton->setText(tr("&Edit policy..."));
    m_policyButton->setToolTip(tr("Domains, accounts, allowed countries and limits of the built-in server"));
    m_status->setAccessibleName(tr("Server status"));
    m_eventsLabel->setText(tr("E&vents (live)"));
    m_eventView->setAccessibleName(tr("Server events"));
    m_eventView->setToolTip(tr("Connections, logins, refusals and messages, as they happen"));
    m_clearButton->setText(tr("Clear log"));
    m_clearButton->setToolTip(tr("Empty the event list (the server keeps running)"));
    m_messagesLabel->setText(tr("&Accepted messages"));
    m_messageView->setAccessibleName(tr("Accepted messages"));
    m_messageView->setToolTip(tr("Messages the server acknowledged with 250; select one to read it"));
    m_messageText->setAccessibleName(tr("Message source"));
    // Column titles come from the model's tr(): ask the header to read them again.
    emit m_messageModel->headerDataChanged(Qt::Horizontal, 0, MessageListModel::ColumnCount - 1);
    m_events->retranslate();
    updateState();
}

} // namespace mt
