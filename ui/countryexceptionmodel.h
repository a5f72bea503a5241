#pragma once

#include "policy/statestore.h"

#include <QAbstractTableModel>

namespace mt {

// The country exceptions in force, as the state store lists them: domain,
// country (code and name in the UI's language), who granted it, why, when,
// and until when. Plain values; the page asks the store and sets them.
class CountryExceptionModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Domain,
        Country,
        Who,
        Reason,
        Granted,
        Expires,
        ColumnCount
    };
    static constexpr int DomainRole = Qt::UserRole + 1;
    static constexpr int CountryCodeRole = Qt::UserRole + 2;

    explicit CountryExceptionModel(QObject *parent = nullptr);

    void setExceptions(const QList<policy::CountryException> &exceptions);
    const QList<policy::CountryException> &exceptions() const { return m_exceptions; }
    // The names follow the UI's language.
    void retranslate();

    // "PL — Poland" in the UI's language; the code alone when unknown.
    static QString countryLabel(const QString &code);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<policy::CountryException> m_exceptions;
};

} // namespace mt
