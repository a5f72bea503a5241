#pragma once

#include "common/localizedtext.h"

#include <QWidget>

class QLabel;
class QListView;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableView;
class QTimer;

namespace mt {

class MessageListModel;
class ServerEventModel;
class StoreStatusLabel;
namespace smtp {
class ServerRuntime;
}

// The Server page: start and stop the built-in server on 127.0.0.1, see
// where it listens and where its shared state lives, its live event log and
// the messages it accepted.
class ServerPage final : public QWidget
{
    Q_OBJECT

public:
    explicit ServerPage(smtp::ServerRuntime &runtime, QWidget *parent = nullptr);

    // The port Start uses (from the settings).
    void setPort(quint16 port);
    quint16 port() const;
    // The last start's problem, empty when it went well.
    QString errorText() const;

    ServerEventModel *eventModel() const { return m_events; }
    MessageListModel *messageModel() const { return m_messageModel; }
    StoreStatusLabel *storeStatus() const { return m_storeStatus; }

    // Opens the policy editor (non-modal); saving applies it at once.
    class PolicyDialog *editPolicy();

public slots:
    void start();
    void stop();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateState();
    void showMessage();

    smtp::ServerRuntime &m_runtime;
    ServerEventModel *m_events = nullptr;
    MessageListModel *m_messageModel = nullptr;
    LocalizedText m_error; // rendered when shown: a language switch translates it too
    QString m_shownId;     // the message being read survives a refresh of the list
    QString m_keptId;
    QTimer *m_refreshTimer = nullptr; // a burst of messages re-reads the store once

    QLabel *m_portLabel = nullptr;
    QSpinBox *m_port = nullptr;
    QPushButton *m_startButton = nullptr;
    QPushButton *m_stopButton = nullptr;
    QPushButton *m_policyButton = nullptr;
    QLabel *m_status = nullptr;
    StoreStatusLabel *m_storeStatus = nullptr;
    QLabel *m_eventsLabel = nullptr;
    QListView *m_eventView = nullptr;
    QPushButton *m_clearButton = nullptr;
    QLabel *m_messagesLabel = nullptr;
    QTableView *m_messageView = nullptr;
    QPlainTextEdit *m_messageText = nullptr;
};

} // namespace mt
