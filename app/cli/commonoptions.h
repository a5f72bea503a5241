#pragma once

#include "common/localizedtext.h"
#include "dns/stubresolver.h"
#include "policy/policy.h"

#include <QByteArray>
#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QStringList>

#include <initializer_list>
#include <optional>

// The options and input handling the CLI commands share, so that every
// command accepts and rejects them with the same words.
namespace cli {

// What every command starts with: the language ARGUMENTS ask for (Qt's
// own messages in it too) and a parser that answers --help with
// DESCRIPTION (untranslated, context "Cli"; paragraphs joined by a blank
// line).
struct Command
{
    Command(const QStringList &arguments, std::initializer_list<const char *> description);
    // SOURCE (untranslated, context "Cli") in the command's language.
    QString say(const char *source) const;

    const mt::Language language;
    QCommandLineParser parser;
};

// Parses ARGUMENTS; returns the exit code when the command is done already
// (a parse error, printed, or --help, answered).
std::optional<int> parseOrAnswer(QCommandLineParser &parser, const QStringList &arguments);

// --lang pl|en, described as DESCRIPTION (untranslated, context "Cli";
// by default "language of messages").
QCommandLineOption langOption(mt::Language language, const char *description = nullptr);
// --state DIR, the server's state directory (default: defaultStateDir()).
QCommandLineOption stateOption(mt::Language language);
// --format text|json (default text); diagnose also takes "answer".
QCommandLineOption formatOption(mt::Language language, bool withAnswer = false);
// --dns HOST[:PORT] (repeatable) and --dns-timeout MS.
QCommandLineOption dnsOption(mt::Language language);
QCommandLineOption dnsTimeoutOption(mt::Language language);

// Whether --format and --lang have valid values; prints the error if not.
bool formatAndLanguageValid(const QCommandLineParser &parser, const QCommandLineOption &format,
                            const QCommandLineOption &lang, mt::Language language, bool withAnswer = false);

// The resolver settings of --dns and --dns-timeout (without --dns the
// system's, its timeout too); nothing after printing the error.
std::optional<mt::dns::ResolverConfig> resolverConfig(const QCommandLineParser &parser, const QCommandLineOption &dns,
                                                      const QCommandLineOption &timeout, mt::Language language);

// The policy --policy (OPTION) names, or without it the built-in one that
// `serve` runs without --policy; nothing after printing why the file is
// not usable.
std::optional<mt::policy::Policy> policyOption(const QCommandLineParser &parser, const QCommandLineOption &option,
                                               mt::Language language);

// The bytes of PATH, or of standard input for "-"; nothing if unreadable.
std::optional<QByteArray> readInput(const QString &path);

} // namespace cli
