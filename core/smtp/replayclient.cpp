#include "replayclient.h"

#include "policy/spamfilter.h"

#include <QDateTime>
#include <QTcpSocket>

namespace mt::smtp {

namespace {

LocalizedText title(const char *source, const QStringList &arguments = {})
{
    return {"Replay", source, arguments};
}

} // namespace

ReplayClient::ReplayClient(QHostAddress server, quint16 port, QObject *parent)
    : QObject(parent)
    , m_server(std::move(server))
    , m_port(port)
{}

ReplayClient::~ReplayClient() = default;

QList<ReplayScenario> ReplayClient::builtIn(const policy::Limits &limits, const QString &login, const QString &password,
                                            const QString &validRecipient, const QString &invalidDomain,
                                            const QString &foreignIp)
{
    const QString foreignSender = QStringLiteral("john.smith@domain.com");
    QList<ReplayScenario> list;
    list << ReplayScenario{QStringLiteral("ok"),
                           title(QT_TRANSLATE_NOOP("Replay", "All is well")),
                           login,
                           password,
                           login,
                           {validRecipient},
                           {},
                           1,
                           false,
                           false};
    list << ReplayScenario{QStringLiteral("auth"),
                           title(QT_TRANSLATE_NOOP("Replay", "Rule 1: wrong password")),
                           login,
                           password + QStringLiteral("-wrong"),
                           login,
                           {validRecipient},
                           {},
                           1,
                           false,
                           false};
    list << ReplayScenario{QStringLiteral("sender"),
                           title(QT_TRANSLATE_NOOP("Replay", "Rule 2: sender from a domain not of the account")),
                           login,
                           password,
                           foreignSender,
                           {validRecipient},
                           {},
                           1,
                           false,
                           false};
    list << ReplayScenario{QStringLiteral("mx"),
                           title(QT_TRANSLATE_NOOP("Replay", "Rule 3: a recipient domain without MX or A")),
                           login,
                           password,
                           login,
                           {validRecipient, QStringLiteral("someone@") + invalidDomain},
                           {},
                           1,
                           false,
                           false};
    list << ReplayScenario{QStringLiteral("auth-failures"),
                           title(QT_TRANSLATE_NOOP("Replay", "Rule 4: more than %1 failed logins in an hour"),
                                 {QString::number(limits.authFailuresPerHour)}),
                           login,
                           password + QStringLiteral("-wrong"),
                           login,
                           {validRecipient},
                           QStringLiteral("192.0.2.44"),
                           // The failure over the limit blocks; one more try sees the refusal.
                           limits.authFailuresPerHour + 2,
                           false,
                           false};
    list << ReplayScenario{QStringLiteral("rate"),
                           title(QT_TRANSLATE_NOOP("Replay", "Rule 5: more than %1 messages in a minute"),
                                 {QString::number(limits.perMinute)}),
                           login,
                           password,
                           login,
                           {validRecipient},
                           QStringLiteral("192.0.2.55"),
                           limits.perMinute + 1,
                           false,
                           false};
    list << ReplayScenario{
        QStringLiteral("queue"),
        title(QT_TRANSLATE_NOOP("Replay", "Rule 6: over %1% of more than %2 messages undeliverable"),
              {QString::number(qRound(limits.queueMaxUndeliverable * 100)), QString::number(limits.queueMinMessages)}),
        login,
        password,
        login,
        {validRecipient, QStringLiteral("someone@") + invalidDomain},
        QStringLiteral("192.0.2.66"),
        // Judged above queueMinMessages, refused on the next one.
        limits.queueMinMessages + 2,
        false,
        true};
    list << ReplayScenario{QStringLiteral("spam"),
                           title(QT_TRANSLATE_NOOP("Replay", "Rule 7: spam after the first %1 in an hour"),
                                 {QString::number(limits.spamAcceptedPerHour)}),
                           login,
                           password,
                           login,
                           {validRecipient},
                           QStringLiteral("192.0.2.77"),
                           limits.spamAcceptedPerHour + 1,
                           true,
                           false};
    list << ReplayScenario{QStringLiteral("geoip"),
                           title(QT_TRANSLATE_NOOP("Replay", "Rule 8: connection from a country not allowed")),
                           login,
                           password,
                           login,
                           {validRecipient},
                           foreignIp,
                           1,
                           false,
                           false};
    return list;
}

void ReplayClient::start(const ReplayScenario &scenario)
{
    m_scenario = scenario;
    m_result = ReplayResult();
    m_sent = 0;
    m_done = false;
    connectSession();
}

void ReplayClient::note(const QString &line)
{
    // The first and the last lines matter; a run of 250 messages is shortened.
    if (m_head.size() < maxTranscriptLines / 2) {
        m_head << line;
        return;
    }
    m_tail << line;
    if (m_tail.size() > maxTranscriptLines / 2) {
        m_tail.removeFirst();
        ++m_omitted;
    }
}

void ReplayClient::connectSession()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->deleteLater();
    }
    m_buffer.clear();
    m_xclientSent = false;
    m_socket = new QTcpSocket(this);
    connect(m_socket, &QTcpSocket::readyRead, this, &ReplayClient::onReadyRead);
    connect(m_socket, &QAbstractSocket::errorOccurred, this, [this] {
        if (!m_done && m_next) {
            m_result.error = m_socket->errorString();
            finish();
        }
    });
    m_next = [this](int code, const QString &line) { afterGreeting(code, line); };
    note(QStringLiteral("=== connect %1:%2").arg(m_server.toString()).arg(m_port));
    m_socket->connectToHost(m_server, m_port);
}

void ReplayClient::expect(const QByteArray &command, Next next)
{
    note(QStringLiteral("C: ") + QString::fromUtf8(command.startsWith("AUTH PLAIN ") ? "AUTH PLAIN ****" : command));
    m_next = std::move(next);
    m_socket->write(command + "\r\n");
}

void ReplayClient::onReadyRead()
{
    m_buffer += m_socket->readAll();
    qsizetype newline;
    while (!m_done && (newline = m_buffer.indexOf("\r\n")) >= 0) {
        const QString line = QString::fromUtf8(m_buffer.left(newline));
        m_buffer.remove(0, newline + 2);
        note(QStringLiteral("S: ") + line);
        if (line.size() >= 4 && line.at(3) == QLatin1Char('-')) {
            continue; // more lines of the same reply
        }
        if (Next next = std::exchange(m_next, Next())) {
            next(line.left(3).toInt(), line);
        }
    }
}

void ReplayClient::refuse(ReplyStage stage, const QString &line)
{
    if (!m_result.refused) {
        m_result.refused = true;
        m_result.stage = stage;
        m_result.reply = line;
        m_result.views = mailClientViews(stage, line, m_scenario.login);
    }
}

void ReplayClient::afterGreeting(int code, const QString &line)
{
    if (code != 220) {
        refuse(ReplyStage::Connect, line);
        finish();
        return;
    }
    auto ehlo = [this] {
        expect("EHLO replay.mailtriage", [this](int code, const QString &line) {
            if (code != 250) {
                refuse(ReplyStage::Connect, line);
                finish();
                return;
            }
            const QByteArray plain =
                QByteArray('\0' + m_scenario.login.toUtf8() + '\0' + m_scenario.password.toUtf8()).toBase64();
            expect("AUTH PLAIN " + plain, [this](int code, const QString &line) {
                if (code != 235) {
                    ++m_sent; // this try is spent; a client tries again on a new connection
                    if (m_sent < m_scenario.messages && line.contains(QLatin1String("authentication failed"))) {
                        expect("QUIT", [this](int, const QString &) { connectSession(); });
                        return;
                    }
                    refuse(ReplyStage::Auth, line);
                    finish();
                    return;
                }
                sendMessage();
            });
        });
    };
    if (!m_scenario.clientIp.isEmpty() && !m_xclientSent) {
        m_xclientSent = true;
        expect("XCLIENT ADDR=" + m_scenario.clientIp.toLatin1(), [this](int code, const QString &line) {
            afterGreeting(code, line); // a new greeting, or the refusal
        });
        return;
    }
    ehlo();
}

void ReplayClient::sendMessage()
{
    if (m_sent >= m_scenario.messages) {
        expect("QUIT", [this](int, const QString &) { finish(); });
        return;
    }
    ++m_sent;
    m_acceptedRcpt = 0;
    expect("MAIL FROM:<" + m_scenario.sender.toUtf8() + ">", [this](int code, const QString &line) {
        if (code != 250) {
            refuse(ReplyStage::Mail, line);
            finish();
            return;
        }
        sendRecipient(0);
    });
}

void ReplayClient::sendRecipient(int index)
{
    if (index >= m_scenario.recipients.size()) {
        if (m_acceptedRcpt == 0) {
            finish();
            return;
        }
        expect("DATA", [this](int code, const QString &line) {
            if (code != 354) {
                refuse(ReplyStage::Data, line);
                finish();
                return;
            }
            QByteArray body = "From: <" + m_scenario.sender.toUtf8() + ">\r\nSubject: MailTriage replay " +
                              QByteArray::number(m_sent) +
                              "\r\nDate: " + QDateTime::currentDateTimeUtc().toString(Qt::RFC2822Date).toUtf8() +
                              "\r\n\r\n";
            body += m_scenario.spam ? policy::SpamFilter::gtube + "\r\n" : QByteArray("A replayed message.\r\n");
            note(QStringLiteral("C: (message %1, %2 bytes)").arg(m_sent).arg(body.size()));
            m_next = [this](int code, const QString &line) {
                if (code != 250) {
                    refuse(ReplyStage::Data, line);
                    finish();
                    return;
                }
                ++m_result.accepted;
                if (m_result.refused) {
                    finish(); // a refused recipient: the others got it, the refusal is told
                    return;
                }
                m_result.reply = line;
                sendMessage();
            };
            m_socket->write(body + ".\r\n");
        });
        return;
    }
    expect("RCPT TO:<" + m_scenario.recipients.at(index).toUtf8() + ">", [this, index](int code, const QString &line) {
        if (code == 250) {
            ++m_acceptedRcpt;
        } else if (!m_scenario.refusedRecipientsExpected) {
            refuse(ReplyStage::Rcpt, line);
        }
        sendRecipient(index + 1);
    });
}

void ReplayClient::finish()
{
    if (m_done) {
        return;
    }
    m_done = true;
    m_next = Next();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->disconnectFromHost();
    }
    m_result.transcript = m_head;
    if (m_omitted > 0) {
        m_result.transcript << QStringLiteral("... %1 lines ...").arg(m_omitted);
    }
    m_result.transcript += m_tail;
    emit finished(m_result);
}

} // namespace mt::smtp
