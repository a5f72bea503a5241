#include "mainwindow.h"

#include "aboutdialog.h"
#include "allowcountrydialog.h"
#include "answerpanel.h"
#include "blockedpage.h"
#include "common/geoipdatabase.h"
#include "coreerror.h"
#include "delaybardelegate.h"
#include "detaillabel.h"
#include "diagnosis/datatext.h"
#include "diagnosis/diagnosis.h"
#include "diagnosis/history.h"
#include "diagnosis/htmlreport.h"
#include "diagnosis/inputfile.h"
#include "dns/stubresolver.h"
#include "exceptionspanel.h"
#include "findingcopy.h"
#include "findingsmodel.h"
#include "forwardingresolver.h"
#include "historymodel.h"
#include "historypanel.h"
#include "hopsmodel.h"
#include "languagemanager.h"
#include "message/authsummary.h"
#include "pastebox.h"
#include "policy/clock.h"
#include "policy/storeurl.h"
#include "replaypage.h"
#include "reportexport.h"
#include "serverpage.h"
#include "settingsdialog.h"
#include "smtp/serverruntime.h"
#include "tonecolours.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QTreeView>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace mt {
namespace {

// The facts staff read with the finding: whom it is about, what the
// server said, the record to paste. The rest is technical.
bool isPlainFact(const QString &key)
{
    static const QStringList plain{QStringLiteral("recipient"), QStringLiteral("diagnostic"),
                                   QStringLiteral("corrected_record"), QStringLiteral("suggested_record"),
                                   QStringLiteral("delisting_url")};
    return plain.contains(key);
}

// The SPF evaluation step by step in LANGUAGE, one paragraph each across the
// pane's width, indented by depth with a hanging indent: rendered from the
// typed steps, never from the English lines.
QString spfTraceHtml(const QList<spf::TraceStep> &trace, Language language)
{
    QString html =
        QStringLiteral("<p style='margin-bottom:2px'>%1</p>").arg(detailLabel(QStringLiteral("trace")).toHtmlEscaped());
    for (const spf::TraceStep &step : trace) {
        html += QStringLiteral("<p style='margin-top:0; margin-bottom:2px; margin-left:%1px; text-indent:-16px'>%2</p>")
                    .arg(24 + 16 * step.depth)
                    .arg(spf::traceText(step, language).trimmed().toHtmlEscaped());
    }
    return html;
}

// The facts behind a finding (records, hosts, addresses), one line each,
// the plain ones or the technical ones: what staff check when the plain
// words are not enough.
QString rawDataHtml(const Finding &finding, bool plain, Language language)
{
    const QVariantMap &data = finding.data;
    QString rows;
    for (auto it = data.cbegin(); it != data.cend(); ++it) {
        if (it.key().startsWith(QLatin1String("reply_")) || isPlainFact(it.key()) != plain) {
            continue; // replies are shown above in words
        }
        if (it.key() == QLatin1String("hosts")) {
            for (const MxHostFact &host : mxHostsOf(it.value())) {
                rows += QStringLiteral("<tr><td><code>MX %1 %2</code></td><td><code>%3</code></td></tr>")
                            .arg(host.preference, host.host.toHtmlEscaped(), host.addresses.join(QStringLiteral(", ")));
            }
            continue;
        }
        if (it.key() == QLatin1String("trace") && !finding.spfTrace.isEmpty()) {
            continue; // below the table, where its lines have room
        }
        const QString value = it.value().typeId() == QMetaType::Bool
                                  ? (it.value().toBool() ? MainWindow::tr("yes") : MainWindow::tr("no"))
                                  : dataValueText(it.value());
        if (value.isEmpty()) {
            continue; // an empty fact says nothing
        }
        rows += QStringLiteral("<tr><td>%1</td><td><code>%2</code></td></tr>")
                    .arg(detailLabel(it.key()).toHtmlEscaped(), value.toHtmlEscaped());
    }
    QString html = rows.isEmpty() ? QString() : QStringLiteral("<table cellspacing='4'>%1</table>").arg(rows);
    if (!plain && data.contains(QStringLiteral("trace")) && !finding.spfTrace.isEmpty()) {
        html += spfTraceHtml(finding.spfTrace, language);
    }
    return html;
}

// The GeoIP finding that says the country rule refused the customer.
bool isCountryRefusal(const Finding &finding)
{
    return finding.code == QLatin1String("geoip.country_not_allowed") &&
           !finding.data.value(QStringLiteral("country_code")).toString().isEmpty();
}

Severity worstOf(const Findings &findings)
{
    Severity worst = Severity::Ok;
    for (const Finding &finding : findings) {
        worst = std::max(worst, finding.severity);
    }
    return worst;
}

} // namespace

MainWindow::MainWindow(dns::DnsResolver &resolver, LanguageManager &languages, QWidget *parent,
                       const QString &historyPath, const QString &serverStateDir)
    : QMainWindow(parent)
    , m_resolver(resolver)
    , m_languages(languages)
    , m_model(new FindingsModel(this))
    , m_history(std::make_unique<History>(historyPath.isEmpty() ? History::defaultPath() : historyPath))
{
    // Missing: start empty. Corrupt: start empty too, the file kept aside.
    const bool historyDamaged = !m_history->load() && !m_history->error().isEmpty();
    m_historyModel = new HistoryModel(*m_history, this);
    setWindowIcon(QIcon(QStringLiteral(":/icons/mailtriage.svg")));
    setAcceptDrops(true);

    m_pages = new QTabWidget(this);
    m_pages->setObjectName(QStringLiteral("pages"));
    m_pages->setTabBarAutoHide(true); // shows once there is more than one page
    m_pages->setDocumentMode(true);
    m_pages->addTab(buildDiagnosePage(), QString());
    m_serverResolver = new ForwardingResolver(m_resolver);
    m_server = new smtp::ServerRuntime(*m_serverResolver, policy::Clock::system(),
                                       serverStateDir.isEmpty()
                                           ? QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) +
                                                 QStringLiteral("/server")
                                           : serverStateDir,
                                       this);
    m_serverResolver->setParent(m_server); // outlives the server's DNS users, gone with it
    m_server->setReplays(true);            // the Replay page claims the customer's address
    LocalizedText serverError;
    if (!m_server->open(&serverError)) {
        qWarning("MailTriage: the built-in server's state is unusable: %s",
                 qPrintable(serverError.render(Language::English)));
    }
    m_serverPage = new ServerPage(*m_server, this);
    m_replayPage = new ReplayPage(*m_server, this);
    m_blockedPage = new BlockedPage(*m_server, this);
    m_pages->addTab(m_serverPage, QString());
    m_pages->addTab(m_replayPage, QString());
    m_pages->addTab(m_blockedPage, QString());
    connect(m_blockedPage->exceptionsPanel(), &ExceptionsPanel::reported, this,
            [this](const QString &text) { statusBar()->showMessage(text, 10000); });
    setCentralWidget(m_pages);
    buildMenus();

    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0); // indeterminate: checks report when they finish
    m_busy->setMaximumWidth(120);
    m_busy->setTextVisible(false);
    statusBar()->addPermanentWidget(m_busy);
    // A first size that fits the screen (a 1600x1000 screen at 1.5x has
    // about 1066x666 device-independent pixels); a stored one wins later.
    const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1100, 760);
    resize(std::min(1100, available.width() * 9 / 10), std::min(760, available.height() * 9 / 10));

    m_model->setLanguage(m_languages.language());
    m_historyModel->setLanguage(m_languages.language());
    m_replayPage->setLanguage(m_languages.language());
    applyServerSettings();
    retranslateUi();
    updateWidgets();
    if (historyDamaged) {
        statusBar()->showMessage(tr("The history could not be read (%1); it was set aside as %2.corrupt and a new "
                                    "one started.")
                                     .arg(m_history->error(), QDir::toNativeSeparators(m_history->path())));
    }
    m_input->setFocus(); // the first thing staff do is paste
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_settingsLoaded) {
        const auto store = openSettingsStore();
        store->setValue(QStringLiteral("window/geometry"), saveGeometry());
        store->setValue(QStringLiteral("window/splitter"), m_mainSplitter->saveState());
        store->setValue(QStringLiteral("window/leftSplitter"), m_leftSplitter->saveState());
        store->sync();
    }
    QMainWindow::closeEvent(event);
}

MainWindow::~MainWindow() = default;

QWidget *MainWindow::buildDiagnosePage()
{
    auto *page = new QWidget(this);

    m_inputLabel = new QLabel(page);
    m_input = new PasteBox(page);
    m_input->setObjectName(QStringLiteral("input"));
    m_input->setTabChangesFocus(true);
    m_inputLabel->setBuddy(m_input);
    m_inputLabel->setWordWrap(true);
    connect(m_input, &PasteBox::textChanged, this, [this] {
        updateKindLabel();
        updateWidgets();
    });
    connect(m_input, &PasteBox::fileDropped, this, &MainWindow::openFile);

    m_kindLabel = new QLabel(page);
    m_kindLabel->setObjectName(QStringLiteral("kind"));
    m_kindLabel->setWordWrap(true); // a long note must not widen the window
    m_checkButton = new QPushButton(QIcon(QStringLiteral(":/icons/check.svg")), QString(), page);
    m_checkButton->setObjectName(QStringLiteral("check"));
    m_checkButton->setDefault(true);
    m_cancelButton = new QPushButton(page);
    m_cancelButton->setObjectName(QStringLiteral("cancel"));
    m_clearButton = new QPushButton(page);
    m_clearButton->setObjectName(QStringLiteral("clear"));
    connect(m_clearButton, &QPushButton::clicked, this, &MainWindow::clear);
    connect(m_checkButton, &QPushButton::clicked, this, &MainWindow::check);
    connect(m_cancelButton, &QPushButton::clicked, this, &MainWindow::cancel);
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    connect(escape, &QShortcut::activated, this, [this] {
        if (m_cancelButton->isEnabled()) {
            cancel();
        }
    });
    for (const QKeySequence &keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(keys, this);
        connect(shortcut, &QShortcut::activated, this, &MainWindow::check);
    }

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_kindLabel, 1);
    buttons->addWidget(m_clearButton);
    buttons->addWidget(m_cancelButton);
    buttons->addWidget(m_checkButton);

    m_findingsView = new QTreeView(page);
    m_findingsView->setObjectName(QStringLiteral("findings"));
    m_findingsView->setModel(m_model);
    m_findingsView->setAlternatingRowColors(true);
    m_findingsView->setUniformRowHeights(true);
    m_findingsView->header()->setSectionResizeMode(FindingsModel::SummaryColumn, QHeaderView::Stretch);
    m_findingsView->header()->setStretchLastSection(true);
    // The severity is an icon under one level of indent; the Finding column
    // gets the rest. The Check column also holds the labels of detail rows.
    m_findingsView->header()->setSectionResizeMode(FindingsModel::SeverityColumn, QHeaderView::Fixed);
    m_findingsView->setColumnWidth(FindingsModel::SeverityColumn, 2 * m_findingsView->indentation() +
                                                                      style()->pixelMetric(QStyle::PM_SmallIconSize) +
                                                                      24);
    m_findingsView->setColumnWidth(FindingsModel::CheckColumn, 150);
    m_findingsView->setColumnWidth(FindingsModel::SubjectColumn, 140);
    connect(m_findingsView->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::showDetails);
    // Copy: Ctrl+C and the context menu on the tree; the record a finding
    // proposes (corrected SPF, suggested DMARC) on its own.
    m_copyAction = new QAction(QIcon::fromTheme(QStringLiteral("edit-copy")), QString(), m_findingsView);
    m_copyAction->setShortcut(QKeySequence::Copy);
    m_copyAction->setShortcutContext(Qt::WidgetShortcut);
    connect(m_copyAction, &QAction::triggered, this, [this] {
        const QString text = copyTextFor(m_findingsView->currentIndex());
        if (!text.isEmpty()) {
            QApplication::clipboard()->setText(text);
            statusBar()->showMessage(tr("Copied to the clipboard."), 3000);
        }
    });
    m_copyRecordAction = new QAction(QString(), m_findingsView);
    connect(m_copyRecordAction, &QAction::triggered, this, [this] {
        const Finding *finding = m_model->findingAt(m_findingsView->currentIndex());
        const QString record = finding ? proposedRecord(*finding) : QString();
        if (!record.isEmpty()) {
            QApplication::clipboard()->setText(record);
            statusBar()->showMessage(tr("The record is on the clipboard."), 3000);
        }
    });
    // A refusal by the country rule: grant the country in one step (seed 004).
    m_allowCountryAction = new QAction(QString(), m_findingsView);
    connect(m_allowCountryAction, &QAction::triggered, this, &MainWindow::allowCountryOfFinding);
    m_findingsView->addAction(m_copyAction);
    m_findingsView->addAction(m_copyRecordAction);
    m_findingsView->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_findingsView, &QWidget::customContextMenuRequested, this, [this](const QPoint &position) {
        const QModelIndex index = m_findingsView->indexAt(position);
        if (!index.isValid()) {
            return;
        }
        m_findingsView->setCurrentIndex(index);
        const Finding *finding = m_model->findingAt(index);
        m_copyRecordAction->setEnabled(finding && !proposedRecord(*finding).isEmpty());
        QMenu menu(m_findingsView);
        menu.addAction(m_copyAction);
        menu.addAction(m_copyRecordAction);
        if (finding && isCountryRefusal(*finding)) {
            menu.addSeparator();
            menu.addAction(m_allowCountryAction);
        }
        menu.exec(m_findingsView->viewport()->mapToGlobal(position));
    });
    // Groups open as they arrive; a finding's details open on request.
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &parent, int first, int last) {
        if (!parent.isValid()) {
            for (int row = first; row <= last; ++row) {
                m_findingsView->expand(m_model->index(row, 0));
            }
        }
    });

    m_hops = new HopsModel(this);
    m_hopsView = new QTableView(page);
    m_hopsView->setObjectName(QStringLiteral("hops"));
    m_hopsView->setModel(m_hops);
    m_hopsView->setItemDelegateForColumn(HopsModel::DelayColumn,
                                         new DelayBarDelegate(HopsModel::DelayFractionRole, m_hopsView));
    m_hopsView->verticalHeader()->hide();
    m_hopsView->horizontalHeader()->setStretchLastSection(true);
    m_hopsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_hopsView->hide();
    m_authSummary = new QLabel(page);
    m_authSummary->setObjectName(QStringLiteral("authSummary"));
    m_authSummary->setTextFormat(Qt::RichText);
    m_authSummary->setWordWrap(true);
    m_authSummary->hide();
    connect(m_hops, &QAbstractItemModel::modelReset, this, [this] {
        m_hopsView->setVisible(m_hops->rowCount() > 0);
        m_hopsView->resizeColumnsToContents();
    });

    m_details = new QTextBrowser(page);
    m_details->setObjectName(QStringLiteral("details"));
    m_details->setOpenExternalLinks(false);
    m_details->setOpenLinks(false);
    connect(m_details, &QTextBrowser::anchorClicked, this, [this](const QUrl &link) {
        if (link.fragment() == QLatin1String("technical")) {
            m_technicalOpen = !m_technicalOpen;
            showDetails();
        }
    });
    m_answer = new AnswerPanel(page);
    m_answer->setObjectName(QStringLiteral("answerPanel"));
    connect(m_answer, &AnswerPanel::copied, this,
            [this] { statusBar()->showMessage(tr("The answer is on the clipboard."), 5000); });
    m_historyPanel = new HistoryPanel(*m_historyModel, page);
    connect(m_historyPanel, &HistoryPanel::chosen, this, [this](const QString &input) {
        setInput(input);
        check();
    });
    connect(m_historyPanel, &HistoryPanel::failed, this,
            [this](const QString &message) { statusBar()->showMessage(message); });

    m_sideTabs = new QTabWidget(page);
    m_sideTabs->setObjectName(QStringLiteral("sideTabs"));
    m_allowCountryButton = new QPushButton(page);
    m_allowCountryButton->setObjectName(QStringLiteral("allowCountryOfFinding"));
    m_allowCountryButton->hide(); // only for a refusal by the country rule
    connect(m_allowCountryButton, &QPushButton::clicked, this, &MainWindow::allowCountryOfFinding);
    auto *detailsBox = new QWidget(page);
    auto *detailsLayout = new QVBoxLayout(detailsBox);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(m_details, 1);
    auto *detailButtons = new QHBoxLayout;
    detailButtons->addWidget(m_allowCountryButton);
    detailButtons->addStretch(1);
    detailsLayout->addLayout(detailButtons);
    m_sideTabs->addTab(detailsBox, QString());
    m_sideTabs->addTab(m_answer, QString());
    m_sideTabs->addTab(m_historyPanel, QString());

    auto *inputArea = new QWidget(page);
    auto *inputLayout = new QVBoxLayout(inputArea);
    inputLayout->setContentsMargins(0, 0, 0, 0);
    inputLayout->addWidget(m_inputLabel);
    inputLayout->addWidget(m_input);
    inputLayout->addLayout(buttons);

    // Says once, above the findings, that they are not an all-clear.
    m_banner = new QLabel(page);
    m_banner->setObjectName(QStringLiteral("inconclusiveBanner"));
    m_banner->setWordWrap(true);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_banner->setAutoFillBackground(true);
    m_banner->setBackgroundRole(QPalette::ToolTipBase);
    m_banner->setForegroundRole(QPalette::ToolTipText);
    m_banner->setFrameShape(QFrame::StyledPanel);
    m_banner->setMargin(6);
    m_banner->hide();
    auto *resultsArea = new QWidget(page);
    auto *resultsLayout = new QVBoxLayout(resultsArea);
    resultsLayout->setContentsMargins(0, 0, 0, 0);
    resultsLayout->addWidget(m_banner);
    resultsLayout->addWidget(m_findingsView, 1);

    auto *left = new QSplitter(Qt::Vertical, page);
    left->setObjectName(QStringLiteral("leftSplitter"));
    m_leftSplitter = left;
    left->addWidget(inputArea);
    left->addWidget(resultsArea);
    auto *messageArea = new QWidget(page);
    auto *messageLayout = new QVBoxLayout(messageArea);
    messageLayout->setContentsMargins(0, 0, 0, 0);
    messageLayout->addWidget(m_authSummary);
    messageLayout->addWidget(m_hopsView, 1);
    left->addWidget(messageArea);
    left->setStretchFactor(0, 1);
    left->setStretchFactor(1, 3);
    left->setChildrenCollapsible(false);

    auto *splitter = new QSplitter(Qt::Horizontal, page);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_mainSplitter = splitter;
    splitter->addWidget(left);
    splitter->addWidget(m_sideTabs);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({660, 420});
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(splitter);

    // Tab goes the way the eye does: paste, act, read, answer.
    QWidget::setTabOrder(m_input, m_checkButton);
    QWidget::setTabOrder(m_checkButton, m_cancelButton);
    QWidget::setTabOrder(m_cancelButton, m_clearButton);
    QWidget::setTabOrder(m_clearButton, m_findingsView);
    QWidget::setTabOrder(m_findingsView, m_sideTabs);
    return page;
}

void MainWindow::buildMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_openAction =
        m_fileMenu->addAction(QIcon(QStringLiteral(":/icons/open.svg")), QString(), this, &MainWindow::openFileDialog);
    m_openAction->setShortcut(QKeySequence::Open);
    m_exportAction =
        m_fileMenu->addAction(QIcon(QStringLiteral(":/icons/export.svg")), QString(), this, &MainWindow::exportDialog);
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_fileMenu->addSeparator();
    m_focusInputAction = m_fileMenu->addAction(QString(), this, [this] {
        m_pages->setCurrentIndex(0);
        m_input->setFocus();
        m_input->selectAll();
    });
    m_focusInputAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);

    m_fileMenu->setToolTipsVisible(true);

    m_languageMenu = menuBar()->addMenu(QString());
    m_languageGroup = new QActionGroup(this);
    // Language names are shown in their own language, whatever the UI's.
    m_englishAction = m_languageMenu->addAction(QStringLiteral("English"));
    m_polishAction = m_languageMenu->addAction(QStringLiteral("Polski"));
    for (QAction *action : {m_englishAction, m_polishAction}) {
        action->setCheckable(true);
        m_languageGroup->addAction(action);
    }
    (m_languages.language() == Language::Polish ? m_polishAction : m_englishAction)->setChecked(true);
    connect(m_englishAction, &QAction::triggered, this, [this] { chooseLanguage(Language::English); });
    connect(m_polishAction, &QAction::triggered, this, [this] { chooseLanguage(Language::Polish); });
    connect(&m_languages, &LanguageManager::languageChanged, this, [this](Language language) {
        (language == Language::Polish ? m_polishAction : m_englishAction)->setChecked(true);
        m_replayPage->setLanguage(language);
    });

    m_toolsMenu = menuBar()->addMenu(QString());
    m_settingsAction = m_toolsMenu->addAction(QIcon(QStringLiteral(":/icons/settings.svg")), QString(), this,
                                              &MainWindow::settingsDialog);
    m_settingsAction->setShortcut(QKeySequence::Preferences);
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    m_toolsMenu->setToolTipsVisible(true);

    m_helpMenu = menuBar()->addMenu(QString());
    m_aboutAction = m_helpMenu->addAction(QIcon(QStringLiteral(":/icons/mailtriage.svg")), QString(), this,
                                          &MainWindow::aboutDialog);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    m_aboutQtAction = m_helpMenu->addAction(QString(), qApp, &QApplication::aboutQt);
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
}

QString MainWindow::geoipDatabasePath() const
{
    return m_settings.geoipDatabase.isEmpty() ? GeoIpDatabase::defaultPath() : m_settings.geoipDatabase;
}

void MainWindow::aboutDialog()
{
    // The database the server's country rule has open, not a second copy.
    AboutDialog dialog(m_geoip.get(), geoipDatabasePath(), m_languages.language(), this);
    dialog.exec();
}

std::unique_ptr<QSettings> MainWindow::openSettingsStore() const
{
    if (m_settingsPath.isEmpty()) {
        return std::make_unique<QSettings>();
    }
    return std::make_unique<QSettings>(m_settingsPath, QSettings::IniFormat);
}

void MainWindow::chooseLanguage(Language language)
{
    m_languages.setLanguage(language);
    if (m_settingsLoaded) { // remembered for the next start, like the Settings dialog's choice
        m_settings.language = language;
        m_settings.save(*openSettingsStore());
    }
}

void MainWindow::loadSettings(const QString &path)
{
    m_settingsPath = path;
    m_settingsLoaded = true;
    const auto store = openSettingsStore();
    AppSettings loaded = AppSettings::load(*store, m_languages.language());
    if (!loaded.problems().isEmpty()) {
        // Edited by hand into something unusable: keep the parts that work.
        statusBar()->showMessage(tr("Some stored settings are not valid; open Settings to correct them."));
    }
    m_settings = loaded;
    m_options = loaded.diagnosisOptions();
    m_answer->setFrames(m_settings.answerFrame(Language::Polish), m_settings.answerFrame(Language::English));
    if (m_dnsFromSettings && loaded.problems().isEmpty()) {
        m_settingsResolver =
            std::make_unique<dns::StubResolver>(dns::ResolverConfig::forServers(loaded.dnsServers, nullptr));
    }
    m_languages.setLanguage(loaded.language);
    applyServerSettings();
    restoreGeometry(store->value(QStringLiteral("window/geometry")).toByteArray());
    m_mainSplitter->restoreState(store->value(QStringLiteral("window/splitter")).toByteArray());
    m_leftSplitter->restoreState(store->value(QStringLiteral("window/leftSplitter")).toByteArray());
}

void MainWindow::applySettings(const AppSettings &settings)
{
    cancel(); // a running check keeps no pointer into the resolver being replaced
    const auto store = openSettingsStore();
    settings.save(*store);
    if (store->status() != QSettings::NoError) {
        statusBar()->showMessage(tr("Could not save the settings."));
    }
    m_settings = settings;
    m_options = settings.diagnosisOptions();
    m_answer->setFrames(m_settings.answerFrame(Language::Polish), m_settings.answerFrame(Language::English));
    if (m_dnsFromSettings) {
        m_settingsResolver =
            std::make_unique<dns::StubResolver>(dns::ResolverConfig::forServers(settings.dnsServers, nullptr));
    }
    m_languages.setLanguage(settings.language);
    applyServerSettings();
    updateWidgets();
}

void MainWindow::applyStoreUrl()
{
    LocalizedText error;
    const std::optional<policy::StoreUrl> url =
        policy::StoreUrl::parse(m_settings.storeUrl, m_server->stateDir(), &error);
    if (!url || !m_server->setStoreUrl(*url, &error)) {
        // Never the URL as typed: it may hold a password (the error names the store without it).
        statusBar()->showMessage(tr("The shared state cannot be used: %1").arg(errorText(error)));
    }
}

AllowCountryDialog *MainWindow::allowCountryOfFinding()
{
    const Finding *finding = m_model->findingAt(m_findingsView->currentIndex());
    if (!finding || !isCountryRefusal(*finding)) {
        return nullptr;
    }
    // The customer's domain when the finding knows the address; else the desk picks it.
    return m_blockedPage->exceptionsPanel()->allowCountry(
        finding->data.value(QStringLiteral("domain")).toString(),
        finding->data.value(QStringLiteral("country_code")).toString());
}

void MainWindow::applyServerSettings()
{
    m_serverResolver->setTarget(m_settingsResolver ? *m_settingsResolver : m_resolver);
    applyStoreUrl();
    m_serverPage->setPort(quint16(m_settings.serverPort));
    m_replayPage->setPort(quint16(m_settings.serverPort));
    // Rule 8 needs a country: the same database as the checks use.
    auto geoip = std::make_shared<GeoIpDatabase>();
    const QString path = geoipDatabasePath();
    if (!path.isEmpty() && geoip->open(path)) {
        m_geoip = geoip;
        m_server->setGeoIpDatabase(geoip);
    } else {
        m_geoip.reset();
        m_server->setGeoIpDatabase(nullptr);
    }
}

void MainWindow::settingsDialog()
{
    AppSettings current = m_settings;
    current.language = m_languages.language();
    auto *dialog = new SettingsDialog(current, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { applySettings(dialog->settings()); });
    dialog->open();
}

void MainWindow::updateAuthSummary()
{
    const message::AuthSummary summary = message::authSummary(m_model->findings());
    m_authSummary->setVisible(!summary.isEmpty());
    QStringList parts;
    for (const message::AuthSummary::Entry &entry : summary.entries) {
        const Tone tone = entry.severity == Severity::Ok        ? Tone::Good
                          : entry.severity == Severity::Warning ? Tone::Warning
                          : entry.severity == Severity::Error   ? Tone::Problem
                                                                : Tone::Neutral;
        parts << QStringLiteral("%1 %2: <b style=\"color:%3\">%4</b>")
                     .arg(entry.method, entry.subject.toHtmlEscaped(), toneColour(tone, palette()).name(),
                          entry.result.toHtmlEscaped());
    }
    m_authSummary->setText(tr("Authentication: %1").arg(parts.join(QStringLiteral(" &nbsp;·&nbsp; "))));
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("MailTriage"));
    retranslateBanner();
    m_copyAction->setText(tr("&Copy"));
    m_copyAction->setToolTip(tr("Copy the selected finding and its advice"));
    m_copyRecordAction->setText(tr("Copy &record"));
    m_copyRecordAction->setToolTip(tr("Copy the corrected DNS record the finding proposes, ready to paste"));
    m_hops->retranslate();
    updateAuthSummary();
    m_pages->setTabText(0, tr("Diagnose"));
    m_pages->setTabText(m_pages->indexOf(m_serverPage), tr("Server"));
    m_pages->setTabToolTip(m_pages->indexOf(m_serverPage), tr("The built-in submission server on 127.0.0.1"));
    m_pages->setTabText(m_pages->indexOf(m_replayPage), tr("Replay"));
    m_pages->setTabToolTip(m_pages->indexOf(m_replayPage),
                           tr("Play what a customer's mail client does against the built-in server"));
    m_pages->setTabText(m_pages->indexOf(m_blockedPage), tr("Blocked IPs"));
    m_pages->setTabToolTip(m_pages->indexOf(m_blockedPage),
                           tr("Addresses blocked after too many failed logins, and country exceptions"));
    m_inputLabel->setText(tr("&Paste what the customer sent: an e-mail address, a domain, an IP address or a "
                             "bounce, or drop a saved message (.eml) here"));
    m_input->setPlaceholderText(tr("e.g. jan@kowalski.pl"));
    m_input->setAccessibleName(tr("Customer input"));
    m_input->setToolTip(tr("Paste or type here, or drop a .eml file (Ctrl+L to come back here)"));
    m_checkButton->setText(tr("&Check"));
    m_checkButton->setToolTip(tr("Run the checks (Ctrl+Enter)"));
    m_cancelButton->setText(tr("Cancel"));
    m_cancelButton->setToolTip(tr("Stop the checks that are still running (Esc)"));
    m_clearButton->setText(tr("Cl&ear"));
    m_clearButton->setToolTip(tr("Clear the paste box and the findings"));
    m_findingsView->setAccessibleName(tr("Findings"));
    m_findingsView->setToolTip(
        tr("Findings grouped by check; open a finding to see our server's replies and the raw records"));
    m_details->setAccessibleName(tr("Finding details"));
    m_details->setToolTip(tr("The selected finding in full: what to do, our server's replies, the records"));
    m_allowCountryButton->setText(tr("Allow this country for the domain…"));
    m_allowCountryButton->setToolTip(
        tr("Let the customer's domain send from this country at once (a country exception, in the audit trail)"));
    m_allowCountryAction->setText(m_allowCountryButton->text());
    m_allowCountryAction->setToolTip(m_allowCountryButton->toolTip());
    m_sideTabs->setTabText(0, tr("&Details"));
    m_sideTabs->setTabText(1, tr("&Answer for the customer"));
    m_sideTabs->setTabText(2, tr("&History"));
    m_fileMenu->setTitle(tr("&File"));
    m_openAction->setText(tr("&Open message…"));
    m_openAction->setToolTip(tr("Load a saved message (.eml) or text file into the paste box"));
    m_exportAction->setText(tr("&Export diagnosis…"));
    m_exportAction->setToolTip(tr("Save the findings as an HTML or PDF report"));
    m_focusInputAction->setText(tr("Go to the paste box"));
    m_quitAction->setText(tr("&Quit"));
    m_languageMenu->setTitle(tr("&Language"));
    m_toolsMenu->setTitle(tr("&Tools"));
    m_settingsAction->setText(tr("&Settings…"));
    m_settingsAction->setToolTip(
        tr("Language, DNS servers, blacklists, GeoIP database, SPF include, server port, shared state"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About MailTriage"));
    m_aboutQtAction->setText(tr("About &Qt"));
    m_busy->setAccessibleName(tr("Checks running"));
    updateKindLabel();
    showDetails();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_model->setLanguage(m_languages.language());
        m_historyModel->setLanguage(m_languages.language());
        retranslateUi();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!PasteBox::localFileIn(event->mimeData()).isEmpty()) {
        event->acceptProposedAction();
    }
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString path = PasteBox::localFileIn(event->mimeData());
    if (!path.isEmpty()) {
        event->acceptProposedAction();
        openFile(path);
    }
}

void MainWindow::setInput(const QString &text)
{
    ++m_loadGeneration; // a file still being read must not overwrite this
    m_input->setText(text);
}

void MainWindow::openFileDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a message"), QString(),
                                                      tr("Messages (*.eml *.msg *.txt);;All files (*)"));
    if (!path.isEmpty()) {
        openFile(path);
    }
}

void MainWindow::openFile(const QString &path)
{
    const int generation = ++m_loadGeneration;
    statusBar()->showMessage(tr("Reading %1…").arg(QFileInfo(path).fileName()));
    // A large file is read and decoded off the GUI thread. A read that is
    // over before then() attaches runs the continuation right here.
    QtConcurrent::run([path] { return readInputFile(path); }).then(this, [this, generation](const InputFile &file) {
        if (generation != m_loadGeneration) {
            return; // something newer was pasted or opened meanwhile
        }
        if (!file.error.isEmpty()) {
            const QString message = file.error.render(m_languages.language());
            statusBar()->showMessage(message);
            emit inputFailed(message);
            return;
        }
        m_input->setText(file.text);
        m_input->setFocus();
        statusBar()->showMessage(tr("Loaded; characters: %1").arg(QLocale().toString(file.text.size())), 5000);
        emit inputLoaded();
    });
}

void MainWindow::updateKindLabel()
{
    const QString text = m_input->text();
    if (text.trimmed().isEmpty()) {
        m_kindLabel->clear();
        return;
    }
    QString label = tr("Recognized as: %1").arg(inputKindLabel(detectInputKind(text)).render(m_languages.language()));
    if (m_input->isShownInPart()) {
        label += QLatin1Char(' ') + tr("(a large paste of %1 characters: shown in part, checked in full)")
                                        .arg(QLocale().toString(m_input->textSize()));
    }
    m_kindLabel->setText(label);
}

void MainWindow::updateWidgets()
{
    const bool running = m_diagnosis && !m_diagnosis->isFinished();
    const bool hasInput = m_input->isShownInPart() || !m_input->document()->isEmpty();
    m_checkButton->setEnabled(!running && hasInput);
    m_cancelButton->setEnabled(running);
    m_clearButton->setEnabled(hasInput || m_model->rowCount() > 0);
    m_exportAction->setEnabled(!running && m_hasResult);
    m_busy->setVisible(running);
}

void MainWindow::check()
{
    const QString text = m_input->text();
    if (text.trimmed().isEmpty()) {
        return;
    }
    cancel();
    m_model->clear();
    m_hops->clear();
    updateAuthSummary();
    m_details->clear();
    m_answer->clear();
    m_banner->hide();
    m_hasResult = false;
    dns::DnsResolver &resolver = m_settingsResolver ? *m_settingsResolver : m_resolver;
    DiagnosisOptions options = m_options;
    options.domains = m_server->policy().domains; // the countries the built-in server allows
    options.limits = m_server->policy().limits;
    auto *diagnosis = new Diagnosis(resolver, options, this);
    m_diagnosis = diagnosis;
    connect(diagnosis, &Diagnosis::findingsAdded, m_model, &FindingsModel::append);
    connect(diagnosis, &Diagnosis::findingsAdded, m_hops, &HopsModel::append);
    connect(diagnosis, &Diagnosis::findingsAdded, this, &MainWindow::updateAuthSummary);
    connect(diagnosis, &Diagnosis::findingsAdded, this,
            [this] { statusBar()->showMessage(tr("Checking… findings so far: %1").arg(m_model->findings().size())); });
    connect(diagnosis, &Diagnosis::finished, this, &MainWindow::diagnosisDone);
    statusBar()->showMessage(tr("Checking…"));
    diagnosis->start(text);
    updateWidgets();
}

void MainWindow::diagnosisDone()
{
    Diagnosis *diagnosis = m_diagnosis;
    if (!diagnosis) {
        return;
    }
    m_lastInput = diagnosis->input();
    m_lastKind = diagnosis->kind();
    m_hasResult = true;
    const Findings &findings = diagnosis->findings();
    statusBar()->showMessage(tr("Done in %1 ms. Findings: %2").arg(diagnosis->elapsedMs()).arg(findings.size()));
    m_answer->setDiagnosis(m_lastInput, findings);

    HistoryEntry entry;
    entry.input = m_lastInput;
    entry.kind = diagnosis->kind();
    entry.time = QDateTime::currentDateTimeUtc();
    entry.worst = worstOf(findings);
    entry.findingCount = int(findings.size());
    if (!m_historyModel->add(entry)) {
        statusBar()->showMessage(tr("Could not save the history: %1").arg(m_historyModel->error()));
    }
    // Worst first (the diagnosis sorted them): the worst group on top, its
    // worst finding selected and shown.
    m_model->setFindings(findings);
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex group = m_model->index(row, 0);
        m_findingsView->setExpanded(group, !group.data(FindingsModel::FoldedRole).toBool());
    }
    if (!findings.isEmpty()) {
        m_findingsView->setCurrentIndex(m_model->indexOfFinding(0));
        m_findingsView->scrollToTop();
    }
    showInconclusiveBanner(*diagnosis);
    updateWidgets();
    emit diagnosisFinished();
}

void MainWindow::showInconclusiveBanner(const Diagnosis &diagnosis)
{
    m_inconclusiveCause = {};
    m_inconclusiveCount = 0;
    if (!diagnosis.isInconclusive()) {
        m_banner->hide();
        return;
    }
    for (const Finding &finding : diagnosis.findings()) {
        if (finding.outcome != Outcome::Inconclusive) {
            continue;
        }
        ++m_inconclusiveCount;
        if (finding.code == QLatin1String("dns.resolver_failed")) {
            m_inconclusiveCause = finding.summary;
        }
    }
    retranslateBanner();
    m_banner->show();
}

void MainWindow::retranslateBanner()
{
    if (m_inconclusiveCount == 0) {
        return;
    }
    const QString why = m_inconclusiveCause.isEmpty() ? tr("Checks that could not finish: %1.").arg(m_inconclusiveCount)
                                                      : m_inconclusiveCause.render(m_languages.language());
    m_banner->setText(tr("<b>Inconclusive: these results are not an all-clear.</b> %1 Do not tell the customer "
                         "that nothing is wrong; run the check again once DNS answers.")
                          .arg(why.toHtmlEscaped()));
}

void MainWindow::clear()
{
    cancel();
    setInput({});
    m_model->clear();
    m_hops->clear();
    updateAuthSummary();
    m_details->clear();
    m_answer->clear();
    m_banner->hide();
    m_hasResult = false;
    statusBar()->clearMessage();
    m_input->setFocus();
    updateWidgets();
}

void MainWindow::cancel()
{
    if (m_diagnosis && !m_diagnosis->isFinished()) {
        statusBar()->showMessage(tr("Cancelled"));
    }
    // Destroying the diagnosis drops its pending DNS queries.
    delete m_diagnosis.data();
    updateWidgets();
}

void MainWindow::exportDialog()
{
    QString selected;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the diagnosis"), tr("diagnosis.html"),
                                                      tr("Web page (*.html);;PDF document (*.pdf)"), &selected);
    if (path.isEmpty()) {
        return;
    }
    QString error;
    if (exportTo(path, &error)) {
        statusBar()->showMessage(tr("Saved %1").arg(QFileInfo(path).fileName()), 5000);
    } else {
        statusBar()->showMessage(tr("Could not save %1: %2").arg(path, error));
    }
}

bool MainWindow::exportTo(const QString &path, QString *error)
{
    if (!m_hasResult) {
        *error = tr("there is no finished diagnosis to export");
        return false;
    }
    const QString html = diagnosisToHtml(m_lastInput, m_lastKind, m_model->findings(), m_languages.language(),
                                         QDateTime::currentDateTimeUtc());
    return exportReport(html, path, error);
}

void MainWindow::showDetails()
{
    const QModelIndex current = m_findingsView->currentIndex();
    const Finding *shown = m_model->findingAt(current);
    const Language language = m_languages.language();
    if (!shown && current.isValid()) {
        m_allowCountryButton->hide();
        // A group: its findings in one list.
        QString html;
        const QModelIndex group = current.siblingAtColumn(0);
        for (int row = 0; row < m_model->rowCount(group); ++row) {
            const Finding *finding = m_model->findingAt(m_model->index(row, 0, group));
            html += QStringLiteral("<li><b>%1:</b> %2</li>")
                        .arg(severityLabel(finding->severity).render(language).toHtmlEscaped(),
                             finding->summary.render(language).toHtmlEscaped());
        }
        m_details->setHtml(QStringLiteral("<ul>%1</ul>").arg(html));
        return;
    }
    m_allowCountryButton->setVisible(shown && isCountryRefusal(*shown));
    if (!shown) {
        m_details->clear();
        return;
    }
    const Finding &finding = *shown;
    QString html = QStringLiteral("<p><b>%1</b></p>").arg(finding.summary.render(language).toHtmlEscaped());
    if (!finding.advice.isEmpty()) {
        html += QStringLiteral("<p><b>%1</b> %2</p>")
                    .arg(tr("What to do:").toHtmlEscaped(), finding.advice.render(language).toHtmlEscaped());
    }
    const QString asSender = finding.data.value(QStringLiteral("reply_as_sender")).toString();
    const QString asRecipient = finding.data.value(QStringLiteral("reply_as_recipient")).toString();
    if (!asSender.isEmpty()) {
        html += QStringLiteral("<p>%1<br><code>%2</code></p>")
                    .arg(tr("Our server's reply when this is the sender's domain:").toHtmlEscaped(),
                         asSender.toHtmlEscaped());
    }
    if (!asRecipient.isEmpty()) {
        html += QStringLiteral("<p>%1<br><code>%2</code></p>")
                    .arg(tr("Our server's reply when this is a recipient's domain:").toHtmlEscaped(),
                         asRecipient.toHtmlEscaped());
    }
    html += rawDataHtml(finding, true, language);
    // Records, lookups and the finding's code, folded until asked for.
    html +=
        QStringLiteral("<p><a href='#technical'>%1 %2</a></p>")
            .arg(m_technicalOpen ? QStringLiteral("▾") : QStringLiteral("▸"), tr("Technical details").toHtmlEscaped());
    if (m_technicalOpen) {
        html += rawDataHtml(finding, false, language);
        html += QStringLiteral("<p style='color:gray'>%1: <code>%2</code></p>")
                    .arg(tr("Code").toHtmlEscaped(), finding.code.toHtmlEscaped());
    }
    m_details->setHtml(html);
}

} // namespace mt
