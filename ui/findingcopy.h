#pragma once

#include "checks/finding.h"

#include <QModelIndex>

namespace mt {

// What Copy puts on the clipboard for a row of the findings tree, in the
// UI's language: a group's findings one per line, a finding's summary and
// advice, a detail row's value.
QString copyTextFor(const QModelIndex &index);

// The record a finding proposes (the corrected SPF record, the suggested
// DMARC record), ready to paste into DNS; empty when it proposes none.
QString proposedRecord(const Finding &finding);

} // namespace mt
