#include "commonoptions.h"

#include "clitext.h"
#include "statedir.h"

#include <QFile>
#include <QTextStream>

namespace cli {

Command::Command(const QStringList &arguments, std::initializer_list<const char *> description)
    : language(mt::languageOfArguments(arguments))
{
    installQtTranslator(language);
    QStringList paragraphs;
    for (const char *source : description) {
        paragraphs << say(source);
    }
    parser.setApplicationDescription(paragraphs.join(QStringLiteral("\n\n")));
    parser.addHelpOption();
}

QString Command::say(const char *source) const
{
    return text(language, source);
}

std::optional<int> parseOrAnswer(QCommandLineParser &parser, const QStringList &arguments)
{
    if (!parser.parse(arguments)) {
        return fail(parser.errorText());
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return 0;
    }
    return std::nullopt;
}

QCommandLineOption langOption(mt::Language language, const char *description)
{
    return QCommandLineOption(
        QStringLiteral("lang"),
        text(language, description ? description : QT_TRANSLATE_NOOP("Cli", "language of messages")),
        QStringLiteral("pl|en"));
}

QCommandLineOption stateOption(mt::Language language)
{
    return QCommandLineOption(QStringLiteral("state"),
                              text(language, QT_TRANSLATE_NOOP("Cli", "the server's state directory")),
                              QStringLiteral("DIR"), defaultStateDir());
}

QCommandLineOption formatOption(mt::Language language, bool withAnswer)
{
    if (withAnswer) {
        return QCommandLineOption(
            QStringLiteral("format"),
            text(language, QT_TRANSLATE_NOOP("Cli", "output format; answer: the customer answer as the GUI shows it")),
            QStringLiteral("text|json|answer"), QStringLiteral("text"));
    }
    return QCommandLineOption(QStringLiteral("format"), text(language, QT_TRANSLATE_NOOP("Cli", "output format")),
                              QStringLiteral("text|json"), QStringLiteral("text"));
}

QCommandLineOption dnsOption(mt::Language language)
{
    return QCommandLineOption(QStringLiteral("dns"),
                              text(language, QT_TRANSLATE_NOOP("Cli", "nameserver to ask, in order of preference "
                                                                      "(repeatable; default: the system's)")),
                              QStringLiteral("HOST[:PORT]"));
}

QCommandLineOption dnsTimeoutOption(mt::Language language)
{
    return QCommandLineOption(QStringLiteral("dns-timeout"),
                              text(language, QT_TRANSLATE_NOOP("Cli", "DNS timeout of one try, in milliseconds "
                                                                      "(default: the system's, or 2000)")),
                              QStringLiteral("MS"));
}

bool formatAndLanguageValid(const QCommandLineParser &parser, const QCommandLineOption &format,
                            const QCommandLineOption &lang, mt::Language language, bool withAnswer)
{
    const QString formatValue = parser.value(format);
    if (withAnswer && formatValue == QLatin1String("answer")) {
        // valid
    } else if (withAnswer && formatValue != QLatin1String("text") && formatValue != QLatin1String("json")) {
        fail(language, QT_TRANSLATE_NOOP("Cli", "--format must be text, json or answer, not \"%1\""), {formatValue});
        return false;
    } else if (formatValue != QLatin1String("text") && formatValue != QLatin1String("json")) {
        fail(language, QT_TRANSLATE_NOOP("Cli", "--format must be text or json, not \"%1\""), {formatValue});
        return false;
    }
    if (parser.isSet(lang) && !mt::parseLanguage(parser.value(lang))) {
        fail(language, QT_TRANSLATE_NOOP("Cli", "--lang must be pl or en, not \"%1\""), {parser.value(lang)});
        return false;
    }
    return true;
}

std::optional<mt::dns::ResolverConfig> resolverConfig(const QCommandLineParser &parser, const QCommandLineOption &dns,
                                                      const QCommandLineOption &timeout, mt::Language language)
{
    QStringList invalid;
    mt::dns::ResolverConfig config = mt::dns::ResolverConfig::forServers(parser.values(dns), &invalid);
    if (!invalid.isEmpty()) {
        fail(language,
             QT_TRANSLATE_NOOP("Cli", "--dns \"%1\" is not HOST[:PORT] with a literal IPv4 or IPv6 "
                                      "address (IPv6 with a port: [::1]:5300)"),
             {invalid.first()});
        return std::nullopt;
    }
    if (parser.isSet(timeout)) {
        bool timeoutOk = false;
        config.timeoutMs = parser.value(timeout).toInt(&timeoutOk);
        if (!timeoutOk || config.timeoutMs <= 0) {
            fail(language, QT_TRANSLATE_NOOP("Cli", "--dns-timeout must be a positive number of milliseconds"));
            return std::nullopt;
        }
    }
    return config;
}

std::optional<mt::policy::Policy> policyOption(const QCommandLineParser &parser, const QCommandLineOption &option,
                                               mt::Language language)
{
    if (!parser.isSet(option)) {
        return mt::policy::Policy::embeddedDefault();
    }
    mt::LocalizedText error;
    auto policy = mt::policy::Policy::load(parser.value(option), &error);
    if (!policy) {
        fail(language, QT_TRANSLATE_NOOP("Cli", "the policy file %1 is not usable: %2"),
             {parser.value(option), error.render(language)});
    }
    return policy;
}

std::optional<QByteArray> readInput(const QString &path)
{
    QFile in;
    const bool opened = path == QLatin1String("-") ? in.open(stdin, QIODevice::ReadOnly)
                                                   : (in.setFileName(path), in.open(QIODevice::ReadOnly));
    if (!opened) {
        return std::nullopt;
    }
    return in.readAll();
}

} // namespace cli
