#include "storeurl.h"

#include "filestatestore.h"
#ifdef MAILTRIAGE_HAVE_REDIS
#include "redisstatestore.h"
#endif

#include <QUrl>

namespace mt::policy {

std::optional<StoreUrl> StoreUrl::parse(const QString &text, const QString &defaultDirectory, LocalizedText *error)
{
    StoreUrl store;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        store.directory = defaultDirectory;
        return store;
    }
    if (trimmed.startsWith(QLatin1String("file:"))) {
        store.directory = trimmed.mid(5);
        if (store.directory.startsWith(QLatin1String("//"))) {
            store.directory = QUrl(trimmed).toLocalFile();
        }
        return store;
    }
    if (!trimmed.contains(QLatin1String("://"))) {
        store.directory = trimmed;
        return store;
    }
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != QLatin1String("redis") || url.host().isEmpty()) {
        *error = {"StateStore",
                  QT_TRANSLATE_NOOP(
                      "StateStore",
                      "%1 is not a store: give a directory, file:DIR or redis://[USER:PASSWORD@]HOST[:PORT][/DB]"),
                  {url.isValid() ? url.toDisplayString(QUrl::RemoveUserInfo) : QStringLiteral("the store")}};
        return std::nullopt;
    }
    store.kind = Kind::Redis;
    store.host = url.host();
    store.port = quint16(url.port(6379));
    const QString path = url.path().mid(1);
    bool ok = true;
    store.database = path.isEmpty() ? 0 : path.toInt(&ok);
    if (!ok || store.database < 0) {
        *error = {"StateStore",
                  QT_TRANSLATE_NOOP("StateStore", "%1: the database must be a number"),
                  {url.toDisplayString(QUrl::RemoveUserInfo)}};
        return std::nullopt;
    }
    store.user = url.userName();
    store.password = url.password();
    // Credentials kept out of command lines (and so out of `ps`).
    if (store.user.isEmpty()) {
        store.user = qEnvironmentVariable("MAILTRIAGE_REDIS_USER");
    }
    if (store.password.isEmpty()) {
        store.password = qEnvironmentVariable("MAILTRIAGE_REDIS_PASSWORD");
    }
    return store;
}

QString StoreUrl::description() const
{
    if (kind == Kind::Files) {
        return QStringLiteral("file:%1").arg(directory);
    }
    const QString host = this->host.contains(QLatin1Char(':')) ? QStringLiteral("[%1]").arg(this->host) : this->host;
    return QStringLiteral("redis://%1:%2/%3").arg(host).arg(port).arg(database);
}

std::unique_ptr<StateStore> makeStateStore(const StoreUrl &url, const Clock &clock)
{
    if (url.kind == StoreUrl::Kind::Redis) {
#ifdef MAILTRIAGE_HAVE_REDIS
        auto store = std::make_unique<RedisStateStore>(url, clock);
        store->connectToServer();
        return store;
#else
        return nullptr;
#endif
    }
    return std::make_unique<FileStateStore>(url.directory, clock);
}

} // namespace mt::policy
