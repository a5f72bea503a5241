#include "dnsblzone.h"

#include "reversednscheck.h"

#include <QCoreApplication>

namespace mt {
namespace {

constexpr quint32 ip(quint32 a, quint32 b, quint32 c, quint32 d)
{
    return (a << 24) | (b << 16) | (c << 8) | d;
}

DnsblCode listing(quint32 first, quint32 last, const char *meaning)
{
    return {first, last, 0, DnsblCode::Kind::Listing, meaning};
}
DnsblCode listing(quint32 only, const char *meaning)
{
    return listing(only, only, meaning);
}
DnsblCode endUser(quint32 only, const char *meaning)
{
    DnsblCode code = listing(only, meaning);
    code.endUserRange = true;
    return code;
}
DnsblCode bits(quint32 mask, const char *meaning)
{
    return {ip(127, 0, 0, 0), ip(127, 0, 0, 255), mask, DnsblCode::Kind::Listing, meaning};
}
DnsblCode error(quint32 first, quint32 last, const char *meaning)
{
    return {first, last, 0, DnsblCode::Kind::Error, meaning};
}
DnsblCode error(quint32 only, const char *meaning)
{
    return error(only, only, meaning);
}

// A listing whose code the table does not describe: lists add codes.
const char undocumentedCode[] = QT_TRANSLATE_NOOP("Dnsbl", "%1 is listed on %2 (%3), return code %4.");

// Spamhaus answers these instead of NXDOMAIN when it refuses the query.
QList<DnsblCode> spamhausErrors()
{
    return {error(ip(127, 255, 255, 252),
                  QT_TRANSLATE_NOOP("Dnsbl", "%2 (%3) refused the query (answer %4): a typing error in the list's "
                                             "name. This is not a listing: whether %1 is listed there is unknown.")),
            error(ip(127, 255, 255, 254),
                  QT_TRANSLATE_NOOP("Dnsbl", "%2 (%3) refused the query (answer %4): it came through a public or open "
                                             "resolver (for example 8.8.8.8 or 1.1.1.1), which Spamhaus does not "
                                             "answer. This is not a listing: whether %1 is listed there is unknown.")),
            error(ip(127, 255, 255, 255),
                  QT_TRANSLATE_NOOP("Dnsbl",
                                    "%2 (%3) refused the query (answer %4): the resolver sent too many queries (over "
                                    "quota). This is not a listing: whether %1 is listed there is unknown."))};
}

// The generic table for a zone we do not know (RFC 5782): 127.0.0.2 and up
// are listings; 127.0.0.1 and the top of 127/8 are what lists use to refuse.
QList<DnsblCode> genericCodes()
{
    return {error(ip(127, 0, 0, 1),
                  QT_TRANSLATE_NOOP("Dnsbl", "%2 (%3) answered %4, which is not a listing code (the query was refused, "
                                             "or it is a test answer): whether %1 is listed there is unknown.")),
            error(ip(127, 255, 255, 252), ip(127, 255, 255, 255),
                  QT_TRANSLATE_NOOP("Dnsbl",
                                    "%2 (%3) refused the query (answer %4): the list blocks this resolver or it is "
                                    "over quota. This is not a listing: whether %1 is listed there is unknown.")),
            listing(ip(127, 0, 0, 2), ip(127, 255, 255, 251), undocumentedCode)};
}

DnsblZone ipZone(const char *name, const char *title, DnsblImpact impact, const char *delist, QList<DnsblCode> codes,
                 bool ipv6 = false)
{
    DnsblZone zone;
    zone.name = QLatin1String(name);
    zone.title = QLatin1String(title);
    zone.ipv4 = true;
    zone.ipv6 = ipv6;
    zone.impact = impact;
    zone.delistUrl = QLatin1String(delist);
    zone.codes = std::move(codes);
    return zone;
}

DnsblZone domainZone(const char *name, const char *title, DnsblImpact impact, const char *delist,
                     QList<DnsblCode> codes)
{
    DnsblZone zone = ipZone(name, title, impact, delist, std::move(codes));
    zone.ipv4 = false;
    zone.domains = true;
    return zone;
}

// Not shipped, on purpose: lists that closed and either answer nothing any
// more or, worse, answer "listed" for everything: SORBS (closed June 2024),
// NJABL (2013), AHBL (2015, listed the whole internet on its way out), DSBL
// (2009), SpamCannibal (listed everything after its domain lapsed), CBL
// (cbl.abuseat.org, now part of Spamhaus XBL, which ZEN includes). Lists that
// need a paid key (Abusix, Invaluement, Spamhaus DQS) are left to the user.
QList<DnsblZone> knownZones()
{
    using I = DnsblImpact;
    const char spamhausLookup[] = "https://check.spamhaus.org/results/?query=%1";
    const char ratsLookup[] = "https://www.spamrats.com/lookup.php?ip=%1";
    QList<DnsblZone> zones;
    zones << ipZone(
        "zen.spamhaus.org", "Spamhaus ZEN", I::Major, spamhausLookup,
        QList<DnsblCode>{
            listing(ip(127, 0, 0, 2),
                    QT_TRANSLATE_NOOP("Dnsbl", "%1 is listed on %2 (%3): SBL: a known spam source or spam operation.")),
            listing(ip(127, 0, 0, 3),
                    QT_TRANSLATE_NOOP(
                        "Dnsbl", "%1 is listed on %2 (%3): SBL CSS: the address sent low-reputation (snowshoe) spam.")),
            listing(ip(127, 0, 0, 4), ip(127, 0, 0, 7),
                    QT_TRANSLATE_NOOP("Dnsbl", "%1 is listed on %2 (%3): XBL: an infected or exploited machine "
                                               "(botnet, malware) sends from this address.")),
            listing(ip(127, 0, 0, 9),
                    QT_TRANSLATE_NOOP(
                        "Dnsbl", "%1 is listed on %2 (%3): SBL DROP: the network is hijacked or run by criminals.")),
            endUser(ip(127, 0, 0, 10),
                    QT_TRANSLATE_NOOP("Dnsbl", "%1 is listed on %2 (%3): PBL (set by the ISP): an end-user address "
                                               "that should send mail only through a mail server.")),
            endUser(ip(127, 0, 0, 11),
                    QT_TRANSLATE_NOOP("Dnsbl", "%1 is listed on %2 (%3): PBL (set by Spamhaus): an end-user address "
                                               "that should send mail only through a mail server."))} +
            spamhausErrors(),
        true);
    zones << domainZone(
        "dbl.spamhaus.org", "Spamhaus DBL", I::Major, spamhausLookup,
        QList<DnsblCode>{
            listing(ip(127, 0, 1, 2), QT_TRANSLATE_NOOP("Dnsbl", "%1 is listed on %2 (%3): a spam domain.")),
            listing(ip(127, 0, 1, 4), QT_TRANSLATE_NOOP("Dnsbl", "%1 is listed on %2 (%3): a phishing domain.")),
            listing(ip(127, 0, 1, 5), QT_TRANSLATE_NOOP("Dnsbl", "%1 is listed on %2 (%3): a malware domain.")),
            listing(ip(127, 0, 1, 6),
                    QT_TRANSLATE_NOOP("Dnsbl", "%1 is listed on %2 (%3): a botnet command-and-control domain.")),
            listing(ip(127, 0, 1, 102),
                    QT_TRANSLATE_NOOP("Dnsbl", "%1 is listed on %2 (%3): an abused legitimate domain used for spam.")),
            listing(ip(127, 0, 1, 103),
                    QT_TRANSLATE_NOOP("Dnsbl",
                                      "%1 is listed on %2 (%3): an abused legitimate redirector or URL shortener.")),
            listing(
                ip(127, 0, 1, 104),
                QT_TRANSLATE_NOOP("Dnsbl", "%1 is listed on %2 (%3): an abused legitimate domain used for phishing.")),
            listing(
                ip(127, 0, 1, 105),
                QT_TRANSLATE_NOOP("Dnsbl", "%1 is listed on %2 (%3): an abused legitimate domain used for malware.")),
            listing(ip(127, 0, 1, 106),
                    QT_TRANSLATE_NOOP(
                        "Dnsbl",
                        "%1 is listed on %2 (%3): an abused legitimate domain used for botnet command and control."))} +
            spamhausErrors());
    zones << domainZone(
        "zrd.spamhaus.org", "Spamhaus ZRD", I::Medium, spamhausLookup,
        QList<DnsblCode>{listing(
            ip(127, 0, 2, 2), ip(127, 0, 2, 24),
            QT_TRANSLATE_NOOP(
                "Dnsbl", "%1 is listed on %2 (%3): a domain first seen less than 24 hours ago (zero reputation)."))} +
            spamhausErrors());
    zones << ipZone(
        "bl.spamcop.net", "SpamCop", I::Medium, "https://www.spamcop.net/bl.shtml?%1",
        {listing(ip(127, 0, 0, 2),
                 QT_TRANSLATE_NOOP("Dnsbl",
                                   "%1 is listed on %2 (%3): recipients reported spam from this address recently."))});
    zones << ipZone(
        "b.barracudacentral.org", "Barracuda", I::Medium, "https://www.barracudacentral.org/rbl/removal-request",
        {listing(ip(127, 0, 0, 2), QT_TRANSLATE_NOOP("Dnsbl", "%1 is listed on %2 (%3): poor reputation at Barracuda: "
                                                              "spam or unusual sending seen from this address."))});
    zones << ipZone("dnsbl-1.uceprotect.net", "UCEPROTECT level 1", I::Minor,
                    "https://www.uceprotect.net/en/rblcheck.php?ipr=%1",
                    {listing(ip(127, 0, 0, 2),
                             QT_TRANSLATE_NOOP("Dnsbl", "%1 is listed on %2 (%3): this address sent to UCEPROTECT's "
                                                        "spam traps; listings expire after 7 days."))});
    zones << ipZone(
        "psbl.surriel.com", "PSBL", I::Minor, "https://psbl.org/listing?ip=%1",
        {listing(ip(127, 0, 0, 2),
                 QT_TRANSLATE_NOOP("Dnsbl", "%1 is listed on %2 (%3): this address sent to PSBL's spam traps."))});
    zones << ipZone(
        "bl.mailspike.net", "Mailspike", I::Minor, "https://mailspike.io/ip_verify",
        {listing(ip(127, 0, 0, 2),
                 QT_TRANSLATE_NOOP(
                     "Dnsbl", "%1 is listed on %2 (%3): poor reputation at Mailspike: spam seen from this address."))});
    const DnsblCode ratsDyna = endUser(
        ip(127, 0, 0, 36),
        QT_TRANSLATE_NOOP("Dnsbl", "%1 is listed on %2 (%3): RATS-Dyna: a dynamic or generic address sending mail."));
    const DnsblCode ratsNoPtr =
        endUser(ip(127, 0, 0, 37),
                QT_TRANSLATE_NOOP("Dnsbl", "%1 is listed on %2 (%3): RATS-NoPtr: the address has no reverse DNS."));
    const DnsblCode ratsSpam = listing(
        ip(127, 0, 0, 38),
        QT_TRANSLATE_NOOP(
            "Dnsbl", "%1 is listed on %2 (%3): RATS-Spam: spam or a dictionary attack was seen from this address."));
    const DnsblCode ratsAuth =
        listing(ip(127, 0, 0, 43),
                QT_TRANSLATE_NOOP(
                    "Dnsbl", "%1 is listed on %2 (%3): RATS-Auth: brute-force logins were seen from this address."));
    zones << ipZone("all.spamrats.com", "SpamRATS", I::Minor, ratsLookup, {ratsDyna, ratsNoPtr, ratsSpam, ratsAuth});
    zones << ipZone("dyna.spamrats.com", "SpamRATS Dyna", I::Minor, ratsLookup, {ratsDyna});
    zones << ipZone("noptr.spamrats.com", "SpamRATS NoPtr", I::Minor, ratsLookup, {ratsNoPtr});
    zones << ipZone("spam.spamrats.com", "SpamRATS Spam", I::Minor, ratsLookup, {ratsSpam});
    zones << ipZone(
        "ix.dnsbl.manitu.net", "NiX Spam", I::Minor, "https://www.dnsbl.manitu.net/lookup.php?value=%1",
        {listing(ip(127, 0, 0, 2),
                 QT_TRANSLATE_NOOP("Dnsbl", "%1 is listed on %2 (%3): spam seen from this address by NiX Spam."))});
    zones << ipZone(
        "truncate.gbudb.net", "GBUdb Truncate", I::Minor, "https://www.gbudb.com/truncate/",
        {listing(ip(127, 0, 0, 2),
                 QT_TRANSLATE_NOOP("Dnsbl", "%1 is listed on %2 (%3): almost only spam seen from this address."))});
    zones << ipZone("dnsbl.dronebl.org", "DroneBL", I::Minor, "https://dronebl.org/lookup?ip=%1",
                    {listing(ip(127, 0, 0, 2), ip(127, 0, 0, 255),
                             QT_TRANSLATE_NOOP("Dnsbl", "%1 is listed on %2 (%3): an abused machine: a botnet drone, "
                                                        "an open proxy or a brute-force attacker."))});
    // SURBL and URIBL return bit masks; 127.0.0.1 means the resolver is blocked.
    zones << domainZone(
        "multi.surbl.org", "SURBL", I::Medium, "https://surbl.org/surbl-analysis",
        {error(ip(127, 0, 0, 1),
               QT_TRANSLATE_NOOP(
                   "Dnsbl", "%2 (%3) refused the query (answer %4): SURBL blocks this resolver (public resolver or too "
                            "many queries). This is not a listing: whether %1 is listed there is unknown.")),
         bits(8, QT_TRANSLATE_NOOP("Dnsbl", "%1 is listed on %2 (%3): PH: a phishing domain.")),
         bits(16, QT_TRANSLATE_NOOP("Dnsbl", "%1 is listed on %2 (%3): MW: a malware domain.")),
         bits(64, QT_TRANSLATE_NOOP("Dnsbl", "%1 is listed on %2 (%3): ABUSE: a spam domain.")),
         bits(128, QT_TRANSLATE_NOOP("Dnsbl", "%1 is listed on %2 (%3): CR: a cracked (hacked) website."))});
    zones << domainZone(
        "multi.uribl.com", "URIBL", I::Medium, "https://admin.uribl.com/?section=lookup",
        {error(ip(127, 0, 0, 1),
               QT_TRANSLATE_NOOP(
                   "Dnsbl", "%2 (%3) refused the query (answer %4): URIBL blocks this resolver (public resolver or too "
                            "many queries). This is not a listing: whether %1 is listed there is unknown.")),
         bits(2, QT_TRANSLATE_NOOP("Dnsbl", "%1 is listed on %2 (%3): black: a domain seen in spam.")),
         bits(4,
              QT_TRANSLATE_NOOP("Dnsbl", "%1 is listed on %2 (%3): grey: a domain seen in bulk or unsolicited mail.")),
         bits(8, QT_TRANSLATE_NOOP("Dnsbl",
                                   "%1 is listed on %2 (%3): red: a domain seen in unsolicited commercial mail."))});
    return zones;
}

const QList<DnsblZone> &allKnownZones()
{
    static const QList<DnsblZone> zones = knownZones();
    return zones;
}

} // namespace

QString impactId(DnsblImpact impact)
{
    switch (impact) {
    case DnsblImpact::Major:
        return QStringLiteral("major");
    case DnsblImpact::Medium:
        return QStringLiteral("medium");
    case DnsblImpact::Minor:
        break;
    }
    return QStringLiteral("minor");
}

bool DnsblCode::matches(quint32 answer) const
{
    if (answer < first || answer > last) {
        return false;
    }
    return mask == 0 || (answer & 0xff & mask) != 0;
}

bool DnsblZone::supports(const QHostAddress &address) const
{
    bool isV4 = false;
    address.toIPv4Address(&isV4);
    return isV4 ? ipv4 : ipv6;
}

QString DnsblZone::queryName(const QHostAddress &address) const
{
    // The reverse-DNS form without its in-addr.arpa / ip6.arpa suffix.
    QString reversed = ReverseDnsCheck::reverseName(address);
    reversed.truncate(reversed.lastIndexOf(QLatin1Char('.'), reversed.lastIndexOf(QLatin1Char('.')) - 1));
    return reversed + QLatin1Char('.') + name;
}

QString DnsblZone::queryName(const QString &domain) const
{
    return domain + QLatin1Char('.') + name;
}

QList<DnsblCode> DnsblZone::interpret(const QHostAddress &answer) const
{
    bool isV4 = false;
    const quint32 value = answer.toIPv4Address(&isV4);
    QList<DnsblCode> matched;
    if (!isV4) {
        return matched;
    }
    for (const DnsblCode &code : codes) {
        if (code.matches(value)) {
            if (code.kind == DnsblCode::Kind::Error) {
                return {code}; // an error code is never also a listing
            }
            matched << code;
        }
    }
    // Another 127/8 code of a live list is a listing we cannot name; an
    // answer outside 127/8 is none (a dead list answering everything).
    if (matched.isEmpty() && (value >> 24) == 127) {
        matched << listing(value, undocumentedCode);
    }
    return matched;
}

QString DnsblZone::delistingLink(const QString &subject) const
{
    return delistUrl.contains(QLatin1String("%1")) ? delistUrl.arg(subject) : delistUrl;
}

const QList<DnsblZone> &defaultDnsblZones()
{
    // all.spamrats.com already answers for its three parts; they stay known
    // (so a user may pick them) but are not asked twice by default.
    static const QList<DnsblZone> zones = [] {
        QList<DnsblZone> result;
        for (const DnsblZone &zone : allKnownZones()) {
            if (!zone.name.endsWith(QLatin1String(".spamrats.com")) || zone.name.startsWith(QLatin1String("all."))) {
                result << zone;
            }
        }
        return result;
    }();
    return zones;
}

DnsblZone dnsblZone(const QString &name)
{
    const QString wanted = name.trimmed().toLower();
    for (const DnsblZone &zone : allKnownZones()) {
        if (zone.name == wanted) {
            return zone;
        }
    }
    DnsblZone zone;
    zone.name = wanted;
    zone.title = wanted;
    zone.ipv4 = zone.ipv6 = zone.domains = true; // asking the wrong kind only gets NXDOMAIN
    zone.codes = genericCodes();
    zone.known = false;
    return zone;
}

QList<DnsblZone> dnsblZones(const QStringList &names)
{
    if (names.isEmpty()) {
        return defaultDnsblZones();
    }
    QList<DnsblZone> zones;
    QStringList seen;
    for (const QString &name : names) {
        DnsblZone zone = dnsblZone(name);
        if (!zone.name.isEmpty() && !seen.contains(zone.name)) {
            seen << zone.name;
            zones << std::move(zone);
        }
    }
    return zones;
}

} // namespace mt
