#include "dnsblcheck.h"

#include "common/textutil.h"

#include <QCoreApplication>

namespace mt {
namespace {

using dns::DnsResult;
using dns::DnsStatus;

QString verdictId(int verdict)
{
    static const char *const ids[] = {"pending", "not_listed", "listed", "refused", "unknown", "unusable"};
    return QLatin1String(ids[verdict]);
}

// A listing on a major list stops mail at most providers; the others are
// worth acting on but stop less.
Severity listingSeverity(DnsblImpact impact)
{
    return impact == DnsblImpact::Major ? Severity::Error : Severity::Warning;
}

} // namespace

DnsblCheck::DnsblCheck(dns::DnsResolver &resolver, const QHostAddress &address, QList<DnsblZone> zones, QObject *parent)
    : AsyncCheck(parent)
    , m_resolver(resolver)
{
    QHostAddress ip = address;
    bool mapped = false;
    const quint32 v4 = address.toIPv4Address(&mapped);
    if (mapped) {
        ip = QHostAddress(v4);
    }
    m_subject = ip.toString();
    for (DnsblZone &zone : zones) {
        if (zone.supports(ip)) {
            const QString name = zone.queryName(ip);
            m_zones << ZoneState{std::move(zone), name, Verdict::Pending, {}};
        }
    }
}

DnsblCheck::DnsblCheck(dns::DnsResolver &resolver, const QString &domain, QList<DnsblZone> zones, QObject *parent)
    : AsyncCheck(parent)
    , m_resolver(resolver)
    , m_subject(domain.toLower())
    , m_isDomain(true)
{
    for (DnsblZone &zone : zones) {
        if (zone.domains) {
            const QString name = zone.queryName(m_subject);
            m_zones << ZoneState{std::move(zone), name, Verdict::Pending, {}};
        }
    }
}

void DnsblCheck::start()
{
    m_pending = int(m_zones.size());
    if (m_pending == 0) {
        // Deliver asynchronously, like every other end of a check.
        QMetaObject::invokeMethod(this, &DnsblCheck::finish, Qt::QueuedConnection);
        return;
    }
    for (int i = 0; i < m_zones.size(); ++i) {
        m_resolver.resolve(m_zones[i].queryName, dns::RecordType::A, this,
                           [this, i](const DnsResult &result) { onAnswer(i, result); });
    }
}

Finding DnsblCheck::zoneFinding(const ZoneState &state, Severity severity, const char *code, LocalizedText summary,
                                LocalizedText advice)
{
    Finding f(QStringLiteral("dnsbl"), m_subject, severity, QLatin1String(code), std::move(summary), std::move(advice));
    f.subjectKind = m_isDomain ? SubjectKind::Domain : SubjectKind::Ip;
    f.data.insert(QStringLiteral("zone"), state.zone.name);
    f.data.insert(QStringLiteral("list"), state.zone.title);
    f.data.insert(QStringLiteral("impact"), impactId(state.zone.impact));
    f.data.insert(QStringLiteral("query"), state.queryName);
    f.data.insert(QStringLiteral("answers"), state.answers);
    return f;
}

void DnsblCheck::onAnswer(int index, const DnsResult &result)
{
    ZoneState &state = m_zones[index];
    Findings findings;
    if (result.status == DnsStatus::NxDomain || result.status == DnsStatus::NoData ||
        (result.ok() && result.records.isEmpty())) {
        state.verdict = Verdict::NotListed;
    } else if (!result.ok()) {
        // Info per zone: the summary's warning counts them, so an offline
        // resolver gives one warning rather than a wall of them.
        state.verdict = Verdict::Unknown;
        Finding f = zoneFinding(
            state, Severity::Info, "dnsbl.unknown",
            text::summary(QT_TRANSLATE_NOOP("Findings", "%2 (%3) did not answer (%4): whether %1 is listed there "
                                                        "is unknown."),
                          {m_subject, state.zone.title, state.zone.name, dns::statusName(result.status).toUpper()}));
        f.markInconclusive();
        f.data.insert(QStringLiteral("dns_status"), dns::statusName(result.status));
        f.data.insert(QStringLiteral("dns_detail"), result.detail);
        findings << f;
    } else {
        QList<DnsblCode> listings;
        QList<DnsblCode> errors;
        QStringList strange;
        for (const dns::ResourceRecord &record : result.records) {
            state.answers << record.address.toString();
            const QList<DnsblCode> codes = state.zone.interpret(record.address);
            for (const DnsblCode &code : codes) {
                (code.kind == DnsblCode::Kind::Error ? errors : listings) << code;
            }
            if (codes.isEmpty()) {
                strange << record.address.toString();
            }
        }
        const QString answers = state.answers.join(QStringLiteral(", "));
        const QStringList args{m_subject, state.zone.title, state.zone.name, answers};
        if (!errors.isEmpty()) {
            state.verdict = Verdict::Refused;
            findings << zoneFinding(
                state, Severity::Warning, "dnsbl.refused", {"Dnsbl", errors.first().meaning, args},
                text::advice(QT_TRANSLATE_NOOP("Advice", "Your resolver is refused by %1; use your own resolver (not "
                                                         "a public one such as 8.8.8.8 or 1.1.1.1) for blacklist "
                                                         "checks, or register it with the list."),
                             {state.zone.title}));
            findings.last().markInconclusive();
        } else if (!listings.isEmpty()) {
            state.verdict = Verdict::Listed;
            const QString link = state.zone.delistingLink(m_subject);
            const LocalizedText advice =
                link.isEmpty()
                    ? text::advice(QT_TRANSLATE_NOOP("Advice", "Find and stop the cause of the listing (an infected "
                                                               "computer, a hacked account or website, a form sending "
                                                               "spam), then ask %1 to delist %2."),
                                   {state.zone.title, m_subject})
                    : text::advice(QT_TRANSLATE_NOOP("Advice", "Find and stop the cause of the listing (an infected "
                                                               "computer, a hacked account or website, a form sending "
                                                               "spam), then request delisting of %2 at %1."),
                                   {link, m_subject});
            // One row per meaning: ZEN's test entry is on SBL, XBL and PBL at once.
            QList<const char *> seen;
            for (const DnsblCode &code : std::as_const(listings)) {
                if (seen.contains(code.meaning)) {
                    continue;
                }
                seen << code.meaning;
                state.spam = state.spam || !code.endUserRange;
                Finding f = zoneFinding(
                    state, code.endUserRange ? Severity::Warning : listingSeverity(state.zone.impact), "dnsbl.listed",
                    {"Dnsbl", code.meaning, args},
                    code.endUserRange
                        ? text::advice(QT_TRANSLATE_NOOP("Advice",
                                                         "This is not a spam listing: %2 is in an internet provider's "
                                                         "range for home or dynamic connections. Send mail through "
                                                         "your mail provider's server with authentication (port 587 "
                                                         "or 465), not directly to recipients' servers. If %2 is a "
                                                         "mail server, ask its provider to remove it from the range "
                                                         "(%1)."),
                                       {link.isEmpty() ? state.zone.title : link, m_subject})
                        : advice);
                f.data.insert(QStringLiteral("delisting_url"), link);
                f.data.insert(QStringLiteral("end_user_range"), code.endUserRange);
                findings << f;
            }
        } else {
            // Answers outside the list's codes (a non-127 address): a dead
            // list answering everything, or a hijacked domain.
            state.verdict = Verdict::Unusable;
            findings << zoneFinding(
                state, Severity::Warning, "dnsbl.unusable",
                text::summary(QT_TRANSLATE_NOOP("Findings", "%2 (%3) answered %4, which is not one of its codes: the "
                                                            "list may be dead or answering everything. The answer was "
                                                            "ignored."),
                              {m_subject, state.zone.title, state.zone.name, strange.join(QStringLiteral(", "))}),
                text::advice(QT_TRANSLATE_NOOP("Advice", "Remove %1 from the blacklists to check."),
                             {state.zone.name}));
            findings.last().markInconclusive();
        }
    }
    if (!findings.isEmpty()) {
        emit progress(findings);
    }
    if (--m_pending == 0) {
        finish();
    }
}

void DnsblCheck::finish()
{
    QStringList listedTitles;
    int listed = 0;
    int major = 0;
    int notChecked = 0;
    QVariantList zones;
    for (const ZoneState &state : std::as_const(m_zones)) {
        zones << QVariantMap{{QStringLiteral("zone"), state.zone.name},
                             {QStringLiteral("verdict"), verdictId(int(state.verdict))},
                             {QStringLiteral("impact"), impactId(state.zone.impact)},
                             {QStringLiteral("answers"), state.answers}};
        if (state.verdict == Verdict::Listed) {
            ++listed;
            listedTitles << state.zone.title;
            major += state.zone.impact == DnsblImpact::Major && state.spam ? 1 : 0;
        } else if (state.verdict != Verdict::NotListed) {
            ++notChecked;
        }
    }
    const QString total = QString::number(m_zones.size());
    Finding f(QStringLiteral("dnsbl"), m_subject, Severity::Ok, QString(), {});
    f.subjectKind = m_isDomain ? SubjectKind::Domain : SubjectKind::Ip;
    if (m_zones.isEmpty()) {
        f.severity = Severity::Info;
        f.code = QStringLiteral("dnsbl.no_zones");
        f.markStaffOnly();
        f.summary = m_isDomain ? text::summary(QT_TRANSLATE_NOOP("Findings", "No domain blacklist (RHSBL) is "
                                                                             "configured, so %1 was not checked."),
                                               {m_subject})
                               : text::summary(QT_TRANSLATE_NOOP("Findings", "None of the configured blacklists "
                                                                             "lists addresses like %1."),
                                               {m_subject});
    } else if (listed > 0) {
        f.severity = major > 0 ? Severity::Error : Severity::Warning;
        f.outcome = Outcome::Problem;
        f.code = QStringLiteral("dnsbl.listed_summary");
        const QStringList args{m_subject, QString::number(listed), total, QString::number(major),
                               listedTitles.join(QStringLiteral(", "))};
        f.summary = major > 0
                        ? text::summary(QT_TRANSLATE_NOOP("Findings", "%1 is listed on %2 of %3 blacklists, %4 "
                                                                      "of them major: %5."),
                                        args)
                        : text::summary(QT_TRANSLATE_NOOP("Findings", "%1 is listed on %2 of %3 blacklists, "
                                                                      "none of them a major list's spam listing: %5."),
                                        args);
        f.advice = text::advice(QT_TRANSLATE_NOOP("Advice", "Mail from %1 may be refused by servers that use these "
                                                            "lists (replies such as \"554 ... poor reputation\"). "
                                                            "Stop the cause, then request delisting with the links "
                                                            "of each listing."),
                                {m_subject});
    } else if (notChecked > 0) {
        f.severity = Severity::Warning;
        f.code = QStringLiteral("dnsbl.incomplete");
        f.markInconclusive();
        f.summary = text::summary(QT_TRANSLATE_NOOP("Findings", "%1 is not listed on the blacklists that answered, "
                                                                "but %2 of %3 could not be checked."),
                                  {m_subject, QString::number(notChecked), total});
    } else {
        f.code = QStringLiteral("dnsbl.not_listed");
        f.summary = text::summary(QT_TRANSLATE_NOOP("Findings", "%1 is not listed on any of the %2 blacklists "
                                                                "checked."),
                                  {m_subject, total});
    }
    f.data.insert(QStringLiteral("listed"), listed);
    f.data.insert(QStringLiteral("major"), major);
    f.data.insert(QStringLiteral("not_checked"), notChecked);
    f.data.insert(QStringLiteral("zones"), zones);
    emit finished({f});
}

} // namespace mt
