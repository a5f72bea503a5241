#include "servecommand.h"

#include "clitext.h"
#include "common/geoipdatabase.h"
#include "commonoptions.h"
#include "dns/stubresolver.h"
#include "policy/clock.h"
#include "policy/statestore.h"
#include "smtp/serverlogline.h"
#include "smtp/serverruntime.h"
#include "statedir.h"
#include "storeoption.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QSocketNotifier>
#include <QTextStream>

#include <memory>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>
#elif defined(Q_OS_WIN)
#include <windows.h>
#endif

namespace {

#ifdef Q_OS_UNIX
int signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(signalPipe[0], &byte, 1);
}

// SIGTERM and SIGINT end the event loop; the handler only writes a byte,
// the rest happens on the loop (the self-pipe trick).
void quitOnSignals(QObject *context)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0) {
        return;
    }
    auto *notifier = new QSocketNotifier(signalPipe[1], QSocketNotifier::Read, context);
    QObject::connect(notifier, &QSocketNotifier::activated, context, [] {
        char byte;
        [[maybe_unused]] const ssize_t got = ::read(signalPipe[1], &byte, 1);
        QCoreApplication::quit();
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);
}
#elif defined(Q_OS_WIN)
// Ctrl+C, Ctrl+Break and closing the console end the event loop. The handler
// runs on a thread of its own, so it only queues the quit.
BOOL WINAPI onConsoleEvent(DWORD)
{
    QMetaObject::invokeMethod(QCoreApplication::instance(), &QCoreApplication::quit, Qt::QueuedConnection);
    return TRUE;
}

void quitOnSignals(QObject *)
{
    SetConsoleCtrlHandler(onConsoleEvent, TRUE);
}
#else
void quitOnSignals(QObject *) {}
#endif

// "127.0.0.1:2525", "[::1]:2525", "0.0.0.0:25"; port 0 picks a free one.
bool parseListen(const QString &text, QHostAddress *address, quint16 *port)
{
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0) {
        return false;
    }
    QString host = text.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']'))) {
        host = host.mid(1, host.size() - 2);
    } else if (host.contains(QLatin1Char(':'))) {
        return false; // IPv6 with a port needs brackets
    }
    bool ok = false;
    const uint number = text.mid(colon + 1).toUInt(&ok);
    if (!ok || number > 65535 || !address->setAddress(host)) {
        return false;
    }
    *port = quint16(number);
    return true;
}

void logLine(const QString &line)
{
    QTextStream(stderr) << QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) << ' ' << line << Qt::endl;
}

// What --quiet leaves out: the traffic itself. Start, stop, notices, blocks,
// unblocks and lost messages are always logged.
bool isRoutine(const mt::smtp::ServerEvent &event)
{
    using Kind = mt::smtp::ServerEvent::Kind;
    switch (event.kind) {
    case Kind::Listening:
    case Kind::Stopped:
    case Kind::Notice:
    case Kind::Blocked:
    case Kind::Unblocked:
    case Kind::StoreFailed:
        return false;
    default:
        return true;
    }
}

} // namespace

int runServeCommand(const QStringList &arguments)
{
    const mt::Language language = mt::languageOfArguments(arguments);
    cli::installQtTranslator(language);
    auto say = [language](const char *source) { return cli::text(language, source); };

    QCommandLineParser parser;
    parser.setApplicationDescription(say(QT_TRANSLATE_NOOP(
        "Cli", "Run the built-in submission server with the provider's rules; messages are kept, never relayed.")));
    parser.addHelpOption();
    const QCommandLineOption listenOption(
        QStringLiteral("listen"),
        say(QT_TRANSLATE_NOOP("Cli", "address and port to listen on (default 127.0.0.1:2525)")),
        QStringLiteral("ADDR:PORT"), QStringLiteral("127.0.0.1:2525"));
    const QCommandLineOption policyOption(
        QStringLiteral("policy"),
        say(QT_TRANSLATE_NOOP("Cli", "policy file (JSON; default: the built-in demo policy)")), QStringLiteral("FILE"));
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
    const QCommandLineOption geoipOption(
        QStringLiteral("geoip"),
        say(QT_TRANSLATE_NOOP("Cli", "GeoIP database (.mmdb) for the country rule (default: the embedded one)")),
        QStringLiteral("FILE"));
    const QCommandLineOption hostOption(QStringLiteral("hostname"),
                                        say(QT_TRANSLATE_NOOP("Cli", "name in the greeting (default localhost)")),
                                        QStringLiteral("NAME"), QStringLiteral("localhost"));
    const QCommandLineOption quietOption(QStringLiteral("quiet"),
                                         say(QT_TRANSLATE_NOOP("Cli", "log only start, stop and problems")));
    const QCommandLineOption langOption(QStringLiteral("lang"), say(QT_TRANSLATE_NOOP("Cli", "language of messages")),
                                        QStringLiteral("pl|en"));
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
    if (!parseListen(parser.value(listenOption), &address, &port)) {
        return cli::fail(language,
                         QT_TRANSLATE_NOOP("Cli", "--listen \"%1\" is not ADDR:PORT with a literal address "
                                                  "(IPv6: [::1]:2525)"),
                         {parser.value(listenOption)});
    }
    const std::optional<mt::dns::ResolverConfig> config =
        cli::resolverConfig(parser, dnsOption, timeoutOption, language);
    if (!config) {
        return 2;
    }
    // Rule 8 needs the client's country: without a database every country
    // is allowed (said in the log), a database asked for must open.
    auto geoip = std::make_shared<mt::GeoIpDatabase>();
    const QString geoipPath = parser.isSet(geoipOption) ? parser.value(geoipOption) : mt::GeoIpDatabase::defaultPath();
    if (geoipPath.isEmpty() || !geoip->open(geoipPath)) {
        if (parser.isSet(geoipOption)) {
            return cli::fail(language, QT_TRANSLATE_NOOP("Cli", "cannot use the GeoIP database \"%1\" (%2)"),
                             {geoipPath, geoip->errorDetail()});
        }
        logLine(cli::text(language, QT_TRANSLATE_NOOP("Cli", "no GeoIP database: the country rule allows every "
                                                             "country (use --geoip FILE)")));
        geoip.reset();
    }
    mt::policy::Policy policy = mt::policy::Policy::embeddedDefault();
    if (parser.isSet(policyOption)) {
        mt::LocalizedText error;
        const auto loaded = mt::policy::Policy::load(parser.value(policyOption), &error);
        if (!loaded) {
            return cli::fail(language, QT_TRANSLATE_NOOP("Cli", "the policy file %1 is not usable: %2"),
                             {parser.value(policyOption), error.render(language)});
        }
        policy = *loaded;
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
    runtime.setPolicy(policy, nullptr);
    runtime.setGeoIpDatabase(geoip);
    runtime.setHostName(parser.value(hostOption));
    const bool quiet = parser.isSet(quietOption);
    runtime.setVerbose(!quiet);
    QObject::connect(&runtime, &mt::smtp::ServerRuntime::reported, &runtime,
                     [quiet, language](const mt::smtp::ServerEvent &event) {
                         if (!quiet || !isRoutine(event)) {
                             logLine(mt::smtp::serverLogLine(event, language));
                         }
                     });
    mt::LocalizedText error;
    if (!runtime.start(address, port, &error)) {
        return cli::fail(error.render(language));
    }
    quitOnSignals(&runtime);
    QCoreApplication::exec();
    runtime.stop();
    return 0;
}
