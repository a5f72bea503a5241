#include "storeoption.h"

#include "clitext.h"
#include "policy/filestatestore.h"

#include <QTextStream>

namespace cli {

QCommandLineOption storeOption(mt::Language language)
{
    return QCommandLineOption(
        QStringLiteral("store"),
        text(language,
             QT_TRANSLATE_NOOP("Cli", "where the shared state lives: redis://[USER:PASSWORD@]HOST[:PORT][/DB] "
                                      "or a directory (default: files in the state directory); Redis "
                                      "credentials may come from MAILTRIAGE_REDIS_USER and "
                                      "MAILTRIAGE_REDIS_PASSWORD")),
        QStringLiteral("URL"));
}

std::unique_ptr<mt::policy::StateStore> openStore(const mt::policy::StoreUrl &url, const mt::policy::Clock &clock,
                                                  mt::Language language, StoreUse use)
{
    std::unique_ptr<mt::policy::StateStore> store = mt::policy::makeStateStore(url, clock);
    if (!store) {
        fail(language, QT_TRANSLATE_NOOP("Cli", "this build cannot use %1: it has no Redis support"),
             {url.description()});
        return nullptr;
    }
    if (auto *files = qobject_cast<mt::policy::FileStateStore *>(store.get())) {
        QList<mt::LocalizedText> messages;
        const bool opened = files->open(&messages);
        for (const mt::LocalizedText &message : std::as_const(messages)) {
            // A missing file just means nothing was ever blocked.
            if (!QByteArray(message.source).startsWith("no block list")) {
                QTextStream(stderr) << "mailtriage-cli: " << message.render(language) << Qt::endl;
            }
        }
        if (!opened) {
            return nullptr;
        }
        if (use == StoreUse::Daemon) {
            files->watch(); // unblocks by `blocks unblock` and the desks' GUI
        }
        return store;
    }
    if (use == StoreUse::Daemon) {
        return store; // until Redis answers, what needs it is deferred (451 4.3.0)
    }
    if (!store->isAvailable()) {
        QEventLoop loop;
        QObject::connect(store.get(), &mt::policy::StateStore::availabilityChanged, &loop, &QEventLoop::quit);
        QTimer::singleShot(3000, &loop, &QEventLoop::quit);
        loop.exec();
    }
    if (!store->isAvailable()) {
        fail(language, QT_TRANSLATE_NOOP("Cli", "the store %1 does not answer"), {url.description()});
        return nullptr;
    }
    return store;
}

} // namespace cli
