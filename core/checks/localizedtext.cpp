#include "localizedtext.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

#include <optional>

namespace mt {

QString languageCode(Language language)
{
    return language == Language::Polish ? QStringLiteral("pl") : QStringLiteral("en");
}

std::optional<Language> parseLanguage(const QString &code)
{
    const QString lower = code.trimmed().toLower();
    if (lower == QLatin1String("pl") || lower.startsWith(QLatin1String("pl_")) ||
        lower.startsWith(QLatin1String("pl-"))) {
        return Language::Polish;
    }
    if (lower == QLatin1String("en") || lower.startsWith(QLatin1String("en_")) ||
        lower.startsWith(QLatin1String("en-"))) {
        return Language::English;
    }
    return std::nullopt;
}

Language systemLanguage()
{
    return QLocale::system().language() == QLocale::Polish ? Language::Polish : Language::English;
}

const QTranslator *translatorFor(Language language)
{
    if (language == Language::English) {
        return nullptr;
    }
    // Loaded on first use and kept for the life of the process; the GUI
    // installs its own instance for widgets, this one is only consulted.
    static QTranslator *polish = [] {
        auto *translator = new QTranslator;
        if (!translator->load(QStringLiteral(":/i18n/mailtriage_pl.qm"))) {
            qWarning("Polish translation missing from the resources");
        }
        return translator;
    }();
    return polish;
}

QString LocalizedText::render(Language language) const
{
    if (!source) {
        return {};
    }
    QString text;
    if (const QTranslator *translator = translatorFor(language)) {
        text = translator->translate(context, source);
    }
    if (text.isEmpty()) {
        text = QString::fromUtf8(source);
    }
    for (const QString &arg : args) {
        text = text.arg(arg);
    }
    return text;
}

} // namespace mt
