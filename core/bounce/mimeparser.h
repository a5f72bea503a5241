#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

// A tolerant RFC 5322 + MIME reader for bounces: it keeps only what a
// bounce analysis needs (the notice's text, the delivery-status and
// feedback-report fields, the returned message's headers) and never fails.
namespace mt::bounce {

struct MimeHeader
{
    QByteArray name;  // lower case
    QByteArray value; // unfolded, raw bytes (encoded words not yet decoded)
};

class MimeHeaders
{
public:
    void append(MimeHeader header) { m_headers.append(std::move(header)); }
    // A folded line: more of the last header's value.
    void continueLast(QByteArrayView more);
    bool isEmpty() const { return m_headers.isEmpty(); }
    const QList<MimeHeader> &all() const { return m_headers; }
    // The first value of NAME (lower case), raw; empty when absent.
    QByteArrayView raw(QByteArrayView name) const;
    // The same with encoded words and charsets decoded, trimmed.
    QString text(QByteArrayView name) const;
    bool contains(QByteArrayView name) const;

private:
    const MimeHeader *find(QByteArrayView name) const;

    QList<MimeHeader> m_headers;
};

// Reads "Name: value" lines (folded lines joined) from the start of DATA up
// to the first empty line, or up to the first line that is not a header.
// Returns the offset where the body starts (after the empty line if any).
// DATA's line ends must be "\n".
qsizetype parseHeaderBlock(QByteArrayView data, MimeHeaders &headers);

struct ContentType
{
    QByteArray type = "text/plain"; // lower case
    QByteArray boundary;
    QByteArray charset;
};
ContentType parseContentType(QByteArrayView value);

// The value of parameter NAME (lower case) in a header like Content-Type.
QByteArray headerParameter(QByteArrayView value, QByteArrayView name);

struct MimePart
{
    enum class Role
    {
        Text,            // a text/* part outside the returned message
        DeliveryStatus,  // message/delivery-status (RFC 3464)
        FeedbackReport,  // message/feedback-report (RFC 5965)
        ReturnedHeaders, // headers of message/rfc822 or text/rfc822-headers
    };
    Role role = Role::Text;
    QByteArray type;     // its Content-Type, lower case
    QString text;        // decoded text (Text, DeliveryStatus, FeedbackReport); for
                         // ReturnedHeaders, the returned message's text when it is
                         // itself a bounce notice (Sendmail's, inside InterScan's)
    MimeHeaders headers; // ReturnedHeaders: the returned message's headers
    // ReturnedHeaders: its header block as written (LF line ends, without the
    // empty line after it), for the message analyzer.
    QByteArray headerBlock;
};

struct MimeMessage
{
    MimeHeaders headers; // empty for a fragment without a header block
    QList<MimePart> parts;
    bool multipart = false;
};

// Converts CRLF and bare CR to LF in one pass.
QByteArray normalizeLineEnds(QByteArrayView data);

// The header block that parseHeaderBlock() found at the start of DATA,
// ending at BODY_START, as written and without the empty line that ended it.
QByteArray headerBlockAsWritten(QByteArrayView data, qsizetype bodyStart);

// Parses DATA (any line ends). Bounded: nesting and part counts are capped,
// and non-text parts are skipped without being decoded.
MimeMessage parseMime(QByteArrayView data);

} // namespace mt::bounce
