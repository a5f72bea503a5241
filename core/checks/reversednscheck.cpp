#include "reversednscheck.h"

#include "common/textutil.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace mt {
namespace {

using dns::DnsResult;
using dns::DnsStatus;
using dns::RecordType;

// The reply of a receiving server (Postfix's reject_unknown_client_hostname)
// as the help page on bounces quotes it.
QString hostnameReply(const QHostAddress &address)
{
    return QStringLiteral("450 4.7.1 Client host rejected: cannot find your hostname, [%1]").arg(address.toString());
}

QString failureText(const DnsResult &result)
{
    QString text = dns::statusName(result.status).toUpper();
    if (!result.server.isEmpty()) {
        text += QStringLiteral(" (%1)").arg(result.server);
    }
    return text;
}

// Help page on bounces: the fix is the "Rev DNS" field of the service's IP in the panel.
const char revDnsAdvice[] = QT_TRANSLATE_NOOP(
    "Advice", "Set the reverse DNS of %1 to a host name whose A record points back to %1. For a service at our "
              "company: in the WebAs panel go to Configuration > IP addresses and enter a domain that points to the "
              "service's IP address in the \"Rev DNS\" field.");

const char retryAdvice[] =
    QT_TRANSLATE_NOOP("Advice", "Check again in a few minutes. If other DNS checks failed too, our own resolver "
                                "is the cause, not the owner of %1. If only this one keeps failing, the DNS servers "
                                "of the reverse zone of %1 are not answering.");

// Words ISPs put in the automatic names of customers' lines; a receiving
// server scoring such a name treats the IP as a home connection.
const QRegularExpression &genericWords()
{
    static const QRegularExpression re(
        QStringLiteral("(^|[^a-z])(dhcp|dyn|dynamic|dynip|pool|dsl|adsl|vdsl|xdsl|cable|catv|ppp|pppoe|dial|dialup|"
                       "client|clients|broadband|customer|cust|residential|static-ip|staticip|unassigned|"
                       "nat|ftth|fibre|fiber|mobile|wireless|wifi|lte|gprs|user|users)[0-9]*([^a-z]|$)"));
    return re;
}

// Whether FORM stands in NAME as a whole, not inside a longer run of hex
// digits: 1.2.3.4 inside 11.2.3.45 is not it.
bool standsAlone(const QString &name, const QString &form)
{
    const auto isHexDigit = [](QChar c) {
        return (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || (c >= QLatin1Char('a') && c <= QLatin1Char('f'));
    };
    for (qsizetype at = name.indexOf(form); at >= 0; at = name.indexOf(form, at + 1)) {
        const qsizetype end = at + form.size();
        if ((at == 0 || !isHexDigit(name.at(at - 1))) && (end == name.size() || !isHexDigit(name.at(end)))) {
            return true;
        }
    }
    return false;
}

} // namespace

ReverseDnsCheck::ReverseDnsCheck(dns::DnsResolver &resolver, const QHostAddress &address, QObject *parent)
    : AsyncCheck(parent)
    , m_resolver(resolver)
    , m_address(address)
{
    // An IPv4 address written as IPv6 (::ffff:192.0.2.1) has its PTR under in-addr.arpa.
    bool mapped = false;
    const quint32 v4 = address.toIPv4Address(&mapped);
    if (mapped) {
        m_address = QHostAddress(v4);
    }
}

QString ReverseDnsCheck::reverseName(const QHostAddress &address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    if (isV4) {
        return QStringLiteral("%1.%2.%3.%4.in-addr.arpa")
            .arg(v4 & 0xff)
            .arg((v4 >> 8) & 0xff)
            .arg((v4 >> 16) & 0xff)
            .arg((v4 >> 24) & 0xff);
    }
    const Q_IPV6ADDR v6 = address.toIPv6Address();
    QString name;
    for (int i = 15; i >= 0; --i) {
        name +=
            QString::number(v6[i] & 0x0f, 16) + QLatin1Char('.') + QString::number(v6[i] >> 4, 16) + QLatin1Char('.');
    }
    return name + QStringLiteral("ip6.arpa");
}

bool ReverseDnsCheck::looksGeneric(const QString &hostname, const QHostAddress &address)
{
    const QString name = hostname.toLower();
    // The words count in the host part only: the domain itself (dyn.com,
    // home.pl) is the ISP's or the customer's name, not a line type.
    const QString hostPart = name.section(QLatin1Char('.'), 0, -3);
    if (genericWords().match(hostPart).hasMatch()) {
        return true;
    }
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    if (!isV4) {
        return false;
    }
    const QStringList octets{QString::number(v4 >> 24), QString::number((v4 >> 16) & 0xff),
                             QString::number((v4 >> 8) & 0xff), QString::number(v4 & 0xff)};
    QStringList reversed = octets;
    std::reverse(reversed.begin(), reversed.end());
    QStringList forms;
    for (const QStringList &order : {octets, reversed}) {
        for (const QChar separator : {QLatin1Char('-'), QLatin1Char('.'), QLatin1Char('_')}) {
            forms << order.join(separator);
        }
        QString padded;
        for (const QString &octet : order) {
            padded += octet.rightJustified(3, QLatin1Char('0'));
        }
        forms << padded;
    }
    forms << QStringLiteral("%1").arg(v4, 8, 16, QLatin1Char('0'));
    return std::any_of(forms.cbegin(), forms.cend(), [&name](const QString &form) { return standsAlone(name, form); });
}

Finding ReverseDnsCheck::make(Severity severity, const char *code, LocalizedText summary, LocalizedText advice)
{
    Finding f(QStringLiteral("ptr"), m_address.toString(), severity, QLatin1String(code), std::move(summary),
              std::move(advice));
    f.data.insert(QStringLiteral("ip"), m_address.toString());
    f.data.insert(QStringLiteral("reverse_name"), reverseName(m_address));
    return f;
}

void ReverseDnsCheck::start()
{
    m_resolver.resolve(reverseName(m_address), RecordType::PTR, this,
                       [this](const DnsResult &result) { onPtr(result); });
}

void ReverseDnsCheck::onPtr(const DnsResult &result)
{
    const QString ip = m_address.toString();
    if (result.status == DnsStatus::NxDomain || result.status == DnsStatus::NoData ||
        (result.ok() && result.records.isEmpty())) {
        Finding f =
            make(Severity::Error, "ptr.missing",
                 text::summary(QT_TRANSLATE_NOOP("Findings", "%1 has no reverse DNS (no PTR record). Many mail servers "
                                                             "refuse or defer mail from such an address with \"%2\"."),
                               {ip, hostnameReply(m_address)}),
                 text::advice(revDnsAdvice, {ip}));
        f.data.insert(QStringLiteral("reply"), hostnameReply(m_address));
        f.data.insert(QStringLiteral("dns_status"), dns::statusName(result.status));
        emit finished({f});
        return;
    }
    if (!result.ok()) {
        // A failure says nothing about the PTR: never report it as missing.
        Finding f = make(Severity::Warning, "ptr.unknown",
                         text::summary(QT_TRANSLATE_NOOP("Findings", "The reverse DNS of %1 could not be read: %2. "
                                                                     "Whether it has a PTR record is unknown."),
                                       {ip, failureText(result)}),
                         text::advice(retryAdvice, {ip}));
        f.markInconclusive();
        f.data.insert(QStringLiteral("dns_status"), dns::statusName(result.status));
        f.data.insert(QStringLiteral("dns_detail"), result.detail);
        emit finished({f});
        return;
    }
    const RecordType forwardType =
        m_address.protocol() == QAbstractSocket::IPv6Protocol ? RecordType::AAAA : RecordType::A;
    for (const dns::ResourceRecord &record : result.records) {
        if (!record.target.isEmpty()) {
            m_names << Name{record.target, {}, false};
        }
    }
    m_pending = int(m_names.size());
    for (int i = 0; i < m_names.size(); ++i) {
        m_resolver.resolve(m_names[i].hostname, forwardType, this,
                           [this, i](const DnsResult &forward) { onForward(i, forward); });
    }
    if (m_pending == 0) {
        conclude();
    }
}

void ReverseDnsCheck::onForward(int index, const DnsResult &result)
{
    m_names[index].forward = result;
    m_names[index].answered = true;
    if (--m_pending == 0) {
        conclude();
    }
}

void ReverseDnsCheck::conclude()
{
    const QString ip = m_address.toString();
    QStringList hostnames;
    QStringList confirmed;
    QStringList generic;
    QString temporaryFailure;
    QVariantList names;
    for (const Name &name : std::as_const(m_names)) {
        hostnames << name.hostname;
        QStringList addresses;
        bool matches = false;
        for (const dns::ResourceRecord &record : name.forward.records) {
            addresses << record.address.toString();
            matches = matches || record.address.isEqual(m_address, QHostAddress::TolerantConversion);
        }
        if (matches) {
            confirmed << name.hostname;
        } else if (dns::isTemporaryFailure(name.forward.status)) {
            temporaryFailure = QStringLiteral("%1: %2").arg(name.hostname, failureText(name.forward));
        }
        const bool isGeneric = looksGeneric(name.hostname, m_address);
        if (isGeneric) {
            generic << name.hostname;
        }
        names << QVariantMap{{QStringLiteral("hostname"), name.hostname},
                             {QStringLiteral("addresses"), addresses},
                             {QStringLiteral("forward_status"), dns::statusName(name.forward.status)},
                             {QStringLiteral("confirmed"), matches},
                             {QStringLiteral("generic"), isGeneric}};
    }
    const QString list = hostnames.join(QStringLiteral(", "));

    Findings findings;
    if (!confirmed.isEmpty()) {
        findings << make(Severity::Ok, "ptr.ok",
                         text::summary(QT_TRANSLATE_NOOP("Findings", "%1 has reverse DNS %2, and the name points back "
                                                                     "to the address (forward-confirmed)."),
                                       {ip, confirmed.join(QStringLiteral(", "))}));
    } else if (!temporaryFailure.isEmpty()) {
        findings << make(Severity::Warning, "ptr.forward_unknown",
                         text::summary(QT_TRANSLATE_NOOP("Findings", "%1 has reverse DNS %2, but whether the name "
                                                                     "points back to the address is unknown: %3."),
                                       {ip, list, temporaryFailure}),
                         text::advice(retryAdvice, {ip}))
                        .markInconclusive();
    } else {
        Finding f = make(
            Severity::Error, "ptr.not_confirmed",
            text::summary(QT_TRANSLATE_NOOP("Findings", "%1 has reverse DNS %2, but the name does not point back to "
                                                        "the address (no forward confirmation). Many mail servers "
                                                        "treat this as no hostname and reply \"%3\"."),
                          {ip, list, hostnameReply(m_address)}),
            text::advice(revDnsAdvice, {ip}));
        f.data.insert(QStringLiteral("reply"), hostnameReply(m_address));
        findings << f;
    }
    findings.first().data.insert(QStringLiteral("names"), names);

    if (!generic.isEmpty()) {
        findings << make(
            Severity::Warning, "ptr.generic",
            text::summary(QT_TRANSLATE_NOOP("Findings", "The reverse DNS name %2 of %1 looks like an ISP's "
                                                        "automatic name for a home or dynamic connection. Many mail "
                                                        "servers score such senders as spam or refuse them."),
                          {ip, generic.join(QStringLiteral(", "))}),
            text::advice(QT_TRANSLATE_NOOP("Advice", "Send mail through your mail provider's server "
                                                     "(authenticated SMTP), or give %1 a reverse DNS name of its "
                                                     "own domain, for example mail.your-domain, that points back "
                                                     "to it."),
                         {ip}));
    }
    emit finished(findings);
}

} // namespace mt
