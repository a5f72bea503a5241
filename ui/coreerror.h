#pragma once

#include "checks/localizedtext.h"

#include <QLocale>
#include <QStringList>

#include <type_traits>

namespace mt {

// The UI's language, as LanguageManager set QLocale's default.
inline Language uiLanguage()
{
    return QLocale().language() == QLocale::Polish ? Language::Polish : Language::English;
}

inline QString errorText(const QString &text)
{
    return text;
}

inline QString errorText(const LocalizedText &text)
{
    return text.render(uiLanguage());
}

// Core calls report problems through a QString or a LocalizedText pointer
// (the policy and block-store APIs are moving to LocalizedText); CALL, a
// generic lambda with a decltype return type, gets a pointer to whichever
// the API takes, and TEXT the problem in the UI's language.
template <typename Call> auto callReportingError(Call call, QString *text)
{
    if constexpr (std::is_invocable_v<Call, QString *>) {
        QString error;
        auto result = call(&error);
        *text = errorText(error);
        return result;
    } else {
        LocalizedText error;
        auto result = call(&error);
        *text = error.isEmpty() ? QString() : errorText(error);
        return result;
    }
}

// The same for calls that report a list of messages (BlockStore::open).
template <typename Call> auto callReportingMessages(Call call, QStringList *texts)
{
    if constexpr (std::is_invocable_v<Call, QStringList *>) {
        return call(texts);
    } else {
        QList<LocalizedText> messages;
        auto result = call(&messages);
        for (const LocalizedText &message : std::as_const(messages)) {
            texts->append(errorText(message));
        }
        return result;
    }
}

} // namespace mt
