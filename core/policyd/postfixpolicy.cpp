#include "postfixpolicy.h"

namespace mt::policyd {

PostfixRequestReader::Status PostfixRequestReader::next(PostfixRequest *request, QByteArray *error)
{
    for (;;) {
        const qsizetype newline = m_buffer.indexOf('\n', std::max(m_scanned, m_lineStart));
        if (newline < 0) {
            m_scanned = m_buffer.size();
            if (m_buffer.size() - m_lineStart > m_limits.maxLine) {
                *error = QByteArrayLiteral("line too long");
                return Status::Error;
            }
            return Status::NeedMore;
        }
        const qsizetype start = m_lineStart;
        if (newline - start > m_limits.maxLine) {
            *error = QByteArrayLiteral("line too long");
            return Status::Error;
        }
        qsizetype end = newline;
        if (end > start && m_buffer.at(end - 1) == '\r') {
            --end;
        }
        m_lineStart = newline + 1;
        if (end == start) {
            if (m_lines > 0) {
                return takeRequest(request);
            }
            // An empty line between requests says nothing.
            m_buffer.remove(0, m_lineStart);
            m_lineStart = 0;
            m_scanned = 0;
            continue;
        }
        m_size += end - start + 1;
        if (++m_lines > m_limits.maxAttributes || m_size > m_limits.maxRequest) {
            *error = QByteArrayLiteral("request too large");
            return Status::Error;
        }
        const qsizetype equals = QByteArrayView(m_buffer.constData() + start, end - start).indexOf('=');
        if (equals <= 0) {
            *error = QByteArrayLiteral("malformed attribute line");
            return Status::Error;
        }
        if (m_current.attributes.isEmpty()) {
            m_current.attributes.reserve(32);
        }
        m_current.attributes.append({int(start), int(equals), int(start + equals + 1), int(end - start - equals - 1)});
    }
}

PostfixRequestReader::Status PostfixRequestReader::takeRequest(PostfixRequest *request)
{
    // Most often the request is all the buffer holds: it is handed over, not copied.
    if (m_lineStart == m_buffer.size()) {
        m_current.text = std::move(m_buffer);
        m_buffer = QByteArray();
    } else {
        m_current.text = m_buffer.left(m_lineStart);
        m_buffer.remove(0, m_lineStart);
    }
    *request = std::move(m_current);
    m_current = PostfixRequest();
    m_lineStart = 0;
    m_scanned = 0;
    m_lines = 0;
    m_size = 0;
    return Status::Request;
}

QByteArray postfixAnswer(const QString &action)
{
    QByteArray text = action.toUtf8();
    text.replace('\r', ' ').replace('\n', ' ');
    return QByteArrayLiteral("action=") + text + QByteArrayLiteral("\n\n");
}

} // namespace mt::policyd
