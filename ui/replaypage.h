#pragma once

#include "common/localizedtext.h"
#include "smtp/replayclient.h"

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableView;

namespace mt {

class ClientViewsModel;
namespace smtp {
class ServerRuntime;
}

// The Replay page: pick a scenario (one per rule of the help pages, or
// "all is well") or fill in your own, play it against the built-in server
// (started on demand) and read the transcript beside what Outlook,
// Thunderbird, Opera Mail and webmail show the customer.
class ReplayPage final : public QWidget
{
    Q_OBJECT

public:
    // Who the built-in scenarios act as; the defaults fit the demo policy.
    struct Parameters
    {
        QString login = QStringLiteral("jan@kowalski.pl");
        QString password = QStringLiteral("demo-password");
        QString validRecipient = QStringLiteral("someone@domain.com");
        QString invalidDomain = QStringLiteral("nowhere.invalid");
        QString foreignIp = QStringLiteral("1.2.4.8"); // outside the countries the demo domains allow
    };

    explicit ReplayPage(smtp::ServerRuntime &runtime, QWidget *parent = nullptr);

    void setParameters(const Parameters &parameters);
    // The port the server is started on when it is not running.
    void setPort(quint16 port) { m_port = port; }
    void setLanguage(Language language);

    // Fills the form from the built-in scenario ID ("ok", "auth", ...).
    bool selectScenario(const QString &id);
    // What Run would play now: the form's contents.
    smtp::ReplayScenario scenario() const;
    bool isRunning() const { return !m_client.isNull(); }
    QString transcript() const;
    ClientViewsModel *viewsModel() const { return m_views; }
    QString resultText() const;
    // What GeoIP says of the client address typed in.
    QString countryText() const;

public slots:
    void run();
    void stop();

signals:
    void finished(const mt::smtp::ReplayResult &result);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslateUi();
    void fillScenarios();
    void fillForm(int index);
    void markCustom();
    void showResult(const smtp::ReplayResult &result);
    void updateButtons();
    void updateCountry();

    smtp::ServerRuntime &m_runtime;
    Parameters m_parameters;
    QList<smtp::ReplayScenario> m_scenarios;
    policy::Limits m_limits; // of the policy m_scenarios were made for
    quint16 m_port = 2525;
    Language m_language = Language::English;
    QPointer<smtp::ReplayClient> m_client;
    bool m_filling = false;
    ClientViewsModel *m_views = nullptr;

    QLabel *m_scenarioLabel = nullptr;
    QComboBox *m_scenario = nullptr;
    QLabel *m_loginLabel = nullptr;
    QLineEdit *m_login = nullptr;
    QLabel *m_passwordLabel = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_senderLabel = nullptr;
    QLineEdit *m_sender = nullptr;
    QLabel *m_recipientsLabel = nullptr;
    QLineEdit *m_recipients = nullptr;
    QLabel *m_clientIpLabel = nullptr;
    QLineEdit *m_clientIp = nullptr;
    QLabel *m_country = nullptr;
    QLabel *m_countLabel = nullptr;
    QSpinBox *m_count = nullptr;
    QCheckBox *m_spam = nullptr;
    QPushButton *m_runButton = nullptr;
    QPushButton *m_stopButton = nullptr;
    QLabel *m_result = nullptr;
    QLabel *m_transcriptLabel = nullptr;
    QPlainTextEdit *m_transcript = nullptr;
    QLabel *m_viewsLabel = nullptr;
    QComboBox *m_viewLanguage = nullptr;
    QTableView *m_viewsTable = nullptr;
};

} // namespace mt
