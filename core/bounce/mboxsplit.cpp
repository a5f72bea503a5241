#include "mboxsplit.h"

#include <string_view>

namespace mt::bounce {

namespace {

bool isWeekday(QByteArrayView word)
{
    static const char *const days[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    for (const char *day : days) {
        if (word == QByteArrayView(day)) {
            return true;
        }
    }
    return false;
}

// LINE (without its end) is "From <sender> <weekday> ...", and the line
// after it, starting at NEXT, is a header ("Name: value").
bool isSeparator(QByteArrayView line, QByteArrayView next)
{
    qsizetype at = 5; // after "From "
    while (at < line.size() && line[at] != ' ') {
        ++at; // the envelope sender
    }
    while (at < line.size() && line[at] == ' ') {
        ++at;
    }
    if (at + 3 > line.size() || !isWeekday(line.sliced(at, 3))) {
        return false;
    }
    qsizetype colon = 0;
    while (colon < next.size() && colon < 80 && next[colon] != ':' && next[colon] != '\n' && next[colon] != ' ') {
        ++colon;
    }
    return colon > 0 && colon < next.size() && next[colon] == ':';
}

} // namespace

QList<QByteArrayView> splitMbox(QByteArrayView data)
{
    QList<QByteArrayView> messages;
    qsizetype start = 0;
    qsizetype from = 0;
    // memchr for each line end, then a compare: a 50 MB paste takes a few
    // milliseconds.
    const std::string_view haystack(data.data(), size_t(data.size()));
    while (true) {
        const size_t found = haystack.find("\nFrom ", size_t(from));
        if (found == std::string_view::npos) {
            break;
        }
        const qsizetype at = qsizetype(found);
        const qsizetype lineStart = at + 1;
        qsizetype lineEnd = data.indexOf('\n', lineStart);
        if (lineEnd < 0) {
            break;
        }
        const qsizetype contentEnd = lineEnd > lineStart && data[lineEnd - 1] == '\r' ? lineEnd - 1 : lineEnd;
        if (isSeparator(data.sliced(lineStart, contentEnd - lineStart), data.sliced(lineEnd + 1))) {
            if (lineStart > start) {
                messages.append(data.sliced(start, lineStart - start));
            }
            start = lineStart;
        }
        from = lineEnd;
    }
    if (messages.isEmpty()) {
        return {data};
    }
    messages.append(data.sliced(start));
    return messages;
}

} // namespace mt::bounce
