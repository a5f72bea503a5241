#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace mt {

// The frame of the dialogs that change shared state for a reason the audit
// trail keeps (unblock an IP, revoke a country exception): an intro, who
// and why, OK off while either is empty. Only collects text; the subclass
// says what OK means and the page does it.
class ReasonDialog : public QDialog
{
    Q_OBJECT

public:
    QString who() const;
    // One line in the trail, whatever was typed.
    QString reason() const;
    bool canAccept() const;

protected:
    // NAME prefixes the fields' object names ("unblock": unblockWho, unblockReason).
    ReasonDialog(const QString &name, const QString &who, QWidget *parent);

    void setIntro(const QString &text);
    void setAcceptText(const QString &text);
    // What to say besides "Required" in the reason's tool tip and placeholder.
    void setReasonExample(const QString &tooltip, const QString &placeholder);
    QLineEdit *whoEdit() const { return m_who; }
    // Called on OK when the input is complete, before the dialog closes.
    virtual void submit() {}

private:
    void updateButtons();

    QLabel *m_intro = nullptr;
    QLineEdit *m_who = nullptr;
    QPlainTextEdit *m_reason = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace mt
