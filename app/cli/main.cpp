#include "acceptedcommand.h"
#include "blockscommand.h"
#include "bouncecommand.h"
#include "clitext.h"
#include "diagnosecommand.h"
#include "hashpasswordcommand.h"
#include "messagecommand.h"
#include "policydcommand.h"
#include "servecommand.h"
#include "spfcommand.h"

#include <QCoreApplication>
#include <QTextStream>

namespace {

// One row per command: its name and its entry point, which gets the
// arguments with the command name removed and returns the exit code.
struct Command
{
    const char *name;
    int (*run)(const QStringList &arguments);
};

const Command commands[] = {
    {"diagnose", runDiagnoseCommand}, {"spf", runSpfCommand},           {"bounce", runBounceCommand},
    {"message", runMessageCommand},   {"serve", runServeCommand},       {"policyd", runPolicydCommand},
    {"blocks", runBlocksCommand},     {"accepted", runAcceptedCommand}, {"hash-password", runHashPasswordCommand},
};

} // namespace

int main(int argc, char *argv[])
{
    // Headless: nothing to share glib's loop with, and Qt's own dispatcher
    // costs the server less per event.
    if (!qEnvironmentVariableIsSet("QT_NO_GLIB")) {
        qputenv("QT_NO_GLIB", "1");
    }
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("mailtriage-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MAILTRIAGE_VERSION));

    QStringList arguments = QCoreApplication::arguments();
    const mt::Language language = mt::languageOfArguments(arguments);
    const QString command = arguments.value(1);
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        QTextStream(stdout) << "mailtriage-cli " << MAILTRIAGE_VERSION << Qt::endl;
        return 0;
    }
    const QString usage =
        cli::text(language, QT_TRANSLATE_NOOP("Cli", "usage: mailtriage-cli COMMAND [OPTIONS]\n"
                                                     "\n"
                                                     "commands:\n"
                                                     "  diagnose INPUT [--dns HOST[:PORT]]... [--geoip FILE] "
                                                     "[--dnsbl ZONE[,ZONE...]]\n"
                                                     "                 [--lang pl|en] [--format text|json]\n"
                                                     "  spf --ip IP --sender ADDR [--helo NAME] "
                                                     "[--dns HOST[:PORT]]...\n"
                                                     "                 [--dns-timeout MS] [--lang pl|en] "
                                                     "[--format text|json]\n"
                                                     "  bounce [FILE|-] [--lang pl|en] [--format text|json]\n"
                                                     "  message [FILE|-] [--dns HOST[:PORT]]... [--lang pl|en] "
                                                     "[--format text|json]\n"
                                                     "  serve [--listen ADDR:PORT] [--policy FILE] [--state DIR] "
                                                     "[--dns ...]\n"
                                                     "  policyd [--listen ADDR:PORT] [--policy FILE] [--store URL] "
                                                     "[--dns ...]\n"
                                                     "  blocks list|unblock IP [--state DIR] [--reason TEXT]\n"
                                                     "  accepted list|show ID [--state DIR] [--format text|json]\n"
                                                     "  hash-password    (reads the password on standard input)\n"
                                                     "\n"
                                                     "  mailtriage-cli COMMAND --help   options of one command\n"
                                                     "  mailtriage-cli --version\n"));
    if (command == QLatin1String("--help") || command == QLatin1String("-h")) {
        QTextStream(stdout) << usage;
        return 0;
    }
    for (const Command &entry : commands) {
        if (command == QLatin1String(entry.name)) {
            arguments.removeAt(1);
            return entry.run(arguments);
        }
    }
    if (command.isEmpty()) {
        QTextStream(stderr) << usage;
        return 2;
    }
    return cli::fail(language, QT_TRANSLATE_NOOP("Cli", "unknown command \"%1\" (try --help)"), {command});
}
