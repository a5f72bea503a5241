#include "spamfilter.h"

namespace mt::policy {

const QByteArray SpamFilter::gtube = "XJS*C4JDBQADN1.NSBN3*2IDNEN*GTUBE-STANDARD-ANTI-UBE-TEST-EMAIL*C.34X";

SpamFilter::SpamFilter(const QStringList &markers)
{
    for (const QString &marker : markers) {
        const QByteArray normalized = marker.trimmed().toLower().toUtf8();
        if (normalized.isEmpty()) {
            continue;
        }
        const qsizetype colon = normalized.indexOf(':');
        m_markers << Marker{normalized, colon < 0 ? QByteArray() : normalized.left(colon).trimmed(),
                            colon < 0 ? QByteArray() : normalized.mid(colon + 1).trimmed(), colon >= 0};
    }
}

bool SpamFilter::isSpam(const QByteArray &message) const
{
    if (message.contains(gtube)) {
        return true;
    }
    if (m_markers.isEmpty()) {
        return false;
    }
    // Only the header: a marker quoted in a body is not a verdict. Read in
    // place (this runs for every message).
    qsizetype end = message.indexOf("\r\n\r\n");
    if (end < 0) {
        end = message.indexOf("\n\n");
    }
    const QByteArrayView header(message.constData(), end < 0 ? message.size() : end);
    const auto same = [](QByteArrayView a, QByteArrayView b) { return a.compare(b, Qt::CaseInsensitive) == 0; };
    for (qsizetype from = 0; from <= header.size();) {
        qsizetype newline = header.indexOf('\n', from);
        if (newline < 0) {
            newline = header.size();
        }
        const QByteArrayView line = header.sliced(from, newline - from).trimmed();
        from = newline + 1;
        const qsizetype lineColon = line.indexOf(':');
        for (const Marker &marker : m_markers) {
            // "X-Spam-Flag:YES" and "X-Spam-Flag:  YES" mean the same.
            if (!marker.hasColon || lineColon < 0) {
                if (same(line, marker.line)) {
                    return true;
                }
                continue;
            }
            if (same(line.first(lineColon).trimmed(), marker.name) &&
                same(line.sliced(lineColon + 1).trimmed(), marker.value)) {
                return true;
            }
        }
    }
    return false;
}

} // namespace mt::policy
