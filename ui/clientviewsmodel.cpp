#include "clientviewsmodel.h"

namespace mt {

ClientViewsModel::ClientViewsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ClientViewsModel::setViews(const QList<smtp::MailClientView> &views)
{
    beginResetModel();
    m_views = views;
    endResetModel();
}

void ClientViewsModel::setLanguage(Language language)
{
    m_language = language;
    if (!m_views.isEmpty()) {
        emit dataChanged(index(0, Shows), index(int(m_views.size()) - 1, Shows));
    }
}

QString ClientViewsModel::textAt(int row) const
{
    return row >= 0 && row < m_views.size() ? m_views.at(row).text.render(m_language) : QString();
}

int ClientViewsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_views.size());
}

int ClientViewsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClientViewsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) {
        return {};
    }
    const smtp::MailClientView &view = m_views.at(index.row());
    return index.column() == Client ? view.client : view.text.render(m_language);
}

QVariant ClientViewsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    return section == Client ? tr("Mail client") : tr("What the customer sees");
}

} // namespace mt
