#pragma once

#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QListView;
class QMessageBox;
class QPushButton;
class QSortFilterProxyModel;

namespace mt {

class HistoryModel;

// The History tab: the recent checks with a search field (input, kind or
// time), and Delete (the selected checks) and Clear (all of them), each
// asked once before anything is forgotten. Choosing a check asks the window
// to run it again.
class HistoryPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit HistoryPanel(HistoryModel &model, QWidget *parent = nullptr);

    QListView *view() const { return m_view; }
    // Ask before deleting; the questions are window-modal and return at once
    // (tests answer them). Null when there is nothing to delete.
    QMessageBox *deleteSelected();
    QMessageBox *clearAll();

signals:
    void chosen(const QString &input);
    // The history could not be written; MESSAGE is in the UI's language.
    void failed(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    QMessageBox *confirm(const QString &question, const QString &action, std::function<bool()> forget);
    void retranslateUi();
    void updateButtons();

    HistoryModel &m_model;
    QSortFilterProxyModel *m_shown = nullptr;
    QLabel *m_searchLabel = nullptr;
    QLineEdit *m_search = nullptr;
    QListView *m_view = nullptr;
    QPushButton *m_delete = nullptr;
    QPushButton *m_clear = nullptr;
};

} // namespace mt
