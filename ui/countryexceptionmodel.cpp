#include "countryexceptionmodel.h"

#include "common/countrynames.h"
#include "coreerror.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>
#include <tuple>

namespace mt {

CountryExceptionModel::CountryExceptionModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void CountryExceptionModel::setExceptions(const QList<policy::CountryException> &exceptions)
{
    beginResetModel();
    m_exceptions = exceptions;
    // A stable order to read: by domain, then country.
    std::sort(m_exceptions.begin(), m_exceptions.end(),
              [](const policy::CountryException &a, const policy::CountryException &b) {
                  return std::tie(a.domain, a.country) < std::tie(b.domain, b.country);
              });
    endResetModel();
}

void CountryExceptionModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_exceptions.isEmpty()) {
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
}

QString CountryExceptionModel::countryLabel(const QString &code)
{
    const std::optional<CountryName> name = countryName(code);
    if (!name) {
        return code.toUpper();
    }
    return QStringLiteral("%1 — %2").arg(name->code, uiLanguage() == Language::Polish ? name->polish : name->english);
}

int CountryExceptionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_exceptions.size());
}

int CountryExceptionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CountryExceptionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const policy::CountryException &exception = m_exceptions.at(index.row());
    if (role == DomainRole) {
        return exception.domain;
    }
    if (role == CountryCodeRole) {
        return exception.country;
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) {
        return {};
    }
    auto when = [](qint64 ms) { return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat); };
    switch (index.column()) {
    case Domain:
        return exception.domain;
    case Country:
        return countryLabel(exception.country);
    case Who:
        return exception.who;
    case Reason:
        return exception.reason;
    case Granted:
        return exception.grantedMs > 0 ? when(exception.grantedMs) : QString();
    case Expires:
        return exception.expiresMs > 0 ? when(exception.expiresMs) : tr("never");
    default:
        return {};
    }
}

QVariant CountryExceptionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Domain:
        return tr("Domain");
    case Country:
        return tr("Country");
    case Who:
        return tr("Granted by");
    case Reason:
        return tr("Reason");
    case Granted:
        return tr("Granted");
    case Expires:
        return tr("Expires");
    default:
        return {};
    }
}

} // namespace mt
