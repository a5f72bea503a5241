#pragma once

#include "common/localizedtext.h"
#include "customeranswer.h"
#include "diagnosisoptions.h"

#include <QList>
#include <QStringList>

class QSettings;

namespace mt {

// What staff set in the desktop application's Settings dialog, as plain
// data: read from and written to a QSettings the caller chooses (tests
// pass a file of their own), validated here, applied to the next check.
struct AppSettings
{
    static constexpr int defaultServerPort = 2525;

    Language language = Language::English;
    QStringList dnsServers; // HOST[:PORT]; empty = the system's
    QStringList dnsblZones; // empty = the built-in list
    QString geoipDatabase;  // empty = the embedded database
    QString spfInclude;     // empty = the help pages' include:spf.tld.pl
    int serverPort = defaultServerPort;
    // Where the server's shared state lives (policy::StoreUrl): empty =
    // files in the state directory, or redis://[USER:PASSWORD@]HOST:PORT/DB.
    // The dialog shows it without the password.
    QString storeUrl;
    // The customer answer's greeting and signature in each language; empty:
    // the built-in ones.
    QString greetingPolish;
    QString greetingEnglish;
    QString signaturePolish;
    QString signatureEnglish;

    AnswerFrame answerFrame(Language answerLanguage) const;

    // What is wrong, one sentence each; empty when the settings can be used.
    QList<LocalizedText> problems() const;
    DiagnosisOptions diagnosisOptions() const;

    static AppSettings load(const QSettings &settings, Language fallbackLanguage);
    void save(QSettings &settings) const;

    bool operator==(const AppSettings &other) const;
};

// "a.b, c.d\n e.f" -> {"a.b", "c.d", "e.f"}: lists are typed or pasted with
// any of these separators.
QStringList splitList(const QString &text);

} // namespace mt
