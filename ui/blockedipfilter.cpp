#include "blockedipfilter.h"

#include "blockedipmodel.h"
#include "common/countrynames.h"
#include "coreerror.h"

#include <algorithm>

namespace mt {

void BlockedIpFilter::setFilterText(const QString &text)
{
    m_text = text.trimmed();
    invalidateRowsFilter();
}

QVariant BlockedIpFilter::data(const QModelIndex &index, int role) const
{
    const QVariant shown = QSortFilterProxyModel::data(index, role);
    if (index.column() != BlockedIpModel::Country || role != Qt::DisplayRole) {
        return shown;
    }
    // The source shows an ISO code, or a note (no GeoIP, unknown) that stays.
    const std::optional<CountryName> country = countryName(shown.toString());
    if (!country) {
        return shown;
    }
    return QStringLiteral("%1 (%2)").arg(uiLanguage() == Language::Polish ? country->polish : country->english,
                                         country->code);
}

bool BlockedIpFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_text.isEmpty()) {
        return true;
    }
    auto cell = [&](int column) { return sourceModel()->index(sourceRow, column, sourceParent).data().toString(); };
    QStringList searched{cell(BlockedIpModel::Ip), cell(BlockedIpModel::Country)};
    // Either language's name finds the country, whatever the UI's.
    if (const std::optional<CountryName> country = countryName(searched.last())) {
        searched << country->english << country->polish;
    }
    return std::any_of(searched.cbegin(), searched.cend(),
                       [this](const QString &text) { return text.contains(m_text, Qt::CaseInsensitive); });
}

} // namespace mt
