#include "customeranswer.h"

#include "checks/textutil.h"

#include <QCoreApplication>

namespace mt {
namespace {

QString say(const char *source, Language language, const QStringList &args = {})
{
    return LocalizedText{"Answer", source, args}.render(language);
}

// Only a short, one-line subject is worth repeating to the customer.
bool quotable(const QString &subject)
{
    return !subject.isEmpty() && subject.size() <= 200 && !subject.contains(QLatin1Char('\n'));
}

// Findings that say a check could not be done from here (the blacklists
// refused or did not answer our resolver, no GeoIP database): staff need
// them, the customer has nothing to do about them.
bool onlyForStaff(const Finding &finding)
{
    static const QStringList codes{QStringLiteral("dnsbl.incomplete"),     QStringLiteral("dnsbl.refused"),
                                   QStringLiteral("dnsbl.unknown"),        QStringLiteral("dnsbl.unusable"),
                                   QStringLiteral("dnsbl.no_zones"),       QStringLiteral("geoip.no_database"),
                                   QStringLiteral("geoip.database_error"), QStringLiteral("ptr.unknown"),
                                   QStringLiteral("ptr.forward_unknown"),  QStringLiteral("auth.disagreement"),
                                   QStringLiteral("dkim_verify.dns_error")};
    return codes.contains(finding.code);
}

} // namespace

QString customerAnswer(const QString &subject, const Findings &findings, Language language)
{
    const QString checked = subject.trimmed();
    Findings problems;
    Findings fine;
    for (const Finding &finding : findings) {
        if (!onlyForStaff(finding)) {
            (finding.severity >= Severity::Warning ? problems : fine).append(finding);
        }
    }

    QStringList paragraphs;
    paragraphs << say(QT_TRANSLATE_NOOP("Answer", "Hello,"), language);
    paragraphs << (quotable(checked)
                       ? say(QT_TRANSLATE_NOOP("Answer", "thank you for your message. We have checked %1."), language,
                             {checked})
                       : say(QT_TRANSLATE_NOOP("Answer",
                                               "thank you for your message. We have checked what you sent us."),
                             language));

    if (problems.isEmpty()) {
        paragraphs << say(QT_TRANSLATE_NOOP("Answer", "We found no problems on our side or in the settings we "
                                                      "can see:"),
                          language);
        QStringList lines;
        for (const Finding &finding : std::as_const(fine)) {
            lines << QStringLiteral("- ") + finding.summary.render(language);
        }
        if (!lines.isEmpty()) {
            paragraphs << lines.join(QLatin1Char('\n'));
        }
        paragraphs << say(QT_TRANSLATE_NOOP("Answer", "If the problem persists, please send us the full text of the "
                                                      "error message (or the returned message) you received."),
                          language);
    } else {
        paragraphs << say(problems.size() == 1 ? QT_TRANSLATE_NOOP("Answer", "We found the following problem:")
                                               : QT_TRANSLATE_NOOP("Answer", "We found the following problems:"),
                          language);
        QStringList seenAdvice;
        int number = 0;
        for (const Finding &finding : std::as_const(problems)) {
            QString block = QStringLiteral("%1. %2").arg(++number).arg(finding.summary.render(language));
            const QString advice = finding.advice.render(language);
            // Two findings with the same remedy ask the customer once.
            if (!advice.isEmpty() && !seenAdvice.contains(advice)) {
                seenAdvice << advice;
                block += QLatin1Char('\n') + say(QT_TRANSLATE_NOOP("Answer", "What to do: %1"), language, {advice});
            }
            paragraphs << block;
        }
        paragraphs << say(QT_TRANSLATE_NOOP("Answer", "Once this is corrected, messages should be delivered "
                                                      "normally."),
                          language);
    }
    paragraphs << say(QT_TRANSLATE_NOOP("Answer", "If you have any questions, simply reply to this message."),
                      language);
    paragraphs << say(QT_TRANSLATE_NOOP("Answer", "Best regards,\nTechnical Support"), language);
    return paragraphs.join(QStringLiteral("\n\n")) + QLatin1Char('\n');
}

} // namespace mt
