#pragma once

#include "asynccheck.h"
#include "dns/dnsresolver.h"
#include "finding.h"

#include <QHostAddress>

namespace mt {

// Reverse DNS of a sending IP: its PTR names, whether each resolves back to
// the IP (forward-confirmed reverse DNS), and whether the name looks like an
// ISP's generic name for a dynamic line. Receiving servers that find no
// confirmed name defer the mail with "450 4.7.1 Client host rejected: cannot
// find your hostname" (the help page on bounces). Forward lookups are in flight together.
class ReverseDnsCheck final : public AsyncCheck
{
    Q_OBJECT

public:
    ReverseDnsCheck(dns::DnsResolver &resolver, const QHostAddress &address, QObject *parent = nullptr);

    void start() override;

    // "25.2.0.192.in-addr.arpa", or the nibble form under ip6.arpa.
    static QString reverseName(const QHostAddress &address);
    // True when HOSTNAME looks like an ISP's automatic name for ADDRESS
    // (the address's digits in it, or dhcp/dyn/pool/dsl/cable/ppp words).
    static bool looksGeneric(const QString &hostname, const QHostAddress &address);

private:
    struct Name
    {
        QString hostname;
        dns::DnsResult forward;
        bool answered = false;
    };

    void onPtr(const dns::DnsResult &result);
    void onForward(int index, const dns::DnsResult &result);
    void conclude();
    Finding make(Severity severity, const char *code, LocalizedText summary, LocalizedText advice = {});

    dns::DnsResolver &m_resolver;
    QHostAddress m_address;
    QList<Name> m_names;
    int m_pending = 0;
};

} // namespace mt
