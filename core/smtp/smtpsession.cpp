#include "smtpsession.h"

#include "common/clientsocket.h"
#include "smtpserver.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QScopedValueRollback>
#include <QTimer>
#include <QTimerEvent>

namespace mt::smtp {

using policy::DomainValidator;

namespace {

// The address between < and > after "FROM:" or "TO:", and what follows it.
struct PathArgument
{
    bool ok = false;
    QString address;
    QList<QByteArray> parameters;
};

PathArgument parsePath(const QByteArray &argument, const char *keyword)
{
    // Read in place (views): this runs for every MAIL and RCPT.
    PathArgument result;
    const QByteArrayView prefix(keyword);
    if (argument.size() < prefix.size() ||
        QByteArrayView(argument).first(prefix.size()).compare(prefix, Qt::CaseInsensitive) != 0) {
        return result;
    }
    QByteArrayView rest = QByteArrayView(argument).sliced(prefix.size()).trimmed();
    QByteArrayView path;
    if (rest.startsWith('<')) {
        const qsizetype close = rest.indexOf('>');
        if (close < 0) {
            return result;
        }
        path = rest.sliced(1, close - 1);
        rest = rest.sliced(close + 1);
    } else {
        // Lenient: some clients send the address without brackets.
        const qsizetype space = rest.indexOf(' ');
        path = space < 0 ? rest : rest.first(space);
        rest = space < 0 ? QByteArrayView() : rest.sliced(space);
    }
    // A source route (RFC 5321 C) is ignored, as servers do.
    if (path.startsWith('@')) {
        const qsizetype colon = path.indexOf(':');
        path = colon < 0 ? QByteArrayView() : path.sliced(colon + 1);
    }
    for (const char c : path) {
        if (static_cast<unsigned char>(c) <= ' ' || c == '<' || c == '>' || c == 0x7f) {
            return result;
        }
    }
    result.address = QString::fromUtf8(path);
    // The parameters, separated by white space.
    const auto isSpace = [](char c) { return c == ' ' || (c >= '\t' && c <= '\r'); };
    for (qsizetype i = 0; i < rest.size();) {
        if (isSpace(rest.at(i))) {
            ++i;
            continue;
        }
        const qsizetype start = i;
        while (i < rest.size() && !isSpace(rest.at(i))) {
            ++i;
        }
        result.parameters << rest.sliced(start, i - start).toByteArray();
    }
    result.ok = true;
    return result;
}

bool validMailbox(const QString &address)
{
    const qsizetype at = address.lastIndexOf(QLatin1Char('@'));
    return at > 0 && at < address.size() - 1;
}

// xtext (RFC 3461 4): "+XX" is a byte in hex.
QByteArray decodeXtext(const QByteArray &text)
{
    QByteArray result;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == '+' && i + 2 < text.size()) {
            bool ok = false;
            const int byte = text.mid(i + 1, 2).toInt(&ok, 16);
            if (ok) {
                result.append(char(byte));
                i += 2;
                continue;
            }
        }
        result.append(text.at(i));
    }
    return result;
}

std::optional<QByteArray> decodeBase64(const QByteArray &text)
{
    if (text == "=") {
        return QByteArray(); // RFC 4954 4: an empty initial response
    }
    auto decoded = QByteArray::fromBase64Encoding(text.trimmed(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || text.trimmed().isEmpty()) {
        return std::nullopt;
    }
    return decoded.decoded;
}

// The date of a Received: line; formatting it is slow next to the rest of
// a message's work, and it changes once a second.
QByteArray receivedDate(qint64 ms)
{
    static qint64 second = -1;
    static QByteArray text;
    if (ms / 1000 != second) {
        second = ms / 1000;
        text = QDateTime::fromMSecsSinceEpoch(second * 1000, Qt::UTC).toString(Qt::RFC2822Date).toLatin1();
    }
    return text;
}

} // namespace

QString SmtpSession::newToken()
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    constexpr int length = 22;
    // One draw for the whole token, not one per character (each draw takes
    // the generator's lock); the modulo's bias, below 2^-26, does not matter
    // for an id.
    quint32 random[length];
    QRandomGenerator::global()->fillRange(random);
    QString token(length, Qt::Uninitialized);
    for (int i = 0; i < length; ++i) {
        token[i] = QLatin1Char(alphabet[random[i] % (sizeof alphabet - 1)]);
    }
    return token;
}

SmtpSession::SmtpSession(ClientSocket *socket, SmtpServer &server)
    : QObject(&server)
    , m_socket(socket)
    , m_server(server)
    , m_token(newToken())
{
    m_socket->setParent(this);
    m_realPeer = m_socket->peerAddress();
    setClient(m_realPeer);
    connect(m_socket, &ClientSocket::readyRead, this, &SmtpSession::readInput);
    connect(m_socket, &ClientSocket::disconnected, this, [this] {
        if (m_state != State::Closing) {
            abandonTransaction();
            m_state = State::Closing;
        }
        deleteLater();
    });
}

SmtpSession::~SmtpSession() = default;

void SmtpSession::setClient(const QHostAddress &address)
{
    m_client = address;
    m_clientIp = address.toString();
}

void SmtpSession::start()
{
    if (m_server.verbose()) {
        m_server.report(ServerEvent::connected(clientIp(), m_token));
    }
    m_lastInput.start();
    m_idle.start(m_server.settings().idleTimeoutSeconds * 1000, this);
    greet();
}

void SmtpSession::greet()
{
    m_server.policy().checkConnection(
        clientIp(), m_token, resumeAfter<policy::Verdict>([this](policy::Verdict refusal) {
            // A store that cannot answer does not stop the greeting: AUTH asks again.
            if (refusal && !refusal->temporary()) {
                m_server.report(ServerEvent::connectionRefused(clientIp(), m_token, refusal->rule, refusal->line()));
                closeWith(refusal->line().toUtf8());
                return;
            }
            reply(QStringLiteral("220 %1 ESMTP MailTriage %2").arg(m_server.hostName(), m_token));
        }));
}

void SmtpSession::timerEvent(QTimerEvent *event)
{
    if (event->timerId() != m_idle.timerId()) {
        QObject::timerEvent(event);
        return;
    }
    // Input came since the timer was set: wait for the rest of the time.
    const qint64 idleMs = m_server.settings().idleTimeoutSeconds * qint64(1000);
    if (const qint64 quiet = m_lastInput.elapsed(); quiet < idleMs) {
        m_idle.start(int(idleMs - quiet), this);
        return;
    }
    m_idle.stop();
    m_server.report(ServerEvent::timeout(clientIp(), m_token));
    abandonTransaction();
    closeWith(QStringLiteral("421 4.4.2 %1 Error: timeout exceeded").arg(m_token).toUtf8());
}

void SmtpSession::reply(const QByteArray &line)
{
    m_output.append(line);
    send("\r\n"); // one write for the line and its end
}

void SmtpSession::send(QByteArrayView bytes)
{
    // The replies to pipelined commands go out together (RFC 2920 3.2):
    // held while the input is read, written once at its end.
    m_output.append(bytes);
    if (!m_processing) {
        flushOutput();
    }
}

void SmtpSession::flushOutput()
{
    if (!m_output.isEmpty()) {
        m_socket->write(m_output);
        m_output.resize(0); // keeps its capacity
    }
}

void SmtpSession::closeWith(const QByteArray &line)
{
    if (m_state == State::Closing) {
        return;
    }
    reply(line);
    flushOutput();
    m_state = State::Closing;
    m_input.clear();
    m_message.clear();
    m_socket->disconnectFromHost();
    // A client that does not read must not keep the socket forever.
    QTimer::singleShot(10000, this, [this] { m_socket->abort(); });
}

void SmtpSession::readInput()
{
    if (m_state == State::Closing) {
        m_socket->discardInput();
        return;
    }
    if (m_paused && m_input.size() >= maxReadAhead) {
        // A rule's answer is awaited and a megabyte of what follows has
        // come: the rest waits in the kernel until resume().
        m_readDeferred = true;
        return;
    }
    // Straight into the input buffer, which keeps its capacity between reads;
    // a bounded piece at a time (the rest is told again), so a client that
    // never stops sending neither fills memory nor holds the loop.
    if (m_socket->readInto(m_input, maxReadAhead) > 0) {
        m_lastInput.start(); // not a timer restart per read: the timer checks this
    }
    processInput();
}

void SmtpSession::resume()
{
    m_paused = false;
    if (m_processing) {
        return; // answered at once: processInput()'s loop goes on by itself
    }
    // Later, not from inside a DNS callback that may run during our caller.
    if (std::exchange(m_readDeferred, false)) {
        QMetaObject::invokeMethod(this, &SmtpSession::readInput, Qt::QueuedConnection);
    } else {
        QMetaObject::invokeMethod(this, &SmtpSession::processInput, Qt::QueuedConnection);
    }
}

void SmtpSession::processInput()
{
    const QScopedValueRollback<bool> processing(m_processing, true);
    qsizetype position = 0;
    while (!m_paused && m_state != State::Closing) {
        const qsizetype newline = m_input.indexOf('\n', position);
        const int limit = m_state == State::Data ? maxTextLine : maxCommandLine;
        if (newline < 0) {
            if (m_input.size() - position > limit) {
                // Drop what cannot be a line; the reply comes when it ends.
                if (m_state == State::Data) {
                    m_lineTooLong = true;
                }
                m_discardingLine = true;
                position = m_input.size();
            }
            break;
        }
        // The line without its end; a view, as a message's lines are many.
        qsizetype end = newline;
        if (end > position && m_input.at(end - 1) == '\r') {
            --end;
        }
        const QByteArrayView line(m_input.constData() + position, end - position);
        position = newline + 1;
        if (m_discardingLine || line.size() > limit - 2) {
            m_discardingLine = false;
            if (m_state == State::Data) {
                m_lineTooLong = true;
            } else {
                reply(QByteArrayLiteral("500 5.5.2 Error: line too long"));
            }
            continue;
        }
        if (m_state == State::Data) {
            handleDataLine(line);
        } else {
            handleCommand(line.toByteArray());
        }
    }
    if (m_state == State::Closing) {
        m_input.clear();
    } else {
        m_input.remove(0, position);
    }
    flushOutput();
}

void SmtpSession::handleDataLine(QByteArrayView line)
{
    if (line == QByteArrayView(".")) {
        finishData();
        return;
    }
    const qsizetype start = line.startsWith('.') ? 1 : 0; // dot-stuffing, RFC 5321 4.5.2
    if (m_messageTooBig) {
        return;
    }
    if (m_message.size() - m_traceSize + line.size() - start + 2 > m_server.settings().maxMessageSize) {
        m_messageTooBig = true;
        m_message.clear();
        m_traceSize = 0;
        m_message.squeeze();
        return;
    }
    m_message.append(line.constData() + start, line.size() - start);
    m_message.append("\r\n", 2);
}

void SmtpSession::handleCommand(const QByteArray &line)
{
    if (++m_commands > m_server.settings().maxCommands) {
        closeWith(QStringLiteral("421 4.7.0 %1 Error: too many commands, closing connection").arg(m_token).toUtf8());
        return;
    }
    switch (m_state) {
    case State::AuthPlainResponse:
    case State::AuthLoginUser:
    case State::AuthLoginPassword:
        authResponse(line);
        return;
    default:
        break;
    }
    if (line.contains('\0')) {
        reply(QByteArrayLiteral("500 5.5.2 Error: NUL character in command"));
        return;
    }
    const qsizetype space = line.indexOf(' ');
    const QByteArray verb = (space < 0 ? line : line.left(space)).toUpper();
    const QByteArray argument = space < 0 ? QByteArray() : line.mid(space + 1).trimmed();

    if (verb == "EHLO" || verb == "HELO") {
        ehlo(argument, verb == "EHLO");
    } else if (verb == "AUTH") {
        auth(argument);
    } else if (verb == "MAIL") {
        mail(argument);
    } else if (verb == "RCPT") {
        rcpt(argument);
    } else if (verb == "DATA") {
        data(argument);
    } else if (verb == "RSET") {
        abandonTransaction();
        reply(QByteArrayLiteral("250 2.0.0 Ok"));
    } else if (verb == "NOOP") {
        reply(QByteArrayLiteral("250 2.0.0 Ok"));
    } else if (verb == "QUIT") {
        abandonTransaction();
        closeWith("221 2.0.0 Bye");
    } else if (verb == "STARTTLS") {
        startTls(argument);
    } else if (verb == "XCLIENT") {
        xclient(argument);
    } else if (verb == "VRFY") {
        reply(QByteArrayLiteral("252 2.0.0 Cannot VRFY user, but will accept message"));
    } else {
        reply(QByteArrayLiteral("500 5.5.2 Error: command not recognized"));
    }
}

void SmtpSession::ehlo(const QByteArray &argument, bool extended)
{
    if (argument.isEmpty()) {
        reply(extended ? QByteArrayLiteral("501 5.5.4 Syntax: EHLO hostname")
                       : QByteArrayLiteral("501 5.5.4 Syntax: HELO hostname"));
        return;
    }
    abandonTransaction();
    m_heloName = QString::fromUtf8(argument.left(255));
    m_state = State::Ready;
    if (!extended) {
        reply(QStringLiteral("250 %1").arg(m_server.hostName()));
        return;
    }
    QList<QByteArray> lines{m_server.hostName().toUtf8(), "PIPELINING",
                            "SIZE " + QByteArray::number(m_server.settings().maxMessageSize), "8BITMIME",
                            "ENHANCEDSTATUSCODES"};
    if (m_server.tlsAvailable() && !m_tls) {
        lines << "STARTTLS";
    }
    if (!m_server.settings().requireTlsForAuth || m_tls) {
        lines << "AUTH PLAIN LOGIN";
    }
    if (m_server.settings().xclient && m_realPeer.isLoopback()) {
        lines << "XCLIENT NAME ADDR LOGIN";
    }
    QByteArray text;
    for (int i = 0; i < lines.size(); ++i) {
        text += "250" + QByteArray(i + 1 < lines.size() ? "-" : " ") + lines.at(i) + "\r\n";
    }
    send(text);
}

void SmtpSession::auth(const QByteArray &argument)
{
    m_server.policy().checkConnection(
        clientIp(), m_token, resumeAfter<policy::Verdict>([this, argument](policy::Verdict refusal) {
            if (refusal && refusal->temporary()) {
                m_server.report(ServerEvent::refused(clientIp(), m_token, refusal->rule, refusal->line()));
                reply(refusal->line());
            } else if (refusal) {
                closeWith(refusal->line().toUtf8());
            } else {
                startAuth(argument);
            }
        }));
}

void SmtpSession::startAuth(const QByteArray &argument)
{
    if (m_state == State::Connected) {
        reply(QByteArrayLiteral("503 5.5.1 Error: send HELO/EHLO first"));
        return;
    }
    if (m_state != State::Ready) {
        reply(QByteArrayLiteral("503 5.5.1 Error: MAIL transaction in progress"));
        return;
    }
    if (!m_login.isEmpty()) {
        reply(QByteArrayLiteral("503 5.5.1 Error: already authenticated"));
        return;
    }
    if (m_server.settings().requireTlsForAuth && !m_tls) {
        reply(QByteArrayLiteral("530 5.7.0 Must issue a STARTTLS command first"));
        return;
    }
    const QList<QByteArray> parts = argument.simplified().split(' ');
    const QByteArray mechanism = parts.value(0).toUpper();
    const QByteArray initial = parts.value(1);
    if (parts.size() > 2 || (mechanism != "PLAIN" && mechanism != "LOGIN")) {
        reply(QByteArrayLiteral("504 5.5.4 Unrecognized authentication type"));
        return;
    }
    if (mechanism == "PLAIN") {
        m_state = State::AuthPlainResponse;
        if (initial.isEmpty()) {
            reply(QByteArrayLiteral("334 "));
        } else {
            authResponse(initial);
        }
        return;
    }
    m_state = State::AuthLoginUser;
    if (initial.isEmpty()) {
        reply(QByteArrayLiteral("334 VXNlcm5hbWU6")); // "Username:"
    } else {
        authResponse(initial);
    }
}

void SmtpSession::authResponse(const QByteArray &line)
{
    if (line.trimmed() == "*") {
        m_state = State::Ready;
        m_authUser.clear();
        reply(QByteArrayLiteral("501 5.7.0 Authentication aborted"));
        return;
    }
    const auto decoded = decodeBase64(line);
    if (!decoded) {
        m_state = State::Ready;
        m_authUser.clear();
        reply(QByteArrayLiteral("501 5.5.2 Cannot decode response"));
        return;
    }
    switch (m_state) {
    case State::AuthPlainResponse: {
        // authzid NUL authcid NUL password (RFC 4616)
        const QList<QByteArray> fields = decoded->split('\0');
        m_state = State::Ready;
        if (fields.size() != 3) {
            reply(QByteArrayLiteral("501 5.5.2 Invalid AUTH PLAIN response"));
            return;
        }
        finishAuth(QString::fromUtf8(fields.at(1)), fields.at(2));
        return;
    }
    case State::AuthLoginUser:
        m_authUser = QString::fromUtf8(*decoded);
        m_state = State::AuthLoginPassword;
        reply(QByteArrayLiteral("334 UGFzc3dvcmQ6")); // "Password:"
        return;
    case State::AuthLoginPassword:
        m_state = State::Ready;
        finishAuth(std::exchange(m_authUser, QString()), *decoded);
        return;
    default:
        return;
    }
}

void SmtpSession::finishAuth(const QString &login, const QByteArray &password)
{
    policy::SubmissionPolicy &rules = m_server.policy();
    if (const auto known = rules.knownVerdict(login, password)) {
        authenticated(login, password, *known);
        return;
    }
    // The slow hash runs on a worker thread; meanwhile this session reads
    // nothing more and every other session goes on.
    pause();
    m_server.checkPassword(rules.storedHash(login).value_or(QString()), password, this,
                           [this, login, password](bool matches) {
                               authenticated(login, password, matches);
                               resume();
                           });
}

void SmtpSession::authenticated(const QString &login, const QByteArray &password, bool passwordMatches)
{
    m_server.policy().recordAuthentication(
        clientIp(), login, password, passwordMatches,
        resumeAfter<policy::AuthOutcome>(
            [this, login](const policy::AuthOutcome &outcome) { authRecorded(login, outcome); }));
}

void SmtpSession::authRecorded(const QString &login, const policy::AuthOutcome &outcome)
{
    if (outcome.account) {
        m_login = *outcome.account;
        if (m_server.verbose()) {
            m_server.report(ServerEvent::authSucceeded(clientIp(), m_token, m_login));
        }
        reply(QByteArrayLiteral("235 2.7.0 Authentication successful"));
        return;
    }
    if (outcome.storeError) {
        // The failure could not be counted: the client tries again later.
        const policy::Rejection deferred{451, policy::ServerReply::StoreUnavailable, m_token, clientIp(),
                                         QStringLiteral("store")};
        m_server.report(ServerEvent::refused(clientIp(), m_token, deferred.rule, deferred.line()));
        reply(deferred.line());
        return;
    }
    m_server.report(ServerEvent::authFailed(clientIp(), m_token, login.left(100), outcome.failures));
    if (outcome.block) {
        m_server.report(ServerEvent::blocked(clientIp(), outcome.block->failures, outcome.block->blockedUntilMs));
    }
    const policy::Rejection failed{535, policy::ServerReply::AuthenticationFailed, m_token, clientIp(), {}};
    reply(failed.line());
}

void SmtpSession::mail(const QByteArray &argument)
{
    if (m_state == State::Connected) {
        reply(QByteArrayLiteral("503 5.5.1 Error: send HELO/EHLO first"));
        return;
    }
    if (m_state != State::Ready) {
        reply(QByteArrayLiteral("503 5.5.1 Error: nested MAIL command"));
        return;
    }
    const PathArgument path = parsePath(argument, "FROM:");
    if (!path.ok || (!path.address.isEmpty() && !validMailbox(path.address))) {
        reply(QByteArrayLiteral("501 5.5.4 Syntax: MAIL FROM:<address>"));
        return;
    }
    for (const QByteArray &parameter : path.parameters) {
        const QByteArray name = parameter.left(parameter.indexOf('=')).toUpper();
        const QByteArray value = parameter.mid(parameter.indexOf('=') + 1);
        if (name == "SIZE") {
            bool ok = false;
            const qint64 size = value.toLongLong(&ok);
            if (!ok || size < 0) {
                reply(QByteArrayLiteral("501 5.5.4 Bad SIZE parameter"));
                return;
            }
            if (size > m_server.settings().maxMessageSize) {
                reply(QByteArrayLiteral("552 5.3.4 Message size exceeds fixed limit"));
                return;
            }
        } else if (name == "BODY") {
            if (value.toUpper() != "7BIT" && value.toUpper() != "8BITMIME") {
                reply(QByteArrayLiteral("501 5.5.4 Bad BODY parameter"));
                return;
            }
        } else if (name != "AUTH") {
            reply(QByteArrayLiteral("555 5.5.4 Unsupported option: ") + name.left(40));
            return;
        }
    }
    const QString sender = path.address;
    m_server.policy().checkSender(
        m_client, m_clientIp, m_login, sender, m_token,
        resumeAfter<policy::Verdict>([this, sender](policy::Verdict rejection) {
            if (rejection) {
                m_server.report(ServerEvent::refused(clientIp(), m_token, rejection->rule, rejection->line()));
                reply(rejection->line());
                return;
            }
            senderAllowed(sender);
        }));
}

void SmtpSession::senderAllowed(const QString &sender)
{
    auto decide = [this, sender](bool valid) {
        if (valid) {
            m_envelope = Envelope();
            m_envelope.sender = sender;
            m_recipientRefusedByDns = false;
            m_state = State::MailGiven;
            reply(QByteArrayLiteral("250 2.1.0 Ok"));
        } else {
            const policy::Rejection rejection{550, policy::ServerReply::InvalidDomain, m_token, clientIp(),
                                              QStringLiteral("mx")};
            m_server.report(ServerEvent::refused(clientIp(), m_token, rejection.rule, rejection.line()));
            reply(rejection.line());
        }
    };
    checkDomain(policy::domainOf(sender), decide);
}

void SmtpSession::checkDomain(const QString &domain, const std::function<void(bool valid)> &decide)
{
    auto settle = [this, decide](DomainValidator::Result result) {
        if (result == DomainValidator::Result::TemporaryFailure) {
            reply(policy::replyLine(policy::ServerReply::TemporaryDnsFailure, m_token));
        } else {
            decide(result == DomainValidator::Result::Valid);
        }
    };
    if (const auto known = m_server.domains().cached(domain)) {
        settle(*known);
        return;
    }
    pause();
    m_server.domains().check(domain, this, [this, settle](DomainValidator::Result result) {
        settle(result);
        resume();
    });
}

void SmtpSession::rcpt(const QByteArray &argument)
{
    if (m_state != State::MailGiven) {
        reply(m_state == State::Connected ? QByteArrayLiteral("503 5.5.1 Error: send HELO/EHLO first")
                                          : QByteArrayLiteral("503 5.5.1 Error: need MAIL command"));
        return;
    }
    const PathArgument path = parsePath(argument, "TO:");
    if (!path.ok || !validMailbox(path.address)) {
        reply(QByteArrayLiteral("501 5.1.3 Bad recipient address syntax"));
        return;
    }
    if (!path.parameters.isEmpty()) {
        reply(QByteArrayLiteral("555 5.5.4 Unsupported option: ") + path.parameters.first().left(40));
        return;
    }
    if (m_envelope.recipients.size() >= maxRecipients) {
        reply(QByteArrayLiteral("452 4.5.3 Error: too many recipients"));
        return;
    }
    const QString recipient = path.address;
    checkDomain(policy::domainOf(recipient), [this, recipient](bool valid) {
        if (valid) {
            m_envelope.recipients << recipient;
            reply(QByteArrayLiteral("250 2.1.5 Ok"));
        } else {
            // The valid recipients stay: Outlook sends to them and reports
            // the others (docs/policy.md).
            m_recipientRefusedByDns = true;
            const policy::Rejection rejection{550, policy::ServerReply::InvalidDestinationDomain, m_token, clientIp(),
                                              QStringLiteral("mx")};
            m_server.report(
                ServerEvent::refused(clientIp(), m_token, rejection.rule, rejection.line(), recipient.left(200)));
            reply(rejection.line());
        }
    });
}

void SmtpSession::data(const QByteArray &argument)
{
    if (m_state != State::MailGiven) {
        reply(m_state == State::Connected ? QByteArrayLiteral("503 5.5.1 Error: send HELO/EHLO first")
                                          : QByteArrayLiteral("503 5.5.1 Error: need RCPT command"));
        return;
    }
    if (!argument.isEmpty()) {
        reply(QByteArrayLiteral("501 5.5.4 Syntax: DATA"));
        return;
    }
    if (m_envelope.recipients.isEmpty()) {
        abandonTransaction();
        reply(QByteArrayLiteral("554 5.5.1 Error: no valid recipients"));
        return;
    }
    m_state = State::Data;
    startMessage();
    m_messageTooBig = false;
    m_lineTooLong = false;
    reply(QByteArrayLiteral("354 End data with <CR><LF>.<CR><LF>"));
}

void SmtpSession::startMessage()
{
    // RFC 5321 4.4: the trace line goes first. Written now, as Postfix
    // stamps a message when its data begins, with the content appended
    // after it: the message goes to the store as it is, without a copy.
    const QByteArray date = receivedDate(m_server.policy().clock().nowMs());
    m_message.clear();
    m_message.reserve(200 + 4096);
    m_message.append("Received: from ")
        .append(m_heloName.left(100).toUtf8())
        .append(" ([")
        .append(clientIp().toLatin1())
        .append("])\r\n\tby ")
        .append(m_server.hostName().toUtf8())
        .append(m_tls ? " with ESMTPSA id " : " with ESMTPA id ")
        .append(m_token.toLatin1())
        .append(";\r\n\t")
        .append(date)
        .append("\r\n");
    m_traceSize = m_message.size();
}

void SmtpSession::finishData()
{
    const QString ip = clientIp();
    if (m_messageTooBig) {
        static const QByteArray tooBig = QByteArrayLiteral("552 5.3.4 Message size exceeds fixed limit");
        reply(tooBig);
        m_server.report(ServerEvent::refused(ip, m_token, QStringLiteral("size"), QString::fromLatin1(tooBig)));
        resetTransaction();
        return;
    }
    if (m_lineTooLong) {
        reply(QByteArrayLiteral("500 5.5.2 Error: message line too long (RFC 5321: at most 998 characters)"));
        resetTransaction();
        return;
    }
    auto refuse = [this, ip](const policy::Rejection &rejection) {
        m_server.report(ServerEvent::refused(ip, m_token, rejection.rule, rejection.line()));
        reply(rejection.line());
        resetTransaction();
    };
    // The content without our trace line, not copied.
    const QByteArray content =
        QByteArray::fromRawData(m_message.constData() + m_traceSize, m_message.size() - m_traceSize);
    m_server.policy().checkContent(
        ip, content, m_token, resumeAfter<policy::Verdict>([this, ip, refuse](policy::Verdict spam) {
            if (spam) {
                refuse(*spam);
                return;
            }
            // Counted before it is stored: two nodes never both take the last
            // message of a window (a failed save leaves one count too many, never one too few).
            m_server.policy().admitMessage(ip, m_login, m_token,
                                           resumeAfter<policy::Verdict>([this, refuse](policy::Verdict over) {
                                               if (over) {
                                                   refuse(*over);
                                                   return;
                                               }
                                               store();
                                           }));
        }));
}

void SmtpSession::store()
{
    const QString ip = clientIp();
    const qint64 now = m_server.policy().clock().nowMs();
    m_envelope.clientIp = ip;
    m_envelope.login = m_login;
    m_envelope.token = m_token;
    m_envelope.receivedMs = now;
    // The 250 waits for the disk (group commit, see MessageStore); until
    // then this session reads nothing more and every other one goes on.
    pause();
    const qint64 size = m_message.size();
    m_server.messages().save(m_envelope, std::exchange(m_message, {}), this,
                             [this, size](const std::optional<QString> &id, const QString &error) {
                                 stored(id, error, size);
                                 resume();
                             });
    m_traceSize = 0;
}

void SmtpSession::stored(const std::optional<QString> &id, const QString &error, qint64 size)
{
    if (m_state == State::Closing) {
        return; // gone before the disk answered: never acknowledged, not counted
    }
    const QString ip = clientIp();
    if (!id) {
        m_server.report(ServerEvent::storeFailed(ip, m_token, error));
        reply(QStringLiteral("451 4.3.0 %1 Error: cannot store the message, try again later").arg(m_token));
        resetTransaction();
        return;
    }
    m_server.policy().recordAccepted(ip, m_recipientRefusedByDns);
    m_server.countAccepted();
    if (m_server.verbose()) {
        m_server.report(
            ServerEvent::accepted(ip, m_token, *id, m_envelope.sender, int(m_envelope.recipients.size()), size));
    }
    reply(QStringLiteral("250 2.0.0 Ok: queued as %1").arg(m_token));
    resetTransaction();
}

void SmtpSession::resetTransaction()
{
    m_envelope = Envelope();
    m_recipientRefusedByDns = false;
    m_message.clear();
    m_message.squeeze();
    m_traceSize = 0;
    m_messageTooBig = false;
    m_lineTooLong = false;
    if (m_state == State::MailGiven || m_state == State::Data) {
        m_state = State::Ready;
    }
}

void SmtpSession::abandonTransaction()
{
    if ((m_state == State::MailGiven || m_state == State::Data) && m_recipientRefusedByDns) {
        m_server.policy().recordUndeliverable(clientIp());
    }
    resetTransaction();
}

void SmtpSession::startTls(const QByteArray &argument)
{
    if (!m_server.tlsAvailable()) {
        reply(QByteArrayLiteral("502 5.5.1 Error: command not implemented"));
        return;
    }
    if (m_tls) {
        reply(QByteArrayLiteral("554 5.5.1 Error: TLS already active"));
        return;
    }
    if (!argument.isEmpty()) {
        reply(QByteArrayLiteral("501 5.5.4 Syntax: STARTTLS"));
        return;
    }
    if (m_state != State::Ready && m_state != State::Connected) {
        reply(QByteArrayLiteral("503 5.5.1 Error: MAIL transaction in progress"));
        return;
    }
    reply(QByteArrayLiteral("220 2.0.0 Ready to start TLS"));
    flushOutput(); // in the clear, before the handshake
    // RFC 3207 4.2: nothing said before the handshake counts after it.
    m_input.clear();
    m_state = State::Connected;
    m_heloName.clear();
    m_login.clear();
    m_tls = true;
    m_socket->startServerEncryption(m_server.tlsConfiguration());
}

void SmtpSession::xclient(const QByteArray &argument)
{
    // Judged by the real peer every time: a replay may claim one address,
    // then another, but a claimed address never earns trust of its own.
    if (!m_server.settings().xclient || !m_realPeer.isLoopback()) {
        reply(QByteArrayLiteral("550 5.7.0 Error: insufficient authorization"));
        return;
    }
    if (m_state != State::Ready && m_state != State::Connected) {
        reply(QByteArrayLiteral("503 5.5.1 Error: MAIL transaction in progress"));
        return;
    }
    QHostAddress address = m_client;
    QString name;
    QString login = m_login;
    const QList<QByteArray> attributes = argument.simplified().split(' ');
    for (const QByteArray &attribute : attributes) {
        const qsizetype equals = attribute.indexOf('=');
        if (equals <= 0) {
            reply(QByteArrayLiteral("501 5.5.4 Syntax: XCLIENT attribute=value..."));
            return;
        }
        const QByteArray key = attribute.left(equals).toUpper();
        const QByteArray value = decodeXtext(attribute.mid(equals + 1));
        const bool unavailable = value.startsWith("[UNAVAILABLE]") || value.startsWith("[TEMPUNAVAIL]");
        if (key == "ADDR") {
            if (unavailable) {
                address = m_realPeer;
                continue;
            }
            QByteArray text = value;
            if (text.toUpper().startsWith("IPV6:")) {
                text = text.mid(5);
            }
            const QHostAddress parsed(QString::fromLatin1(text));
            if (parsed.isNull()) {
                reply(QByteArrayLiteral("501 5.5.4 Bad XCLIENT ADDR syntax"));
                return;
            }
            address = parsed;
        } else if (key == "NAME") {
            name = unavailable ? QString() : QString::fromUtf8(value);
        } else if (key == "LOGIN") {
            const policy::Account *account =
                unavailable ? nullptr : m_server.policy().policy().account(QString::fromUtf8(value));
            if (!unavailable && !account) {
                reply(QByteArrayLiteral("550 5.7.0 Error: no such account"));
                return;
            }
            login = account ? account->login : QString();
        } else if (key != "PORT" && key != "PROTO" && key != "HELO" && key != "DESTADDR" && key != "DESTPORT") {
            reply(QByteArrayLiteral("501 5.5.4 Bad XCLIENT attribute name: ") + key.left(40));
            return;
        }
    }
    // Postfix restarts the session: a new greeting, EHLO again.
    abandonTransaction();
    setClient(address);
    m_login = login;
    m_heloName.clear();
    m_state = State::Connected;
    m_server.report(ServerEvent::xclient(m_realPeer.toString(), m_token, clientIp(), name.left(100), m_login));
    greet();
}

} // namespace mt::smtp
