#pragma once

#include "common/localizedtext.h"

#include <QHostAddress>
#include <QList>
#include <QString>
#include <QStringList>

namespace mt {

// How widely receiving servers block on a list, so staff see "listed on 2
// lists, one of them major" rather than a wall of rows.
enum class DnsblImpact
{
    Minor,  // used by a few, mostly as a score
    Medium, // used to block by a fair share of servers
    Major,  // used to block by most large providers
};

QString impactId(DnsblImpact impact); // "major", "medium", "minor"

// What one return code (or a range, or bits of one) of a zone means.
struct DnsblCode
{
    enum class Kind
    {
        Listing,
        Error, // the zone refuses the query (public resolver, quota, typo): NOT a listing
    };

    quint32 first = 0; // 127.x.y.z as a number, inclusive
    quint32 last = 0;
    quint32 mask = 0; // non-zero: matches when the answer's last octet has any of these bits (SURBL, URIBL)
    Kind kind = Kind::Listing;
    // A whole sentence, QT_TRANSLATE_NOOP("Dnsbl", ...): %1 the IP or domain,
    // %2 the list's title, %3 its zone, %4 the answer.
    const char *meaning = nullptr;
    // Not a spam listing: the address is in an ISP's end-user or dynamic
    // range (Spamhaus PBL, SpamRATS Dyna/NoPtr). It matters only when the
    // address sends to recipients' servers directly, not through a provider.
    bool endUserRange = false;

    bool matches(quint32 answer) const;
};

// One DNS blacklist zone (DNSBL for IPs, RHSBL for domains), as data.
struct DnsblZone
{
    QString name;  // "zen.spamhaus.org"
    QString title; // "Spamhaus ZEN"
    bool ipv4 = false;
    bool ipv6 = false;
    bool domains = false; // an RHSBL: asked with domain names
    DnsblImpact impact = DnsblImpact::Minor;
    QString delistUrl; // %1 = the IP or domain
    QList<DnsblCode> codes;
    bool known = true; // false: a user's zone with the generic table

    bool supports(const QHostAddress &address) const;
    // The name to ask (A) for ADDRESS or DOMAIN in this zone.
    QString queryName(const QHostAddress &address) const;
    QString queryName(const QString &domain) const;
    // The codes ANSWER matches; none when it is not a code of this zone.
    QList<DnsblCode> interpret(const QHostAddress &answer) const;
    QString delistingLink(const QString &subject) const;
};

// The zones asked by default: current, widely used lists only.
const QList<DnsblZone> &defaultDnsblZones();
// The zone called NAME: its entry in the default table, or a generic entry
// (any 127.0.0.2-127.255.255.251 answer is a listing) for zones we do not know.
DnsblZone dnsblZone(const QString &name);
// The zones for NAMES (DiagnosisOptions::dnsblZones), or the defaults when empty.
QList<DnsblZone> dnsblZones(const QStringList &names);

} // namespace mt
