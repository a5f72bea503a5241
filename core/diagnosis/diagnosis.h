#pragma once

#include "checks/asynccheck.h"
#include "checks/finding.h"
#include "diagnosisoptions.h"
#include "dns/dnsresolver.h"
#include "dns/resolverhealth.h"
#include "inputkind.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QObject>

#include <memory>

namespace mt {

class BounceCheck;

// One run over one pasted input: detects its kind, starts every check that
// applies at once, and reports findings as they arrive. Destroy it to cancel.
class Diagnosis final : public QObject
{
    Q_OBJECT

public:
    explicit Diagnosis(dns::DnsResolver &resolver, DiagnosisOptions options = {}, QObject *parent = nullptr);

    void start(const QString &input);
    // Analyzes DATA as a message whatever it looks like (the CLI's
    // `message` command, a file opened as a message); LABEL is its input.
    void startMessage(const QString &label, const QByteArray &data);

    QString input() const { return m_input; }
    InputKind kind() const { return m_kind; }
    // In the order they arrived while running, worst first once finished
    // (diagnosis/worstfirst.h).
    const Findings &findings() const { return m_findings; }
    // Whether a check that could have found a problem did not finish (the
    // resolver failed, a list did not answer): not an all-clear.
    bool isInconclusive() const;
    bool isFinished() const { return m_started && m_running == 0; }
    qint64 elapsedMs() const { return m_elapsedMs; }

signals:
    void findingsAdded(const mt::Findings &findings);
    void finished();

private:
    void add(const Findings &findings);
    // The checks that run on a domain (pasted, or an address's) and on an IP
    // address (pasted, or named in a bounce).
    void startDomainChecks(const struct DomainName &domain);
    // SENDER: the customer's address, when known, whose domain's allowed
    // countries (DiagnosisOptions::domains) the GeoIP rule applies.
    void startIpChecks(const QHostAddress &address, const QString &sender = {});
    // The countries allowed for SENDER's domain (DiagnosisOptions).
    QStringList allowedCountries(const QString &sender) const;
    // Runs CHECK, owned by this diagnosis, counting it until it finishes.
    void launch(AsyncCheck *check);
    // Whether a domain exists, as its MX check found; findings of checks
    // gated on it are held until then.
    struct DomainGate
    {
        bool decided = false;
        bool exists = true;
        QList<Findings> held;
    };
    // Like launch(), but CHECK's findings pass through GATE.
    void launchGated(AsyncCheck *check, const std::shared_ptr<DomainGate> &gate);
    void checkDone();
    // The one finding that says the resolver itself failed, when it did.
    void reportResolverFailure();
    // The message analyzer, and the IP checks of the server it finds; or,
    // for the message a bounce returns, the analyzer alone.
    void launchMessage(const QByteArray &data, bool returnedByBounce = false);
    // The bounce analyzer and what it says to check next, the returned message included.
    void launchBounce(BounceCheck *bounce);

    dns::ResolverHealth m_resolver; // every check asks through it
    DiagnosisOptions m_options;
    QString m_input;
    InputKind m_kind = InputKind::Empty;
    Findings m_findings;
    QElapsedTimer m_clock;
    qint64 m_elapsedMs = 0;
    int m_running = 0;
    bool m_started = false;
};

} // namespace mt
