#pragma once

#include <QString>
#include <QStringList>

#include <optional>

class QTranslator;

namespace mt {

enum class Language
{
    English,
    Polish,
};

// "en" / "pl"; parseLanguage() accepts those and locale names like "pl_PL".
QString languageCode(Language language);
std::optional<Language> parseLanguage(const QString &code);
Language systemLanguage();
// The value of --lang (or --lang=) among a program's ARGUMENTS, else the
// system's language: read before the command line is parsed, so that --help
// and the parser's errors already speak it.
Language languageOfArguments(const QStringList &arguments);

// A user-visible sentence kept unrendered, so the same finding can be shown
// in the UI's language and answered in the customer's. The source text is
// marked with QT_TRANSLATE_NOOP where it is written; arguments fill %1, %2...
struct LocalizedText
{
    LocalizedText() = default;
    LocalizedText(const char *context, const char *source, QStringList args = {})
        : context(context)
        , source(source)
        , args(std::move(args))
    {}

    const char *context = nullptr;
    const char *source = nullptr;
    QStringList args;

    bool isEmpty() const { return !source; }
    QString render(Language language) const;
};

// TEXT with %1, %2... replaced by ARGS in one pass.
QString substitute(const QString &text, const QStringList &args);

// Our translator for LANGUAGE, loaded once from :/i18n/ and never
// installed; nullptr for English (the source language).
const QTranslator *translatorFor(Language language);

} // namespace mt
