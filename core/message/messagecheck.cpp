#include "messagecheck.h"

#include "hopfindings.h"

#include <QFuture>
#include <QSet>
#include <QtConcurrent/QtConcurrentRun>

namespace mt::message {

MessageCheck::MessageCheck(dns::DnsResolver &resolver, QByteArray data, QDateTime now, QObject *parent)
    : AsyncCheck(parent)
    , m_resolver(resolver)
    , m_data(std::move(data))
    , m_now(now.isValid() ? now : QDateTime::currentDateTimeUtc())
{}

void MessageCheck::start()
{
    QtConcurrent::run([data = m_data, now = m_now] {
        return analyzeMessage(data, now);
    }).then(this, [this](std::shared_ptr<const MessageAnalysis> analysis) { analyzed(std::move(analysis)); });
    m_data.clear(); // the worker holds its own reference
}

void MessageCheck::analyzed(std::shared_ptr<const MessageAnalysis> analysis)
{
    m_analysis = std::move(analysis);
    const MessageAnalysis &a = *m_analysis;
    Findings first = hopFindings(a.hops) + a.sanity;
    if (m_returned) {
        first.prepend(Finding(QStringLiteral("message"), a.fromDomain, Severity::Info,
                              QStringLiteral("message.returned"),
                              {"Findings",
                               QT_TRANSLATE_NOOP("Findings", "The bounce quotes the headers of the returned message "
                                                             "(from %1): the findings about its path and signatures "
                                                             "are for staff. What to answer is the bounce's reason."),
                               {a.fromDomain.isEmpty() ? QStringLiteral("?") : a.fromDomain}}));
    }
    emit progress(marked(first));
    if (!a.hops.sendingIp.isEmpty() && !m_returned) { // a bounce decides which IPs to check
        emit sendingServer(a.hops.sendingIp, a.mailFrom.isEmpty() ? a.fromAddress : a.mailFrom);
    }

    ++m_pending; // held until every question is asked
    QSet<QString> keys;
    for (const PreparedSignature &p : a.dkim) {
        if (!p.early) {
            keys << keyName(p.signature);
        }
    }
    for (const ArcSet &set : a.arc.sets) {
        for (const PreparedSignature *p : {&set.seal, &set.messageSignature}) {
            if (!p->early) {
                keys << keyName(p->signature);
            }
        }
    }
    for (const QString &name : std::as_const(keys)) {
        ask(name, m_answers.keys);
    }
    for (const QString &name : dmarcNames(a.fromDomain)) {
        ask(name, m_answers.dmarc);
    }
    if (!a.hops.sendingIp.isEmpty()) {
        const QString helo = a.hops.sendingHelo;
        // Without Return-Path the envelope sender is unknown: the From address is the best guess.
        spf::Query query;
        query.ip = QHostAddress(a.hops.sendingIp);
        query.sender = a.hasReturnPath ? a.mailFrom : a.fromAddress;
        query.helo = helo;
        if (query.sender.isEmpty() && !helo.isEmpty()) {
            query.sender = QStringLiteral("postmaster@") + helo; // a bounce: RFC 7208 2.4
        }
        if (!query.sender.isEmpty()) {
            evaluateSpf(query, m_answers.spf);
        }
        if (!helo.isEmpty() && helo.contains(QLatin1Char('.')) && !helo.startsWith(QLatin1Char('['))) {
            spf::Query heloQuery;
            heloQuery.ip = query.ip;
            heloQuery.helo = helo;
            heloQuery.sender = QStringLiteral("postmaster@") + helo;
            evaluateSpf(heloQuery, m_answers.heloSpf);
        }
    }
    answered();
}

void MessageCheck::ask(const QString &name, QHash<QString, dns::DnsResult> &into)
{
    ++m_pending;
    m_resolver.resolve(name, dns::RecordType::TXT, this, [this, name, &into](const dns::DnsResult &result) {
        into.insert(name, result);
        answered();
    });
}

void MessageCheck::evaluateSpf(const spf::Query &query, std::optional<spf::Evaluation> &into)
{
    ++m_pending;
    auto *evaluator = new spf::Evaluator(m_resolver, query, this);
    connect(evaluator, &spf::Evaluator::finished, this, [this, evaluator, &into](const spf::Evaluation &evaluation) {
        into = evaluation;
        evaluator->deleteLater();
        answered();
    });
    evaluator->start();
}

void MessageCheck::answered()
{
    if (--m_pending == 0) {
        emit finished(marked(authFindings(*m_analysis, m_answers, m_providerInclude)));
    }
}

Findings MessageCheck::marked(Findings findings) const
{
    if (!m_returned) {
        return findings;
    }
    for (Finding &f : findings) {
        f.markStaffOnly();
        f.severity = std::min(f.severity, Severity::Warning);
        f.data.insert(QStringLiteral("returned_message"), true);
    }
    return findings;
}

} // namespace mt::message
