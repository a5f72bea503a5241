#pragma once

#include "common/localizedtext.h"
#include "policy/statestore.h"
#include "policy/storeurl.h"

#include <QCommandLineOption>
#include <QEventLoop>
#include <QTimer>

#include <memory>

namespace mt::policy {
class Clock;
}

namespace cli {

// --store URL: where the shared state lives (docs/policy.md, "Shared state").
QCommandLineOption storeOption(mt::Language language);

// How a command uses the store: a one-shot command (`blocks`) needs an
// answer now; a daemon (`policyd`) starts anyway, defers until Redis
// answers, and follows changes other processes make to the files.
enum class StoreUse
{
    OneShot,
    Daemon,
};

// The store URL names (empty: files in STATE_DIR), opened; nullptr after
// printing why not (no Redis support, an unusable directory, and for a
// one-shot command Redis unreachable for 3 seconds).
std::unique_ptr<mt::policy::StateStore> openStore(const mt::policy::StoreUrl &url, const mt::policy::Clock &clock,
                                                  mt::Language language, StoreUse use = StoreUse::OneShot);

// ASK's answer, running the event loop until it comes (the CLI's top
// level; the store's own deadline bounds the wait).
template <class T>
mt::policy::StoreAnswer<T> awaitAnswer(const std::function<void(mt::policy::StateStore::Reply<T>)> &ask)
{
    std::optional<mt::policy::StoreAnswer<T>> answer;
    QEventLoop loop;
    ask([&](mt::policy::StoreAnswer<T> value) {
        answer = std::move(value);
        loop.quit();
    });
    if (!answer) {
        loop.exec();
    }
    return *answer;
}

} // namespace cli
