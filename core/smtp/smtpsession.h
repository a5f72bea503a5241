#pragma once

#include "messagestore.h"
#include "policy/domainvalidator.h"
#include "policy/submissionpolicy.h"

#include <QBasicTimer>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QObject>
#include <QPointer>

#include <functional>

namespace mt {
class ClientSocket;
}

namespace mt::smtp {

class SmtpServer;

// One client connection: an explicit state machine over the commands of
// RFC 5321 with AUTH (RFC 4954), STARTTLS (RFC 3207), PIPELINING, SIZE,
// 8BITMIME, ENHANCEDSTATUSCODES and Postfix's XCLIENT. Input is read as
// lines; while a DNS answer is awaited (rule 3) further pipelined commands
// wait in the buffer, so replies keep their order.
class SmtpSession final : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        Connected,         // greeted, waiting for EHLO/HELO
        Ready,             // after EHLO/HELO, no transaction
        AuthPlainResponse, // AUTH PLAIN sent without initial response
        AuthLoginUser,     // AUTH LOGIN, waiting for the user name
        AuthLoginPassword, // AUTH LOGIN, waiting for the password
        MailGiven,         // MAIL accepted
        Data,              // inside DATA
        Closing,
    };

    SmtpSession(ClientSocket *socket, SmtpServer &server);
    ~SmtpSession() override;

    void start();
    QString token() const { return m_token; }

    // Line limits: RFC 5321 4.5.3.1.4 and 4.5.3.1.6 (512 for a command; AUTH
    // responses get more room, RFC 4954 4) and 1000 for a text line.
    static constexpr int maxCommandLine = 12288;
    static constexpr int maxTextLine = 1000;
    static constexpr int maxRecipients = 1000;
    // Input read per notice from the socket.
    static constexpr qint64 maxReadAhead = 1024 * 1024;

    // A queue-style id like the help pages' "piWs1j0010jifNx01iWsdh".
    static QString newToken();

protected:
    void timerEvent(QTimerEvent *event) override;

private:
    void readInput();
    void processInput();
    void handleCommand(const QByteArray &line);
    void handleDataLine(QByteArrayView line);
    void startMessage();
    void finishData();
    void store();
    void stored(const std::optional<QString> &id, const QString &error, qint64 size);

    void ehlo(const QByteArray &argument, bool extended);
    void auth(const QByteArray &argument);
    void authResponse(const QByteArray &line);
    void startAuth(const QByteArray &argument);
    void finishAuth(const QString &login, const QByteArray &password);
    void authenticated(const QString &login, const QByteArray &password, bool passwordMatches);
    void authRecorded(const QString &login, const policy::AuthOutcome &outcome);
    void mail(const QByteArray &argument);
    void senderAllowed(const QString &sender);
    void rcpt(const QByteArray &argument);
    void data(const QByteArray &argument);
    void startTls(const QByteArray &argument);
    void xclient(const QByteArray &argument);

    // Rule 3 for DOMAIN: DECIDE gets whether it is valid, at once on a cached
    // verdict, else after DNS answers, with input paused meanwhile; a
    // temporary DNS failure is answered here (451) without DECIDE.
    void checkDomain(const QString &domain, const std::function<void(bool valid)> &decide);
    void greet();
    void reply(const QByteArray &line);
    // BYTES to the client: at once, or with the other replies at the end of
    // processInput().
    void send(QByteArrayView bytes);
    void flushOutput();
    void reply(const QString &line) { reply(line.toUtf8()); }
    void closeWith(const QByteArray &line);
    void resetTransaction();
    void abandonTransaction();
    void pause() { m_paused = true; }
    void resume();
    // Pauses input until the state store answers: the callback for a
    // question to the store, which resumes input and then runs THEN, and
    // does nothing once the session is gone.
    template <class Answer> std::function<void(Answer)> resumeAfter(std::function<void(Answer)> then)
    {
        pause();
        return [self = QPointer<SmtpSession>(this), then = std::move(then)](Answer answer) {
            if (!self) {
                return;
            }
            self->resume();
            then(std::move(answer));
        };
    }
    const QString &clientIp() const { return m_clientIp; }
    void setClient(const QHostAddress &address);

    ClientSocket *m_socket;
    SmtpServer &m_server;
    QString m_token;
    State m_state = State::Connected;
    QByteArray m_input;
    bool m_paused = false;
    bool m_readDeferred = false;   // input left in the kernel while paused
    bool m_processing = false;     // processInput() is running
    QByteArray m_output;           // replies not yet written (see send())
    bool m_discardingLine = false; // the rest of an over-long line
    bool m_tls = false;
    int m_commands = 0;
    QBasicTimer m_idle;
    QElapsedTimer m_lastInput; // since the last bytes from the client

    QHostAddress m_realPeer;
    QHostAddress m_client; // the real peer, or the address XCLIENT claimed
    QString m_clientIp;    // m_client as text, asked for on every command
    QString m_heloName;
    QString m_login;
    QString m_authUser; // AUTH LOGIN: the user name while the password is awaited

    Envelope m_envelope;
    bool m_recipientRefusedByDns = false;
    QByteArray m_message; // our trace line, then the content (see startMessage())
    qsizetype m_traceSize = 0;
    bool m_messageTooBig = false;
    bool m_lineTooLong = false;
};

} // namespace mt::smtp
