#pragma once

#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace mt {

class AuditTrailModel;
class BlockedIpFilter;
class BlockedIpModel;
class ExceptionsPanel;
class StoreStatusLabel;
class UnblockDialog;
namespace smtp {
class ServerRuntime;
}

// The Blocked IPs page: which store holds the shared state (and whether it
// answers), who is blocked after too many failed logins and for how long,
// Unblock (with a reason, at once, also for a running server), the country
// exceptions staff granted, and the audit trail of both. Blocks and unblocks come in as the block
// store's events, made here, by the server or by another process.
class BlockedPage final : public QWidget
{
    Q_OBJECT

public:
    explicit BlockedPage(smtp::ServerRuntime &runtime, QWidget *parent = nullptr);

    BlockedIpModel *model() const { return m_model; }
    // What the table shows: the model's rows that pass the filter field.
    BlockedIpFilter *shownModel() const { return m_shown; }
    // Opens the reason dialog for the selected row (non-modal; tests fill it in).
    UnblockDialog *unblockSelected();
    // Unblocks IP with REASON by WHO; the status line says how it went
    // (at once with the file store, after a round trip with Redis).
    void unblock(const QString &ip, const QString &who, const QString &reason);
    AuditTrailModel *auditModel() const { return m_auditModel; }
    ExceptionsPanel *exceptionsPanel() const { return m_exceptions; }
    StoreStatusLabel *storeStatus() const { return m_storeStatus; }
    QString statusText() const;
    // The trail as text, one tab-separated line per unblock (newest first).
    QString auditText() const;

public slots:
    void refresh();

protected:
    void changeEvent(QEvent *event) override;

private:
    // Shows TEXT's result now and again after each language switch.
    void setStatus(std::function<QString()> text, bool problem = false);
    void retranslateUi();
    void updateButtons();
    void loadAudit();
    void followStore();
    void showStoreStatus();

    smtp::ServerRuntime &m_runtime;
    StoreStatusLabel *m_storeStatus = nullptr;
    ExceptionsPanel *m_exceptions = nullptr;
    BlockedIpModel *m_model = nullptr;
    BlockedIpFilter *m_shown = nullptr;
    QLabel *m_tableLabel = nullptr;
    QLabel *m_filterLabel = nullptr;
    QLineEdit *m_filter = nullptr;
    QTableView *m_view = nullptr;
    QPushButton *m_unblockButton = nullptr;
    QLabel *m_status = nullptr;
    std::function<QString()> m_statusText; // renders the status in the UI's language
    QLabel *m_auditLabel = nullptr;
    AuditTrailModel *m_auditModel = nullptr;
    QTableView *m_audit = nullptr;
};

} // namespace mt
