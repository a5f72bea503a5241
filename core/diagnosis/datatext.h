#pragma once

#include <QString>
#include <QVariant>

namespace mt {

// A value of Finding::data as one line for people: lists joined with "; ",
// maps as key=value pairs. The GUI's detail rows, the details pane and the
// HTML report all show raw records this way.
QString dataValueText(const QVariant &value);

} // namespace mt
