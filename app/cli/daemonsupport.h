#pragma once

#include "common/localizedtext.h"
#include "smtp/serverevent.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QHostAddress>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QObject;

namespace mt {
class GeoIpDatabase;
}

// What the long-running commands (`serve`, `policyd`) share.
namespace cli {

// The options both take, in the same words: --policy FILE (default: the
// built-in demo policy), --geoip FILE, --quiet.
QCommandLineOption policyFileOption(mt::Language language);
QCommandLineOption geoipFileOption(mt::Language language);
QCommandLineOption quietOption(mt::Language language);

// SIGTERM and SIGINT (Ctrl+C on Windows) end the event loop; CONTEXT owns
// what listens for them.
void quitOnSignals(QObject *context);

// "127.0.0.1:2525", "[::1]:2525", "0.0.0.0:25"; port 0 picks a free one.
bool parseListen(const QString &text, QHostAddress *address, quint16 *port);

// The address and port of --listen (OPTION); false after printing why
// its value is not one.
bool listenOption(const QCommandLineParser &parser, const QCommandLineOption &option, mt::Language language,
                  QHostAddress *address, quint16 *port);

// LINE on standard error after a UTC timestamp.
void logLine(const QString &line);

// What --quiet leaves out: the traffic itself. Start, stop, notices, blocks,
// unblocks and store failures are always logged.
bool isRoutine(const mt::smtp::ServerEvent &event);

// Writes each event as a log line in LANGUAGE; with QUIET, not the routine ones.
std::function<void(const mt::smtp::ServerEvent &)> eventLog(bool quiet, mt::Language language);

// The GeoIP database of --geoip (OPTION), or the embedded one; a null one
// (logged) when there is none, so every country is allowed; nothing after
// printing why a database asked for cannot be used.
std::optional<std::shared_ptr<mt::GeoIpDatabase>> openGeoIp(const QCommandLineParser &parser,
                                                            const QCommandLineOption &option, mt::Language language);

} // namespace cli
