#pragma once

#include "common/localizedtext.h"

#include <QLocale>

namespace mt {

// The UI's language, as LanguageManager set QLocale's default.
inline Language uiLanguage()
{
    return QLocale().language() == QLocale::Polish ? Language::Polish : Language::English;
}

// A problem reported by core (policy, block store) in the UI's language;
// empty when there was none.
inline QString errorText(const LocalizedText &text)
{
    return text.isEmpty() ? QString() : text.render(uiLanguage());
}

} // namespace mt
