#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <optional>

namespace mt::policyd {

// One request of Postfix's policy delegation protocol (SMTPD_POLICY_README):
// "name=value" lines ended by an empty line. Unknown names are kept and
// ignored by the rules; a name given twice keeps its last value. The
// request's text is kept as it came, with where each name and value lies in
// it: no copy for each of the twenty-odd attributes Postfix sends, of which
// the rules read a few.
struct PostfixRequest
{
    struct Attribute
    {
        int name = 0;
        int nameLength = 0;
        int value = 0;
        int valueLength = 0;
    };

    QByteArray text;
    QList<Attribute> attributes;

    bool contains(QByteArrayView name) const { return find(name) != nullptr; }
    QByteArray value(QByteArrayView name) const
    {
        const Attribute *found = find(name);
        return found ? text.mid(found->value, found->valueLength) : QByteArray();
    }
    // The SMTP stage the request is made in: "RCPT", "END-OF-MESSAGE"...
    QByteArray protocolState() const { return value("protocol_state").toUpper(); }

private:
    const Attribute *find(QByteArrayView name) const
    {
        for (qsizetype i = attributes.size() - 1; i >= 0; --i) {
            const Attribute &attribute = attributes.at(i);
            if (QByteArrayView(text.constData() + attribute.name, attribute.nameLength) == name) {
                return &attribute;
            }
        }
        return nullptr;
    }
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
    bool inRequest() const { return !m_buffer.isEmpty() || m_lines > 0; }

private:
    Status takeRequest(PostfixRequest *request);

    Limits m_limits;
    // The request being read starts at m_buffer's first byte; its lines
    // before m_lineStart are in m_current.attributes.
    QByteArray m_buffer;
    qsizetype m_lineStart = 0;
    qsizetype m_scanned = 0; // bytes of m_buffer known to hold no newline
    PostfixRequest m_current;
    int m_lines = 0;
    qsizetype m_size = 0;
};

// "action=TEXT\n\n". The text loses any line break, so one answer cannot
// become two.
QByteArray postfixAnswer(const QString &action);

} // namespace mt::policyd
