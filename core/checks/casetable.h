#pragma once

#include <QtGlobal>

#include <algorithm>
#include <cstddef>
#include <iterator>

namespace mt {

// The entry for ID in a check's constant table of cases (code, severity,
// texts), each entry naming its case in a member `id`. Every case has one.
template <typename Entry, std::size_t N, typename Id> const Entry &caseEntry(const Entry (&table)[N], Id id)
{
    const auto it = std::find_if(std::begin(table), std::end(table), [id](const Entry &e) { return e.id == id; });
    Q_ASSERT(it != std::end(table));
    return *it;
}

} // namespace mt
