#include "httprequest.h"

namespace mt::policyd {

QByteArray HttpRequest::header(const QByteArray &lowerCaseName) const
{
    for (const auto &[name, value] : headers) {
        if (name == lowerCaseName) {
            return value;
        }
    }
    return {};
}

bool HttpRequest::keepAlive() const
{
    const QByteArray connection = header(QByteArrayLiteral("connection")).toLower();
    if (version == "HTTP/1.0") {
        return connection.contains("keep-alive");
    }
    return !connection.contains("close");
}

QByteArray HttpRequest::queryValue(const QByteArray &name) const
{
    const qsizetype question = target.indexOf('?');
    if (question < 0) {
        return {};
    }
    const QList<QByteArray> pairs = target.mid(question + 1).split('&');
    for (const QByteArray &pair : pairs) {
        const qsizetype equals = pair.indexOf('=');
        if (equals > 0 && pair.left(equals) == name) {
            return QByteArray::fromPercentEncoding(pair.mid(equals + 1));
        }
    }
    return {};
}

namespace {

bool isToken(const QByteArray &text)
{
    if (text.isEmpty()) {
        return false;
    }
    for (const char c : text) {
        const bool alnum = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
        if (!alnum && !QByteArrayLiteral("!#$%&'*+-.^_`|~").contains(c)) {
            return false;
        }
    }
    return true;
}

const char *reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 411:
        return "Length Required";
    case 413:
        return "Content Too Large";
    case 431:
        return "Request Header Fields Too Large";
    case 501:
        return "Not Implemented";
    case 503:
        return "Service Unavailable";
    case 505:
        return "HTTP Version Not Supported";
    default:
        return "Error";
    }
}

} // namespace

bool HttpRequestReader::isRequestLine(const QByteArray &line)
{
    QByteArray text = line;
    if (text.endsWith('\r')) {
        text.chop(1);
    }
    const QList<QByteArray> parts = text.split(' ');
    return parts.size() == 3 && isToken(parts[0]) && !parts[1].isEmpty() && parts[2].startsWith("HTTP/");
}

HttpRequestReader::Status HttpRequestReader::next(HttpRequest *request, int *errorStatus)
{
    // Clients may send empty lines before a request (RFC 9112, 2.2).
    while (m_buffer.startsWith("\r\n") || m_buffer.startsWith('\n')) {
        m_buffer.remove(0, m_buffer.startsWith('\n') ? 1 : 2);
    }
    qsizetype headEnd = m_buffer.indexOf("\r\n\r\n");
    qsizetype separator = 4;
    const qsizetype bareEnd = m_buffer.indexOf("\n\n");
    if (bareEnd >= 0 && (headEnd < 0 || bareEnd < headEnd)) {
        headEnd = bareEnd;
        separator = 2;
    }
    if (headEnd < 0) {
        if (m_buffer.size() > m_limits.maxHead) {
            *errorStatus = 431;
            return Status::Error;
        }
        return Status::NeedMore;
    }
    if (headEnd > m_limits.maxHead) {
        *errorStatus = 431;
        return Status::Error;
    }
    const QList<QByteArray> lines = m_buffer.left(headEnd).split('\n');
    HttpRequest parsed;
    {
        QByteArray requestLine = lines.first();
        if (requestLine.endsWith('\r')) {
            requestLine.chop(1);
        }
        const QList<QByteArray> parts = requestLine.split(' ');
        if (parts.size() != 3 || !isToken(parts[0]) || parts[1].isEmpty() || !parts[2].startsWith("HTTP/")) {
            *errorStatus = 400;
            return Status::Error;
        }
        if (parts[2] != "HTTP/1.1" && parts[2] != "HTTP/1.0") {
            *errorStatus = 505;
            return Status::Error;
        }
        parsed.method = parts[0];
        parsed.target = parts[1];
        parsed.version = parts[2];
    }
    if (lines.size() - 1 > m_limits.maxHeaders) {
        *errorStatus = 431;
        return Status::Error;
    }
    for (qsizetype i = 1; i < lines.size(); ++i) {
        QByteArray line = lines[i];
        if (line.endsWith('\r')) {
            line.chop(1);
        }
        const qsizetype colon = line.indexOf(':');
        // No folded lines (obsolete), no space before the colon (RFC 9112, 5.1).
        if (colon <= 0 || !isToken(line.left(colon))) {
            *errorStatus = 400;
            return Status::Error;
        }
        parsed.headers.append({line.left(colon).toLower(), line.mid(colon + 1).trimmed()});
    }
    if (!parsed.header(QByteArrayLiteral("transfer-encoding")).isEmpty()) {
        *errorStatus = 501;
        return Status::Error;
    }
    qsizetype length = 0;
    const QByteArray lengthText = parsed.header(QByteArrayLiteral("content-length"));
    if (!lengthText.isEmpty()) {
        bool ok = false;
        length = lengthText.toLongLong(&ok);
        if (!ok || length < 0 || lengthText.startsWith('+')) {
            *errorStatus = 400;
            return Status::Error;
        }
        if (length > m_limits.maxBody) {
            *errorStatus = 413;
            return Status::Error;
        }
    }
    const qsizetype bodyStart = headEnd + separator;
    if (m_buffer.size() < bodyStart + length) {
        return Status::NeedMore;
    }
    parsed.body = m_buffer.mid(bodyStart, length);
    m_buffer.remove(0, bodyStart + length);
    *request = std::move(parsed);
    return Status::Request;
}

QByteArray httpResponse(int status, const QByteArray &body, bool keepAlive, const QByteArray &contentType)
{
    QByteArray response = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    response += "Content-Type: " + contentType + "\r\n";
    response += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    response +=
        keepAlive ? QByteArrayLiteral("Connection: keep-alive\r\n") : QByteArrayLiteral("Connection: close\r\n");
    response += "\r\n";
    response += body;
    return response;
}

} // namespace mt::policyd
