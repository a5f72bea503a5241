#pragma once

#include <QString>

namespace mt {

// Writes an HTML report to PATH: as it is when PATH ends in .html/.htm, laid
// out by QTextDocument into a PDF when it ends in .pdf. False with a
// message in ERROR when the file cannot be written.
bool exportReport(const QString &html, const QString &path, QString *error);

} // namespace mt
