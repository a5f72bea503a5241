#include "findingsmodel.h"

#include <QIcon>

namespace mt {

FindingsModel::FindingsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void FindingsModel::clear()
{
    beginResetModel();
    m_findings.clear();
    endResetModel();
}

void FindingsModel::append(const Findings &findings)
{
    if (findings.isEmpty()) {
        return;
    }
    beginInsertRows({}, m_findings.size(), m_findings.size() + findings.size() - 1);
    m_findings += findings;
    endInsertRows();
}

void FindingsModel::setLanguage(Language language)
{
    m_language = language;
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_findings.isEmpty()) {
        emit dataChanged(index(0, 0), index(m_findings.size() - 1, ColumnCount - 1));
    }
}

int FindingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_findings.size();
}

int FindingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FindingsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Finding &finding = m_findings.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn:
            return severityLabel(finding.severity).render(m_language);
        case CheckColumn:
            return finding.check;
        case SubjectColumn:
            return finding.subject;
        case SummaryColumn:
            return finding.summary.render(m_language);
        default:
            return {};
        }
    case Qt::DecorationRole:
        if (index.column() == SeverityColumn) {
            return QIcon(QStringLiteral(":/icons/%1.svg").arg(severityId(finding.severity)));
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == SummaryColumn) {
            return finding.summary.render(m_language);
        }
        return finding.advice.render(m_language);
    case SeverityRole:
        return static_cast<int>(finding.severity);
    case CodeRole:
        return finding.code;
    case AdviceRole:
        return finding.advice.render(m_language);
    default:
        return {};
    }
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case CheckColumn:
        return tr("Check");
    case SubjectColumn:
        return tr("Subject");
    case SummaryColumn:
        return tr("Finding");
    default:
        return {};
    }
}

} // namespace mt
