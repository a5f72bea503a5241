#include "blockscommand.h"

#include "clitext.h"
#include "commonoptions.h"
#include "policy/blockstore.h"
#include "policy/clock.h"
#include "statedir.h"
#include "storeoption.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace {

QString timeText(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

QString whoAmI()
{
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return user.isEmpty() ? QStringLiteral("unknown") : user;
}

} // namespace

int runBlocksCommand(const QStringList &arguments)
{
    cli::Command command(
        arguments,
        {QT_TRANSLATE_NOOP("Cli", "List the IP addresses blocked after too many failed logins, or unblock one; "
                                  "list, allow or revoke the countries staff allowed a domain beyond its "
                                  "policy; show the audit trail.")});
    const mt::Language language = command.language;
    QCommandLineParser &parser = command.parser;
    auto say = [&command](const char *source) { return command.say(source); };
    parser.addPositionalArgument(QStringLiteral("list|unblock|audit|countries|allow-country|revoke-country"),
                                 say(QT_TRANSLATE_NOOP("Cli", "what to do")));
    parser.addPositionalArgument(QStringLiteral("IP|DOMAIN COUNTRY"),
                                 say(QT_TRANSLATE_NOOP("Cli", "the address to unblock, or the domain and the "
                                                              "two-letter country code")));
    const QCommandLineOption stateOption = cli::stateOption(language);
    const QCommandLineOption reasonOption(
        QStringLiteral("reason"), say(QT_TRANSLATE_NOOP("Cli", "why it is unblocked (kept in the audit trail)")),
        QStringLiteral("TEXT"));
    const QCommandLineOption byOption(QStringLiteral("by"),
                                      say(QT_TRANSLATE_NOOP("Cli", "who unblocks (default: the user name)")),
                                      QStringLiteral("NAME"), whoAmI());
    const QCommandLineOption daysOption(QStringLiteral("days"),
                                        say(QT_TRANSLATE_NOOP("Cli", "allow-country: the exception ends after N days")),
                                        QStringLiteral("N"));
    const QCommandLineOption storeOption = cli::storeOption(language);
    const QCommandLineOption formatOption = cli::formatOption(language);
    const QCommandLineOption langOption = cli::langOption(language);
    parser.addOptions({stateOption, storeOption, reasonOption, byOption, daysOption, formatOption, langOption});
    if (const auto done = cli::parseOrAnswer(parser, arguments)) {
        return *done;
    }
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    const QString format = parser.value(formatOption);
    if (format != QLatin1String("text") && format != QLatin1String("json")) {
        return cli::fail(language, QT_TRANSLATE_NOOP("Cli", "--format must be text or json, not \"%1\""), {format});
    }

    mt::LocalizedText urlError;
    const auto url = mt::policy::StoreUrl::parse(parser.value(storeOption), parser.value(stateOption), &urlError);
    if (!url) {
        return cli::fail(urlError.render(language));
    }
    const mt::policy::Clock &clock = mt::policy::Clock::system();
    const std::unique_ptr<mt::policy::StateStore> store = cli::openStore(*url, clock, language);
    if (!store) {
        return 2;
    }
    const QString reason = parser.value(reasonOption).trimmed();
    auto failed = [language](const mt::LocalizedText &error) { return cli::fail(error.render(language)); };

    if (action == QLatin1String("list") && positional.size() == 1) {
        const auto answer = cli::awaitAnswer<QList<mt::policy::BlockEntry>>(
            [&](auto reply) { store->activeBlocks(clock.nowMs(), reply); });
        if (!answer.ok) {
            return failed(answer.error);
        }
        const QList<mt::policy::BlockEntry> &entries = answer.value;
        QTextStream out(stdout);
        if (format == QLatin1String("json")) {
            QJsonArray list;
            for (const auto &entry : entries) {
                list << QJsonObject{{QStringLiteral("ip"), entry.ip},
                                    {QStringLiteral("failures"), entry.failures},
                                    {QStringLiteral("first_failure"), timeText(entry.firstFailureMs)},
                                    {QStringLiteral("last_failure"), timeText(entry.lastFailureMs)},
                                    {QStringLiteral("blocked_until"), timeText(entry.blockedUntilMs)},
                                    {QStringLiteral("nodes"), QJsonArray::fromStringList(entry.nodes)}};
            }
            out << QJsonDocument(QJsonObject{{QStringLiteral("blocked"), list}}).toJson(QJsonDocument::Indented);
            return 0;
        }
        if (entries.isEmpty()) {
            out << say(QT_TRANSLATE_NOOP("Cli", "No IP address is blocked.")) << Qt::endl;
            return 0;
        }
        for (const auto &entry : entries) {
            out << cli::text(language, QT_TRANSLATE_NOOP("Cli", "%1  %2 failed logins (%3 to %4), blocked until %5"),
                             {entry.ip, QString::number(entry.failures), timeText(entry.firstFailureMs),
                              timeText(entry.lastFailureMs), timeText(entry.blockedUntilMs)})
                << Qt::endl;
        }
        return 0;
    }
    if (action == QLatin1String("unblock") && positional.size() == 2) {
        const QHostAddress address(positional.at(1));
        if (address.isNull()) {
            return cli::fail(language, QT_TRANSLATE_NOOP("Cli", "\"%1\" is not an IP address"), {positional.at(1)});
        }
        if (reason.isEmpty()) {
            return cli::fail(language, QT_TRANSLATE_NOOP("Cli", "unblock needs --reason TEXT for the audit trail"));
        }
        const auto answer = cli::awaitAnswer<mt::policy::AuditEntry>([&](auto reply) {
            store->unblock(address.toString(), parser.value(byOption), reason, clock.nowMs(), reply);
        });
        if (!answer.ok) {
            return cli::fail(language, QT_TRANSLATE_NOOP("Cli", "cannot unblock %1: %2"),
                             {address.toString(), answer.error.render(language)});
        }
        QTextStream(stdout) << cli::text(language, QT_TRANSLATE_NOOP("Cli", "%1 is unblocked."), {address.toString()})
                            << Qt::endl;
        return 0;
    }
    if ((action == QLatin1String("allow-country") || action == QLatin1String("revoke-country")) &&
        positional.size() == 3) {
        const QString domain = positional.at(1).toLower();
        const QString country = positional.at(2).toUpper();
        if (country.size() != 2 || !country.at(0).isLetter() || !country.at(1).isLetter()) {
            return cli::fail(language, QT_TRANSLATE_NOOP("Cli", "\"%1\" is not a two-letter country code"),
                             {positional.at(2)});
        }
        if (reason.isEmpty()) {
            return cli::fail(language, QT_TRANSLATE_NOOP("Cli", "%1 needs --reason TEXT for the audit trail"),
                             {action});
        }
        mt::policy::StoreAnswer<bool> answer;
        if (action == QLatin1String("allow-country")) {
            mt::policy::CountryException exception;
            exception.domain = domain;
            exception.country = country;
            exception.who = parser.value(byOption);
            exception.reason = reason;
            exception.grantedMs = clock.nowMs();
            if (parser.isSet(daysOption)) {
                bool ok = false;
                const int days = parser.value(daysOption).toInt(&ok);
                if (!ok || days < 1) {
                    return cli::fail(language, QT_TRANSLATE_NOOP("Cli", "--days must be a whole number of at least 1"));
                }
                exception.expiresMs = exception.grantedMs + qint64(days) * 24 * 3600 * 1000;
            }
            answer = cli::awaitAnswer<bool>([&](auto reply) { store->grantCountry(exception, reply); });
        } else {
            answer = cli::awaitAnswer<bool>([&](auto reply) {
                store->revokeCountry(domain, country, parser.value(byOption), reason, clock.nowMs(), reply);
            });
        }
        if (!answer.ok) {
            return failed(answer.error);
        }
        QTextStream(stdout) << cli::text(language,
                                         action == QLatin1String("allow-country")
                                             ? QT_TRANSLATE_NOOP("Cli", "%1 may now be used from %2.")
                                             : QT_TRANSLATE_NOOP("Cli", "%1 may no longer be used from %2."),
                                         {domain, country})
                            << Qt::endl;
        return 0;
    }
    if (action == QLatin1String("countries") && positional.size() == 1) {
        const auto answer = cli::awaitAnswer<QList<mt::policy::CountryException>>(
            [&](auto reply) { store->countryExceptions(clock.nowMs(), reply); });
        if (!answer.ok) {
            return failed(answer.error);
        }
        QTextStream out(stdout);
        if (format == QLatin1String("json")) {
            QJsonArray list;
            for (const auto &exception : answer.value) {
                list << QJsonObject{{QStringLiteral("domain"), exception.domain},
                                    {QStringLiteral("country"), exception.country},
                                    {QStringLiteral("by"), exception.who},
                                    {QStringLiteral("reason"), exception.reason},
                                    {QStringLiteral("granted"), timeText(exception.grantedMs)},
                                    {QStringLiteral("expires"), exception.expiresMs
                                                                    ? QJsonValue(timeText(exception.expiresMs))
                                                                    : QJsonValue(QJsonValue::Null)}};
            }
            out << QJsonDocument(QJsonObject{{QStringLiteral("countries"), list}}).toJson(QJsonDocument::Indented);
            return 0;
        }
        if (answer.value.isEmpty()) {
            out << say(QT_TRANSLATE_NOOP("Cli", "No country exceptions.")) << Qt::endl;
        }
        for (const auto &exception : answer.value) {
            out << cli::text(language, QT_TRANSLATE_NOOP("Cli", "%1  %2  by %3: %4 (until %5)"),
                             {exception.domain, exception.country, exception.who, exception.reason,
                              exception.expiresMs ? timeText(exception.expiresMs) : QStringLiteral("-")})
                << Qt::endl;
        }
        return 0;
    }
    if (action == QLatin1String("audit") && positional.size() == 1) {
        const auto answer =
            cli::awaitAnswer<QList<mt::policy::AuditEntry>>([&](auto reply) { store->auditTrail(reply); });
        if (!answer.ok) {
            return failed(answer.error);
        }
        QJsonArray list;
        for (const auto &entry : answer.value) {
            list << mt::policy::auditEntryToJson(entry);
        }
        QTextStream(stdout)
            << QJsonDocument(QJsonObject{{QStringLiteral("audit"), list}}).toJson(QJsonDocument::Indented);
        return 0;
    }
    return cli::fail(language, QT_TRANSLATE_NOOP("Cli", "use: blocks list, blocks unblock IP --reason TEXT, blocks "
                                                        "audit, blocks countries, blocks allow-country DOMAIN CC "
                                                        "--reason TEXT [--days N], blocks revoke-country DOMAIN CC "
                                                        "--reason TEXT"));
}
