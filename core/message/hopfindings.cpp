#include "hopfindings.h"

#include <QVariantList>

namespace mt::message {
namespace {

const QString kCheck = QStringLiteral("hops");
constexpr qint64 kSlowHopSeconds = 30 * 60; // a wait worth telling the customer about

QString hopName(const ReceivedLine &line)
{
    return line.by.isEmpty() ? QStringLiteral("?") : line.by;
}

QString senderName(const ReceivedLine &line)
{
    const QString name = !line.fromHost.isEmpty() ? line.fromHost : line.helo;
    if (line.fromIp.isEmpty()) {
        return name.isEmpty() ? QStringLiteral("?") : name;
    }
    return name.isEmpty() ? line.fromIp : QStringLiteral("%1 [%2]").arg(name, line.fromIp);
}

} // namespace

QString durationText(qint64 seconds)
{
    const QString sign = seconds < 0 ? QStringLiteral("-") : QString();
    qint64 s = seconds < 0 ? -seconds : seconds;
    if (s < 60) {
        return sign + QStringLiteral("%1 s").arg(s);
    }
    if (s < 3600) {
        return sign + QStringLiteral("%1 min %2 s").arg(s / 60).arg(s % 60);
    }
    if (s < 86400) {
        return sign + QStringLiteral("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60);
    }
    return sign + QStringLiteral("%1 d %2 h").arg(s / 86400).arg((s % 86400) / 3600);
}

Findings hopFindings(const HopChain &chain)
{
    Findings findings;
    if (chain.hops.isEmpty()) {
        findings << Finding(kCheck, QString(), Severity::Info, QStringLiteral("hops.none"),
                            {"Findings", QT_TRANSLATE_NOOP("Findings", "The headers have no Received lines, so the "
                                                                       "path of the message is unknown: was the "
                                                                       "whole header block copied?")},
                            {"Advice", QT_TRANSLATE_NOOP("Advice", "Ask for the full headers (\"Show original\" in "
                                                                   "Gmail, \"View message source\" in Thunderbird, "
                                                                   "\"Message properties\" in Outlook).")});
        return findings;
    }
    QVariantList hops;
    for (int i = 0; i < chain.hops.size(); ++i) {
        const Hop &hop = chain.hops.at(i);
        const ReceivedLine &l = hop.line;
        QVariantMap map{{QStringLiteral("from_helo"), l.helo},
                        {QStringLiteral("from_host"), l.fromHost},
                        {QStringLiteral("from_ip"), l.fromIp},
                        {QStringLiteral("by"), l.by},
                        {QStringLiteral("with"), l.with},
                        {QStringLiteral("tls"), l.tls},
                        {QStringLiteral("id"), l.id},
                        {QStringLiteral("for"), l.forAddress},
                        {QStringLiteral("date"), l.date.isValid() ? l.date.toUTC().toString(Qt::ISODate) : QString()},
                        {QStringLiteral("internal"), hop.internal},
                        {QStringLiteral("clock_skew"), hop.clockSkew}};
        if (hop.delaySeconds) {
            map.insert(QStringLiteral("delay_s"), *hop.delaySeconds);
        }
        hops << map;
        if (hop.clockSkew && hop.delaySeconds) {
            Finding f(kCheck, hopName(l), Severity::Warning, QStringLiteral("hops.clock_skew"),
                      {"Findings",
                       *hop.delaySeconds < 0
                           ? QT_TRANSLATE_NOOP("Findings", "Hop %1 (%2 from %3) is dated %4 earlier than the step "
                                                           "before it: a server's clock is wrong, so the delays "
                                                           "around it are not real.")
                           : QT_TRANSLATE_NOOP("Findings", "Hop %1 (%2 from %3) is dated %4 after the step before "
                                                           "it, which is implausible: a server's clock is probably "
                                                           "wrong."),
                       {QString::number(i + 1), hopName(l), senderName(l), durationText(qAbs(*hop.delaySeconds))}});
            f.data.insert(QStringLiteral("hop"), i + 1);
            f.markStaffOnly(); // whose clock is wrong is for staff to weigh, not a reason for spam
            findings << f;
        } else if (hop.delaySeconds && *hop.delaySeconds >= kSlowHopSeconds) {
            Finding f(kCheck, hopName(l), Severity::Warning, QStringLiteral("hops.slow"),
                      {"Findings",
                       QT_TRANSLATE_NOOP("Findings", "The message waited %1 before %2 received it from %3 (hop %4): "
                                                     "the delay happened there, not at the recipient."),
                       {durationText(*hop.delaySeconds), hopName(l), senderName(l), QString::number(i + 1)}},
                      {"Advice", QT_TRANSLATE_NOOP("Advice", "A long wait before a hop usually means the sending "
                                                             "server retried after a temporary refusal "
                                                             "(greylisting, a full queue, a blocked IP): check the "
                                                             "logs of %1 for that time.")});
            f.advice.args = QStringList{senderName(l)};
            f.data.insert(QStringLiteral("hop"), i + 1);
            f.data.insert(QStringLiteral("delay_s"), *hop.delaySeconds);
            findings << f;
        }
    }
    Finding path(kCheck, chain.sendingIp, Severity::Info, QStringLiteral("hops.path"), {});
    const QString total = chain.totalSeconds ? durationText(*chain.totalSeconds) : QStringLiteral("?");
    if (chain.sendingHop >= 0) {
        path.summary = {"Findings",
                        QT_TRANSLATE_NOOP("Findings", "The message passed %1 hops in %2. It entered the receiving "
                                                      "side at %3, from %4: that is the sending server whose SPF "
                                                      "and reputation count."),
                        {QString::number(chain.hops.size()), total, hopName(chain.hops.at(chain.sendingHop).line),
                         senderName(chain.hops.at(chain.sendingHop).line)}};
    } else {
        path.summary = {"Findings",
                        QT_TRANSLATE_NOOP("Findings", "The message passed %1 hops in %2; no hop from a public "
                                                      "address outside the receiving side was found, so the "
                                                      "sending server is unknown."),
                        {QString::number(chain.hops.size()), total}};
    }
    path.data.insert(QStringLiteral("hops"), hops);
    if (chain.totalSeconds) {
        path.data.insert(QStringLiteral("total_s"), *chain.totalSeconds);
    }
    path.data.insert(QStringLiteral("sending_ip"), chain.sendingIp);
    path.data.insert(QStringLiteral("sending_helo"), chain.sendingHelo);
    findings << path;
    return findings;
}

} // namespace mt::message
