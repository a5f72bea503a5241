#include "diagnosis.h"

#include "checks/addresssyntax.h"
#include "checks/bouncecheck.h"
#include "checks/mxcheck.h"
#include "checks/textutil.h"

#include <QTimer>

namespace mt {

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
    case InputKind::Text: {
        // A bounce or a reply line: the analyzer reports per recipient and
        // says which domains and IPs to check next (before it finishes, so
        // this diagnosis keeps running until those checks are done too).
        auto *bounce = new BounceCheck(input);
        connect(bounce, &BounceCheck::followUp, this, [this](const BounceFollowUp &next) {
            for (const QString &name : next.domains) {
                const DomainSyntax syntax = checkDomainSyntax(name);
                if (syntax.domain.isValid()) {
                    startDomainChecks(syntax.domain);
                }
            }
            for (const QString &ip : next.ips) {
                startIpChecks(QHostAddress(ip));
            }
        });
        launch(bounce);
        break;
    }
    case InputKind::IPv4:
    case InputKind::IPv6: {
        // The IP checks and the bounce analyzer come in their own issues;
        // until then say so instead of showing nothing.
        const LocalizedText summary =
            m_kind == InputKind::Text
                ? text::summary(QT_TRANSLATE_NOOP("Findings", "This looks like a bounce or a server reply. Bounce "
                                                              "analysis is not available in this version yet."))
                : text::summary(QT_TRANSLATE_NOOP("Findings", "This is an IP address. Reverse DNS, blacklist and "
                                                              "GeoIP checks are not available in this version yet."));
        const QString firstLine = input.trimmed().section(QLatin1Char('\n'), 0, 0).trimmed();
        add({Finding(QStringLiteral("input"), text::shown(firstLine, 80), Severity::Info,
                     QStringLiteral("input.no_checks_yet"), summary)});
        break;
    }
    case InputKind::Empty:
        break;
    }
    // Deliver the end asynchronously even when nothing went to the network,
    // so callers can connect after start().
    QTimer::singleShot(0, this, &Diagnosis::checkDone);
}

void Diagnosis::startDomainChecks(const DomainName &domain)
{
    launch(new MxCheck(m_resolver, domain));
}

void Diagnosis::startIpChecks(const QHostAddress &address)
{
    Q_UNUSED(address); // reverse DNS, DNSBL and GeoIP come with their issue
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
        m_elapsedMs = m_clock.elapsed();
        emit finished();
    }
}

} // namespace mt
