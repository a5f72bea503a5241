#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace mt {

// Asks why an IP is unblocked (the audit trail keeps it); OK stays off
// while the reason is empty. Only collects text: the page does the unblock.
class UnblockDialog final : public QDialog
{
    Q_OBJECT

public:
    UnblockDialog(const QString &ip, const QString &who, QWidget *parent = nullptr);

    QString ip() const { return m_ip; }
    QString who() const;
    QString reason() const;
    bool canAccept() const;

private:
    void updateButtons();

    QString m_ip;
    QLabel *m_intro = nullptr;
    QLineEdit *m_who = nullptr;
    QPlainTextEdit *m_reason = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace mt
