#pragma once

#include "mailclientviews.h"
#include "policy/policy.h"

#include <QHostAddress>
#include <QObject>
#include <QStringList>

#include <functional>

class QTcpSocket;

namespace mt::smtp {

// What a customer's mail client does, replayed against the built-in server.
struct ReplayScenario
{
    QString id;          // "ok", "auth", "sender", "mx", "auth-failures", "rate", "queue", "spam", "geoip", "custom"
    LocalizedText title; // what it shows, for a list of scenarios
    QString login;
    QString password;
    QString sender;
    QStringList recipients;
    QString clientIp; // claimed with XCLIENT; empty: the real address
    int messages = 1;
    bool spam = false;
    // Refused recipients are the means, not the outcome (rule 6 fills the
    // queue with undeliverable mail): they are not told as the refusal.
    bool refusedRecipientsExpected = false;
};

struct ReplayResult
{
    QStringList transcript; // "C: ..." and "S: ..." lines (long runs are shortened in the middle)
    int accepted = 0;       // messages acknowledged with 250
    bool refused = false;   // the server refused something
    ReplyStage stage = ReplyStage::Data;
    QString reply;               // the first refusal, or the last acknowledgement
    QList<MailClientView> views; // how clients show the refusal (empty when all went well)
    QString error;               // the connection failed (not a refusal)
};

// Plays one scenario against a server (XCLIENT must be enabled for a
// claimed address): a new connection for each try after a failed login, as
// clients retry, else one session for all messages; stops at the first
// refusal, except a refused recipient among accepted ones (the message goes
// to the others, as the help pages describe for Outlook: docs/policy.md). Asynchronous: finished() once.
class ReplayClient final : public QObject
{
    Q_OBJECT

public:
    ReplayClient(QHostAddress server, quint16 port, QObject *parent = nullptr);
    ~ReplayClient() override;

    void start(const ReplayScenario &scenario);
    const ReplayResult &result() const { return m_result; }

    // One scenario per submission rule (docs/policy.md) plus "all is well",
    // for an account LOGIN with PASSWORD in a domain with an MX
    // (VALID_RECIPIENT's domain must have one too, INVALID_DOMAIN none;
    // FOREIGN_IP is an address whose country the account's domain does not
    // allow). Titles and message counts follow LIMITS, the server's policy:
    // the rate scenario sends per_minute + 1 messages.
    static QList<ReplayScenario> builtIn(const policy::Limits &limits, const QString &login, const QString &password,
                                         const QString &validRecipient, const QString &invalidDomain,
                                         const QString &foreignIp);

    static constexpr int maxTranscriptLines = 400;

signals:
    void finished(const mt::smtp::ReplayResult &result);

private:
    using Next = std::function<void(int code, const QString &line)>;
    void connectSession();
    void expect(const QByteArray &command, Next next);
    void onReadyRead();
    void afterGreeting(int code, const QString &line);
    void sendMessage();
    void sendRecipient(int index);
    void refuse(ReplyStage stage, const QString &line);
    void finish();
    void note(const QString &line);

    QHostAddress m_server;
    quint16 m_port;
    ReplayScenario m_scenario;
    ReplayResult m_result;
    QTcpSocket *m_socket = nullptr;
    QByteArray m_buffer;
    bool m_xclientSent = false; // on the current connection
    Next m_next;
    int m_sent = 0;         // messages tried
    int m_acceptedRcpt = 0; // in the current message
    bool m_done = false;
    QStringList m_head;
    QStringList m_tail;
    int m_omitted = 0;
};

} // namespace mt::smtp

Q_DECLARE_METATYPE(mt::smtp::ReplayResult)
