#include "customeranswer.h"

#include "worstfirst.h"

#include <QCoreApplication>

#include <algorithm>

namespace mt {
namespace {

QString say(const char *source, Language language, const QStringList &args = {})
{
    return LocalizedText{"Answer", source, args}.render(language);
}

// Only a short address, domain or IP is worth repeating to the customer;
// a pasted reply line or notice is not echoed back.
bool quotable(const QString &subject)
{
    if (subject.isEmpty() || subject.size() > 200) {
        return false;
    }
    return std::none_of(subject.cbegin(), subject.cend(), [](QChar c) { return c.isSpace(); });
}

// "'jan@a.pl'", "<jan@a.pl>" -> "jan@a.pl": the customer gets the address,
// not the way it was pasted.
QString bareSubject(const QString &pasted)
{
    QString subject = pasted.trimmed();
    auto wrappedIn = [&subject](QChar open, QChar close) {
        return subject.size() >= 2 && subject.front() == open && subject.back() == close;
    };
    while (wrappedIn(QLatin1Char('\''), QLatin1Char('\'')) || wrappedIn(QLatin1Char('"'), QLatin1Char('"')) ||
           wrappedIn(QLatin1Char('<'), QLatin1Char('>'))) {
        subject = subject.mid(1, subject.size() - 2).trimmed();
    }
    return subject;
}

// "jan@example.com: " before an item about one address, domain or IP.
QString itemText(const Finding &finding, Language language)
{
    const QString summary = finding.summary.render(language);
    if (finding.subjectKind == SubjectKind::Text || finding.subject.isEmpty() || !quotable(finding.subject) ||
        summary.contains(finding.subject)) {
        return summary;
    }
    return QStringLiteral("%1: %2").arg(finding.subject, summary);
}

const char *heading(Actor actor)
{
    switch (actor) {
    case Actor::Customer:
        return QT_TRANSLATE_NOOP("Answer", "What we ask you to do:");
    case Actor::Recipient:
        return QT_TRANSLATE_NOOP("Answer", "What has to be fixed on the recipient's side (please pass this on to the "
                                           "recipient):");
    case Actor::Provider:
        return QT_TRANSLATE_NOOP("Answer", "What is on our side (we are dealing with it, there is nothing you need "
                                           "to do):");
    }
    return "";
}

// A pasted message (core/message): the answer says why it may land in spam.
// The message a bounce returns is analyzed for staff only: the answer is the bounce's.
bool aboutMessage(const Findings &findings)
{
    static const QStringList messageChecks{QStringLiteral("hops"), QStringLiteral("message"),
                                           QStringLiteral("dkim_verify"), QStringLiteral("arc"),
                                           QStringLiteral("auth")};
    return std::any_of(findings.cbegin(), findings.cend(),
                       [](const Finding &f) { return !f.staffOnly && messageChecks.contains(f.check); });
}

// The From domain of a pasted message, as its sanity check reports it.
QString messageSender(const Findings &findings)
{
    const auto it = std::find_if(findings.cbegin(), findings.cend(), [](const Finding &f) {
        return !f.staffOnly && f.code == QLatin1String("message.identities");
    });
    return it == findings.cend() ? QString() : it->subject;
}

// The notice that replaces the answer while the diagnosis is inconclusive.
QString notReadyNotice(const Findings &inconclusive, Language language)
{
    QStringList lines;
    for (const Finding &finding : inconclusive) {
        if (finding.code == QLatin1String("dns.resolver_failed")) {
            lines = QStringList{QStringLiteral("- ") + finding.summary.render(language)};
            break; // the one cause of all the others
        }
        lines << QStringLiteral("- ") + finding.summary.render(language);
    }
    QStringList paragraphs;
    paragraphs << say(QT_TRANSLATE_NOOP("Answer", "[FOR STAFF, NOT FOR THE CUSTOMER] No answer was written: the "
                                                  "results are inconclusive, because checks that could have found a "
                                                  "problem did not finish:"),
                      language);
    paragraphs << lines.join(QLatin1Char('\n'));
    paragraphs << say(QT_TRANSLATE_NOOP("Answer", "Check the DNS servers in Settings and the network connection, "
                                                  "then run the check again."),
                      language);
    return paragraphs.join(QStringLiteral("\n\n")) + QLatin1Char('\n');
}

// The notice that replaces the answer when what was pasted cannot be
// checked as it is (an address with two @): staff ask the customer first.
QString pasteProblemNotice(const Findings &staffProblems, Language language)
{
    QStringList lines;
    for (const Finding &finding : staffProblems) {
        QString line = QStringLiteral("- ") + finding.summary.render(language);
        if (!finding.advice.isEmpty()) {
            line += QLatin1Char(' ') + finding.advice.render(language);
        }
        lines << line;
    }
    return say(QT_TRANSLATE_NOOP("Answer", "[FOR STAFF, NOT FOR THE CUSTOMER] No answer was written: what was "
                                           "pasted cannot be checked as it is:"),
               language) +
           QStringLiteral("\n\n") + lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace

QString customerAnswer(const QString &subject, const Findings &findings, Language language, const AnswerFrame &frame)
{
    const QString checked = bareSubject(subject);
    const Findings sorted = worstFirst(findings);
    Findings problems;
    Findings fine;
    Findings inconclusive;
    Findings staffProblems; // errors only staff can act on
    for (const Finding &finding : sorted) {
        if (finding.outcome == Outcome::Inconclusive) {
            inconclusive << finding;
        } else if (finding.staffOnly) {
            if (finding.outcome == Outcome::Problem && finding.severity == Severity::Error) {
                staffProblems << finding;
            }
        } else if (finding.outcome == Outcome::Problem) {
            problems << finding;
        } else {
            fine << finding;
        }
    }
    const bool resolverFailed = std::any_of(inconclusive.cbegin(), inconclusive.cend(), [](const Finding &f) {
        return f.code == QLatin1String("dns.resolver_failed");
    });
    if (resolverFailed || (problems.isEmpty() && !inconclusive.isEmpty())) {
        return notReadyNotice(inconclusive, language);
    }
    if (problems.isEmpty() && !staffProblems.isEmpty()) {
        return pasteProblemNotice(staffProblems, language);
    }

    const bool message = aboutMessage(findings);
    const QString sender = message ? messageSender(findings) : QString();
    QStringList paragraphs;
    paragraphs << (frame.greeting.trimmed().isEmpty() ? say(QT_TRANSLATE_NOOP("Answer", "Hello,"), language)
                                                      : frame.greeting.trimmed());
    if (!sender.isEmpty()) {
        paragraphs << say(QT_TRANSLATE_NOOP("Answer", "thank you for your message. We have checked the message from "
                                                      "%1 that you sent us: the servers it passed and whether its "
                                                      "SPF, DKIM and DMARC authentication holds."),
                          language, {sender});
    } else {
        paragraphs << (quotable(checked)
                           ? say(QT_TRANSLATE_NOOP("Answer", "thank you for your message. We have checked %1."),
                                 language, {checked})
                           : say(QT_TRANSLATE_NOOP("Answer",
                                                   "thank you for your message. We have checked what you sent us."),
                                 language));
    }

    if (problems.isEmpty()) {
        paragraphs << say(QT_TRANSLATE_NOOP("Answer", "We found no problems on our side or in the settings we "
                                                      "can see:"),
                          language);
        QStringList lines;
        for (const Finding &finding : std::as_const(fine)) {
            lines << QStringLiteral("- ") + itemText(finding, language);
        }
        if (!lines.isEmpty()) {
            paragraphs << lines.join(QLatin1Char('\n'));
        }
        paragraphs << say(QT_TRANSLATE_NOOP("Answer", "If the problem persists, please send us the full text of the "
                                                      "error message (or the returned message) you received."),
                          language);
    } else {
        if (message) {
            paragraphs << say(QT_TRANSLATE_NOOP("Answer", "This is what makes receiving servers put the message in "
                                                          "spam or reject it:"),
                              language);
        } else {
            paragraphs << say(problems.size() == 1 ? QT_TRANSLATE_NOOP("Answer", "We found the following problem:")
                                                   : QT_TRANSLATE_NOOP("Answer", "We found the following problems:"),
                              language);
        }
        QStringList seenAdvice;
        int number = 0;
        const bool onlyTheCustomers = std::all_of(problems.cbegin(), problems.cend(),
                                                  [](const Finding &f) { return f.actor == Actor::Customer; });
        for (const Actor actor : {Actor::Customer, Actor::Recipient, Actor::Provider}) {
            QStringList blocks;
            for (const Finding &finding : std::as_const(problems)) {
                if (finding.actor != actor) {
                    continue;
                }
                QString block = QStringLiteral("%1. %2").arg(++number).arg(itemText(finding, language));
                const QString advice = actor == Actor::Provider ? QString() : finding.advice.render(language);
                // Two findings with the same remedy ask for it once.
                if (!advice.isEmpty() && !seenAdvice.contains(advice)) {
                    seenAdvice << advice;
                    block += QLatin1Char('\n') + say(QT_TRANSLATE_NOOP("Answer", "What to do: %1"), language, {advice});
                }
                blocks << block;
            }
            if (!blocks.isEmpty()) {
                // Who acts is worth saying when it is not only the customer.
                if (!onlyTheCustomers) {
                    paragraphs << say(heading(actor), language);
                }
                paragraphs << blocks;
            }
        }
        if (onlyTheCustomers) {
            paragraphs << say(QT_TRANSLATE_NOOP("Answer", "Once this is corrected, messages should be delivered "
                                                          "normally."),
                              language);
        }
    }
    paragraphs << say(QT_TRANSLATE_NOOP("Answer", "If you have any questions, simply reply to this message."),
                      language);
    paragraphs << (frame.signature.trimmed().isEmpty()
                       ? say(QT_TRANSLATE_NOOP("Answer", "Best regards,\nTechnical Support"), language)
                       : frame.signature.trimmed());
    return paragraphs.join(QStringLiteral("\n\n")) + QLatin1Char('\n');
}

} // namespace mt
