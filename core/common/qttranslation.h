#pragma once

class QTranslator;

namespace mt {

// Loads Qt's own Polish strings (dialog buttons, --help headings) into
// TRANSLATOR. Debian ships them in qt6-translations-l10n under Qt's
// translations path; windeployqt puts them in translations/ beside the
// program. Returns false when neither has them: Qt's English then shows.
bool loadQtPolish(QTranslator *translator);

} // namespace mt
