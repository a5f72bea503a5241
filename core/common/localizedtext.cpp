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

Language languageOfArguments(const QStringList &arguments)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        QString value;
        if (arguments.at(i) == QLatin1String("--lang") && i + 1 < arguments.size()) {
            value = arguments.at(i + 1);
        } else if (arguments.at(i).startsWith(QLatin1String("--lang="))) {
            value = arguments.at(i).mid(7);
        }
        if (const auto language = parseLanguage(value)) {
            return *language;
        }
    }
    return systemLanguage();
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

// Replaces %1..%99 in one pass: unlike chained QString::arg() calls, an
// argument that itself contains "%2" (a pasted bounce may) stays as it is,
// and a translation may leave a placeholder out without a warning.
QString substitute(const QString &text, const QStringList &args)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('%') && i + 1 < text.size() && text.at(i + 1).isDigit() &&
            text.at(i + 1) != QLatin1Char('0')) {
            qsizetype end = i + 1;
            int number = 0;
            while (end < text.size() && text.at(end).isDigit() && end < i + 3) {
                number = number * 10 + text.at(end).digitValue();
                ++end;
            }
            if (number <= args.size()) {
                out += args.at(number - 1);
                i = end - 1;
                continue;
            }
        }
        out += c;
    }
    return out;
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
    return substitute(text, args);
}

} // namespace mt
