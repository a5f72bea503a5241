#include "postfixpolicy.h"

namespace mt::policyd {

PostfixRequestReader::Status PostfixRequestReader::next(PostfixRequest *request, QByteArray *error)
{
    // Lines are read where they lie; the bytes taken are dropped from the
    // buffer once, when this call returns.
    qsizetype start = 0;
    auto consume = [this, &start](Status status) {
        m_buffer.remove(0, start);
        m_scanned = std::max<qsizetype>(0, m_scanned - start);
        return status;
    };
    for (;;) {
        const qsizetype newline = m_buffer.indexOf('\n', std::max(start, m_scanned));
        if (newline < 0) {
            m_scanned = m_buffer.size();
            if (m_buffer.size() - start > m_limits.maxLine) {
                *error = QByteArrayLiteral("line too long");
                return consume(Status::Error);
            }
            return consume(Status::NeedMore);
        }
        if (newline - start > m_limits.maxLine) {
            *error = QByteArrayLiteral("line too long");
            return consume(Status::Error);
        }
        QByteArrayView line(m_buffer.constData() + start, newline - start);
        start = newline + 1;
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
            return consume(Status::Request);
        }
        m_size += line.size() + 1;
        if (++m_lines > m_limits.maxAttributes || m_size > m_limits.maxRequest) {
            *error = QByteArrayLiteral("request too large");
            return consume(Status::Error);
        }
        const qsizetype equals = line.indexOf('=');
        if (equals <= 0) {
            *error = QByteArrayLiteral("malformed attribute line");
            return consume(Status::Error);
        }
        m_current.attributes.insert(line.first(equals).toByteArray(), line.sliced(equals + 1).toByteArray());
    }
}

QByteArray postfixAnswer(const QString &action)
{
    QByteArray text = action.toUtf8();
    text.replace('\r', ' ').replace('\n', ' ');
    return QByteArrayLiteral("action=") + text + QByteArrayLiteral("\n\n");
}

} // namespace mt::policyd
