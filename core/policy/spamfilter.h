#pragma once

#include <QByteArray>
#include <QStringList>

namespace mt::policy {

// Rule 7: which messages are spam (the GTUBE test string anywhere, or one of
// the policy's marker header lines in the header). The hourly quota of spam
// an IP may still send is counted in the state store (SubmissionPolicy).
class SpamFilter
{
public:
    explicit SpamFilter(const QStringList &markers);

    bool isSpam(const QByteArray &message) const;

    static const QByteArray gtube;

private:
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
};

} // namespace mt::policy
