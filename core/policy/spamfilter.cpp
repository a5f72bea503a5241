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
    // Only the header: a marker quoted in a body is not a verdict.
    qsizetype end = message.indexOf("\r\n\r\n");
    if (end < 0) {
        end = message.indexOf("\n\n");
    }
    const QByteArray header = message.left(end < 0 ? message.size() : end).toLower();
    for (const QByteArray &line : header.split('\n')) {
        const QByteArray trimmed = line.trimmed();
        const qsizetype lineColon = trimmed.indexOf(':');
        const QByteArray name = lineColon < 0 ? QByteArray() : trimmed.left(lineColon).trimmed();
        const QByteArray value = lineColon < 0 ? QByteArray() : trimmed.mid(lineColon + 1).trimmed();
        for (const Marker &marker : m_markers) {
            // "X-Spam-Flag:YES" and "X-Spam-Flag:  YES" mean the same.
            if (!marker.hasColon || lineColon < 0) {
                if (trimmed == marker.line) {
                    return true;
                }
                continue;
            }
            if (name == marker.name && value == marker.value) {
                return true;
            }
        }
    }
    return false;
}

} // namespace mt::policy
