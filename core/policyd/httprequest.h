#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

namespace mt::policyd {

// One HTTP/1.x request, as far as a policy service needs one: Dovecot's
// auth policy client POSTs a JSON body with a Content-Length.
struct HttpRequest
{
    QByteArray method;
    QByteArray target;                            // "/?command=allow"
    QByteArray version;                           // "HTTP/1.1"
    QList<QPair<QByteArray, QByteArray>> headers; // names in lower case
    QByteArray body;

    QByteArray header(const QByteArray &lowerCaseName) const;
    // HTTP/1.1 keeps the connection unless told "close"; 1.0 closes unless "keep-alive".
    bool keepAlive() const;
    // The value of NAME in the target's query ("command" of "/?command=allow").
    QByteArray queryValue(const QByteArray &name) const;
};

// Reads requests from a connection's bytes, bounded: the head (request line
// and headers) at most maxHead bytes, the body at most maxBody. Chunked
// bodies are refused (501): the clients we serve send a length.
class HttpRequestReader
{
public:
    struct Limits
    {
        int maxHead = 8 * 1024;
        int maxHeaders = 64;
        int maxBody = 64 * 1024;
    };

    enum class Status
    {
        NeedMore,
        Request,
        Error,
    };

    HttpRequestReader() = default;
    explicit HttpRequestReader(Limits limits)
        : m_limits(limits)
    {}

    void feed(const QByteArray &bytes) { m_buffer.append(bytes); }
    // The next request, NeedMore, or Error with the status to answer
    // (400, 411, 413, 431, 501, 505) before closing.
    Status next(HttpRequest *request, int *errorStatus);
    bool inRequest() const { return !m_buffer.isEmpty(); }

    // Whether LINE (without its line break) looks like an HTTP request line:
    // the policy daemon tells its two protocols apart by the first line.
    static bool isRequestLine(const QByteArray &line);

private:
    Limits m_limits;
    QByteArray m_buffer;
};

// A complete response with a body (a Content-Length, never chunked).
QByteArray httpResponse(int status, const QByteArray &body, bool keepAlive,
                        const QByteArray &contentType = QByteArrayLiteral("application/json"));

} // namespace mt::policyd
