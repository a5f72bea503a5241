#include "postfixpolicy.h"

namespace mt::policyd {

PostfixRequestReader::Status PostfixRequestReader::next(PostfixRequest *request, QByteArray *error)
{
    for (;;) {
        const qsizetype newline = m_buffer.indexOf('\n', m_scanned);
        if (newline < 0) {
            m_scanned = m_buffer.size();
            if (m_buffer.size() > m_limits.maxLine) {
                *error = QByteArrayLiteral("line too long");
                return Status::Error;
            }
            return Status::NeedMore;
        }
        if (newline > m_limits.maxLine) {
            *error = QByteArrayLiteral("line too long");
            return Status::Error;
        }
        QByteArray line = m_buffer.left(newline);
        m_buffer.remove(0, newline + 1);
        m_scanned = 0;
        if (line.endsWith('\r')) {
            line.chop(1);
        }
        if (line.isEmpty()) {
            if (m_lines == 0) {
                continue; // an empty line between requests says nothing
            }
            *request = std::move(m_current);
            m_current = PostfixRequest();
            m_lines = 0;
            m_size = 0;
            return Status::Request;
        }
        m_size += line.size() + 1;
        if (++m_lines > m_limits.maxAttributes || m_size > m_limits.maxRequest) {
            *error = QByteArrayLiteral("request too large");
            return Status::Error;
        }
        const qsizetype equals = line.indexOf('=');
        if (equals <= 0) {
            *error = QByteArrayLiteral("malformed attribute line");
            return Status::Error;
        }
        m_current.attributes.insert(line.left(equals), line.mid(equals + 1));
    }
}

QByteArray postfixAnswer(const QString &action)
{
    QByteArray text = action.toUtf8();
    text.replace('\r', ' ').replace('\n', ' ');
    return QByteArrayLiteral("action=") + text + QByteArrayLiteral("\n\n");
}

} // namespace mt::policyd
