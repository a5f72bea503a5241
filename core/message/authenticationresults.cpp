#include "authenticationresults.h"

#include <QRegularExpression>

namespace mt::message {
namespace {

QString withoutComments(const QString &text)
{
    QString out;
    int depth = 0;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == u'"' && depth == 0) {
            quoted = !quoted;
        } else if (!quoted && c == u'(') {
            ++depth;
            continue;
        } else if (!quoted && c == u')' && depth > 0) {
            --depth;
            continue;
        }
        if (depth == 0) {
            out += c;
        }
    }
    return out;
}

} // namespace

QList<ReceiverVerdict> parseAuthenticationResults(const RawMessage &message)
{
    QList<ReceiverVerdict> verdicts;
    static const QRegularExpression method(QStringLiteral("^\\s*([A-Za-z0-9_-]+)\\s*=\\s*([A-Za-z0-9_-]+)(.*)$"),
                                           QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression property(QStringLiteral("(header\\.d|header\\.i|smtp\\.mailfrom|header\\.from|"
                                                            "smtp\\.helo)\\s*=\\s*\"?([^\\s;\"]+)"),
                                             QRegularExpression::CaseInsensitiveOption);
    for (const HeaderField &field : message.fields) {
        if (field.is("Authentication-Results")) {
            const QStringList parts = withoutComments(QString::fromUtf8(field.value())).split(QLatin1Char(';'));
            ReceiverVerdict verdict;
            verdict.authservId = parts.value(0).trimmed().section(QLatin1Char(' '), 0, 0);
            for (qsizetype i = 1; i < parts.size(); ++i) {
                const auto m = method.match(parts.at(i));
                if (!m.hasMatch()) {
                    continue;
                }
                AuthClaim claim{m.captured(1).toLower(), m.captured(2).toLower(), {}};
                const auto p = property.match(m.captured(3));
                if (p.hasMatch()) {
                    claim.property = p.captured(2);
                }
                verdict.claims << claim;
            }
            verdicts << verdict;
        } else if (field.is("Received-SPF")) {
            const QString value = QString::fromUtf8(field.value());
            ReceiverVerdict verdict;
            verdict.receivedSpf = true;
            static const QRegularExpression receiver(QStringLiteral("receiver=([^;\\s]+)"));
            verdict.authservId = receiver.match(value).captured(1);
            static const QRegularExpression mailfrom(QStringLiteral("envelope-from=\"?<?([^;\\s\">]+)"));
            verdict.claims << AuthClaim{QStringLiteral("spf"), value.section(QLatin1Char(' '), 0, 0).toLower(),
                                        mailfrom.match(value).captured(1)};
            verdicts << verdict;
        }
    }
    return verdicts;
}

} // namespace mt::message
