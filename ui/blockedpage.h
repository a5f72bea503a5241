#pragma once

#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QTableView;

namespace mt {

class AuditTrailModel;
class BlockedIpModel;
class UnblockDialog;
namespace smtp {
class ServerRuntime;
}

// The Blocked IPs page: who is blocked after too many failed logins and for
// how long, Unblock (with a reason, at once, also for a running server),
// and the audit trail of unblocks. Blocks and unblocks come in as the block
// store's events, made here, by the server or by another process.
class BlockedPage final : public QWidget
{
    Q_OBJECT

public:
    explicit BlockedPage(smtp::ServerRuntime &runtime, QWidget *parent = nullptr);

    BlockedIpModel *model() const { return m_model; }
    // Opens the reason dialog for the selected row (non-modal; tests fill it in).
    UnblockDialog *unblockSelected();
    // Unblocks IP with REASON by WHO; the status line says how it went
    // (at once with the file store, after a round trip with Redis).
    void unblock(const QString &ip, const QString &who, const QString &reason);
    AuditTrailModel *auditModel() const { return m_auditModel; }
    // The trail as text, one tab-separated line per unblock (newest first).
    QString auditText() const;

public slots:
    void refresh();

protected:
    void changeEvent(QEvent *event) override;

private:
    // Shows TEXT's result now and again after each language switch.
    void setStatus(std::function<QString()> text);
    void retranslateUi();
    void updateButtons();
    void loadAudit();
    void followStore();
    void showStoreStatus();

    smtp::ServerRuntime &m_runtime;
    BlockedIpModel *m_model = nullptr;
    QLabel *m_tableLabel = nullptr;
    QTableView *m_view = nullptr;
    QPushButton *m_unblockButton = nullptr;
    QLabel *m_status = nullptr;
    std::function<QString()> m_statusText; // renders the status in the UI's language
    QLabel *m_auditLabel = nullptr;
    AuditTrailModel *m_auditModel = nullptr;
    QTableView *m_audit = nullptr;
};

} // namespace mt
