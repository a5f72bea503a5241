#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

// Decoders for what MIME puts between the bytes and the text. All of them
// are tolerant: bad input yields a best effort, never an error.
namespace mt::bounce {

// Content-Transfer-Encoding: quoted-printable (soft breaks, =XX; a stray '='
// is kept as it is).
QByteArray decodeQuotedPrintable(QByteArrayView data);

// BYTES in CHARSET as text. Knows UTF-8, US-ASCII, ISO-8859-1/2/15,
// Windows-1250/1252, UTF-16 and the ASCII part of ISO-2022-JP; an unknown
// or missing charset is read as UTF-8 if valid, else as Windows-1252.
// Invalid bytes become U+FFFD.
QString decodeCharset(QByteArrayView bytes, QByteArrayView charset);

// A header value with RFC 2047 encoded words (=?charset?B|Q?...?=) decoded;
// white space between adjacent encoded words is dropped, as the RFC says.
QString decodeHeaderValue(QByteArrayView value);

} // namespace mt::bounce
