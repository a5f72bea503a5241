#include "bounceparser.h"

#include "jsonnotification.h"
#include "mimeparser.h"
#include "phrasematcher.h"
#include "producer.h"

#include <QHash>
#include <QRegularExpression>

#include <iterator>

namespace mt::bounce {

namespace {

using Re = QRegularExpression;

const Re &emailPattern()
{
    static const Re re(QStringLiteral(R"((?:"[^"\s]{1,64}"|[\w.+\-=/'!#$%&*?^{|}~]{1,64})@[\w\-]+(?:\.[\w\-]+)+)"));
    return re;
}

const Re &statusPattern()
{
    static const Re re(QStringLiteral(R"((?<![\d.])([245])\.(\d{1,3})\.(\d{1,3})(?!\.?\d))"));
    return re;
}

// Not a cipher's key size in a Received line: "(256/256 bits)".
const Re &replyCodePattern()
{
    static const Re re(QStringLiteral(R"((?:^|(?<=[\s:;(\[<>"'/]))([245][0-5]\d)(?=[ \-]|$)(?! bits))"),
                       Re::MultilineOption);
    return re;
}

QString collapseSpaces(QStringView text)
{
    QString out;
    out.reserve(text.size());
    bool space = false;
    for (const QChar c : text) {
        if (c.isSpace()) {
            space = !out.isEmpty();
            continue;
        }
        if (space) {
            out += QLatin1Char(' ');
            space = false;
        }
        out += c;
    }
    return out;
}

// qmail and friends write "Remote_host_said:_550_..." with underscores for
// spaces (the help pages quote it so); a line with several underscores and
// hardly any spaces ("failure: 192.0.2.1_does_not_like...") is read with spaces.
QString unUnderscored(const QString &line)
{
    const qsizetype underscores = line.count(QLatin1Char('_'));
    if (underscores >= 3 && underscores > 2 * line.trimmed().count(QLatin1Char(' '))) {
        QString copy = line;
        copy.replace(QLatin1Char('_'), QLatin1Char(' '));
        return copy;
    }
    return line;
}

// TEXT with unUnderscored() applied line by line.
QString unUnderscoredLines(QStringView text)
{
    QString out;
    for (const QStringView line : text.split(QLatin1Char('\n'))) {
        out += unUnderscored(line.toString()) + QLatin1Char('\n');
    }
    return out;
}

QString firstEmail(QStringView text)
{
    const auto match = emailPattern().match(text);
    return match.hasMatch() ? match.captured(0) : QString();
}

QString bareAddress(QString address)
{
    address = address.trimmed();
    if (address.startsWith(QLatin1String("rfc822;"), Qt::CaseInsensitive)) {
        address = address.mid(7).trimmed();
    }
    const QString email = firstEmail(address);
    return email.isEmpty() ? address : email;
}

// The reporting system's own role accounts, which notices name as contacts.
bool isRoleAddress(const QString &address)
{
    const QString local = address.section(QLatin1Char('@'), 0, 0).toLower();
    return local == QLatin1String("postmaster") || local == QLatin1String("abuse") ||
           local == QLatin1String("hostmaster");
}

// "<<< 250 2.1.5 Ok": a transcript's success line, never the result.
bool isSuccessReply(const QString &line)
{
    static const Re success(QStringLiteral(R"(^\s*(?:<<<\s*)?2\d\d[ \-])"));
    return success.match(line).hasMatch();
}

bool isMailerAddress(const QString &address)
{
    const QString local = address.section(QLatin1Char('@'), 0, 0).toLower();
    return local == QLatin1String("mailer-daemon") || local == QLatin1String("mail-daemon");
}

// "Name: value" fields of a delivery-status or feedback-report part, in
// groups separated by empty lines; the first group is per message.
QList<QList<QPair<QString, QString>>> fieldGroups(const QString &text)
{
    QList<QList<QPair<QString, QString>>> groups(1);
    const QList<QStringView> lines = QStringView(text).split(QLatin1Char('\n'));
    for (const QStringView line : lines) {
        if (line.trimmed().isEmpty()) {
            if (!groups.last().isEmpty()) {
                groups.append(QList<QPair<QString, QString>>());
            }
            continue;
        }
        if ((line.front() == QLatin1Char(' ') || line.front() == QLatin1Char('\t')) && !groups.last().isEmpty()) {
            groups.last().last().second += QLatin1Char(' ') + line.trimmed().toString();
            continue;
        }
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        if (colon <= 0) {
            continue;
        }
        const QString name = line.first(colon).trimmed().toString().toLower();
        if (name.contains(QLatin1Char(' '))) {
            continue;
        }
        // Without empty lines between recipients, a new recipient field starts a group.
        if ((name == QLatin1String("final-recipient") || name == QLatin1String("original-recipient")) &&
            !groups.last().isEmpty()) {
            bool hasRecipient = false;
            for (const auto &field : std::as_const(groups.last())) {
                hasRecipient = hasRecipient || field.first == name;
            }
            if (hasRecipient) {
                groups.append(QList<QPair<QString, QString>>());
            }
        }
        groups.last().append({name, line.sliced(colon + 1).trimmed().toString()});
    }
    if (groups.last().isEmpty()) {
        groups.removeLast();
    }
    return groups;
}

QString field(const QList<QPair<QString, QString>> &group, QLatin1String name)
{
    for (const auto &entry : group) {
        if (entry.first == name) {
            return entry.second;
        }
    }
    return {};
}

// "smtp; 550 ..." -> "550 ...".
QString withoutType(const QString &value)
{
    const qsizetype semicolon = value.indexOf(QLatin1Char(';'));
    if (semicolon > 0 && semicolon < 24 && !value.first(semicolon).contains(QLatin1Char(' '))) {
        return value.mid(semicolon + 1).trimmed();
    }
    return value.trimmed();
}

// Where the returned message starts inside a plain-text notice: a marker
// line, or the first block of its headers.
qsizetype returnedMessageStart(const QString &text)
{
    // Marker lines of the common MTAs, and header names that start a quoted
    // header block; all found in one pass.
    static const char *const markers[] = {
        "copy of the message",           "copy of the original message",
        "original message follows",      "original message headers",
        "original message is following", "header of the original message",
        "headers of the original",       "returned message",
        "undelivered message follows",   "undelivered message headers",
        "message header follows",        "original message ---",
        "original mail as follows", // fml
    };
    static const char *const headerNames[] = {
        "\nreturn-path:", "\nreceived:", "\nmessage-id:", "\ndelivered-to:", "\nx-original-to:", "\ndkim-signature:"};
    static const int markerCount = int(std::size(markers));
    static const PhraseMatcher matcher = [] {
        std::vector<std::string> all(std::begin(markers), std::end(markers));
        all.insert(all.end(), std::begin(headerNames), std::end(headerNames));
        return PhraseMatcher(all);
    }();
    const QString lined = QLatin1Char('\n') + text;
    // A marker is a separator line ("--- Below this line is a copy of the
    // message."), not prose that mentions "the attached returned message".
    auto isSeparator = [&lined](qsizetype lineStart, qsizetype at) {
        const QStringView before = QStringView(lined).sliced(lineStart + 1, at - lineStart - 1);
        const qsizetype lineEnd = lined.indexOf(QLatin1Char('\n'), at);
        const QStringView line =
            QStringView(lined).sliced(lineStart + 1, (lineEnd < 0 ? lined.size() : lineEnd) - lineStart - 1);
        static const QString punctuation = QStringLiteral(" \t-=*_#|>[(");
        bool onlyPunctuation = true;
        for (const QChar c : before) {
            onlyPunctuation = onlyPunctuation && punctuation.contains(c);
        }
        return onlyPunctuation || line.contains(QLatin1String("--")) || line.contains(QLatin1String("==")) ||
               before.endsWith(QLatin1String("below this line is a "), Qt::CaseInsensitive) ||
               before.endsWith(QLatin1String("this is a "), Qt::CaseInsensitive);
    };
    // A header block: the next line is a header too, or a continuation.
    auto startsHeaderBlock = [&lined](qsizetype at) {
        const qsizetype next = lined.indexOf(QLatin1Char('\n'), at + 1);
        return next >= 0 && next + 1 < lined.size() &&
               (lined[next + 1] == QLatin1Char(' ') || lined[next + 1] == QLatin1Char('\t') ||
                QStringView(lined)
                    .sliced(next + 1, qMin<qsizetype>(80, lined.size() - next - 1))
                    .contains(QLatin1Char(':')));
    };
    qsizetype start = lined.size();
    for (const PhraseMatcher::Match &match : matcher.findAllLiteral(lined)) {
        const qsizetype at = qsizetype(matcher.startOf(match));
        if (at >= start) {
            continue;
        }
        if (match.phrase < markerCount) {
            const qsizetype lineStart = lined.lastIndexOf(QLatin1Char('\n'), at);
            if (isSeparator(lineStart, at)) {
                start = lineStart;
            }
        } else if (startsHeaderBlock(at)) {
            start = at;
        }
    }
    return start >= lined.size() ? text.size() : start; // "\n" prepended: its index is the line's start in TEXT
}

struct Facts
{
    QString status;
    QString replyCode;
    QString remoteHost;
    QString remoteIp;
    QString command;
};

// The facts of TEXT that KNOWN does not hold yet: each regex runs only for
// a fact still missing, and only where its cue is in the text.
Facts factsOf(const QString &text, const Facts &known = {})
{
    Facts facts;
    if (known.status.isEmpty()) {
        const auto status = statusPattern().match(text);
        if (status.hasMatch()) {
            facts.status = status.captured(0);
        }
    }
    if (known.replyCode.isEmpty()) {
        const auto reply = replyCodePattern().match(text);
        if (reply.hasMatch()) {
            facts.replyCode = reply.captured(1);
        }
    }
    static const Re hostWithIp(QStringLiteral(
        R"(([A-Za-z0-9][\w\-]*(?:\.[\w\-]+)+)\.?\s?\[(?:IPv6:)?(\d{1,3}(?:\.\d{1,3}){3}|[0-9A-Fa-f]*:[0-9A-Fa-f:.]+)\])"));
    static const Re bareIp(
        QStringLiteral(
            R"((?:connected to|polaczenie z|connect to|giving up on|^|\s)(?:/ )?(\d{1,3}(?:\.\d{1,3}){3})\.?)"
            R"((?: but | does not like| failed after|_does_not|_failed|:\d+|\s*$))"),
        Re::CaseInsensitiveOption | Re::MultilineOption);
    static const Re talkingTo(QStringLiteral(R"((?:while talking to|remote-mta:\s*dns;)\s*([\w\-]+(?:\.[\w\-]+)+)\.?)"),
                              Re::CaseInsensitiveOption);
    const bool needRemote = known.remoteHost.isEmpty() || known.remoteIp.isEmpty();
    const auto hostMatch =
        needRemote && text.contains(QLatin1Char('[')) ? hostWithIp.match(text) : QRegularExpressionMatch();
    if (hostMatch.hasMatch()) {
        facts.remoteHost = hostMatch.captured(1);
        facts.remoteIp = hostMatch.captured(2);
    } else if (needRemote) {
        const auto talking = talkingTo.match(text);
        if (talking.hasMatch()) {
            facts.remoteHost = talking.captured(1);
        }
        const auto ip = bareIp.match(text);
        if (ip.hasMatch()) {
            facts.remoteIp = ip.captured(1);
        }
    }
    // Postfix wraps "(in reply to RCPT\n TO command)"; MFILTER says
    // "-------SMTP command\nDATA".
    static const Re commandPattern(
        QStringLiteral(
            R"((?:in reply to|after|>>>|-smtp command)\s+(end\s+of\s+data|rcpt\s+to|mail\s+from|data|helo|ehlo|starttls|auth|)"
            R"(initial connection|connect))"),
        Re::CaseInsensitiveOption);
    if (!known.command.isEmpty()) {
        return facts;
    }
    const auto command = commandPattern.match(text);
    if (command.hasMatch()) {
        const QString c = command.captured(1).toLower();
        facts.command = c.startsWith(QLatin1String("rcpt"))                                    ? QStringLiteral("RCPT")
                        : c.startsWith(QLatin1String("mail"))                                  ? QStringLiteral("MAIL")
                        : c.contains(QLatin1String("data"))                                    ? QStringLiteral("DATA")
                        : c.startsWith(QLatin1String("h")) || c.startsWith(QLatin1String("e")) ? QStringLiteral("HELO")
                        : c.startsWith(QLatin1String("starttls")) ? QStringLiteral("STARTTLS")
                        : c.startsWith(QLatin1String("auth"))     ? QStringLiteral("AUTH")
                                                                  : QStringLiteral("CONN");
    } else if (text.contains(QLatin1String("does not like recipient"))) {
        facts.command = QStringLiteral("RCPT");
    } else if (text.contains(QLatin1String("failed after I sent the message"))) {
        facts.command = QStringLiteral("DATA");
    } else if (text.contains(QLatin1String("but sender was rejected"))) {
        facts.command = QStringLiteral("MAIL");
    } else if (text.contains(QLatin1String("but greeting failed"))) {
        facts.command = QStringLiteral("CONN");
    }
    return facts;
}

// "550-5.7.1 text 550-5.7.1 more": the codes repeated on continuation
// lines of a multi-line reply, joined, are noise inside the sentence.
QString withoutRepeatedCodes(const QString &text)
{
    static const Re repeated(QStringLiteral(R"((?<=\S)\s+[245]\d\d[ \-](?:[245]\.\d{1,3}\.\d{1,3}\s)?)"));
    const auto first = replyCodePattern().match(text);
    if (!first.hasMatch()) {
        return text;
    }
    const QString code = first.captured(1);
    QString rest = text.mid(first.capturedEnd(0));
    if (!rest.contains(code)) {
        return text; // a one-line reply, the usual case
    }
    QString out = text.left(first.capturedEnd(0));
    qsizetype pos = 0;
    auto it = repeated.globalMatch(rest);
    while (it.hasNext()) {
        const auto m = it.next();
        if (m.captured(0).trimmed().startsWith(code)) {
            out += rest.mid(pos, m.capturedStart(0) - pos) + QLatin1Char(' ');
            pos = m.capturedEnd(0);
        }
    }
    out += rest.mid(pos);
    return out;
}

// The refusing server's words out of a notice block: after "said:" when
// the MTA says who said it, without the MTA's trailing commentary.
QString diagnosticOf(const QString &block)
{
    QString text = collapseSpaces(block);
    static const Re said(QStringLiteral(R"(\bsaid:\s*(?:/\s*Zdalny host odpowiedzial:\s*)?)"),
                         Re::CaseInsensitiveOption);
    const auto saidMatch = said.match(text);
    if (saidMatch.hasMatch()) {
        text = text.mid(saidMatch.capturedEnd(0));
    }
    static const Re trailer(QStringLiteral(R"(\s*(?:\(in reply to [^)]*\)|/?\s*Giving up on [\d.]+\.?/?))"),
                            Re::CaseInsensitiveOption);
    text.remove(trailer);
    return withoutRepeatedCodes(text).trimmed();
}

// Bounds for what one recipient's block may collect, and for the number of
// recipients: a pasted mailing list must not become a megabyte per line.
constexpr qsizetype maxBlockText = 8 * 1024;
constexpr qsizetype maxRecipients = 1000;
constexpr qsizetype maxNotice = 2 * 1024 * 1024;

struct NoticeBlock
{
    QString recipient;
    QString text;
};

// Lines that name a recipient: "<addr>: ...", or the address alone (with a
// short label), or a reply line quoting it ("550 5.1.1 <addr>... User unknown").
QList<NoticeBlock> noticeBlocks(const QString &notice)
{
    static const Re leading(QStringLiteral(R"(^\s*<?((?:"[^"\s]+"|[^\s<>@:"]+)@[\w\-]+(?:\.[\w\-]+)+)>?:?)"));
    static const Re replyWithAddress(
        QStringLiteral(R"(^\s*(?:<<<\s*)?[45]\d\d[ \-](?:[45]\.\d+\.\d+\s+)?<([^>\s]+@[^>\s]+)>)"));
    QList<NoticeBlock> blocks;
    QHash<QString, qsizetype> byRecipient;
    qsizetype current = -1;
    QString lastCommand;
    QString lastReply;
    QString talkingTo; // the host of Sendmail's current "While talking to" section
    QString previousLine;
    // Sendmail's line about a host as a whole ("550 example.org (smtp)...
    // 550 Host unknown"): the result of another host's session.
    static const Re hostLine(QStringLiteral(R"(^\s*[245]\d\d\s+\[?([\w\-]+(?:\.[\w\-]+)+)\]?\.?\s+\(\w+\)\.\.\.)"));
    // A line that ends by telling the reader whom to write to.
    static const Re contactWords(QStringLiteral(R"(\b(?:contact|contact us at|write to|e-?mail|reach us at)\s*:?\s*$)"),
                                 Re::CaseInsensitiveOption);
    qsizetype lastBlock = -1;
    const QStringList lines = notice.split(QLatin1Char('\n'));
    for (const QString &rawLine : lines) {
        const QString line = unUnderscored(rawLine);
        const QStringView trimmed = QStringView(line).trimmed(); // once: this runs for every line
        QString recipient;
        QString rest = line;
        const bool hasAt = line.contains(QLatin1Char('@'));
        const auto lead = hasAt ? leading.match(line) : QRegularExpressionMatch();
        if (lead.hasMatch()) {
            const QString after = line.mid(lead.capturedEnd(0)).trimmed();
            const bool endsWithColon = lead.captured(0).endsWith(QLatin1Char(':'));
            // Alone, with a short label, or followed by what happened to it.
            if (endsWithColon || after.count(QLatin1Char(' ')) < 3 || after.startsWith(QLatin1Char('(')) ||
                after.startsWith(QLatin1String("on "))) { // Exchange: "addr on Thu, 29 Apr 2007 ..."
                recipient = lead.captured(1);
                rest = after;
            }
        }
        // Sendmail's transcript: a new host's session; what follows is
        // not about the address before.
        if (line.contains(QLatin1String("hile talking to")) && trimmed.size() < 200) { // W/while
            current = -1;
            lastCommand.clear();
            lastReply.clear();
            talkingTo = line.section(QLatin1String("alking to"), 1).trimmed();
            talkingTo.chop(talkingTo.endsWith(QLatin1Char(':')) ? 1 : 0);
            continue;
        }
        if (!lastCommand.isEmpty() && !hasAt) {
            if (const auto host = hostLine.match(line);
                host.hasMatch() && host.captured(1).compare(talkingTo, Qt::CaseInsensitive) != 0) {
                current = -1; // another host's result: not the last command's, nor the address's before
                lastCommand.clear();
                lastReply.clear();
            }
        }
        if (trimmed.startsWith(QLatin1String(">>>"))) {
            lastCommand = trimmed.toString(); // Sendmail's transcript: the command the next reply answers
            lastReply.clear();
        } else if (trimmed.startsWith(QLatin1String("<<<")) && !hasAt && !isSuccessReply(line)) {
            lastReply = trimmed.toString(); // its reply, when it names no address: the refusal itself
        }
        if (recipient.isEmpty() && hasAt) {
            const auto reply = replyWithAddress.match(line);
            // Sendmail's transcript quotes the reply: "<<< 550 Unknown user a@b".
            QString quoted = trimmed.startsWith(QLatin1String("<<<")) ? firstEmail(line) : QString();
            if (!quoted.isEmpty() && ((!trimmed.endsWith(quoted) && !line.contains(quoted + QLatin1String("..."))) ||
                                      isSuccessReply(line))) {
                quoted.clear(); // an address inside the sentence, e.g. the sender's
            }
            if (reply.hasMatch() || !quoted.isEmpty()) {
                recipient = reply.hasMatch() ? reply.captured(1) : quoted;
                rest = lastCommand + QLatin1Char('\n') +
                       (lastReply.isEmpty() ? QString() : lastReply + QLatin1Char('\n')) + line;
                // The command and its reply belong to the next address
                // only: Sendmail's later lines are about other hosts.
                if (!lastReply.isEmpty() && !reply.hasMatch()) {
                    lastCommand.clear();
                    lastReply.clear();
                }
            }
        }
        // A refusal that names an address in its sentence (the sender's)
        // rather than as the recipient is still the reply to the command.
        if (recipient.isEmpty() && hasAt && trimmed.startsWith(QLatin1String("<<<")) && !isSuccessReply(line)) {
            lastReply = trimmed.toString();
        }
        // An address the notice gives to write to is not a failed recipient.
        if (!recipient.isEmpty() && (isRoleAddress(recipient) || previousLine.contains(contactWords))) {
            recipient.clear();
            rest = line;
        }
        previousLine = trimmed.isEmpty() ? previousLine : line;
        if (!recipient.isEmpty() && !isMailerAddress(recipient)) {
            const QString key = recipient.toLower();
            if (!byRecipient.contains(key) && blocks.size() < maxRecipients) {
                byRecipient.insert(key, blocks.size());
                blocks.append({recipient, {}});
            }
            current = byRecipient.value(key, current);
            if (current >= 0 && blocks[current].text.size() < maxBlockText) {
                blocks[current].text += rest + QLatin1Char('\n');
            }
            continue;
        }
        if (current < 0) {
            // MFILTER names the refused command in a section of its own
            // after the reply: "-------SMTP command" then "DATA".
            if (lastBlock >= 0 && trimmed.startsWith(QLatin1String("-------SMTP command"))) {
                current = lastBlock;
            } else {
                continue;
            }
        }
        lastBlock = current;
        // An empty line ends a block that has said something already.
        if (trimmed.isEmpty() && QStringView(blocks[current].text).trimmed().contains(QLatin1Char(' '))) {
            current = -1;
            continue;
        }
        if (blocks[current].text.size() < maxBlockText) {
            blocks[current].text += line + QLatin1Char('\n');
        }
    }
    return blocks;
}

// The lines of a recipient-less notice that carry the error: from the first
// line with a reply or status code, or the whole (short) text.
QString errorLines(const QString &notice)
{
    // The error is near the top; a long notice is mostly quoted text.
    const QString text = unUnderscoredLines(QStringView(notice).first(qMin<qsizetype>(notice.size(), 64 * 1024)));
    const auto reply = replyCodePattern().match(text);
    const auto status = statusPattern().match(text);
    qsizetype start = -1;
    if (reply.hasMatch()) {
        start = reply.capturedStart(1);
    }
    if (status.hasMatch() && (start < 0 || status.capturedStart(0) < start)) {
        start = status.capturedStart(0);
    }
    if (start >= 0) {
        start = text.lastIndexOf(QLatin1Char('\n'), start) + 1;
        return text.mid(start, 2000);
    }
    return text.left(2000);
}

} // namespace

QString noticeErrorLines(const QString &notice)
{
    return collapseSpaces(errorLines(notice)).left(1000);
}

namespace {

void fillReturnedMessage(BounceReport &report, const MimeHeaders &headers)
{
    if (headers.isEmpty()) {
        return;
    }
    if (report.originalSender.isEmpty()) {
        report.originalSender = bareAddress(headers.text("from"));
        if (report.originalSender.isEmpty()) {
            report.originalSender = bareAddress(headers.text("return-path"));
        }
    }
    if (report.originalRecipient.isEmpty()) {
        report.originalRecipient = bareAddress(headers.text("to"));
    }
    if (report.originalSubject.isEmpty()) {
        report.originalSubject = headers.text("subject");
    }
    if (report.originalMessageId.isEmpty()) {
        report.originalMessageId = headers.text("message-id");
    }
    if (report.sendingIp.isEmpty()) {
        static const Re bracketedIp(
            QStringLiteral(R"(\[(?:IPv6:)?(\d{1,3}(?:\.\d{1,3}){3}|[0-9A-Fa-f]*:[0-9A-Fa-f:.]+)\])"));
        // The first hop is the last Received header.
        for (qsizetype i = headers.all().size() - 1; i >= 0; --i) {
            const MimeHeader &header = headers.all().at(i);
            if (header.name != "received") {
                continue;
            }
            if (!header.value.contains('[')) {
                continue;
            }
            const QString value = QString::fromLatin1(header.value);
            const auto ip = bracketedIp.match(value);
            if (ip.hasMatch() && ip.captured(1) != QLatin1String("127.0.0.1") &&
                ip.captured(1) != QLatin1String("::1")) {
                report.sendingIp = ip.captured(1);
                break;
            }
        }
    }
}

void fillFacts(BounceRecipient &recipient, const QString &text)
{
    const Facts facts = factsOf(
        text, {recipient.status, recipient.replyCode, recipient.remoteHost, recipient.remoteIp, recipient.command});
    if (recipient.status.isEmpty()) {
        recipient.status = facts.status;
    }
    if (recipient.replyCode.isEmpty()) {
        recipient.replyCode = facts.replyCode;
    }
    if (recipient.remoteHost.isEmpty()) {
        recipient.remoteHost = facts.remoteHost;
    }
    if (recipient.remoteIp.isEmpty()) {
        recipient.remoteIp = facts.remoteIp;
    }
    if (recipient.command.isEmpty()) {
        recipient.command = facts.command;
    }
}

bool isAutoReply(const MimeHeaders &headers)
{
    // Postfix and Google mark their bounces auto-replied too.
    if (isMailerAddress(bareAddress(headers.text("from"))) || headers.contains("x-failed-recipients")) {
        return false;
    }
    static const Re bounceSubject(
        QStringLiteral("undeliver|delivery|returned|failure|failed|non-remis|nicht zustellbar"),
        Re::CaseInsensitiveOption);
    if (bounceSubject.match(headers.text("subject")).hasMatch()) {
        return false;
    }
    // RFC 3834's field, and the ones vacation programs and Exchange add.
    const QString autoSubmitted = headers.text("auto-submitted").toLower();
    if (autoSubmitted.startsWith(QLatin1String("auto-replied")) || headers.contains("x-autoreply") ||
        headers.contains("x-autorespond") || headers.contains("x-mail-autoreply") ||
        headers.text("x-autogenerated").compare(QLatin1String("reply"), Qt::CaseInsensitive) == 0 ||
        headers.text("precedence").compare(QLatin1String("auto_reply"), Qt::CaseInsensitive) == 0) {
        return true;
    }
    // Subjects of out-of-office replies in the languages customers write in.
    static const Re autoReplySubject(
        QStringLiteral(
            R"(^(?:re:\s*)?(?:auto:|automatic reply|auto[- ]?reply|autoresponse|auto[- ]?response|)"
            R"(out of (?:the )?office|vacation|away from|abwesenheit|automatische antwort|)"
            R"(r[ée]ponse automatique|absence|risposta automatica|respuesta autom[áa]tica|autosvar|)"
            R"(automatisch antwoord|odpowied[źz] automatyczna|nieobecno[śs][ćc]|automatick[áa] odpov[ěe][ďd]|)"
            R"(不在|自動応答|自動返信))"),
        Re::CaseInsensitiveOption);
    return autoReplySubject.match(headers.text("subject").trimmed()).hasMatch();
}

// The delivery-status fields of TEXT, from the first one on, when it has a
// recipient field and an Action or Status field; empty otherwise.
QString inlineDeliveryStatus(const QString &text)
{
    if (!text.contains(QLatin1String("-recipient"), Qt::CaseInsensitive)) {
        return {}; // the common case, without a regex
    }
    static const Re recipientField(QStringLiteral(R"(^(?:final|original)-recipient\s*:\s*rfc822\s*;)"),
                                   Re::CaseInsensitiveOption | Re::MultilineOption);
    static const Re actionField(QStringLiteral(R"(^(?:action|status)\s*:\s*\S)"),
                                Re::CaseInsensitiveOption | Re::MultilineOption);
    static const Re firstField(
        QStringLiteral(R"(^(?:reporting-mta|original-envelope-id|arrival-date|action|status|final-recipient|)"
                       R"(original-recipient)\s*:)"),
        Re::CaseInsensitiveOption | Re::MultilineOption);
    const auto recipient = recipientField.match(text);
    if (!recipient.hasMatch() || !actionField.match(text).hasMatch()) {
        return {};
    }
    const auto first = firstField.match(text);
    return text.mid(first.hasMatch() ? first.capturedStart(0) : recipient.capturedStart(0));
}

} // namespace

BounceReport parseBounce(QByteArrayView data)
{
    const MimeMessage message = parseMime(data);
    BounceReport report;

    // The notice's own text; text/html only when there is no text/plain.
    QString notice;
    bool hasPlain = false;
    for (const MimePart &part : message.parts) {
        hasPlain = hasPlain || (part.role == MimePart::Role::Text && part.type != "text/html");
    }
    QString returnedNotice;                 // a bounce notice returned as the message (InterScan)
    QList<const MimePart *> deliveryStatus; // several when reports are nested or forwarded together
    const MimePart *feedback = nullptr;
    for (const MimePart &part : message.parts) {
        switch (part.role) {
        case MimePart::Role::Text:
            if ((!hasPlain || part.type != "text/html") && notice.size() < maxNotice) {
                notice += QStringView(part.text).first(qMin(part.text.size(), maxNotice));
                notice += QLatin1Char('\n');
            }
            break;
        case MimePart::Role::DeliveryStatus:
            deliveryStatus.append(&part);
            break;
        case MimePart::Role::FeedbackReport:
            feedback = feedback ? feedback : &part;
            break;
        case MimePart::Role::ReturnedHeaders:
            fillReturnedMessage(report, part.headers);
            if (report.returnedHeaders.isEmpty()) {
                report.returnedHeaders = part.headerBlock;
            }
            if (returnedNotice.isEmpty()) {
                returnedNotice = part.text;
            }
            break;
        }
    }
    // A returned message quoted inline in the text.
    const qsizetype cut = returnedMessageStart(notice);
    if (cut < notice.size()) {
        const QString rest = notice.mid(cut);
        static const Re headerLine(QStringLiteral(R"(^[\w-]+: )"), Re::MultilineOption);
        const qsizetype headerStart = rest.indexOf(headerLine);
        if (headerStart >= 0) {
            MimeHeaders inlineHeaders;
            const QByteArray bytes = rest.mid(headerStart).toUtf8();
            const qsizetype end = parseHeaderBlock(bytes, inlineHeaders);
            fillReturnedMessage(report, inlineHeaders);
            if (report.returnedHeaders.isEmpty()) {
                report.returnedHeaders = headerBlockAsWritten(bytes, end);
            }
        }
        notice.truncate(cut);
    }
    report.reportingMta = withoutType(message.headers.text("reporting-mta"));
    report.producer = producerOf(message.headers, notice);
    // The classifier reads the notice's error lines only when a recipient's
    // own words are not enough, so they are found then (noticeErrorLines).
    // A notice returned as the message gives the error lines when the outer
    // one only says that delivery failed.
    auto withContext = [&notice, &returnedNotice](BounceReport &r) {
        r.notice = notice.left(64 * 1024);
        if (!returnedNotice.isEmpty()) {
            const QString lines = noticeErrorLines(returnedNotice);
            for (BounceRecipient &recipient : r.recipients) {
                if (recipient.context.isEmpty()) {
                    recipient.context = lines;
                }
            }
        }
    };
    // Hotmail's complaint reports (JMRP) are a returned message with this header.
    QString complaintRecipient;
    for (const MimePart &part : message.parts) {
        if (part.role == MimePart::Role::ReturnedHeaders && part.headers.contains("x-hmxmroriginalrecipient")) {
            complaintRecipient = bareAddress(part.headers.text("x-hmxmroriginalrecipient"));
        }
    }
    // Apple Mail's "unsubscribe" button mails the list an opt-out request.
    if (!feedback && complaintRecipient.isEmpty() &&
        message.headers.text("x-apple-unsubscribe").compare(QLatin1String("true"), Qt::CaseInsensitive) == 0) {
        report.kind = QStringLiteral("feedback");
        BounceRecipient recipient;
        recipient.recipient = bareAddress(message.headers.text("from"));
        recipient.feedbackType = QStringLiteral("opt-out");
        recipient.diagnostic = message.headers.text("subject");
        report.recipients.append(recipient);
        return report;
    }
    if (!feedback && !complaintRecipient.isEmpty()) {
        report.kind = QStringLiteral("feedback");
        BounceRecipient recipient;
        recipient.recipient = complaintRecipient;
        recipient.feedbackType = QStringLiteral("abuse");
        report.recipients.append(recipient);
        return report;
    }

    if (feedback) {
        report.kind = QStringLiteral("feedback");
        const auto groups = fieldGroups(feedback->text);
        QStringList recipients;
        QString type;
        for (const auto &group : groups) {
            for (const auto &entry : group) {
                if (entry.first == QLatin1String("original-rcpt-to")) {
                    recipients << bareAddress(entry.second);
                } else if (entry.first == QLatin1String("feedback-type") && type.isEmpty()) {
                    type = entry.second.toLower();
                } else if (entry.first == QLatin1String("source-ip") && report.sendingIp.isEmpty()) {
                    report.sendingIp = entry.second;
                }
            }
        }
        if (recipients.isEmpty()) {
            recipients << report.originalRecipient;
        }
        for (const QString &address : std::as_const(recipients)) {
            BounceRecipient recipient;
            recipient.recipient = address;
            recipient.feedbackType = type;
            recipient.diagnostic = collapseSpaces(notice).left(500);
            report.recipients.append(recipient);
        }
        return report;
    }

    if (const auto json = parseJsonNotification(notice)) {
        report.kind = json->kind;
        report.reportingMta = json->reportingMta;
        report.sendingIp = report.sendingIp.isEmpty() ? json->sendingIp : report.sendingIp;
        report.originalSender = report.originalSender.isEmpty() ? json->originalSender : report.originalSender;
        report.originalMessageId =
            report.originalMessageId.isEmpty() ? json->originalMessageId : report.originalMessageId;
        report.recipients = json->recipients;
        for (BounceRecipient &recipient : report.recipients) {
            fillFacts(recipient, recipient.diagnostic);
        }
        withContext(report);
        return report;
    }

    // An out-of-office reply: its text may name addresses to write to.
    if (deliveryStatus.isEmpty() && !message.headers.isEmpty() && isAutoReply(message.headers)) {
        report.kind = QStringLiteral("autoreply");
        BounceRecipient recipient;
        recipient.recipient = bareAddress(message.headers.text("from"));
        recipient.diagnostic = collapseSpaces(message.headers.text("subject"));
        report.recipients.append(recipient);
        return report;
    }

    const QList<NoticeBlock> blocks = noticeBlocks(notice);
    auto blockFor = [&blocks](const QString &address) -> const NoticeBlock * {
        for (const NoticeBlock &block : blocks) {
            if (block.recipient.compare(address, Qt::CaseInsensitive) == 0) {
                return &block;
            }
        }
        return nullptr;
    };

    // Delivery-status fields inside the text: a report whose MIME structure
    // is broken (no boundary lines), or one that quotes them in its notice.
    MimePart inlineStatus;
    if (deliveryStatus.isEmpty()) {
        inlineStatus.text = inlineDeliveryStatus(notice);
        if (!inlineStatus.text.isEmpty()) {
            inlineStatus.role = MimePart::Role::DeliveryStatus;
            deliveryStatus.append(&inlineStatus);
        }
    }
    if (!deliveryStatus.isEmpty()) {
        report.kind = QStringLiteral("dsn");
        QList<QList<QPair<QString, QString>>> groups;
        for (const MimePart *part : std::as_const(deliveryStatus)) {
            groups += fieldGroups(part->text);
        }
        QList<BounceRecipient> all;
        for (const auto &group : groups) {
            const QString finalRecipient = field(group, QLatin1String("final-recipient"));
            const QString originalRecipient = field(group, QLatin1String("original-recipient"));
            if (finalRecipient.isEmpty() && originalRecipient.isEmpty()) {
                if (report.reportingMta.isEmpty()) {
                    report.reportingMta = withoutType(field(group, QLatin1String("reporting-mta")));
                }
                continue;
            }
            BounceRecipient recipient;
            recipient.recipient = bareAddress(finalRecipient.isEmpty() ? originalRecipient : finalRecipient);
            recipient.action = field(group, QLatin1String("action")).toLower().section(QLatin1Char(' '), 0, 0);
            const QString status = field(group, QLatin1String("status"));
            const auto statusMatch = statusPattern().match(status);
            recipient.status = statusMatch.hasMatch() ? statusMatch.captured(0) : QString();
            const QString remoteMta = withoutType(field(group, QLatin1String("remote-mta")));
            if (!remoteMta.isEmpty()) {
                const Facts remote = factsOf(remoteMta);
                recipient.remoteIp = remote.remoteIp;
                recipient.remoteHost =
                    remote.remoteHost.isEmpty() ? remoteMta.section(QLatin1Char(' '), 0, 0) : remote.remoteHost;
                if (recipient.remoteHost.startsWith(QLatin1Char('['))) {
                    recipient.remoteIp = recipient.remoteHost.mid(1).chopped(1);
                    recipient.remoteHost.clear();
                }
            }
            const QString diagnosticCode = field(group, QLatin1String("diagnostic-code"));
            recipient.diagnostic = withoutRepeatedCodes(collapseSpaces(withoutType(diagnosticCode)));
            if (const qsizetype semicolon = diagnosticCode.indexOf(QLatin1Char(';')); semicolon > 0 && semicolon < 24) {
                recipient.diagnosticType = diagnosticCode.first(semicolon).trimmed().toLower();
            }
            // "Status: 5.0.0" says only "failed": the server's own, more
            // specific code in the diagnostic ("550 5.7.1 ...") says why.
            if (recipient.status.endsWith(QLatin1String(".0.0"))) {
                const auto specific = statusPattern().match(recipient.diagnostic);
                if (specific.hasMatch() && specific.captured(0).front() == recipient.status.front() &&
                    !specific.captured(0).endsWith(QLatin1String(".0.0"))) {
                    recipient.status = specific.captured(0);
                }
            }
            const NoticeBlock *block = blockFor(recipient.recipient);
            if (recipient.diagnostic.isEmpty() && block) {
                recipient.diagnostic = diagnosticOf(block->text);
            }
            if (recipient.diagnostic.isEmpty() && blocks.isEmpty()) {
                recipient.diagnostic = noticeErrorLines(notice);
            }
            fillFacts(recipient, recipient.diagnostic);
            if (block) {
                fillFacts(recipient, block->text);
            }
            all.append(recipient);
        }
        for (const BounceRecipient &recipient : std::as_const(all)) {
            if (recipient.action != QLatin1String("delivered") && recipient.action != QLatin1String("relayed") &&
                recipient.action != QLatin1String("expanded")) {
                report.recipients.append(recipient);
            }
        }
        if (report.recipients.isEmpty()) {
            report.recipients = all; // a success notice: report it as it is
        }
        if (!report.recipients.isEmpty()) {
            withContext(report);
            return report;
        }
    }

    // Exim and Google name the failed recipients in a header: trust it over
    // addresses found in the text (a greeting, a quoted From).
    const QString failedHeader = message.headers.text("x-failed-recipients");
    if (!failedHeader.isEmpty()) {
        report.kind = QStringLiteral("notice");
        const QString lines = errorLines(notice);
        for (const QString &address : failedHeader.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            BounceRecipient recipient;
            recipient.recipient = bareAddress(address);
            const NoticeBlock *block = blockFor(recipient.recipient);
            recipient.diagnostic = diagnosticOf(block ? block->text : lines).left(1000);
            fillFacts(recipient, recipient.diagnostic);
            if (block) {
                fillFacts(recipient, block->text);
            }
            report.recipients.append(recipient);
        }
        withContext(report);
        return report;
    }

    if (!blocks.isEmpty()) {
        report.kind = QStringLiteral("notice");
        for (const NoticeBlock &block : blocks) {
            BounceRecipient recipient;
            recipient.recipient = block.recipient;
            recipient.diagnostic = diagnosticOf(block.text);
            if (recipient.diagnostic.isEmpty()) {
                recipient.diagnostic = noticeErrorLines(notice);
            }
            fillFacts(recipient, recipient.diagnostic);
            fillFacts(recipient, block.text);
            report.recipients.append(recipient);
        }
        withContext(report);
        return report;
    }

    // A fragment, a single reply line, or a notice that names nobody.
    report.kind = message.headers.isEmpty() ? QStringLiteral("reply") : QStringLiteral("notice");
    BounceRecipient recipient;
    const QString lines = errorLines(notice);
    recipient.diagnostic = diagnosticOf(lines).left(1000);
    if (recipient.diagnostic.isEmpty()) {
        recipient.diagnostic = collapseSpaces(lines).left(1000);
    }
    recipient.recipient = firstEmail(lines);
    if (recipient.recipient.isEmpty() || isMailerAddress(recipient.recipient)) {
        recipient.recipient = report.originalRecipient;
    }
    fillFacts(recipient, recipient.diagnostic);
    fillFacts(recipient, unUnderscoredLines(notice));
    report.recipients.append(recipient);
    withContext(report);
    return report;
}

} // namespace mt::bounce
