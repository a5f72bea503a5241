#include "hashpasswordcommand.h"

#include "clitext.h"
#include "commonoptions.h"
#include "policy/passwordhash.h"

#include <QCommandLineParser>
#include <QFile>
#include <QTextStream>

int runHashPasswordCommand(const QStringList &arguments)
{
    cli::Command command(
        arguments,
        {QT_TRANSLATE_NOOP("Cli", "Read a password on standard input and print its salted hash for the policy file.")});
    const mt::Language language = command.language;
    QCommandLineParser &parser = command.parser;
    auto say = [&command](const char *source) { return command.say(source); };
    const QCommandLineOption iterationsOption(
        QStringLiteral("iterations"), say(QT_TRANSLATE_NOOP("Cli", "PBKDF2 iterations (default 100000)")),
        QStringLiteral("N"), QString::number(mt::policy::passwordhash::defaultIterations));
    const QCommandLineOption langOption = cli::langOption(language);
    parser.addOptions({iterationsOption, langOption});
    if (const auto done = cli::parseOrAnswer(parser, arguments)) {
        return *done;
    }
    if (!parser.positionalArguments().isEmpty()) {
        return cli::fail(language, QT_TRANSLATE_NOOP("Cli", "hash-password reads the password on standard input"));
    }
    bool ok = false;
    const int iterations = parser.value(iterationsOption).toInt(&ok);
    if (!ok || iterations < 1000 || iterations > 10'000'000) {
        return cli::fail(language, QT_TRANSLATE_NOOP("Cli", "--iterations must be from 1000 to 10000000"));
    }
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly)) {
        return cli::fail(language, QT_TRANSLATE_NOOP("Cli", "cannot read standard input"));
    }
    // One line: what `echo secret |` or a typed password gives.
    QByteArray password = in.readLine(4096);
    while (password.endsWith('\n') || password.endsWith('\r')) {
        password.chop(1);
    }
    if (password.isEmpty()) {
        return cli::fail(language, QT_TRANSLATE_NOOP("Cli", "the password is empty"));
    }
    QTextStream(stdout) << mt::policy::passwordhash::make(password, iterations) << Qt::endl;
    return 0;
}
