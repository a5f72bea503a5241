#pragma once

#include "smtp/mailclientviews.h"

#include <QAbstractTableModel>

namespace mt {

// How each mail client shows a server's refusal (MailClientViews), in the
// customer's language, which may differ from the UI's.
class ClientViewsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Client,
        Shows,
        ColumnCount
    };

    explicit ClientViewsModel(QObject *parent = nullptr);

    void setViews(const QList<smtp::MailClientView> &views);
    void setLanguage(Language language);
    Language language() const { return m_language; }
    QString textAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<smtp::MailClientView> m_views;
    Language m_language = Language::English;
};

} // namespace mt
