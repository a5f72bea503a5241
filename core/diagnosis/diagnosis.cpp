#include "diagnosis.h"

#include "checks/addresssyntax.h"
#include "checks/bouncecheck.h"
#include "checks/dkimcheck.h"
#include "checks/dmarccheck.h"
#include "checks/dnsblcheck.h"
#include "checks/geoipcheck.h"
#include "checks/mxcheck.h"
#include "checks/reversednscheck.h"
#include "checks/spfcheck.h"
#include "common/textutil.h"
#include "message/messagecheck.h"
#include "worstfirst.h"

#include <QTimer>

#include <algorithm>
#include <memory>

namespace mt {

namespace {

// The address in an input detected as IPv4/IPv6: "[192.0.2.1]", "[IPv6:...]",
// with invisible characters copied along from a web page.
QHostAddress pastedAddress(const QString &input)
{
    QString bare;
    for (const char32_t c : input.toUcs4()) {
        if (!text::isInvisible(c) && !QChar::isSpace(c)) {
            bare += QString::fromUcs4(&c, 1);
        }
    }
    if (bare.startsWith(QLatin1Char('[')) && bare.endsWith(QLatin1Char(']'))) {
        bare = bare.mid(1, bare.size() - 2);
        if (bare.startsWith(QLatin1String("IPv6:"), Qt::CaseInsensitive)) {
            bare = bare.mid(5);
        }
    }
    return QHostAddress(bare);
}

// How much of a file given as a message is read to tell a bounce from a message.
constexpr qsizetype kBounceSniffBytes = 256 * 1024;

} // namespace

QStringList Diagnosis::allowedCountries(const QString &sender) const
{
    // The sender's domain as the server finds it for its country rule.
    if (!sender.contains(QLatin1Char('@'))) {
        return m_options.allowedCountries;
    }
    const QString domain = sender.section(QLatin1Char('@'), -1).toLower();
    const policy::DomainPolicy *entry = policy::domainPolicyFor(m_options.domains, domain);
    return entry ? entry->countries : m_options.allowedCountries;
}

Diagnosis::Diagnosis(dns::DnsResolver &resolver, DiagnosisOptions options, QObject *parent)
    : QObject(parent)
    , m_resolver(resolver)
    , m_options(std::move(options))
{}

void Diagnosis::start(const QString &input)
{
    Q_ASSERT(!m_started);
    m_started = true;
    m_clock.start();
    m_input = input;
    m_kind = detectInputKind(input);
    ++m_running; // held until the synchronous part is done, so finished() comes once, later

    switch (m_kind) {
    case InputKind::Address: {
        const AddressSyntax syntax = checkAddressSyntax(input);
        add(syntax.findings);
        if (syntax.domain.isValid()) {
            startDomainChecks(syntax.domain);
        }
        break;
    }
    case InputKind::Domain: {
        const DomainSyntax syntax = checkDomainSyntax(input);
        add(syntax.findings);
        if (syntax.domain.isValid()) {
            startDomainChecks(syntax.domain);
        }
        break;
    }
    case InputKind::IPv4:
    case InputKind::IPv6:
        startIpChecks(pastedAddress(input));
        break;
    case InputKind::Text: {
        // A bounce or a reply line: the analyzer reports per recipient and
        // says which domains and IPs to check next (before it finishes, so
        // this diagnosis keeps running until those checks are done too).
        launchBounce(new BounceCheck(input, m_options.limits));
        break;
    }
    case InputKind::Message:
        launchMessage(input.toUtf8());
        break;
    case InputKind::Empty:
        break;
    }
    // Deliver the end asynchronously even when nothing went to the network,
    // so callers can connect after start().
    QTimer::singleShot(0, this, &Diagnosis::checkDone);
}

void Diagnosis::startMessage(const QString &label, const QByteArray &data)
{
    Q_ASSERT(!m_started);
    m_started = true;
    m_clock.start();
    m_input = label;
    m_kind = InputKind::Message;
    ++m_running;
    // A bounce keeps its analyzer; the message it returns is analyzed as a follow-up.
    if (looksLikeBounce(QString::fromUtf8(data.left(kBounceSniffBytes)))) {
        launchBounce(new BounceCheck(data, m_options.limits));
    } else {
        launchMessage(data);
    }
    QTimer::singleShot(0, this, &Diagnosis::checkDone);
}

void Diagnosis::launchBounce(BounceCheck *bounce)
{
    connect(bounce, &BounceCheck::followUp, this, [this](const BounceFollowUp &next) {
        for (const QString &name : next.domains) {
            const DomainSyntax syntax = checkDomainSyntax(name);
            if (syntax.domain.isValid()) {
                startDomainChecks(syntax.domain);
            }
        }
        for (const QString &ip : next.ips) {
            startIpChecks(QHostAddress(ip), next.sender);
        }
        if (!next.returnedMessage.isEmpty()) {
            launchMessage(next.returnedMessage, true);
        }
    });
    launch(bounce);
}

void Diagnosis::launchMessage(const QByteArray &data, bool returnedByBounce)
{
    auto *check = new message::MessageCheck(m_resolver, data);
    check->setProviderInclude(m_options.spfInclude);
    check->setReturnedByBounce(returnedByBounce);
    // The sending server found in the hops gets the IP checks (not reported for a returned message).
    connect(check, &message::MessageCheck::sendingServer, this,
            [this](const QString &ip, const QString &sender) { startIpChecks(QHostAddress(ip), sender); });
    launch(check);
}

void Diagnosis::startDomainChecks(const DomainName &domain)
{
    // SPF, DMARC and DKIM of a domain that does not exist only repeat "no
    // record": they run at once with the MX check, but their findings wait
    // for its verdict and are dropped when the domain is NXDOMAIN.
    auto gate = std::make_shared<DomainGate>();
    auto *mx = new MxCheck(m_resolver, domain);
    connect(mx, &AsyncCheck::finished, this, [this, gate](const Findings &findings) {
        gate->decided = true;
        gate->exists = std::none_of(findings.cbegin(), findings.cend(),
                                    [](const Finding &f) { return f.code == QLatin1String("mx.nxdomain"); });
        for (const Findings &held : std::as_const(gate->held)) {
            if (gate->exists) {
                add(held);
            }
            checkDone();
        }
        gate->held.clear();
    });
    launch(mx);
    launch(new DnsblCheck(m_resolver, domain.ascii, dnsblZones(m_options.dnsblZones)));
    launchGated(new SpfCheck(m_resolver, domain, m_options.spfInclude), gate);
    launchGated(new DmarcCheck(m_resolver, domain), gate);
    launchGated(new DkimCheck(m_resolver, domain, m_options.dkimSelectors), gate);
}

void Diagnosis::launchGated(AsyncCheck *check, const std::shared_ptr<DomainGate> &gate)
{
    check->setParent(this);
    ++m_running;
    auto deliver = [this, gate](const Findings &findings, bool last) {
        if (!gate->decided) {
            gate->held << findings; // counted as running until released
            if (!last) {
                ++m_running;
            }
            return;
        }
        if (gate->exists) {
            add(findings);
        }
        if (last) {
            checkDone();
        }
    };
    connect(check, &AsyncCheck::progress, this, [deliver](const Findings &findings) { deliver(findings, false); });
    connect(check, &AsyncCheck::finished, this, [check, deliver](const Findings &findings) {
        check->deleteLater();
        deliver(findings, true);
    });
    check->start();
}

void Diagnosis::startIpChecks(const QHostAddress &address, const QString &sender)
{
    if (address.isNull()) {
        return;
    }
    launch(new ReverseDnsCheck(m_resolver, address));
    launch(new DnsblCheck(m_resolver, address, dnsblZones(m_options.dnsblZones)));
    launch(new GeoIpCheck(address, m_options.geoipDatabase, allowedCountries(sender), sender));
}

void Diagnosis::launch(AsyncCheck *check)
{
    check->setParent(this);
    ++m_running;
    connect(check, &AsyncCheck::progress, this, &Diagnosis::add);
    connect(check, &AsyncCheck::finished, this, [this, check](const Findings &findings) {
        check->deleteLater();
        add(findings);
        checkDone();
    });
    check->start();
}

void Diagnosis::add(const Findings &findings)
{
    if (findings.isEmpty()) {
        return;
    }
    m_findings += findings;
    emit findingsAdded(findings);
}

void Diagnosis::checkDone()
{
    if (--m_running == 0) {
        reportResolverFailure();
        sortWorstFirst(m_findings);
        m_elapsedMs = m_clock.elapsed();
        emit finished();
    }
}

bool Diagnosis::isInconclusive() const
{
    return hasInconclusive(m_findings);
}

void Diagnosis::reportResolverFailure()
{
    if (!m_resolver.resolverFailed()) {
        return;
    }
    const QStringList servers = m_resolver.failingServers();
    const QString named = servers.isEmpty() ? QStringLiteral("?") : servers.join(QStringLiteral(", "));
    Finding f(QStringLiteral("dns"), named, Severity::Warning, QStringLiteral("dns.resolver_failed"),
              text::summary(QT_TRANSLATE_NOOP("Findings", "The results are inconclusive: %1 of %2 DNS questions got "
                                                          "no answer (timed out) from the resolver %3. "
                                                          "Checks that needed them could not tell whether anything "
                                                          "is wrong."),
                            {QString::number(m_resolver.failed()), QString::number(m_resolver.asked()), named}),
              text::advice(QT_TRANSLATE_NOOP("Advice", "Check the DNS servers in Settings (or the network "
                                                       "connection) and run the check again before answering the "
                                                       "customer.")));
    f.markInconclusive();
    f.subjectKind = SubjectKind::Ip;
    f.data.insert(QStringLiteral("resolvers"), servers);
    f.data.insert(QStringLiteral("failed"), m_resolver.failed());
    f.data.insert(QStringLiteral("asked"), m_resolver.asked());
    add({f});
}

} // namespace mt
