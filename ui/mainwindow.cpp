#include "mainwindow.h"

#include "diagnosis/diagnosis.h"
#include "findingsmodel.h"
#include "languagemanager.h"
#include "pastebox.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStatusBar>
#include <QTextBrowser>
#include <QTreeView>
#include <QVBoxLayout>

namespace mt {
namespace {

QString variantText(const QVariant &value)
{
    if (value.typeId() == QMetaType::QVariantList || value.typeId() == QMetaType::QStringList) {
        QStringList parts;
        for (const QVariant &item : value.toList()) {
            parts << variantText(item);
        }
        return parts.join(QStringLiteral("; "));
    }
    if (value.typeId() == QMetaType::QVariantMap) {
        const QVariantMap map = value.toMap();
        QStringList parts;
        for (auto it = map.cbegin(); it != map.cend(); ++it) {
            parts << QStringLiteral("%1=%2").arg(it.key(), variantText(it.value()));
        }
        return parts.join(QLatin1Char(' '));
    }
    return value.toString();
}

// The facts behind a finding (records, hosts, addresses), one line each:
// what staff check when the plain words are not enough.
QString rawDataHtml(const QVariantMap &data)
{
    QString rows;
    for (auto it = data.cbegin(); it != data.cend(); ++it) {
        if (it.key().startsWith(QLatin1String("reply_"))) {
            continue; // shown above in words
        }
        if (it.key() == QLatin1String("hosts")) {
            for (const QVariant &host : it.value().toList()) {
                const QVariantMap h = host.toMap();
                rows += QStringLiteral("<tr><td><code>MX %1 %2</code></td><td><code>%3</code></td></tr>")
                            .arg(h.value(QStringLiteral("preference")).toString(),
                                 h.value(QStringLiteral("host")).toString().toHtmlEscaped(),
                                 h.value(QStringLiteral("addresses")).toStringList().join(QStringLiteral(", ")));
            }
            continue;
        }
        rows += QStringLiteral("<tr><td>%1</td><td><code>%2</code></td></tr>")
                    .arg(it.key().toHtmlEscaped(), variantText(it.value()).toHtmlEscaped());
    }
    return rows.isEmpty() ? QString() : QStringLiteral("<table cellspacing='4'>%1</table>").arg(rows);
}

} // namespace

MainWindow::MainWindow(dns::DnsResolver &resolver, LanguageManager &languages, QWidget *parent)
    : QMainWindow(parent)
    , m_resolver(resolver)
    , m_languages(languages)
    , m_model(new FindingsModel(this))
{
    buildUi();
    m_model->setLanguage(m_languages.language());
    retranslateUi();
    updateWidgets();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildUi()
{
    setWindowIcon(QIcon(QStringLiteral(":/icons/mailtriage.svg")));
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);

    m_inputLabel = new QLabel(central);
    m_input = new PasteBox(central);
    m_input->setObjectName(QStringLiteral("input"));
    m_input->setTabChangesFocus(true);
    m_inputLabel->setBuddy(m_input);
    connect(m_input, &PasteBox::textChanged, this, [this] {
        updateKindLabel();
        updateWidgets();
    });

    m_kindLabel = new QLabel(central);
    m_kindLabel->setObjectName(QStringLiteral("kind"));
    m_kindLabel->setWordWrap(true); // a long note must not widen the window
    m_checkButton = new QPushButton(central);
    m_checkButton->setObjectName(QStringLiteral("check"));
    m_checkButton->setDefault(true);
    m_cancelButton = new QPushButton(central);
    m_cancelButton->setObjectName(QStringLiteral("cancel"));
    m_clearButton = new QPushButton(central);
    m_clearButton->setObjectName(QStringLiteral("clear"));
    connect(m_clearButton, &QPushButton::clicked, this, &MainWindow::clear);
    connect(m_checkButton, &QPushButton::clicked, this, &MainWindow::check);
    connect(m_cancelButton, &QPushButton::clicked, this, &MainWindow::cancel);
    for (const QKeySequence &keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(keys, this);
        connect(shortcut, &QShortcut::activated, this, &MainWindow::check);
    }

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_kindLabel, 1);
    buttons->addWidget(m_clearButton);
    buttons->addWidget(m_cancelButton);
    buttons->addWidget(m_checkButton);

    m_findingsView = new QTreeView(central);
    m_findingsView->setObjectName(QStringLiteral("findings"));
    m_findingsView->setModel(m_model);
    m_findingsView->setRootIsDecorated(false);
    m_findingsView->setAlternatingRowColors(true);
    m_findingsView->setWordWrap(true);
    m_findingsView->header()->setSectionResizeMode(FindingsModel::SummaryColumn, QHeaderView::Stretch);
    m_findingsView->header()->setStretchLastSection(true);
    m_findingsView->setColumnWidth(FindingsModel::SeverityColumn, 110);
    m_findingsView->setColumnWidth(FindingsModel::CheckColumn, 80);
    m_findingsView->setColumnWidth(FindingsModel::SubjectColumn, 170);
    connect(m_findingsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::showDetails);

    m_details = new QTextBrowser(central);
    m_details->setObjectName(QStringLiteral("details"));
    m_details->setOpenExternalLinks(false);

    auto *inputArea = new QWidget(central);
    auto *inputLayout = new QVBoxLayout(inputArea);
    inputLayout->setContentsMargins(0, 0, 0, 0);
    inputLayout->addWidget(m_inputLabel);
    inputLayout->addWidget(m_input);
    inputLayout->addLayout(buttons);

    auto *splitter = new QSplitter(Qt::Vertical, central);
    splitter->addWidget(inputArea);
    splitter->addWidget(m_findingsView);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 2);
    layout->addWidget(splitter);
    setCentralWidget(central);

    m_fileMenu = menuBar()->addMenu(QString());
    m_focusInputAction = m_fileMenu->addAction(QString(), this, [this] {
        m_input->setFocus();
        m_input->selectAll();
    });
    m_focusInputAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);

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
    connect(m_englishAction, &QAction::triggered, this, [this] { m_languages.setLanguage(Language::English); });
    connect(m_polishAction, &QAction::triggered, this, [this] { m_languages.setLanguage(Language::Polish); });

    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0); // indeterminate: checks report when they finish
    m_busy->setMaximumWidth(120);
    m_busy->setTextVisible(false);
    statusBar()->addPermanentWidget(m_busy);

    resize(960, 720);
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("MailTriage"));
    m_inputLabel->setText(tr("&Paste what the customer sent: an e-mail address, a domain, an IP address or a bounce"));
    m_input->setPlaceholderText(tr("e.g. jan@kowalski.pl"));
    m_input->setAccessibleName(tr("Customer input"));
    m_checkButton->setText(tr("&Check"));
    m_checkButton->setToolTip(tr("Run the checks (Ctrl+Enter)"));
    m_cancelButton->setText(tr("Cancel"));
    m_clearButton->setText(tr("Cl&ear"));
    m_clearButton->setToolTip(tr("Clear the paste box and the findings"));
    m_findingsView->setAccessibleName(tr("Findings"));
    m_details->setAccessibleName(tr("Finding details"));
    m_fileMenu->setTitle(tr("&File"));
    m_focusInputAction->setText(tr("Go to the paste box"));
    m_quitAction->setText(tr("&Quit"));
    m_languageMenu->setTitle(tr("&Language"));
    updateKindLabel();
    showDetails();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_model->setLanguage(m_languages.language());
        retranslateUi();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::setInput(const QString &text)
{
    m_input->setText(text);
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
    m_details->clear();
    auto *diagnosis = new Diagnosis(m_resolver, {}, this);
    m_diagnosis = diagnosis;
    connect(diagnosis, &Diagnosis::findingsAdded, m_model, &FindingsModel::append);
    connect(diagnosis, &Diagnosis::finished, this, [this, diagnosis] {
        statusBar()->showMessage(
            tr("Done in %1 ms. Findings: %2").arg(diagnosis->elapsedMs()).arg(m_model->rowCount()));
        updateWidgets();
        if (m_model->rowCount() > 0 && !m_findingsView->currentIndex().isValid()) {
            m_findingsView->setCurrentIndex(m_model->index(0, 0));
        }
    });
    statusBar()->showMessage(tr("Checking…"));
    diagnosis->start(text);
    updateWidgets();
}

void MainWindow::clear()
{
    cancel();
    m_input->setText({});
    m_model->clear();
    m_details->clear();
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

void MainWindow::showDetails()
{
    const QModelIndex current = m_findingsView->currentIndex();
    if (!current.isValid()) {
        m_details->clear();
        return;
    }
    const Finding &finding = m_model->finding(current.row());
    const Language language = m_languages.language();
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
    html += rawDataHtml(finding.data);
    html += QStringLiteral("<p style='color:gray'>%1: <code>%2</code></p>")
                .arg(tr("Code").toHtmlEscaped(), finding.code.toHtmlEscaped());
    m_details->setHtml(html);
}

} // namespace mt
