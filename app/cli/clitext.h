#pragma once

#include "common/localizedtext.h"

#include <QStringList>

// The CLI speaks the language of --lang (or the system's): its messages are
// marked QT_TRANSLATE_NOOP("Cli", ...) and rendered with our translator,
// which the CLI never installs; Qt's own (for QCommandLineParser's errors)
// it does install.
namespace cli {

// Installs Qt's translator for LANGUAGE, so the parser's errors match.
void installQtTranslator(mt::Language language);

QString text(mt::Language language, const char *source, const QStringList &args = {});

// Prints "mailtriage-cli: MESSAGE" on standard error; returns exit code 2.
int fail(mt::Language language, const char *source, const QStringList &args = {});
int fail(const QString &message);

} // namespace cli
