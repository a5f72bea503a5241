#pragma once

#include "dns/dnstypes.h"
#include "localizedtext.h"

#include <QStringList>

class QHostAddress;

// Small text helpers shared by the syntax checks and input detection.
namespace mt::text {

// What was typed, cut to MAX characters with an ellipsis: a pasted page must
// not become a page-long subject.
QString shown(const QString &text, int max = 100);

// "U+200B": how findings name an invisible character.
QString codePointName(char32_t c);

// Straight and typographic quotes, guillemets, and the acute accent typed
// for an apostrophe: what customers put around an address.
bool isQuoteMark(QChar c);

QStringList splitAtWhitespace(const QString &text);

// Controls and format characters (zero-width spaces, soft hyphens, BOMs)
// that come along when text is copied from a document or a web page;
// white space is not counted.
bool isInvisible(char32_t c);

// Four decimal numbers 0-255 and nothing else: QHostAddress also takes
// "1" and "1.2", which customers mean as something else.
bool isStrictIpv4(QStringView text);
bool isIpv6(QStringView text);

// "127.0.0.1:2525", "[::1]:2525": how logs and errors name where a server
// listens.
QString endpoint(const QHostAddress &address, quint16 port);

// "SERVFAIL (127.0.0.1:53)": a failed lookup as findings name it.
QString dnsFailure(const dns::DnsResult &result);

// A finding's summary and advice, in the contexts the translators see.
inline LocalizedText summary(const char *source, QStringList args = {})
{
    return {"Findings", source, std::move(args)};
}
inline LocalizedText advice(const char *source, QStringList args = {})
{
    return {"Advice", source, std::move(args)};
}

} // namespace mt::text
