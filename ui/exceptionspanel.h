#pragma once

#include <QPointer>
#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QTableView;
class QTimer;

namespace mt {

class AllowCountryDialog;
class CountryExceptionModel;
class RevokeCountryDialog;
namespace policy {
class StateStore;
}
namespace smtp {
class ServerRuntime;
}

// The country exceptions staff granted (seed 004: "we will allow the
// connection from the required country at once"), as the shared state
// store holds them for every node: a table, "Allow a country…" and
// "Revoke…". The dialogs collect input; this panel asks the store,
// asynchronously, and says how it went in its status line (and through
// reported, for the window's status bar). The list is read again when any
// node or desk changes it, and each minute for expiries.
class ExceptionsPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit ExceptionsPanel(smtp::ServerRuntime &runtime, QWidget *parent = nullptr);

    CountryExceptionModel *model() const { return m_model; }
    // Opens the allow dialog (non-modal; tests fill it in), prefilled with
    // DOMAIN (a domain or one of its aliases) and COUNTRY when given.
    AllowCountryDialog *allowCountry(const QString &domain = {}, const QString &country = {});
    // Opens the revoke dialog for the selected row; nullptr when none is.
    RevokeCountryDialog *revokeSelected();
    void selectRow(int row);
    QString statusText() const;

    // What the dialogs ask for; the status line says how it went (at once
    // with the file store, after a round trip with Redis).
    void grant(const QString &domain, const QString &country, int days, const QString &who, const QString &reason);
    void revoke(const QString &domain, const QString &country, const QString &who, const QString &reason);

public slots:
    void refresh();

signals:
    // A status line worth showing elsewhere too (the window's status bar).
    void reported(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void followStore();
    // Shows TEXT's result now and again after each language switch.
    void setStatus(std::function<QString()> text, bool problem = false, bool report = true);
    void retranslateUi();
    void updateButtons();

    smtp::ServerRuntime &m_runtime;
    QPointer<policy::StateStore> m_store;
    CountryExceptionModel *m_model = nullptr;
    QLabel *m_label = nullptr;
    QTableView *m_view = nullptr;
    QPushButton *m_allowButton = nullptr;
    QPushButton *m_revokeButton = nullptr;
    QLabel *m_status = nullptr;
    std::function<QString()> m_statusText;
    QTimer *m_timer = nullptr;
    bool m_asking = false;
    bool m_unreachable = false; // the status line says so
};

} // namespace mt
