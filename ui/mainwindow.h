#pragma once

#include "checks/localizedtext.h"

#include <QMainWindow>
#include <QPointer>

class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QProgressBar;
class QPushButton;
class QTextBrowser;
class QTreeView;

namespace mt {

class Diagnosis;
class FindingsModel;
class LanguageManager;
class PasteBox;
namespace dns {
class DnsResolver;
}

// The first cut of the main window: paste, check, read the findings.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(dns::DnsResolver &resolver, LanguageManager &languages, QWidget *parent = nullptr);
    ~MainWindow() override;

    // For tests and drag-and-drop: what the paste box holds.
    void setInput(const QString &text);

public slots:
    void check();
    void cancel();
    void clear();

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void retranslateUi();
    void updateWidgets();
    void showDetails();
    void updateKindLabel();

    dns::DnsResolver &m_resolver;
    LanguageManager &m_languages;
    FindingsModel *m_model = nullptr;
    QPointer<Diagnosis> m_diagnosis;

    QLabel *m_inputLabel = nullptr;
    PasteBox *m_input = nullptr;
    QLabel *m_kindLabel = nullptr;
    QPushButton *m_checkButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPushButton *m_clearButton = nullptr;
    QTreeView *m_findingsView = nullptr;
    QTextBrowser *m_details = nullptr;
    QProgressBar *m_busy = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_focusInputAction = nullptr;
    QAction *m_englishAction = nullptr;
    QAction *m_polishAction = nullptr;
    QActionGroup *m_languageGroup = nullptr;
};

} // namespace mt
