#include "mimeparser.h"

#include "mimedecode.h"

#include <cstring>

namespace mt::bounce {

namespace {

constexpr int maxDepth = 12;
constexpr int maxParts = 400;
// A notice is a few kilobytes; beyond this a text part is a returned
// message or an attachment, and reading it all would only cost memory.
constexpr qsizetype maxTextPart = 2 * 1024 * 1024;

bool isHeaderNameChar(char c)
{
    return c > ' ' && c < 127 && c != ':';
}

// Length of the header name at the start of LINE when it is "Name:", else 0.
qsizetype headerNameLength(QByteArrayView line)
{
    qsizetype i = 0;
    while (i < line.size() && i < 80 && isHeaderNameChar(line[i])) {
        ++i;
    }
    return (i > 0 && i < line.size() && line[i] == ':') ? i : 0;
}

QByteArrayView lineAt(QByteArrayView data, qsizetype pos, qsizetype *next)
{
    const qsizetype end = data.indexOf('\n', pos);
    if (end < 0) {
        *next = data.size();
        return data.sliced(pos);
    }
    *next = end + 1;
    return data.sliced(pos, end - pos);
}

QByteArray lower(QByteArrayView text)
{
    return text.toByteArray().toLower();
}

// Crude but linear: drops tags, decodes the few entities a bounce uses.
QString stripHtml(const QString &html)
{
    QString out;
    out.reserve(html.size());
    bool inTag = false;
    for (qsizetype i = 0; i < html.size(); ++i) {
        const QChar c = html[i];
        if (inTag) {
            if (c == QLatin1Char('>')) {
                inTag = false;
            }
            continue;
        }
        if (c == QLatin1Char('<')) {
            const QStringView rest = QStringView(html).sliced(i + 1, qMin<qsizetype>(4, html.size() - i - 1));
            if (rest.startsWith(QLatin1String("br"), Qt::CaseInsensitive) ||
                rest.startsWith(QLatin1String("p"), Qt::CaseInsensitive) ||
                rest.startsWith(QLatin1String("/p"), Qt::CaseInsensitive) ||
                rest.startsWith(QLatin1String("div"), Qt::CaseInsensitive) ||
                rest.startsWith(QLatin1String("tr"), Qt::CaseInsensitive)) {
                out += QLatin1Char('\n');
            }
            inTag = true;
            continue;
        }
        out += c;
    }
    out.replace(QLatin1String("&lt;"), QLatin1String("<"));
    out.replace(QLatin1String("&gt;"), QLatin1String(">"));
    out.replace(QLatin1String("&nbsp;"), QLatin1String(" "));
    out.replace(QLatin1String("&quot;"), QLatin1String("\""));
    out.replace(QLatin1String("&amp;"), QLatin1String("&"));
    return out;
}

class Parser
{
public:
    explicit Parser(MimeMessage &message)
        : m_message(message)
    {}

    void entity(QByteArrayView body, const MimeHeaders &headers, int depth)
    {
        if (depth > maxDepth || m_message.parts.size() >= maxParts) {
            return;
        }
        const ContentType type = parseContentType(headers.raw("content-type"));
        const QByteArray transfer = lower(headers.raw("content-transfer-encoding").trimmed());
        if (type.type.startsWith("multipart/") && !type.boundary.isEmpty()) {
            if (depth == 0) {
                m_message.multipart = true;
            }
            multipart(body, type.boundary, depth);
            return;
        }
        if (type.type == "message/rfc822" || type.type == "message/global" || type.type == "text/rfc822-headers" ||
            type.type == "message/global-headers") {
            MimePart part;
            part.role = MimePart::Role::ReturnedHeaders;
            part.type = type.type;
            if (transfer == "base64" || transfer == "quoted-printable") {
                const QByteArray decoded =
                    normalizeLineEnds(decode(body.first(qMin(body.size(), maxTextPart)), transfer));
                part.headerBlock = headerBlockAsWritten(decoded, parseHeaderBlock(decoded, part.headers));
            } else {
                const qsizetype bodyStart = parseHeaderBlock(body, part.headers); // the body may be huge
                part.headerBlock = headerBlockAsWritten(body, bodyStart);
                part.text = embeddedNotice(body.sliced(bodyStart), part.headers, depth);
            }
            m_message.parts.append(std::move(part));
            return;
        }
        MimePart part;
        part.type = type.type;
        if (type.type == "message/delivery-status" || type.type == "message/global-delivery-status") {
            part.role = MimePart::Role::DeliveryStatus;
        } else if (type.type == "message/feedback-report") {
            part.role = MimePart::Role::FeedbackReport;
        } else if (!type.type.startsWith("text/") && !type.type.startsWith("message/")) {
            return; // attachments, images: nothing a bounce analysis reads
        }
        const QByteArrayView limited = body.first(qMin(body.size(), maxTextPart));
        if (transfer == "base64" || transfer == "quoted-printable") {
            part.text = decodeCharset(normalizeLineEnds(decode(limited, transfer)), type.charset);
        } else {
            part.text = decodeCharset(limited, type.charset); // line ends are normalized already
        }
        if (type.type == "text/html") {
            part.text = stripHtml(part.text);
        }
        m_message.parts.append(std::move(part));
    }

private:
    // A gateway (InterScan) may return the MTA's own bounce as the message:
    // its body is then a Sendmail notice whose text names the real error.
    // Read only when its start says so; a returned message is otherwise
    // skipped unread.
    static QString embeddedNotice(QByteArrayView body, const MimeHeaders &headers, int depth)
    {
        // Searched as Sendmail writes it, without a lower-case copy: this
        // runs for every returned message.
        const QByteArrayView start = body.first(qMin<qsizetype>(body.size(), 64 * 1024));
        if (!start.contains(QByteArrayView("riginal message was received")) &&
            !start.contains(QByteArrayView("ranscript of session")) &&
            !start.contains(QByteArrayView("ranscript of the session"))) {
            return {};
        }
        MimeMessage nested;
        Parser(nested).entity(body, headers, depth + 1);
        QString text;
        for (const MimePart &part : nested.parts) {
            if (part.role == MimePart::Role::Text && part.type != "text/html") {
                text += part.text + QLatin1Char('\n');
            }
        }
        return text;
    }

    static QByteArray decode(QByteArrayView body, const QByteArray &transfer)
    {
        if (transfer == "base64") {
            // Tolerant as it is: skips what is outside the alphabet, drops a truncated tail.
            return QByteArray::fromBase64(body.toByteArray());
        }
        if (transfer == "quoted-printable") {
            return decodeQuotedPrintable(body);
        }
        return body.toByteArray();
    }

    void multipart(QByteArrayView body, const QByteArray &boundary, int depth)
    {
        const QByteArray delimiter = "--" + boundary;
        // Offsets of the delimiter lines; a part runs from the end of one
        // to the start of the next.
        qsizetype pos = 0;
        qsizetype partStart = -1;
        while (pos <= body.size()) {
            qsizetype found = body.indexOf(delimiter, pos);
            while (found > 0 && body[found - 1] != '\n') {
                found = body.indexOf(delimiter, found + 1);
            }
            if (found < 0) {
                break;
            }
            if (partStart >= 0) {
                const qsizetype end = found > partStart ? found - 1 : partStart; // drop the line end before it
                part(body.sliced(partStart, end - partStart), depth);
            }
            const qsizetype after = found + delimiter.size();
            const bool closing = body.sliced(after).startsWith("--");
            qsizetype next = 0;
            lineAt(body, found, &next);
            if (closing) {
                return;
            }
            partStart = next;
            pos = next;
            if (next >= body.size()) {
                break;
            }
        }
        if (partStart >= 0 && partStart < body.size()) {
            part(body.sliced(partStart), depth); // no closing delimiter: the rest is the last part
        } else if (partStart < 0) {
            // The declared boundary is not there (edited or broken samples):
            // use a "--token" line that comes back later, else read it as text.
            const QByteArray guessed = guessBoundary(body);
            MimeHeaders none;
            if (!guessed.isEmpty() && guessed != boundary) {
                multipart(body, guessed, depth);
            } else {
                entity(body, none, depth + 1);
            }
        }
    }

    static QByteArray guessBoundary(QByteArrayView body)
    {
        qsizetype pos = 0;
        for (int lines = 0; pos < body.size() && lines < 200; ++lines) {
            qsizetype next = 0;
            const QByteArrayView line = lineAt(body, pos, &next);
            if (line.startsWith("--") && line.size() >= 10 && line.size() < 200 && !line.contains(' ')) {
                const QByteArrayView token = line.sliced(2).trimmed();
                QByteArray again = "\n--";
                again += token;
                if (body.indexOf(again, next) >= 0) {
                    return token.toByteArray();
                }
            }
            pos = next;
        }
        return {};
    }

    void part(QByteArrayView data, int depth)
    {
        MimeHeaders headers;
        const qsizetype bodyStart = parseHeaderBlock(data, headers);
        entity(data.sliced(bodyStart), headers, depth + 1);
    }

    MimeMessage &m_message;
};

// Headers every message has, so a pasted "failure: ..." line is not taken
// for a header block.
bool looksLikeMessageHeaders(const MimeHeaders &headers)
{
    static const char *const known[] = {"from",        "to",         "subject",      "date",         "received",
                                        "return-path", "message-id", "content-type", "mime-version", "delivered-to"};
    for (const char *name : known) {
        if (headers.contains(name)) {
            return true;
        }
    }
    return false;
}

} // namespace

const MimeHeader *MimeHeaders::find(QByteArrayView name) const
{
    for (const MimeHeader &header : m_headers) {
        if (header.name == name) {
            return &header;
        }
    }
    return nullptr;
}

QByteArrayView MimeHeaders::raw(QByteArrayView name) const
{
    const MimeHeader *header = find(name);
    return header ? QByteArrayView(header->value) : QByteArrayView();
}

QString MimeHeaders::text(QByteArrayView name) const
{
    return decodeHeaderValue(raw(name)).trimmed();
}

void MimeHeaders::continueLast(QByteArrayView more)
{
    if (!m_headers.isEmpty()) {
        m_headers.last().value += ' ';
        m_headers.last().value += more;
    }
}

bool MimeHeaders::contains(QByteArrayView name) const
{
    return find(name) != nullptr;
}

qsizetype parseHeaderBlock(QByteArrayView data, MimeHeaders &headers)
{
    qsizetype pos = 0;
    while (pos < data.size()) {
        qsizetype next = 0;
        const QByteArrayView line = lineAt(data, pos, &next);
        if (line.trimmed().isEmpty()) {
            return next;
        }
        if ((line[0] == ' ' || line[0] == '\t') && !headers.isEmpty()) {
            headers.continueLast(line.trimmed());
            pos = next;
            continue;
        }
        const qsizetype nameLength = headerNameLength(line);
        if (nameLength == 0) {
            if (line.startsWith("From ") && headers.isEmpty()) {
                pos = next; // an mbox separator line
                continue;
            }
            return pos;
        }
        headers.append({lower(line.first(nameLength)), line.sliced(nameLength + 1).trimmed().toByteArray()});
        pos = next;
    }
    return pos;
}

QByteArray headerBlockAsWritten(QByteArrayView data, qsizetype bodyStart)
{
    QByteArrayView block = data.first(bodyStart);
    while (block.endsWith('\n') && (block.size() == 1 || block.at(block.size() - 2) == '\n')) {
        block.chop(1); // the empty line that ended it
    }
    return block.toByteArray();
}

QByteArray headerParameter(QByteArrayView value, QByteArrayView name)
{
    qsizetype pos = 0;
    while (true) {
        const qsizetype semicolon = value.indexOf(';', pos);
        if (semicolon < 0) {
            return {};
        }
        qsizetype i = semicolon + 1;
        while (i < value.size() && (value[i] == ' ' || value[i] == '\t')) {
            ++i;
        }
        const qsizetype equals = value.indexOf('=', i);
        if (equals < 0) {
            return {};
        }
        QByteArray key = lower(value.sliced(i, equals - i).trimmed());
        if (key.endsWith('*')) {
            key.chop(1); // RFC 2231: charset''value, taken as is below
        }
        if (key == name) {
            qsizetype start = equals + 1;
            while (start < value.size() && value[start] == ' ') {
                ++start;
            }
            if (start < value.size() && value[start] == '"') {
                const qsizetype close = value.indexOf('"', start + 1);
                return value.sliced(start + 1, (close < 0 ? value.size() : close) - start - 1).toByteArray();
            }
            qsizetype end = start;
            while (end < value.size() && value[end] != ';' && value[end] != ' ' && value[end] != '\t') {
                ++end;
            }
            QByteArray result = value.sliced(start, end - start).toByteArray();
            if (const qsizetype quotes = result.indexOf("''"); quotes >= 0) {
                result = result.mid(quotes + 2);
            }
            return result;
        }
        pos = semicolon + 1;
    }
}

ContentType parseContentType(QByteArrayView value)
{
    ContentType type;
    qsizetype end = value.indexOf(';');
    const QByteArray main = lower(value.first(end < 0 ? value.size() : end).trimmed());
    if (main.contains('/')) {
        type.type = main;
    }
    type.boundary = headerParameter(value, "boundary");
    type.charset = headerParameter(value, "charset");
    return type;
}

QByteArray normalizeLineEnds(QByteArrayView data)
{
    const char *cr = static_cast<const char *>(std::memchr(data.data(), '\r', size_t(data.size())));
    if (!cr) {
        return data.toByteArray();
    }
    // Copied a run at a time between CRs.
    QByteArray out(data.size(), Qt::Uninitialized);
    char *o = out.data();
    const char *p = data.data();
    const char *const end = p + data.size();
    while (cr) {
        const size_t run = size_t(cr - p);
        std::memcpy(o, p, run);
        o += run;
        *o++ = '\n';
        p = cr + 1;
        if (p < end && *p == '\n') {
            ++p;
        }
        cr = p < end ? static_cast<const char *>(std::memchr(p, '\r', size_t(end - p))) : nullptr;
    }
    std::memcpy(o, p, size_t(end - p));
    o += end - p;
    out.truncate(o - out.data());
    return out;
}

MimeMessage parseMime(QByteArrayView data)
{
    // A copy only when there are CRs to convert: a 50 MB paste is not doubled.
    QByteArray normalized;
    QByteArrayView text = data;
    if (data.contains('\r')) {
        normalized = normalizeLineEnds(data);
        text = normalized;
    }
    MimeMessage message;
    MimeHeaders headers;
    qsizetype bodyStart = parseHeaderBlock(text, headers);
    if (!looksLikeMessageHeaders(headers)) {
        headers = {};
        bodyStart = 0;
    }
    message.headers = headers;
    Parser(message).entity(text.sliced(bodyStart), headers, 0);
    return message;
}

} // namespace mt::bounce
