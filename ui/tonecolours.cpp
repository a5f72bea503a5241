#include "tonecolours.h"

namespace mt {

namespace {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

} // namespace

QColor toneColour(Tone tone, const QPalette &palette)
{
    const bool dark = isDark(palette);
    switch (tone) {
    case Tone::Good:
        return QColor(dark ? 0x57e389 : 0x1b7a43);
    case Tone::Warning:
        return QColor(dark ? 0xffa348 : 0xc64600);
    case Tone::Problem:
        return QColor(dark ? 0xff7b63 : 0xb00020);
    case Tone::Neutral:
        break;
    }
    return QColor(dark ? 0xc0bfbc : 0x5e5c64);
}

QString toneStyleSheet(Tone tone, const QPalette &palette, bool banner)
{
    const QString colour = toneColour(tone, palette).name();
    if (!banner) {
        return QStringLiteral("QLabel { color: %1; font-weight: bold; }").arg(colour);
    }
    // The tint is the tone's colour faded into the window's, so it follows the theme.
    const QColor window = palette.color(QPalette::Window);
    const QColor base = toneColour(tone, palette);
    const QColor tint =
        QColor::fromRgbF(window.redF() * 0.85 + base.redF() * 0.15, window.greenF() * 0.85 + base.greenF() * 0.15,
                         window.blueF() * 0.85 + base.blueF() * 0.15);
    return QStringLiteral("QLabel { background: %1; color: %2; font-weight: bold; padding: 3px; }")
        .arg(tint.name(), colour);
}

} // namespace mt
