// Coloured texts (problems, warnings, the authentication summary) read on
// light and dark themes alike: every tone keeps a contrast of at least 3:1
// (WCAG's figure for bold text) against the window of either palette.
#include "tonecolours.h"

#include <QTest>

#include <cmath>

using namespace mt;

namespace {

double luminance(const QColor &colour)
{
    auto channel = [](double c) { return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QPalette paletteWithWindow(const QColor &window)
{
    QPalette palette;
    palette.setColor(QPalette::Window, window);
    return palette;
}

} // namespace

class TestToneColours : public QObject
{
    Q_OBJECT

private slots:
    void readableOnEitherTheme_data()
    {
        QTest::addColumn<QColor>("window");
        QTest::addColumn<int>("tone");
        const QList<QPair<const char *, QColor>> windows{{"light (Fusion)", QColor(0xefefef)},
                                                         {"white", QColor(Qt::white)},
                                                         {"dark (Breeze Dark)", QColor(0x2a2e32)},
                                                         {"black", QColor(Qt::black)}};
        const QList<QPair<const char *, Tone>> tones{
            {"good", Tone::Good}, {"warning", Tone::Warning}, {"problem", Tone::Problem}, {"neutral", Tone::Neutral}};
        for (const auto &window : windows) {
            for (const auto &tone : tones) {
                QTest::addRow("%s on %s", tone.first, window.first) << window.second << int(tone.second);
            }
        }
    }
    void readableOnEitherTheme()
    {
        QFETCH(QColor, window);
        QFETCH(int, tone);
        const QColor text = toneColour(Tone(tone), paletteWithWindow(window));
        QVERIFY2(
            contrast(text, window) >= 3.0,
            qPrintable(QStringLiteral("%1 on %2: %3").arg(text.name(), window.name()).arg(contrast(text, window))));
    }
    void bannerFollowsTheTheme()
    {
        const QString light = toneStyleSheet(Tone::Problem, paletteWithWindow(QColor(0xefefef)), true);
        const QString dark = toneStyleSheet(Tone::Problem, paletteWithWindow(QColor(0x2a2e32)), true);
        QVERIFY(light != dark);
        QVERIFY(light.contains(QLatin1String("background")));
        QVERIFY(!toneStyleSheet(Tone::Problem, QPalette()).contains(QLatin1String("background")));
    }
};

QTEST_MAIN(TestToneColours)
#include "tst_tonecolours.moc"
