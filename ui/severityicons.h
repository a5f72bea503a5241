#pragma once

#include "checks/finding.h"

#include <QIcon>

#include <array>

namespace mt {

// The severity icons, each made on first use and kept: a new QIcon reads and
// renders its SVG again on every paint, and a model's data() is asked for the
// icon on every paint of every row.
class SeverityIcons final
{
public:
    QIcon icon(Severity severity) const
    {
        QIcon &cached = m_icons.at(size_t(severity));
        if (cached.isNull()) {
            cached = QIcon(QStringLiteral(":/icons/%1.svg").arg(severityId(severity)));
        }
        return cached;
    }

private:
    mutable std::array<QIcon, 4> m_icons; // one per Severity
};

} // namespace mt
