#include "policy.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>

#include <cmath>

namespace mt::policy {

namespace {

// Reads an object's keys into fields, remembering the first problem; every
// key must be claimed by one of the read*() calls, or it is unknown.
class ObjectReader
{
public:
    ObjectReader(const QJsonObject &object, QString path, LocalizedText *error)
        : m_object(object)
        , m_path(std::move(path))
        , m_error(error)
    {}

    bool failed() const { return !m_error->isEmpty(); }

    // WHAT has %1 for the key's path, %2 for ARGUMENT.
    void fail(const QString &key, const char *what, const QString &argument = {})
    {
        if (m_error->isEmpty()) {
            *m_error = LocalizedText("Policy", what, {where(key), argument});
        }
    }

    QString where(const QString &key) const { return m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key; }

    const QJsonValue *claim(const QString &key)
    {
        m_claimed << key;
        const auto it = m_object.constFind(key);
        if (it == m_object.constEnd()) {
            return nullptr;
        }
        m_value = *it;
        return &m_value;
    }

    void readInt(const QString &key, int &out, int min)
    {
        if (const QJsonValue *value = claim(key)) {
            const double number = value->toDouble(-1);
            if (!value->isDouble() || number != std::floor(number) || number < min || number > 1e9) {
                fail(key, QT_TRANSLATE_NOOP("Policy", "%1: must be a whole number of at least %2"),
                     QString::number(min));
            } else {
                out = int(number);
            }
        }
    }

    void readInt64(const QString &key, qint64 &out, qint64 min)
    {
        if (const QJsonValue *value = claim(key)) {
            const double number = value->toDouble(-1);
            if (!value->isDouble() || number != std::floor(number) || number < double(min) || number > 1e15) {
                fail(key, QT_TRANSLATE_NOOP("Policy", "%1: must be a whole number of at least %2"),
                     QString::number(min));
            } else {
                out = qint64(number);
            }
        }
    }

    void readFraction(const QString &key, double &out)
    {
        if (const QJsonValue *value = claim(key)) {
            if (!value->isDouble() || value->toDouble() < 0 || value->toDouble() > 1) {
                fail(key, QT_TRANSLATE_NOOP("Policy", "%1: must be a number from 0 to 1"));
            } else {
                out = value->toDouble();
            }
        }
    }

    void readBool(const QString &key, bool &out)
    {
        if (const QJsonValue *value = claim(key)) {
            if (!value->isBool()) {
                fail(key, QT_TRANSLATE_NOOP("Policy", "%1: must be true or false"));
            } else {
                out = value->toBool();
            }
        }
    }

    void readString(const QString &key, QString &out, bool required = false)
    {
        const QJsonValue *value = claim(key);
        if (!value) {
            if (required) {
                fail(key, QT_TRANSLATE_NOOP("Policy", "%1: is required"));
            }
            return;
        }
        if (!value->isString()) {
            fail(key, QT_TRANSLATE_NOOP("Policy", "%1: must be a string"));
        } else {
            out = value->toString();
        }
    }

    void readStrings(const QString &key, QStringList &out)
    {
        if (const QJsonValue *value = claim(key)) {
            if (!value->isArray()) {
                fail(key, QT_TRANSLATE_NOOP("Policy", "%1: must be a list of strings"));
                return;
            }
            out.clear();
            for (const QJsonValue &item : value->toArray()) {
                if (!item.isString()) {
                    fail(key, QT_TRANSLATE_NOOP("Policy", "%1: must be a list of strings"));
                    return;
                }
                out << item.toString();
            }
        }
    }

    // Called last: names the first key nobody asked for.
    void rejectUnknown()
    {
        for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
            if (!m_claimed.contains(it.key())) {
                fail(it.key(), QT_TRANSLATE_NOOP("Policy", "%1: unknown key"));
                return;
            }
        }
    }

private:
    QJsonObject m_object;
    QString m_path;
    LocalizedText *m_error;
    QStringList m_claimed;
    QJsonValue m_value;
};

QString lowered(const QString &text)
{
    return text.trimmed().toLower();
}

} // namespace

bool operator==(const Limits &a, const Limits &b)
{
    return a.perMinute == b.perMinute && a.perHour == b.perHour && a.per12h == b.per12h &&
           a.authFailuresPerHour == b.authFailuresPerHour && a.spamAcceptedPerHour == b.spamAcceptedPerHour &&
           a.queueMinMessages == b.queueMinMessages && a.queueMaxUndeliverable == b.queueMaxUndeliverable;
}

const Account *Policy::account(const QString &login) const
{
    for (const Account &account : accounts) {
        if (account.login.compare(login, Qt::CaseInsensitive) == 0) {
            return &account;
        }
    }
    return nullptr;
}

const DomainPolicy *domainPolicyFor(const QList<DomainPolicy> &domains, const QString &domain)
{
    for (const DomainPolicy &candidate : domains) {
        if (candidate.name == domain || candidate.aliases.contains(domain)) {
            return &candidate;
        }
    }
    return nullptr;
}

const DomainPolicy *Policy::domain(const QString &name) const
{
    for (const DomainPolicy &domain : domains) {
        if (domain.name.compare(name, Qt::CaseInsensitive) == 0) {
            return &domain;
        }
    }
    return nullptr;
}

std::optional<Policy> Policy::fromJson(const QByteArray &json, LocalizedText *error)
{
    LocalizedText problem;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = LocalizedText("Policy", QT_TRANSLATE_NOOP("Policy", "not valid JSON at offset %1: %2"),
                               {QString::number(parseError.offset), parseError.errorString()});
        return std::nullopt;
    }
    if (!document.isObject()) {
        *error = LocalizedText("Policy", QT_TRANSLATE_NOOP("Policy", "the policy must be a JSON object"));
        return std::nullopt;
    }
    Policy policy;
    ObjectReader top(document.object(), {}, &problem);
    auto sectionOf = [&top](const QString &key) -> std::optional<QJsonObject> {
        const QJsonValue *value = top.claim(key);
        if (!value) {
            return QJsonObject();
        }
        if (!value->isObject()) {
            top.fail(key, QT_TRANSLATE_NOOP("Policy", "%1: must be an object"));
            return std::nullopt;
        }
        return value->toObject();
    };
    if (const auto limits = sectionOf(QStringLiteral("limits"))) {
        ObjectReader reader(*limits, QStringLiteral("limits"), &problem);
        reader.readInt(QStringLiteral("per_minute"), policy.limits.perMinute, 1);
        reader.readInt(QStringLiteral("per_hour"), policy.limits.perHour, 1);
        reader.readInt(QStringLiteral("per_12h"), policy.limits.per12h, 1);
        reader.readInt(QStringLiteral("auth_failures_per_hour"), policy.limits.authFailuresPerHour, 0);
        reader.readInt(QStringLiteral("spam_accepted_per_hour"), policy.limits.spamAcceptedPerHour, 0);
        reader.readInt(QStringLiteral("queue_min_messages"), policy.limits.queueMinMessages, 0);
        reader.readFraction(QStringLiteral("queue_max_undeliverable"), policy.limits.queueMaxUndeliverable);
        reader.rejectUnknown();
    }
    if (const auto server = sectionOf(QStringLiteral("server"))) {
        ObjectReader reader(*server, QStringLiteral("server"), &problem);
        reader.readBool(QStringLiteral("xclient"), policy.server.xclient);
        reader.readBool(QStringLiteral("require_tls_for_auth"), policy.server.requireTlsForAuth);
        reader.readInt64(QStringLiteral("max_message_size"), policy.server.maxMessageSize, 1024);
        reader.readInt(QStringLiteral("max_connections"), policy.server.maxConnections, 1);
        reader.readInt(QStringLiteral("max_commands"), policy.server.maxCommands, 10);
        reader.readInt(QStringLiteral("idle_timeout_s"), policy.server.idleTimeoutSeconds, 1);
        reader.rejectUnknown();
    }
    if (const auto spam = sectionOf(QStringLiteral("spam"))) {
        ObjectReader reader(*spam, QStringLiteral("spam"), &problem);
        reader.readStrings(QStringLiteral("markers"), policy.spamMarkers);
        reader.rejectUnknown();
    }
    auto listOf = [&top](const QString &key) -> QJsonArray {
        const QJsonValue *value = top.claim(key);
        if (value && !value->isArray()) {
            top.fail(key, QT_TRANSLATE_NOOP("Policy", "%1: must be a list"));
        }
        return value ? value->toArray() : QJsonArray();
    };
    const QJsonArray domains = listOf(QStringLiteral("domains"));
    for (int i = 0; i < domains.size() && problem.isEmpty(); ++i) {
        const QString path = QStringLiteral("domains[%1]").arg(i);
        if (!domains.at(i).isObject()) {
            problem = LocalizedText("Policy", QT_TRANSLATE_NOOP("Policy", "%1: must be an object"), {path});
            break;
        }
        ObjectReader reader(domains.at(i).toObject(), path, &problem);
        DomainPolicy domain;
        reader.readString(QStringLiteral("name"), domain.name, true);
        reader.readStrings(QStringLiteral("aliases"), domain.aliases);
        reader.readStrings(QStringLiteral("countries"), domain.countries);
        reader.rejectUnknown();
        domain.name = lowered(domain.name);
        for (QString &alias : domain.aliases) {
            alias = lowered(alias);
        }
        for (QString &country : domain.countries) {
            country = country.trimmed();
            // Rule 8 compares these with GeoIP's ISO 3166 codes.
            static const QRegularExpression countryCode(QStringLiteral("^[A-Za-z]{2}$"));
            if (problem.isEmpty() && !countryCode.match(country).hasMatch()) {
                problem = LocalizedText(
                    "Policy", QT_TRANSLATE_NOOP("Policy", "%1: \"%2\" is not a two-letter country code (e.g. PL)"),
                    {path + QStringLiteral(".countries"), country});
            }
            country = country.toUpper();
        }
        if (problem.isEmpty() && domain.name.isEmpty()) {
            problem = LocalizedText("Policy", QT_TRANSLATE_NOOP("Policy", "%1: must not be empty"),
                                    {path + QStringLiteral(".name")});
        }
        policy.domains << domain;
    }
    const QJsonArray accounts = listOf(QStringLiteral("accounts"));
    for (int i = 0; i < accounts.size() && problem.isEmpty(); ++i) {
        const QString path = QStringLiteral("accounts[%1]").arg(i);
        if (!accounts.at(i).isObject()) {
            problem = LocalizedText("Policy", QT_TRANSLATE_NOOP("Policy", "%1: must be an object"), {path});
            break;
        }
        ObjectReader reader(accounts.at(i).toObject(), path, &problem);
        Account account;
        reader.readString(QStringLiteral("login"), account.login, true);
        reader.readString(QStringLiteral("password"), account.password, true);
        reader.readString(QStringLiteral("alternative_sender"), account.alternativeSender);
        reader.rejectUnknown();
        account.login = lowered(account.login);
        account.alternativeSender = lowered(account.alternativeSender);
        if (problem.isEmpty() && !account.login.contains(QLatin1Char('@'))) {
            problem = LocalizedText("Policy", QT_TRANSLATE_NOOP("Policy", "%1: must be an e-mail address"),
                                    {path + QStringLiteral(".login")});
        }
        if (problem.isEmpty() && !account.password.startsWith(QLatin1String("pbkdf2-sha256$"))) {
            problem = LocalizedText(
                "Policy", QT_TRANSLATE_NOOP("Policy", "%1: must be a hash made by mailtriage-cli hash-password"),
                {path + QStringLiteral(".password")});
        }
        policy.accounts << account;
    }
    top.rejectUnknown();
    if (!problem.isEmpty()) {
        *error = problem;
        return std::nullopt;
    }
    return policy;
}

QByteArray Policy::toJson() const
{
    QJsonObject root;
    root.insert(QStringLiteral("limits"), QJsonObject{
                                              {QStringLiteral("per_minute"), limits.perMinute},
                                              {QStringLiteral("per_hour"), limits.perHour},
                                              {QStringLiteral("per_12h"), limits.per12h},
                                              {QStringLiteral("auth_failures_per_hour"), limits.authFailuresPerHour},
                                              {QStringLiteral("spam_accepted_per_hour"), limits.spamAcceptedPerHour},
                                              {QStringLiteral("queue_min_messages"), limits.queueMinMessages},
                                              {QStringLiteral("queue_max_undeliverable"), limits.queueMaxUndeliverable},
                                          });
    root.insert(QStringLiteral("server"), QJsonObject{
                                              {QStringLiteral("xclient"), server.xclient},
                                              {QStringLiteral("require_tls_for_auth"), server.requireTlsForAuth},
                                              {QStringLiteral("max_message_size"), double(server.maxMessageSize)},
                                              {QStringLiteral("max_connections"), server.maxConnections},
                                              {QStringLiteral("max_commands"), server.maxCommands},
                                              {QStringLiteral("idle_timeout_s"), server.idleTimeoutSeconds},
                                          });
    root.insert(QStringLiteral("spam"),
                QJsonObject{{QStringLiteral("markers"), QJsonArray::fromStringList(spamMarkers)}});
    QJsonArray domainList;
    for (const DomainPolicy &domain : domains) {
        QJsonObject object{{QStringLiteral("name"), domain.name},
                           {QStringLiteral("aliases"), QJsonArray::fromStringList(domain.aliases)}};
        if (!domain.countries.isEmpty()) {
            object.insert(QStringLiteral("countries"), QJsonArray::fromStringList(domain.countries));
        }
        domainList << object;
    }
    root.insert(QStringLiteral("domains"), domainList);
    QJsonArray accountList;
    for (const Account &account : accounts) {
        QJsonObject object{{QStringLiteral("login"), account.login}, {QStringLiteral("password"), account.password}};
        if (!account.alternativeSender.isEmpty()) {
            object.insert(QStringLiteral("alternative_sender"), account.alternativeSender);
        }
        accountList << object;
    }
    root.insert(QStringLiteral("accounts"), accountList);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

std::optional<Policy> Policy::load(const QString &path, LocalizedText *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = LocalizedText("Policy", QT_TRANSLATE_NOOP("Policy", "cannot read %1: %2"), {path, file.errorString()});
        return std::nullopt;
    }
    return fromJson(file.readAll(), error);
}

bool Policy::save(const QString &path, LocalizedText *error) const
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    const QByteArray json = toJson();
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit()) {
        *error = LocalizedText("Policy", QT_TRANSLATE_NOOP("Policy", "cannot write %1: %2"),
                               {QDir::toNativeSeparators(path), file.errorString()});
        file.cancelWriting();
        return false;
    }
    return true;
}

Policy Policy::embeddedDefault()
{
    LocalizedText error;
    // The file the packages install as share/mailtriage/policy/default-policy.json:
    // the help pages' limits and a demo provider (two domains with aliases and
    // countries, accounts whose password is "demo-password").
    QFile file(QStringLiteral(":/policy/default-policy.json"));
    const auto policy = file.open(QIODevice::ReadOnly) ? fromJson(file.readAll(), &error) : std::nullopt;
    Q_ASSERT_X(policy, "Policy::embeddedDefault", qPrintable(error.render(Language::English)));
    return policy.value_or(Policy());
}

} // namespace mt::policy
