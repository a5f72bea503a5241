#pragma once

#include "common/localizedtext.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace mt::policy {

// The provider's submission rules as data (docs/policy.md describes the
// JSON form). Defaults are the numbers of the provider's help pages.
struct Limits
{
    int perMinute = 250;
    int perHour = 1000;
    int per12h = 10000;
    int authFailuresPerHour = 10; // the 11th failure within an hour blocks the IP
    int spamAcceptedPerHour = 3;
    int queueMinMessages = 100;         // queue health is judged above this many messages an hour
    double queueMaxUndeliverable = 0.5; // ... and rejects when more than this share failed
};

bool operator==(const Limits &a, const Limits &b);
inline bool operator!=(const Limits &a, const Limits &b)
{
    return !(a == b);
}

struct ServerSettings
{
    bool xclient = false;
    bool requireTlsForAuth = false;
    qint64 maxMessageSize = 25 * 1024 * 1024;
    int maxConnections = 1000;
    int maxCommands = 10000; // per session
    int idleTimeoutSeconds = 300;
};

struct DomainPolicy
{
    QString name;
    QStringList aliases;
    QStringList countries; // ISO codes; empty = any country
};

// The entry of DOMAINS that DOMAIN (lower case) is the name or an alias of:
// the domain a login or a sender belongs to.
const DomainPolicy *domainPolicyFor(const QList<DomainPolicy> &domains, const QString &domain);

struct Account
{
    QString login;    // an address in one of the domains
    QString password; // a PasswordHash string, never clear text
    QString alternativeSender;
};

struct Policy
{
    Limits limits;
    ServerSettings server;
    QStringList spamMarkers = {QStringLiteral("X-Spam-Flag: YES")}; // header lines that mark spam, besides GTUBE
    QList<DomainPolicy> domains;
    QList<Account> accounts;

    const Account *account(const QString &login) const;
    const DomainPolicy *domain(const QString &name) const; // by its name, not an alias

    // The file's text; absent keys keep the defaults, unknown keys, wrong
    // types and bad values (a country that is not a two-letter code...)
    // fail with a message that names the key. The one validation: the
    // server, the CLI and the policy editor all read through it.
    static std::optional<Policy> fromJson(const QByteArray &json, LocalizedText *error);
    QByteArray toJson() const;
    static std::optional<Policy> load(const QString &path, LocalizedText *error);
    // Writes the file whole or not at all (QSaveFile: a crash leaves the old
    // file or the new one); false with ERROR set.
    bool save(const QString &path, LocalizedText *error) const;

    // The help pages' numbers and a demo provider (password of every demo
    // account: "demo-password").
    static Policy embeddedDefault();
};

} // namespace mt::policy
