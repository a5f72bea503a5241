#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace mt {

// A value of Finding::data as one line for people: lists joined with "; ",
// maps as key=value pairs. The GUI's detail rows, the details pane and the
// HTML report all show raw records this way.
QString dataValueText(const QVariant &value);

// One host of the MX check's "hosts" fact, decoded once for every view.
struct MxHostFact
{
    QString preference;
    QString host;
    QStringList addresses;
};
QList<MxHostFact> mxHostsOf(const QVariant &hosts);

} // namespace mt
