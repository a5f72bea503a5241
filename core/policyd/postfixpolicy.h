#pragma once

#include <QByteArray>
#include <QHash>

#include <optional>

namespace mt::policyd {

// One request of Postfix's policy delegation protocol (SMTPD_POLICY_README):
// "name=value" lines ended by an empty line. Unknown names are kept and
// ignored by the rules; a name given twice keeps its last value.
struct PostfixRequest
{
    QHash<QByteArray, QByteArray> attributes;

    QByteArray value(const QByteArray &name) const { return attributes.value(name); }
    // The SMTP stage the request is made in: "RCPT", "END-OF-MESSAGE"...
    QByteArray protocolState() const { return value(QByteArrayLiteral("protocol_state")).toUpper(); }
};

// Reads requests from a connection's bytes as they arrive. Bounded: a line
// longer than maxLine, a request longer than maxRequest or with more than
// maxAttributes lines is an error, and so is a line that is not name=value
// (the connection cannot be trusted to be in step after either).
class PostfixRequestReader
{
public:
    struct Limits
    {
        int maxLine = 4096;
        int maxRequest = 32 * 1024;
        int maxAttributes = 200;
    };

    enum class Status
    {
        NeedMore,
        Request,
        Error,
    };

    PostfixRequestReader() = default;
    explicit PostfixRequestReader(Limits limits)
        : m_limits(limits)
    {}

    void feed(const QByteArray &bytes) { m_buffer.append(bytes); }
    // The next complete request in REQUEST, NeedMore, or Error with a short
    // reason in ERROR (English: it goes to Postfix's log, not to a person).
    Status next(PostfixRequest *request, QByteArray *error);
    // Whether part of a request has arrived (for the time a request may take).
    bool inRequest() const { return !m_buffer.isEmpty() || !m_current.attributes.isEmpty() || m_lines > 0; }

private:
    Limits m_limits;
    QByteArray m_buffer;
    qsizetype m_scanned = 0; // bytes of m_buffer known to hold no newline
    PostfixRequest m_current;
    int m_lines = 0;
    qsizetype m_size = 0;
};

// "action=TEXT\n\n". The text loses any line break, so one answer cannot
// become two.
QByteArray postfixAnswer(const QString &action);

} // namespace mt::policyd
