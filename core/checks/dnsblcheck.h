#pragma once

#include "asynccheck.h"
#include "dns/dnsresolver.h"
#include "dnsblzone.h"
#include "finding.h"

#include <QHostAddress>

namespace mt {

// Asks every DNS blacklist zone about one IP (DNSBL) or one domain (RHSBL),
// all at once. Each zone's verdict is reported by progress() as soon as it
// answers (listings, refusals, timeouts; a clean zone adds no row); the
// summary ("listed on 2 of 16 lists, 1 of them major") comes with finished().
// A zone's error code (e.g. Spamhaus's 127.255.255.254) is a refusal of our
// resolver, never a listing; a timeout is "unknown", never "not listed".
class DnsblCheck final : public AsyncCheck
{
    Q_OBJECT

public:
    // ZONES not supporting the subject's kind (IPv6, domains) are skipped.
    DnsblCheck(dns::DnsResolver &resolver, const QHostAddress &address, QList<DnsblZone> zones,
               QObject *parent = nullptr);
    DnsblCheck(dns::DnsResolver &resolver, const QString &domain, QList<DnsblZone> zones, QObject *parent = nullptr);

    void start() override;

private:
    enum class Verdict
    {
        Pending,
        NotListed,
        Listed,
        Refused,
        Unknown,
        Unusable,
    };

    struct ZoneState
    {
        DnsblZone zone;
        QString queryName;
        Verdict verdict = Verdict::Pending;
        QStringList answers;
        bool spam = false; // listed for what it sent, not only for being an end-user address
    };

    void onAnswer(int index, const dns::DnsResult &result);
    Finding zoneFinding(const ZoneState &state, Severity severity, const char *code, LocalizedText summary,
                        LocalizedText advice = {});
    void finish();

    dns::DnsResolver &m_resolver;
    QString m_subject;
    bool m_isDomain = false;
    QList<ZoneState> m_zones;
    int m_pending = 0;
};

} // namespace mt
