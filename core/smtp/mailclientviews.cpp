#include "mailclientviews.h"

namespace mt::smtp {

namespace {

LocalizedText view(const char *source, QStringList args)
{
    return {"MailClientView", source, std::move(args)};
}

// The reply without its three-digit code, as Thunderbird quotes it.
QString withoutCode(const QString &reply)
{
    return reply.size() > 4 && reply.at(3) == QLatin1Char(' ') ? reply.mid(4) : reply;
}

} // namespace

// The Polish of each text is the help pages' wording (translations/*_pl.ts);
// translator comments carry it.
QList<MailClientView> mailClientViews(ReplyStage stage, const QString &reply, const QString &account)
{
    const QString outlook = QStringLiteral("MS Outlook");
    const QString thunderbird = QStringLiteral("Thunderbird");
    const QString opera = QStringLiteral("Opera Mail");
    const QString webmail = QStringLiteral("Webmail");
    if (stage == ReplyStage::Rcpt) {
        // Help page (docs/policy.md, rule 3), "Domena odbiorcy musi posiadać poprawny rekord MX lub rekord A".
        return {
            {outlook,
             //: Help page: MS Outlook wyśle wiadomość do poprawnych odbiorców ... oraz zwróci komunikat o błędzie
             view(QT_TRANSLATE_NOOP("MailClientView",
                                    "The message is sent to the valid recipients; a new message reports the invalid "
                                    "ones. Server reply: %1"),
                  {reply})},
            {thunderbird,
             //: Help page: wiadomość nie zostanie wysłana, zostanie wyświetlone ostrzeżenie z błędem "Niepoprawna
             //: domena docelowa"
             view(QT_TRANSLATE_NOOP("MailClientView",
                                    "The message is not sent: a warning says \"Invalid destination domain\". Correct "
                                    "or remove the invalid addresses. Server reply: %1"),
                  {withoutCode(reply)})},
            {opera, view(QT_TRANSLATE_NOOP("MailClientView",
                                           "The message is not sent: a warning says \"Invalid destination domain\". "
                                           "Correct or remove the invalid addresses. Server reply: %1"),
                         {withoutCode(reply)})},
            {webmail, view(QT_TRANSLATE_NOOP("MailClientView", "A pop-up shows the server reply: %1"), {reply})},
        };
    }
    const char *outlookCode = stage == ReplyStage::Connect ? "0x800CCC0F" : "0x800CCC78";
    return {
        {outlook,
         //: Help page: Zadanie 'jan@kowalski – Wysyłanie' zgłosiło błąd (0x800CCC78): 'Nie można wysłać wiadomości.
         //: Sprawdź adres e-mail we właściwościach konta. Odpowiedź serwera: 550 5.1.0 ...'
         view(QT_TRANSLATE_NOOP("MailClientView",
                                "Task '%1 – Sending' reported error (%2): 'Cannot send the message. Check the e-mail "
                                "address in the account properties. Server reply: %3'"),
              {account, QString::fromLatin1(outlookCode), reply})},
        {thunderbird,
         //: Help page: Podczas wysyłania poczty wystąpił błąd. Odpowiedź serwera: 5.1.0 ... authentication failed.
         //: Sprawdź poprawność wprowadzonego adresu e-mail w Konfiguracji kont, a następnie ponów próbę.
         view(QT_TRANSLATE_NOOP("MailClientView",
                                "An error occurred while sending mail. Server reply: %1. Check the e-mail address in "
                                "the Account Settings and try again."),
              {withoutCode(reply)})},
        {opera,
         //: Help page: Błąd wewnętrzny [550 5.1.0 ... authentication failed]
         view(QT_TRANSLATE_NOOP("MailClientView", "Internal error [%1]"), {reply})},
        {webmail, view(QT_TRANSLATE_NOOP("MailClientView", "A pop-up shows the server reply: %1"), {reply})},
    };
}

} // namespace mt::smtp
