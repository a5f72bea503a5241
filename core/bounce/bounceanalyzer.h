#pragma once

#include "bounceclassifier.h"
#include "bounceparser.h"
#include "mboxsplit.h"

namespace mt::bounce {

// Parses and classifies one pasted bounce, fragment or reply line.
// A pasted mailbox of several bounces gives one report: the first
// message's, with the recipients of the others after its own.
inline BounceReport analyzeBounce(QByteArrayView data, const RuleFilter *filter = nullptr)
{
    const QList<QByteArrayView> messages = splitMbox(data);
    BounceReport report = parseBounce(messages.first());
    classifyBounce(report, filter);
    constexpr qsizetype maxRecipients = 1000; // as for one notice
    for (qsizetype i = 1; i < messages.size() && report.recipients.size() < maxRecipients; ++i) {
        BounceReport more = parseBounce(messages.at(i));
        classifyBounce(more, filter);
        report.recipients.append(more.recipients);
    }
    return report;
}

} // namespace mt::bounce
