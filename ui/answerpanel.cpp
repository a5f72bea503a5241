#include "answerpanel.h"

#include "diagnosis/customeranswer.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace mt {

AnswerPanel::AnswerPanel(QWidget *parent)
    : QWidget(parent)
{
    m_languageLabel = new QLabel(this);
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("answerLanguage"));
    // Language names in their own language, whatever the UI's.
    m_language->addItem(QStringLiteral("Polski"), static_cast<int>(Language::Polish));
    m_language->addItem(QStringLiteral("English"), static_cast<int>(Language::English));
    m_languageLabel->setBuddy(m_language);
    m_copy = new QPushButton(this);
    m_copy->setObjectName(QStringLiteral("copyAnswer"));
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("answer"));
    m_text->setTabChangesFocus(true);

    auto *top = new QHBoxLayout;
    top->addWidget(m_languageLabel);
    top->addWidget(m_language);
    top->addStretch(1);
    top->addWidget(m_copy);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_text, 1);

    connect(m_language, &QComboBox::currentIndexChanged, this, &AnswerPanel::rebuild);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_text->toPlainText());
        emit copied();
    });
    connect(m_text, &QPlainTextEdit::textChanged, this, &AnswerPanel::updateWidgets);
    retranslateUi();
    updateWidgets();
}

void AnswerPanel::retranslateUi()
{
    m_languageLabel->setText(tr("Customer's la&nguage:"));
    m_language->setToolTip(tr("The language of the answer; independent of the program's language"));
    m_language->setAccessibleName(tr("Answer language"));
    m_copy->setText(tr("C&opy"));
    m_copy->setToolTip(tr("Copy the answer to the clipboard"));
    m_text->setAccessibleName(tr("Answer for the customer"));
    m_text->setToolTip(tr("A ready-to-send reply built from the findings; edit it before copying if needed"));
    m_text->setPlaceholderText(tr("Run a check: the answer for the customer appears here."));
}

void AnswerPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

Language AnswerPanel::answerLanguage() const
{
    return static_cast<Language>(m_language->currentData().toInt());
}

void AnswerPanel::setAnswerLanguage(Language language)
{
    m_language->setCurrentIndex(m_language->findData(static_cast<int>(language)));
}

QString AnswerPanel::answer() const
{
    return m_text->toPlainText();
}

void AnswerPanel::setDiagnosis(const QString &subject, const Findings &findings)
{
    m_subject = subject;
    m_findings = findings;
    m_hasDiagnosis = true;
    rebuild();
}

void AnswerPanel::setFrames(const AnswerFrame &polish, const AnswerFrame &english)
{
    m_framePolish = polish;
    m_frameEnglish = english;
    rebuild();
}

void AnswerPanel::clear()
{
    m_subject.clear();
    m_findings.clear();
    m_hasDiagnosis = false;
    m_text->clear();
}

void AnswerPanel::rebuild()
{
    if (m_hasDiagnosis) {
        const Language language = answerLanguage();
        m_text->setPlainText(customerAnswer(m_subject, m_findings, language,
                                            language == Language::Polish ? m_framePolish : m_frameEnglish));
    }
    updateWidgets();
}

void AnswerPanel::updateWidgets()
{
    m_copy->setEnabled(!m_text->document()->isEmpty());
}

} // namespace mt
