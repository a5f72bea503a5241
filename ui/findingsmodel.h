#pragma once

#include "checks/finding.h"
#include "severityicons.h"

#include <QAbstractItemModel>

namespace mt {

// The findings of one diagnosis as a tree, rendered in the UI's language:
// one group row per check (its worst severity and a count), the findings
// below it, and below each finding its advice, the replies the provider's
// server would give and the raw records it is based on. Severity is an
// icon (its name in the tool tip and accessible text), so the Finding
// column gets the width; a detail row's label is in the Check column.
class FindingsModel final : public QAbstractItemModel
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
        SeverityRole = Qt::UserRole + 1, // int(Severity) of a finding, the worst of a group
        CodeRole,
        AdviceRole,
        NodeRole,      // a Node
        DetailKeyRole, // a detail row's data key ("reply_as_sender", "mx", "advice", "code")
        CheckRole,     // the check's id ("mx") of a group or finding; the Check column shows its name
        FoldedRole,    // true for a group that folds repeats of one case (shown closed)
    };
    enum class Node
    {
        Group,
        Finding,
        Detail,
    };

    explicit FindingsModel(QObject *parent = nullptr);

    void clear();
    void append(const Findings &findings);
    // Replaces every row with FINDINGS, kept in their order (a finished
    // diagnosis gives them worst first): groups come in the order of their
    // first finding, so the worst group is on top. A case repeated at least
    // foldFrom times in a check (lists that did not answer, selectors not
    // found) gets a group of its own, folded under one row.
    void setFindings(const Findings &findings);
    static constexpr int foldFrom = 3;
    void setLanguage(Language language);

    // Every finding, in the order they arrived (or were set).
    const Findings &findings() const { return m_findings; }
    // The finding at INDEX, or the one a detail row belongs to; nullptr for
    // a group row or an invalid index.
    const Finding *findingAt(const QModelIndex &index) const;
    QModelIndex indexOfFinding(qsizetype findingNumber, int column = 0) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Group
    {
        QString check;
        QList<qsizetype> findings; // positions in m_findings
        Severity worst = Severity::Ok;
        QString foldedCode; // set: the group holds the repeats of one case (folded)
    };
    struct Detail
    {
        QString key;
        QString value; // empty for the advice, rendered when shown
    };
    struct Place
    {
        int group = 0;
        int row = 0;
    };

    QVariant groupData(int group, int column, int role) const;
    QVariant findingData(const Finding &finding, int column, int role) const;
    QVariant detailData(const Finding &finding, const Detail &detail, int column, int role) const;
    QString detailLabel(const QString &key) const;
    static QList<Detail> detailsOf(const Finding &finding);

    Findings m_findings;
    QList<QList<Detail>> m_details; // per finding
    QList<Place> m_places;          // per finding
    QList<Group> m_groups;
    Language m_language = Language::English;
    SeverityIcons m_icons;
};

} // namespace mt
