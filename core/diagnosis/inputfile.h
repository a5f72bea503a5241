#pragma once

#include "common/localizedtext.h"

#include <QString>

namespace mt {

// A file staff open or drop instead of pasting (a saved .eml, a bounce).
struct InputFile
{
    QString text;        // the whole file, decoded as the diagnosis expects
    LocalizedText error; // why it could not be read; empty on success
};

// The largest file taken as input: far beyond any real message, small
// enough that a mistaken pick (a video) fails clearly instead of eating RAM.
constexpr qint64 maxInputFileSize = 256 * 1024 * 1024;

// Bytes to text the way `mailtriage-cli diagnose -` reads standard input:
// UTF-8 (a BOM dropped), invalid bytes as U+FFFD so nothing vanishes
// silently. MIME parts keep their own encodings for the bounce parser.
QString decodeInputBytes(const QByteArray &bytes);

// Reads PATH whole; safe to call from a worker thread.
InputFile readInputFile(const QString &path);

} // namespace mt
