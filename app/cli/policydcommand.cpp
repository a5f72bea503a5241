#include "policydcommand.h"

#include "clitext.h"
#include "common/geoipdatabase.h"
#include "common/textutil.h"
#include "commonoptions.h"
#include "daemonsupport.h"
#include "policy/clock.h"
#include "policy/domainvalidator.h"
#include "policy/statestore.h"
#include "policy/storeurl.h"
#include "policy/submissionpolicy.h"
#include "policyd/policydaemon.h"
#include "policyd/policyservice.h"
#include "statedir.h"
#include "storeoption.h"

#include <QCommandLineParser>
#include <QCoreApplication>

int runPolicydCommand(const QStringList &arguments)
{
    cli::Command command(
        arguments,
        {QT_TRANSLATE_NOOP(
            "Cli",
            "Serve the provider's rules to Postfix (policy delegation) and Dovecot (auth policy) on one port.")});
    const mt::Language language = command.language;
    QCommandLineParser &parser = command.parser;
    auto say = [&command](const char *source) { return command.say(source); };
    const QCommandLineOption listenOption(
        QStringLiteral("listen"),
        say(QT_TRANSLATE_NOOP("Cli", "address and port to listen on (default 127.0.0.1:10040)")),
        QStringLiteral("ADDR:PORT"), QStringLiteral("127.0.0.1:10040"));
    const QCommandLineOption policyOption = cli::policyFileOption(language);
    const QCommandLineOption storeOption = cli::storeOption(language);
    const QCommandLineOption dnsOption = cli::dnsOption(language);
    const QCommandLineOption timeoutOption = cli::dnsTimeoutOption(language);
    const QCommandLineOption geoipOption = cli::geoipFileOption(language);
    const QCommandLineOption idleOption(
        QStringLiteral("idle-timeout"),
        say(QT_TRANSLATE_NOOP("Cli", "seconds an idle connection is kept (default 330; a request must "
                                     "arrive whole within 30 seconds, or this if shorter)")),
        QStringLiteral("SECONDS"), QStringLiteral("330"));
    const QCommandLineOption quietOption = cli::quietOption(language);
    const QCommandLineOption langOption = cli::langOption(language);
    parser.addOptions({listenOption, policyOption, storeOption, dnsOption, timeoutOption, geoipOption, idleOption,
                       quietOption, langOption});
    if (const auto done = cli::parseOrAnswer(parser, arguments)) {
        return *done;
    }
    if (!parser.positionalArguments().isEmpty()) {
        return cli::fail(language, QT_TRANSLATE_NOOP("Cli", "policyd takes no arguments besides its options"));
    }
    QHostAddress address;
    quint16 port = 0;
    if (!cli::listenOption(parser, listenOption, language, &address, &port)) {
        return 2;
    }
    bool idleOk = false;
    const int idleSeconds = parser.value(idleOption).toInt(&idleOk);
    if (!idleOk || idleSeconds <= 0 || idleSeconds > 24 * 3600) {
        return cli::fail(language, QT_TRANSLATE_NOOP("Cli", "--idle-timeout must be a number of seconds from 1 to "
                                                            "86400"));
    }
    const std::optional<mt::dns::ResolverConfig> config =
        cli::resolverConfig(parser, dnsOption, timeoutOption, language);
    if (!config) {
        return 2;
    }
    const auto geoip = cli::openGeoIp(parser, geoipOption, language);
    if (!geoip) {
        return 2;
    }
    const std::optional<mt::policy::Policy> policy = cli::policyOption(parser, policyOption, language);
    if (!policy) {
        return 2;
    }
    mt::LocalizedText error;
    const auto url = mt::policy::StoreUrl::parse(parser.value(storeOption), cli::defaultStateDir(), &error);
    if (!url) {
        return cli::fail(language, QT_TRANSLATE_NOOP("Cli", "--store \"%1\" is not usable: %2"),
                         {parser.value(storeOption), error.render(language)});
    }

    const mt::policy::Clock &clock = mt::policy::Clock::system();
    const std::unique_ptr<mt::policy::StateStore> store = cli::openStore(*url, clock, language, cli::StoreUse::Daemon);
    if (!store) {
        return 2;
    }
    mt::dns::StubResolver resolver(*config);
    mt::policy::DomainValidator domains(resolver, clock);
    mt::policy::SubmissionPolicy::CountryLookup countryOf;
    if (*geoip) {
        countryOf = [database = *geoip](const QHostAddress &client) { return database->countryCodeOf(client); };
    }
    mt::policy::SubmissionPolicy rules(*policy, *store, clock, countryOf);
    mt::policyd::PolicyService service(rules, domains);
    const bool quiet = parser.isSet(quietOption);
    service.setVerbose(!quiet);
    const auto log = cli::eventLog(quiet, language);
    QObject::connect(&service, &mt::policyd::PolicyService::reported, &service, log);
    QObject::connect(store.get(), &mt::policy::StateStore::unblocked, &service,
                     [log](const mt::policy::AuditEntry &unblock) {
                         log(mt::smtp::ServerEvent::unblocked(unblock.ip, unblock.who, unblock.reason));
                     });
    // The store going away and coming back, once each (the requests it
    // defers meanwhile are routine lines, left out with --quiet).
    QObject::connect(store.get(), &mt::policy::StateStore::availabilityChanged, &service,
                     [log, &store, lost = false](bool available) mutable {
                         if (available && !lost) {
                             return; // connected at start
                         }
                         lost = !available;
                         log(mt::smtp::ServerEvent::storeAvailability(available, store->description()));
                     });

    mt::policyd::PolicyDaemon::Settings settings;
    settings.maxConnections = policy->server.maxConnections;
    settings.idleTimeoutMs = idleSeconds * 1000;
    settings.requestTimeoutMs = std::min(settings.requestTimeoutMs, settings.idleTimeoutMs);
    mt::policyd::PolicyDaemon daemon(service, settings);
    if (!daemon.listen(address, port, &error)) {
        return cli::fail(error.render(language));
    }
    log(mt::smtp::ServerEvent::listening(mt::text::endpoint(address, daemon.port()), store->description()));
    cli::quitOnSignals(&daemon);
    QCoreApplication::exec();
    daemon.close();
    log(mt::smtp::ServerEvent::stopped(0));
    return 0;
}
