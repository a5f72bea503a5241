#pragma once

#include "common/localizedtext.h"

#include <QString>

#include <memory>
#include <optional>

namespace mt::policy {

class Clock;
class StateStore;

// Where the shared state lives, as given to --store and the GUI's Settings:
//   (empty)                     files in the default state directory
//   file:DIR, or a plain path   files in DIR
//   redis://[USER:PASSWORD@]HOST[:PORT][/DB]
// Redis credentials come from the URL or from MAILTRIAGE_REDIS_USER /
// MAILTRIAGE_REDIS_PASSWORD; description() never shows them.
struct StoreUrl
{
    enum class Kind
    {
        Files,
        Redis,
    };
    Kind kind = Kind::Files;
    QString directory; // Files
    QString host = QStringLiteral("127.0.0.1");
    quint16 port = 6379;
    int database = 0;
    QString user;
    QString password;

    // Nullopt with ERROR for a URL that is not one of the above.
    static std::optional<StoreUrl> parse(const QString &text, const QString &defaultDirectory, LocalizedText *error);
    // The URL without credentials, for logs and the GUI.
    QString description() const;
};

// A store for URL on the caller's thread; the Redis one connects in the
// background (isAvailable() says when it can answer).
std::unique_ptr<StateStore> makeStateStore(const StoreUrl &url, const Clock &clock);

} // namespace mt::policy
