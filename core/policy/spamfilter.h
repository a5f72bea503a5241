#pragma once

#include "clock.h"
#include "slidingwindow.h"

#include <QByteArray>
#include <QHash>
#include <QStringList>

namespace mt::policy {

// Rule 7: which messages are spam (the GTUBE test string anywhere, or one of
// the policy's marker header lines in the header), and the hourly quota of
// spam an IP may still send before it is refused.
class SpamFilter
{
public:
    SpamFilter(const Clock &clock, QStringList markers, int acceptedPerHour);

    bool isSpam(const QByteArray &message) const;
    // Counts one spam message from IP; false when it is over the quota.
    bool admit(const QString &ip);

    static const QByteArray gtube;
    static constexpr qint64 windowMs = 3600 * 1000;

private:
    const Clock &m_clock;
    // A marker header line, lower case, split once here rather than for
    // every header line of every message.
    struct Marker
    {
        QByteArray line;  // the whole marker, trimmed
        QByteArray name;  // before its first colon, trimmed
        QByteArray value; // after it, trimmed
        bool hasColon = false;
    };
    QList<Marker> m_markers;
    int m_acceptedPerHour;
    QHash<QString, SlidingWindow> m_spam;
};

} // namespace mt::policy
