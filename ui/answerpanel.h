#pragma once

#include "checks/finding.h"
#include "diagnosis/customeranswer.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace mt {

// "Answer for the customer": the reply core builds from the findings, in
// the language chosen here (the customer's, not the UI's), editable before
// it is copied.
class AnswerPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit AnswerPanel(QWidget *parent = nullptr);

    void setDiagnosis(const QString &subject, const Findings &findings);
    // The greeting and signature from Settings, per answer language.
    void setFrames(const AnswerFrame &polish, const AnswerFrame &english);
    void clear();
    Language answerLanguage() const;
    void setAnswerLanguage(Language language);
    QString answer() const;

signals:
    void copied();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void rebuild();
    void updateWidgets();

    QString m_subject;
    Findings m_findings;
    bool m_hasDiagnosis = false;
    AnswerFrame m_framePolish;
    AnswerFrame m_frameEnglish;

    QLabel *m_languageLabel = nullptr;
    QComboBox *m_language = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QPushButton *m_copy = nullptr;
};

} // namespace mt
