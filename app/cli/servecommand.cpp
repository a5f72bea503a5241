#include "servecommand.h"

#include "clitext.h"
#include "commonoptions.h"
#include "daemonsupport.h"
#include "dns/stubresolver.h"
#include "policy/clock.h"
#include "policy/statestore.h"
#include "smtp/serverruntime.h"
#include "statedir.h"
#include "storeoption.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <memory>

int runServeCommand(const QStringList &arguments)
{
    cli::Command command(
        arguments,
        {QT_TRANSLATE_NOOP(
            "Cli", "Run the built-in submission server with the provider's rules; messages are kept, never relayed.")});
    const mt::Language language = command.language;
    QCommandLineParser &parser = command.parser;
    auto say = [&command](const char *source) { return command.say(source); };
    const QCommandLineOption listenOption(
        QStringLiteral("listen"),
        say(QT_TRANSLATE_NOOP("Cli", "address and port to listen on (default 127.0.0.1:2525)")),
        QStringLiteral("ADDR:PORT"), QStringLiteral("127.0.0.1:2525"));
    const QCommandLineOption policyOption = cli::policyFileOption(language);
    const QCommandLineOption stateOption(
        QStringLiteral("state"),
        say(QT_TRANSLATE_NOOP("Cli", "directory for blocked IPs, messages and the certificate")), QStringLiteral("DIR"),
        cli::defaultStateDir());
    const QCommandLineOption storeOption = cli::storeOption(language);
    const QCommandLineOption nodeOption(
        QStringLiteral("node"),
        say(QT_TRANSLATE_NOOP("Cli", "this server's name in the shared store (default: the host name)")),
        QStringLiteral("NAME"));
    const QCommandLineOption dnsOption = cli::dnsOption(language);
    const QCommandLineOption timeoutOption = cli::dnsTimeoutOption(language);
    const QCommandLineOption geoipOption = cli::geoipFileOption(language);
    const QCommandLineOption hostOption(QStringLiteral("hostname"),
                                        say(QT_TRANSLATE_NOOP("Cli", "name in the greeting (default localhost)")),
                                        QStringLiteral("NAME"), QStringLiteral("localhost"));
    const QCommandLineOption quietOption = cli::quietOption(language);
    const QCommandLineOption langOption = cli::langOption(language);
    parser.addOptions({listenOption, policyOption, stateOption, storeOption, nodeOption, dnsOption, timeoutOption,
                       geoipOption, hostOption, quietOption, langOption});
    if (const auto done = cli::parseOrAnswer(parser, arguments)) {
        return *done;
    }
    if (!parser.positionalArguments().isEmpty()) {
        return cli::fail(language, QT_TRANSLATE_NOOP("Cli", "serve takes no arguments besides its options"));
    }
    QHostAddress address;
    quint16 port = 0;
    if (!cli::listenOption(parser, listenOption, language, &address, &port)) {
        return 2;
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

    const QString stateDir = parser.value(stateOption);
    mt::dns::StubResolver resolver(*config);
    mt::smtp::ServerRuntime runtime(resolver, mt::policy::Clock::system(), stateDir);
    runtime.setPolicyPath({}); // --policy or the demo policy, never a file the GUI saved
    mt::LocalizedText storeError;
    const auto store = mt::policy::StoreUrl::parse(parser.value(storeOption), stateDir, &storeError);
    if (!store || !runtime.setStoreUrl(*store, &storeError)) {
        return cli::fail(storeError.render(language));
    }
    if (parser.isSet(nodeOption)) {
        runtime.store().setNodeName(parser.value(nodeOption));
    }
    runtime.setPolicy(*policy, nullptr);
    runtime.setGeoIpDatabase(*geoip);
    runtime.setHostName(parser.value(hostOption));
    const bool quiet = parser.isSet(quietOption);
    runtime.setVerbose(!quiet);
    QObject::connect(&runtime, &mt::smtp::ServerRuntime::reported, &runtime, cli::eventLog(quiet, language));
    mt::LocalizedText error;
    if (!runtime.start(address, port, &error)) {
        return cli::fail(error.render(language));
    }
    cli::quitOnSignals(&runtime);
    QCoreApplication::exec();
    runtime.stop();
    return 0;
}
