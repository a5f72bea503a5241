#include "producer.h"

#include "phrasematcher.h"

#include <iterator>

namespace mt::bounce {

namespace {

// Where a producer's mark is, and what it is.
enum class Place
{
    Header,  // a header the producer adds
    From,    // in the From address
    Subject, // the start of the Subject
    Body,    // a sentence of the notice's own text
};

struct Mark
{
    const char *producer;
    Place place;
    const char *text;
};

// Marks that only one producer's notices carry, the most telling first.
const Mark marks[] = {
    {"Amazon SES", Place::Body, "\"notificationType\""},
    {"Amazon SES", Place::From, "amazonses.com"},
    {"Google Groups", Place::From, "googlegroups.com"},
    {"Gmail", Place::From, "googlemail.com"},
    {"Gmail", Place::Header, "x-gm-message-state"},
    {"Microsoft Exchange", Place::Header, "x-ms-exchange-message-is-ndr"},
    {"Microsoft Exchange", Place::Body, "Diagnostic information for administrators"},
    {"Microsoft Exchange", Place::Body, "Delivery has failed to these recipients or groups"},
    {"qmail", Place::Body, "This is the qmail-send program"},
    {"Postfix", Place::Body, "This is the mail system at host"},
    {"Postfix", Place::Body, "This is the Postfix program at host"}, // before Postfix 2.3
    {"Exim", Place::Header, "x-failed-recipients"},
    {"Exim", Place::Body, "This message was created automatically by mail delivery software"},
    {"Sendmail", Place::Body, "----- Transcript of session follows -----"},
    {"Sendmail", Place::Body, "The original message was received at"},
    {"Courier", Place::Body, "running the Courier mail server"},
    {"OpenSMTPD", Place::Body, "This is the MAILER-DAEMON, please DO NOT REPLY"},
    {"DragonFly Mail Agent", Place::Body, "This is the DragonFly Mail Agent"},
    {"Oracle Messaging Server", Place::Body, "This report relates to a message you sent with the following header"},
    {"Yahoo", Place::Body, "Sorry, we were unable to deliver your message to the following address"},
    {"Lotus Domino", Place::Body, "was not delivered to:"},
};

} // namespace

QString producerOf(const MimeHeaders &headers, const QString &notice)
{
    // Every body sentence at once, in one pass over the notice's start.
    static const PhraseMatcher bodyMarks = [] {
        std::vector<std::string> sentences;
        for (const Mark &mark : marks) {
            sentences.push_back(mark.place == Place::Body ? mark.text : std::string());
        }
        return PhraseMatcher(sentences);
    }();
    std::vector<bool> inBody(std::size(marks), false);
    for (const PhraseMatcher::Match &match :
         bodyMarks.findAllLiteral(QStringView(notice).first(qMin<qsizetype>(notice.size(), 16 * 1024)))) {
        inBody[size_t(match.phrase)] = true;
    }
    const QString from = headers.text("from");
    const QString subject = headers.text("subject");
    for (std::size_t i = 0; i < std::size(marks); ++i) {
        const Mark &mark = marks[i];
        const QLatin1String text(mark.text);
        const bool found = mark.place == Place::Header    ? headers.contains(QByteArrayView(mark.text))
                           : mark.place == Place::From    ? from.contains(text, Qt::CaseInsensitive)
                           : mark.place == Place::Subject ? subject.startsWith(text, Qt::CaseInsensitive)
                                                          : bool(inBody[i]);
        if (found) {
            return QString::fromLatin1(mark.producer);
        }
    }
    return {};
}

} // namespace mt::bounce
