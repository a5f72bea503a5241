#pragma once

#include "diagnosis/history.h"
#include "severityicons.h"

#include <QAbstractListModel>

namespace mt {

// The recent checks, newest first, as a list: the input's first line, its
// kind and time in the UI's locale, the worst severity as an icon.
class HistoryModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        InputRole = Qt::UserRole + 1,
        SearchTextRole, // what the search field looks in: input, kind, time
    };

    explicit HistoryModel(History &history, QObject *parent = nullptr);

    void setLanguage(Language language);
    // Records ENTRY and saves the history; false with error() when the file
    // could not be written (the entry stays listed for this session).
    bool add(const HistoryEntry &entry);
    // Forgets the checks of INPUTS (or all) and saves the history; false
    // with error() when the file could not be written.
    bool remove(const QStringList &inputs);
    bool clear();
    QString error() const { return m_history.error(); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    History &m_history;
    Language m_language = Language::English;
    SeverityIcons m_icons;
};

} // namespace mt
