#pragma once

#include "common/localizedtext.h"
#include "diagnosis/appsettings.h"
#include "diagnosis/diagnosisoptions.h"
#include "diagnosis/inputkind.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QProgressBar;
class QPushButton;
class QSettings;
class QSplitter;
class QTabWidget;
class QTextBrowser;
class QTableView;
class QTreeView;

namespace mt {

class AllowCountryDialog;
class AnswerPanel;
class BlockedPage;
class ForwardingResolver;
class GeoIpDatabase;
class ReplayPage;
class ServerPage;
namespace smtp {
class ServerRuntime;
}
class Diagnosis;
class FindingsModel;
class HopsModel;
class History;
class HistoryModel;
class HistoryPanel;
class LanguageManager;
class PasteBox;
namespace dns {
class DnsResolver;
class StubResolver;
} // namespace dns

// The main window: pages in tabs (the tab bar shows once there is more than
// the Diagnose page). Diagnose: paste or open, check, read the findings
// tree, answer the customer, re-run from the history, export.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    // HISTORYPATH: where recent checks are kept (History::defaultPath() when empty);
    // SERVERSTATEDIR: the built-in server's blocks and messages (the
    // application's data directory when empty).
    MainWindow(dns::DnsResolver &resolver, LanguageManager &languages, QWidget *parent = nullptr,
               const QString &historyPath = {}, const QString &serverStateDir = {});
    ~MainWindow() override;

    // For tests and drag-and-drop: what the paste box holds.
    void setInput(const QString &text);
    // Reads PATH into the paste box in the background; inputLoaded() or
    // inputFailed() tells when it is there.
    void openFile(const QString &path);
    // Writes the current diagnosis as HTML or PDF (by PATH's extension).
    bool exportTo(const QString &path, QString *error);
    const DiagnosisOptions &diagnosisOptions() const { return m_options; }

    // Settings: read from PATH (an INI file; empty: the platform's own
    // store) and applied. With DNS from settings on, the DNS servers named
    // there replace the resolver passed in (off when --dns was given).
    void loadSettings(const QString &path = {});
    void setDnsFromSettings(bool enabled) { m_dnsFromSettings = enabled; }
    const AppSettings &settings() const { return m_settings; }
    smtp::ServerRuntime &serverRuntime() const { return *m_server; }
    ServerPage *serverPage() const { return m_serverPage; }
    ReplayPage *replayPage() const { return m_replayPage; }
    BlockedPage *blockedPage() const { return m_blockedPage; }
    // Stores SETTINGS and applies them to the language and the next check.
    void applySettings(const AppSettings &settings);
    // The GeoIP finding's own button, when the country rule refused the
    // customer: the allow dialog prefilled with the customer's domain and
    // the country (non-modal; nullptr when the current finding is another).
    AllowCountryDialog *allowCountryOfFinding();

signals:
    void inputLoaded();
    void inputFailed(const QString &message);
    void diagnosisFinished();

public slots:
    void check();
    void cancel();
    void clear();
    void openFileDialog();
    void exportDialog();
    void settingsDialog();
    void aboutDialog();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    QWidget *buildDiagnosePage();
    void buildMenus();
    void retranslateUi();
    void updateAuthSummary();
    void updateWidgets();
    void showDetails();
    void updateKindLabel();
    void diagnosisDone();
    void showInconclusiveBanner(const Diagnosis &diagnosis);
    void retranslateBanner();

    std::unique_ptr<QSettings> openSettingsStore() const;
    QString geoipDatabasePath() const; // the settings' choice, else the installed one
    void applyServerSettings();
    void applyStoreUrl();
    void chooseLanguage(Language language);

    dns::DnsResolver &m_resolver;
    LanguageManager &m_languages;
    DiagnosisOptions m_options;
    AppSettings m_settings;
    QString m_settingsPath;
    bool m_dnsFromSettings = false;
    bool m_settingsLoaded = false;
    std::unique_ptr<dns::StubResolver> m_settingsResolver; // when the settings name DNS servers
    FindingsModel *m_model = nullptr;
    std::unique_ptr<History> m_history;
    HistoryModel *m_historyModel = nullptr;
    QPointer<Diagnosis> m_diagnosis;
    // The last finished diagnosis, for the answer and the export.
    QString m_lastInput;
    InputKind m_lastKind = InputKind::Empty;
    bool m_hasResult = false;
    int m_loadGeneration = 0; // a newer open or paste wins over a slow read

    ForwardingResolver *m_serverResolver = nullptr; // the settings' DNS servers, or the one passed in
    smtp::ServerRuntime *m_server = nullptr;
    std::shared_ptr<GeoIpDatabase> m_geoip; // shared with the server's country lookup
    ServerPage *m_serverPage = nullptr;
    ReplayPage *m_replayPage = nullptr;
    BlockedPage *m_blockedPage = nullptr;
    QTabWidget *m_pages = nullptr;
    QTabWidget *m_sideTabs = nullptr;
    QLabel *m_inputLabel = nullptr;
    PasteBox *m_input = nullptr;
    QLabel *m_kindLabel = nullptr;
    QPushButton *m_checkButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPushButton *m_clearButton = nullptr;
    QTreeView *m_findingsView = nullptr;
    QSplitter *m_mainSplitter = nullptr; // saved with the window's geometry
    QSplitter *m_leftSplitter = nullptr;
    QAction *m_copyAction = nullptr;         // Ctrl+C on the findings
    QAction *m_copyRecordAction = nullptr;   // the proposed DNS record
    QAction *m_allowCountryAction = nullptr; // a GeoIP refusal: grant the country
    QPushButton *m_allowCountryButton = nullptr;
    QLabel *m_banner = nullptr;        // "inconclusive", shown when it is
    LocalizedText m_inconclusiveCause; // the resolver's failure, when that is why
    int m_inconclusiveCount = 0;
    HopsModel *m_hops = nullptr;      // the path of an analyzed message
    QTableView *m_hopsView = nullptr; // shown only for a message
    QLabel *m_authSummary = nullptr;  // SPF, DKIM, DMARC, ARC of a message at a glance
    QTextBrowser *m_details = nullptr;
    bool m_technicalOpen = false; // the details' technical part, folded at first
    AnswerPanel *m_answer = nullptr;
    HistoryPanel *m_historyPanel = nullptr;
    QProgressBar *m_busy = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_toolsMenu = nullptr;
    QAction *m_settingsAction = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_focusInputAction = nullptr;
    QAction *m_englishAction = nullptr;
    QAction *m_polishAction = nullptr;
    QActionGroup *m_languageGroup = nullptr;
};

} // namespace mt
