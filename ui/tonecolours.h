#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

namespace mt {

// What a coloured text says: all is well, look at it, something is wrong,
// or nothing to say.
enum class Tone
{
    Good,
    Warning,
    Problem,
    Neutral,
};

// TONE's text colour that reads on PALETTE's window: the darker shades on a
// light theme, lighter ones on a dark theme (the one place for these colours).
QColor toneColour(Tone tone, const QPalette &palette);
// A label style sheet in TONE; BANNER adds a tinted background and padding.
QString toneStyleSheet(Tone tone, const QPalette &palette, bool banner = false);

} // namespace mt
