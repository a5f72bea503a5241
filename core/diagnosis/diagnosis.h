#pragma once

#include "checks/finding.h"
#include "dns/dnsresolver.h"
#include "inputkind.h"

#include <QElapsedTimer>
#include <QObject>

namespace mt {

// One run over one pasted input: detects its kind, starts every check that
// applies at once, and reports findings as they arrive. Destroy it to cancel.
class Diagnosis final : public QObject
{
    Q_OBJECT

public:
    explicit Diagnosis(dns::DnsResolver &resolver, QObject *parent = nullptr);

    void start(const QString &input);

    QString input() const { return m_input; }
    InputKind kind() const { return m_kind; }
    const Findings &findings() const { return m_findings; }
    bool isFinished() const { return m_started && m_running == 0; }
    qint64 elapsedMs() const { return m_elapsedMs; }

signals:
    void findingsAdded(const mt::Findings &findings);
    void finished();

private:
    void add(const Findings &findings);
    void startMxCheck(const struct DomainName &domain);
    void checkDone();

    dns::DnsResolver &m_resolver;
    QString m_input;
    InputKind m_kind = InputKind::Empty;
    Findings m_findings;
    QElapsedTimer m_clock;
    qint64 m_elapsedMs = 0;
    int m_running = 0;
    bool m_started = false;
};

} // namespace mt
