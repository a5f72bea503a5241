#pragma once

#include "checks/finding.h"

#include <QAbstractTableModel>

namespace mt {

// The findings of one diagnosis as rows, rendered in the UI's language.
class FindingsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        SeverityColumn,
        CheckColumn,
        SubjectColumn,
        SummaryColumn,
        ColumnCount
    };
    enum Role
    {
        SeverityRole = Qt::UserRole + 1,
        CodeRole,
        AdviceRole,
    };

    explicit FindingsModel(QObject *parent = nullptr);

    void clear();
    void append(const Findings &findings);
    void setLanguage(Language language);
    const Finding &finding(int row) const { return m_findings.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Findings m_findings;
    Language m_language = Language::English;
};

} // namespace mt
