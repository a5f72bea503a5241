#pragma once

#include "diagnosis/appsettings.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace mt {

// Collects the settings and says what is wrong with them in a hint line;
// OK is enabled only when they can be used. The window applies and stores
// what settings() returns; the dialog itself runs nothing.
class SettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(const AppSettings &settings, QWidget *parent = nullptr);

    AppSettings settings() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateWidgets();
    void browseGeoip();
    void hideStorePassword();

    QLabel *m_languageLabel = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_dnsLabel = nullptr;
    QLineEdit *m_dns = nullptr;
    QLabel *m_dnsblLabel = nullptr;
    QPlainTextEdit *m_dnsbl = nullptr;
    QLabel *m_geoipLabel = nullptr;
    QLineEdit *m_geoip = nullptr;
    QPushButton *m_geoipBrowse = nullptr;
    QLabel *m_spfLabel = nullptr;
    QLineEdit *m_spf = nullptr;
    QLabel *m_portLabel = nullptr;
    QSpinBox *m_port = nullptr;
    QLabel *m_storeLabel = nullptr;
    QLineEdit *m_store = nullptr;
    QLabel *m_storePasswordLabel = nullptr;
    QLineEdit *m_storePassword = nullptr;
    QLabel *m_greetingPlLabel = nullptr;
    QLineEdit *m_greetingPl = nullptr;
    QLabel *m_greetingEnLabel = nullptr;
    QLineEdit *m_greetingEn = nullptr;
    QLabel *m_signaturePlLabel = nullptr;
    QPlainTextEdit *m_signaturePl = nullptr;
    QLabel *m_signatureEnLabel = nullptr;
    QPlainTextEdit *m_signatureEn = nullptr;
    QLabel *m_hint = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace mt
