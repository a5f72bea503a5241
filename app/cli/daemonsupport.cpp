#include "daemonsupport.h"

#include "clitext.h"
#include "common/geoipdatabase.h"
#include "smtp/serverlogline.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSocketNotifier>
#include <QTextStream>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>
#elif defined(Q_OS_WIN)
#include <windows.h>
#endif

namespace cli {

namespace {

#ifdef Q_OS_UNIX
int signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(signalPipe[0], &byte, 1);
}
#elif defined(Q_OS_WIN)
// Ctrl+C, Ctrl+Break and closing the console end the event loop. The handler
// runs on a thread of its own, so it only queues the quit.
BOOL WINAPI onConsoleEvent(DWORD)
{
    QMetaObject::invokeMethod(QCoreApplication::instance(), &QCoreApplication::quit, Qt::QueuedConnection);
    return TRUE;
}
#endif

} // namespace

#ifdef Q_OS_UNIX
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
void quitOnSignals(QObject *)
{
    SetConsoleCtrlHandler(onConsoleEvent, TRUE);
}
#else
void quitOnSignals(QObject *) {}
#endif

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

bool listenOption(const QCommandLineParser &parser, const QCommandLineOption &option, mt::Language language,
                  QHostAddress *address, quint16 *port)
{
    if (parseListen(parser.value(option), address, port)) {
        return true;
    }
    fail(language,
         QT_TRANSLATE_NOOP("Cli", "--listen \"%1\" is not ADDR:PORT with a literal address (IPv6: [::1]:2525)"),
         {parser.value(option)});
    return false;
}

QCommandLineOption policyFileOption(mt::Language language)
{
    return {QStringLiteral("policy"),
            text(language, QT_TRANSLATE_NOOP("Cli", "policy file (JSON; default: the built-in demo policy)")),
            QStringLiteral("FILE")};
}

QCommandLineOption geoipFileOption(mt::Language language)
{
    return {QStringLiteral("geoip"),
            text(language,
                 QT_TRANSLATE_NOOP("Cli", "GeoIP database (.mmdb) for the country rule (default: the embedded one)")),
            QStringLiteral("FILE")};
}

QCommandLineOption quietOption(mt::Language language)
{
    return {QStringLiteral("quiet"), text(language, QT_TRANSLATE_NOOP("Cli", "log only start, stop and problems"))};
}

void logLine(const QString &line)
{
    QTextStream(stderr) << QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) << ' ' << line << Qt::endl;
}

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

std::function<void(const mt::smtp::ServerEvent &)> eventLog(bool quiet, mt::Language language)
{
    return [quiet, language](const mt::smtp::ServerEvent &event) {
        if (!quiet || !isRoutine(event)) {
            logLine(mt::smtp::serverLogLine(event, language));
        }
    };
}

std::optional<std::shared_ptr<mt::GeoIpDatabase>> openGeoIp(const QCommandLineParser &parser,
                                                            const QCommandLineOption &option, mt::Language language)
{
    // Rule 8 needs the client's country: without a database every country
    // is allowed (said in the log), a database asked for must open.
    auto geoip = std::make_shared<mt::GeoIpDatabase>();
    const QString path = parser.isSet(option) ? parser.value(option) : mt::GeoIpDatabase::defaultPath();
    if (path.isEmpty() || !geoip->open(path)) {
        if (parser.isSet(option)) {
            fail(language, QT_TRANSLATE_NOOP("Cli", "cannot use the GeoIP database \"%1\" (%2)"),
                 {path, geoip->errorDetail()});
            return std::nullopt;
        }
        logLine(text(language, QT_TRANSLATE_NOOP("Cli", "no GeoIP database: the country rule allows every "
                                                        "country (use --geoip FILE)")));
        geoip.reset();
    }
    return geoip;
}

} // namespace cli
