#include "rawmessage.h"

#include <cstring>

namespace mt::message {

bool HeaderField::is(const char *other) const
{
    return name.compare(QByteArray::fromRawData(other, qsizetype(std::strlen(other))), Qt::CaseInsensitive) == 0;
}

QByteArray HeaderField::value() const
{
    const qsizetype colon = raw.indexOf(':');
    QByteArray v = raw.mid(colon + 1);
    v.replace("\r\n", "");
    return v.simplified();
}

QList<const HeaderField *> RawMessage::all(const char *name) const
{
    QList<const HeaderField *> found;
    for (const HeaderField &field : fields) {
        if (field.is(name)) {
            found << &field;
        }
    }
    return found;
}

const HeaderField *RawMessage::first(const char *name) const
{
    for (const HeaderField &field : fields) {
        if (field.is(name)) {
            return &field;
        }
    }
    return nullptr;
}

RawMessage parseRawMessage(const QByteArray &data, int maxFields)
{
    RawMessage message;
    message.size = data.size();
    const char *p = data.constData();
    const qsizetype n = data.size();
    qsizetype pos = 0;
    // An mbox "From " line before the headers is not a field.
    if (data.startsWith("From ")) {
        const qsizetype eol = data.indexOf('\n');
        pos = eol < 0 ? n : eol + 1;
    }
    HeaderField *current = nullptr;
    while (pos < n) {
        const char *nl = static_cast<const char *>(std::memchr(p + pos, '\n', size_t(n - pos)));
        const qsizetype eol = nl ? nl - p : n;
        qsizetype end = eol;
        if (end > pos && p[end - 1] == '\r') {
            --end;
        }
        const qsizetype next = nl ? eol + 1 : n;
        if (end == pos) { // the blank line
            message.hasBody = true;
            message.body = data.mid(next);
            return message;
        }
        const QByteArray line = QByteArray::fromRawData(p + pos, end - pos);
        if ((p[pos] == ' ' || p[pos] == '\t') && current) {
            current->raw += "\r\n";
            current->raw += line;
        } else {
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0 || message.fields.size() >= maxFields) {
                // Not a header: a header block pasted without its body, or noise; skip.
                current = nullptr;
            } else {
                HeaderField field;
                field.name = line.left(colon).trimmed();
                field.raw = QByteArray(line.constData(), line.size());
                message.fields << field;
                current = &message.fields.last();
            }
        }
        pos = next;
    }
    return message;
}

} // namespace mt::message
