#include "diagnosecommand.h"

#include <QCoreApplication>
#include <QTextStream>

namespace {

const char usage[] = "usage: mailtriage-cli COMMAND [OPTIONS]\n"
                     "\n"
                     "commands:\n"
                     "  diagnose INPUT [--dns HOST[:PORT]]... [--geoip FILE] [--dnsbl ZONE[,ZONE...]]\n"
                     "                 [--lang pl|en] [--format text|json]\n"
                     "\n"
                     "  mailtriage-cli COMMAND --help   options of one command\n"
                     "  mailtriage-cli --version\n";

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("mailtriage-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MAILTRIAGE_VERSION));

    QStringList arguments = QCoreApplication::arguments();
    const QString command = arguments.value(1);
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        QTextStream(stdout) << "mailtriage-cli " << MAILTRIAGE_VERSION << Qt::endl;
        return 0;
    }
    if (command == QLatin1String("--help") || command == QLatin1String("-h")) {
        QTextStream(stdout) << usage;
        return 0;
    }
    if (command == QLatin1String("diagnose")) {
        arguments.removeAt(1);
        return runDiagnoseCommand(arguments);
    }
    QTextStream err(stderr);
    if (command.isEmpty()) {
        err << usage;
    } else {
        err << "mailtriage-cli: unknown command \"" << command << "\" (try --help)" << Qt::endl;
    }
    return 2;
}
