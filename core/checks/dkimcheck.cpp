#include "dkimcheck.h"

#include "casetable.h"
#include "common/textutil.h"
#include "dkimrecord.h"
#include "txtrecords.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace mt {
namespace {

using dns::DnsResult;
using dns::RecordType;

enum class DkimCase
{
    Ok,
    ShortKey,
    WeakKey,
    Revoked,
    Testing,
    Ed25519,
    Multiple,
    NotFound,
    SelectorNotFound,
    InvalidSelector,
    DnsFailure,
    VersionNotFirst,
    BadVersion,
    Syntax,
    DuplicateTag,
    MissingKey,
    MalformedKey,
    UnknownKeyType,
    Sha1Only,
    UnknownHash,
    NotForEmail,
};

struct CaseText
{
    DkimCase id;
    const char *code;
    Severity severity;
    const char *summary;
    const char *advice;
    bool inconclusive = false; // the check could not tell (DNS failed)
};

const char findSelectorAdvice[] =
    QT_TRANSLATE_NOOP("Advice", "To find the selector, open a message sent from %1 and look at its headers: the "
                                "DKIM-Signature header names it in the s= tag (and the signing domain in d=). Then "
                                "check that selector here.");

// Summary arguments: %1 the domain, %2 the selector, then per case. Advice
// arguments: %1 the domain, %2 the record's name, then per case.
constexpr CaseText cases[] = {
    {DkimCase::Ok, "dkim.ok", Severity::Ok,
     QT_TRANSLATE_NOOP("Findings", "%1 publishes a DKIM key under the selector \"%2\": %3, %4 bits. Receivers can "
                                   "verify mail signed with it."),
     nullptr},
    {DkimCase::ShortKey, "dkim.short_key", Severity::Info,
     QT_TRANSLATE_NOOP("Findings", "The DKIM key of %1 under the selector \"%2\" has %3 bits: still accepted, but "
                                   "2048 bits is the recommended size today."),
     QT_TRANSLATE_NOOP("Advice", "When convenient, generate a 2048-bit key, publish it under a new selector, switch "
                                 "signing to it, and then remove the old record %2.")},
    {DkimCase::WeakKey, "dkim.weak_key", Severity::Error,
     QT_TRANSLATE_NOOP("Findings", "The DKIM key of %1 under the selector \"%2\" has only %3 bits. Keys shorter than "
                                   "1024 bits can be broken, and receivers following RFC 8301 treat signatures made "
                                   "with them as invalid: the mail counts as unsigned."),
     QT_TRANSLATE_NOOP("Advice", "Generate a new 2048-bit RSA key, publish it under a new selector, switch signing "
                                 "to it, and then remove the old record %2.")},
    {DkimCase::Revoked, "dkim.revoked", Severity::Warning,
     QT_TRANSLATE_NOOP("Findings", "The DKIM key of %1 under the selector \"%2\" is revoked (empty p=): every "
                                   "signature made with it fails. That is fine for a retired key, but mail still "
                                   "signed with selector \"%2\" fails DKIM."),
     QT_TRANSLATE_NOOP("Advice", "If your mail server still signs with the selector of %2, switch it to a selector "
                                 "with a valid key, or publish the key again.")},
    {DkimCase::Testing, "dkim.testing", Severity::Info,
     QT_TRANSLATE_NOOP("Findings", "The DKIM key of %1 under the selector \"%2\" is marked as being tested (t=y): "
                                   "receivers may treat failed signatures like unsigned mail."),
     QT_TRANSLATE_NOOP("Advice", "When signing works, remove t=y from the record at %2.")},
    {DkimCase::Ed25519, "dkim.ed25519", Severity::Info,
     QT_TRANSLATE_NOOP("Findings", "The DKIM key of %1 under the selector \"%2\" is an Ed25519 key (RFC 8463). Not "
                                   "every receiver verifies Ed25519 signatures yet."),
     QT_TRANSLATE_NOOP("Advice", "Sign each message with an RSA key as well (under another selector), so that "
                                 "every receiver can verify at least one signature.")},
    {DkimCase::Multiple, "dkim.multiple", Severity::Warning,
     QT_TRANSLATE_NOOP("Findings", "%1 publishes %3 TXT records under the DKIM selector \"%2\"; receivers may use "
                                   "any one of them, so verification succeeds only sometimes."),
     QT_TRANSLATE_NOOP("Advice", "Keep exactly one TXT record at %2 and delete the others.")},
    {DkimCase::NotFound, "dkim.not_found", Severity::Info,
     QT_TRANSLATE_NOOP("Findings", "No DKIM key was found for %1 under the common selectors (%2). This is not an "
                                   "error in itself: the domain may use another selector, or may not sign its mail "
                                   "with DKIM."),
     findSelectorAdvice},
    {DkimCase::SelectorNotFound, "dkim.selector_not_found", Severity::Warning,
     QT_TRANSLATE_NOOP("Findings", "%1 publishes no DKIM key under the selector \"%2\": mail signed with this "
                                   "selector fails DKIM verification."),
     QT_TRANSLATE_NOOP("Advice", "Publish the public key as a TXT record named %2 (your mail server or provider "
                                 "shows it), or check the selector in the s= tag of the DKIM-Signature header.")},
    {DkimCase::InvalidSelector, "dkim.invalid_selector", Severity::Warning,
     QT_TRANSLATE_NOOP("Findings", "\"%2\" cannot be a DKIM selector of %1: a selector is made of letters, digits, "
                                   "hyphens and underscores (parts separated by dots), so it was not looked up."),
     QT_TRANSLATE_NOOP("Advice", "Copy the selector exactly from the s= tag of the DKIM-Signature header of a "
                                 "message sent from %1.")},
    {DkimCase::DnsFailure, "dkim.dns_failure", Severity::Warning,
     QT_TRANSLATE_NOOP("Findings", "The DKIM key of %1 under the selector \"%2\" could not be read: %3. Receivers "
                                   "with the same problem cannot verify signatures for a while."),
     QT_TRANSLATE_NOOP("Advice", "Try again in a few minutes. If the problem persists, the domain's DNS servers are "
                                 "not answering: its owner should contact their DNS provider."),
     true},
    {DkimCase::VersionNotFirst, "dkim.version_not_first", Severity::Error,
     QT_TRANSLATE_NOOP("Findings", "In the DKIM key record of %1 under the selector \"%2\", v=DKIM1 is not the first "
                                   "tag; receivers reject the record."),
     QT_TRANSLATE_NOOP("Advice", "Move v=DKIM1 to the beginning of the record at %2, or remove it.")},
    {DkimCase::BadVersion, "dkim.bad_version", Severity::Error,
     QT_TRANSLATE_NOOP("Findings", "The DKIM key record of %1 under the selector \"%2\" has the version \"%3\"; only "
                                   "\"DKIM1\" is valid, so receivers reject the record."),
     QT_TRANSLATE_NOOP("Advice", "Write v=DKIM1 (upper case) in the record at %2, or remove the v= tag.")},
    {DkimCase::Syntax, "dkim.syntax_error", Severity::Error,
     QT_TRANSLATE_NOOP("Findings", "The DKIM key record of %1 under the selector \"%2\" contains \"%3\", which is not "
                                   "of the form tag=value; receivers may reject the whole record."),
     QT_TRANSLATE_NOOP("Advice", "Correct or remove \"%3\" in the record at %2; tags are separated by semicolons.")},
    {DkimCase::DuplicateTag, "dkim.duplicate_tag", Severity::Error,
     QT_TRANSLATE_NOOP("Findings", "The DKIM key record of %1 under the selector \"%2\" sets the tag %3 more than "
                                   "once, which makes it invalid."),
     QT_TRANSLATE_NOOP("Advice", "Keep one %3= tag in the record at %2.")},
    {DkimCase::MissingKey, "dkim.missing_key", Severity::Error,
     QT_TRANSLATE_NOOP("Findings", "The DKIM record of %1 under the selector \"%2\" has no public key (no p= tag; "
                                   "tag names are case-sensitive), so no signature can be verified."),
     QT_TRANSLATE_NOOP("Advice", "Publish the public key in the p= tag of the record at %2, exactly as your mail "
                                 "server or provider shows it.")},
    {DkimCase::MalformedKey, "dkim.malformed_key", Severity::Error,
     QT_TRANSLATE_NOOP("Findings", "The public key (p=) of %1 under the selector \"%2\" is not a valid %3 key; it is "
                                   "often cut off or has extra characters after copying. Signatures made with it "
                                   "fail."),
     QT_TRANSLATE_NOOP("Advice", "Copy the public key again, completely, from your mail server or provider into the "
                                 "p= tag of the record at %2. A long key may be split into several quoted strings, "
                                 "but nothing may be left out.")},
    {DkimCase::UnknownKeyType, "dkim.unknown_key_type", Severity::Error,
     QT_TRANSLATE_NOOP("Findings", "The DKIM key of %1 under the selector \"%2\" has the key type k=%3; receivers "
                                   "know only rsa and ed25519, so signatures fail."),
     QT_TRANSLATE_NOOP("Advice", "Set k=rsa (or k=ed25519 for an Ed25519 key) in the record at %2.")},
    {DkimCase::Sha1Only, "dkim.sha1_only", Severity::Warning,
     QT_TRANSLATE_NOOP("Findings", "The DKIM key of %1 under the selector \"%2\" allows only SHA-1 signatures "
                                   "(h=%3). RFC 8301 retired SHA-1, and many receivers treat such signatures as "
                                   "invalid."),
     QT_TRANSLATE_NOOP("Advice", "Sign with rsa-sha256 and remove h= from the record at %2 (or set h=sha256).")},
    {DkimCase::UnknownHash, "dkim.unknown_hash", Severity::Warning,
     QT_TRANSLATE_NOOP("Findings", "The DKIM key of %1 under the selector \"%2\" names an unknown hash algorithm "
                                   "(h=%3); only sha256 (and the retired sha1) exist."),
     QT_TRANSLATE_NOOP("Advice", "Remove h= from the record at %2, or set h=sha256.")},
    {DkimCase::NotForEmail, "dkim.not_for_email", Severity::Error,
     QT_TRANSLATE_NOOP("Findings", "The DKIM key of %1 under the selector \"%2\" is restricted to other services "
                                   "(s=%3), so it is not valid for e-mail."),
     QT_TRANSLATE_NOOP("Advice", "Remove s= from the record at %2, or set s=email.")},
};

const CaseText &caseText(DkimCase id)
{
    return caseEntry(cases, id);
}

DkimCase problemCase(DkimProblem::Kind kind)
{
    switch (kind) {
    case DkimProblem::VersionNotFirst:
        return DkimCase::VersionNotFirst;
    case DkimProblem::BadVersion:
        return DkimCase::BadVersion;
    case DkimProblem::Syntax:
        return DkimCase::Syntax;
    case DkimProblem::DuplicateTag:
        return DkimCase::DuplicateTag;
    case DkimProblem::MissingKey:
        return DkimCase::MissingKey;
    case DkimProblem::MalformedKey:
        return DkimCase::MalformedKey;
    case DkimProblem::UnknownKeyType:
        return DkimCase::UnknownKeyType;
    case DkimProblem::Sha1Only:
        return DkimCase::Sha1Only;
    case DkimProblem::UnknownHash:
        return DkimCase::UnknownHash;
    case DkimProblem::NotForEmail:
        break;
    }
    return DkimCase::NotForEmail;
}

QString keyTypeLabel(const DkimRecord &record)
{
    switch (record.keyType) {
    case DkimKeyType::Rsa:
        return QStringLiteral("RSA");
    case DkimKeyType::Ed25519:
        return QStringLiteral("Ed25519");
    case DkimKeyType::Unknown:
        break;
    }
    return record.keyTypeName;
}

// RFC 6376 3.1: selector = sub-domain *( "." sub-domain ); underscores are
// common in practice. The whole name must still fit in DNS.
bool isValidSelector(const QString &selector, const QString &domain)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[A-Za-z0-9_](?:[A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?(?:\\.[A-Za-z0-9_](?:[A-Za-z0-9_-]{0,61}"
                       "[A-Za-z0-9_])?)*$"));
    return pattern.match(selector).hasMatch() && selector.size() + domain.size() + 12 <= 253;
}

} // namespace

LocalizedText dkimKeyAdvice(DkimKeyFault fault, const QString &domain, const QString &recordName)
{
    DkimCase id = DkimCase::SelectorNotFound;
    switch (fault) {
    case DkimKeyFault::NotFound:
        break;
    case DkimKeyFault::Revoked:
        id = DkimCase::Revoked;
        break;
    case DkimKeyFault::TooShort:
        id = DkimCase::WeakKey;
        break;
    case DkimKeyFault::Malformed:
        id = DkimCase::MalformedKey;
        break;
    }
    return {"Advice", caseText(id).advice, {domain, recordName}};
}

QStringList DkimCheck::commonSelectors()
{
    return {QStringLiteral("default"), QStringLiteral("selector1"), QStringLiteral("selector2"),
            QStringLiteral("google"),  QStringLiteral("k1"),        QStringLiteral("dkim"),
            QStringLiteral("mail"),    QStringLiteral("s1"),        QStringLiteral("s2")};
}

DkimCheck::DkimCheck(dns::DnsResolver &resolver, DomainName domain, QStringList selectors, QObject *parent)
    : AsyncCheck(parent)
    , m_resolver(resolver)
    , m_domain(std::move(domain))
{
    for (const QString &selector : std::as_const(selectors)) {
        const QString name = selector.trimmed().toLower();
        if (name.isEmpty() || m_selectors.contains(name) || m_invalidSelectors.contains(selector.trimmed())) {
            continue;
        }
        if (isValidSelector(name, m_domain.ascii)) {
            m_selectors << name;
        } else {
            m_invalidSelectors << selector.trimmed();
        }
    }
    m_explicit = !m_selectors.isEmpty() || !m_invalidSelectors.isEmpty();
    if (!m_explicit) {
        m_selectors = commonSelectors();
    }
}

void DkimCheck::start()
{
    m_results.resize(m_selectors.size());
    m_pending = int(m_selectors.size());
    if (m_pending == 0) {
        // Only invalid selectors: nothing to ask, but still finish later,
        // never from inside start().
        QMetaObject::invokeMethod(this, &DkimCheck::conclude, Qt::QueuedConnection);
        return;
    }
    for (int i = 0; i < m_selectors.size(); ++i) {
        m_resolver.resolve(m_selectors[i] + QStringLiteral("._domainkey.") + m_domain.ascii, RecordType::TXT, this,
                           [this, i](const DnsResult &result) { onResult(i, result); });
    }
}

void DkimCheck::onResult(int index, const DnsResult &result)
{
    m_results[index] = result;
    if (--m_pending == 0) {
        conclude();
    }
}

Finding &DkimCheck::report(int caseId, const QStringList &summaryArgs, const QStringList &adviceArgs)
{
    m_findings << caseFinding(QStringLiteral("dkim"), m_domain, caseText(static_cast<DkimCase>(caseId)), summaryArgs,
                              QStringList{m_domain.ascii} + adviceArgs);
    return m_findings.last();
}

void DkimCheck::conclude()
{
    int found = 0;
    int failed = 0;
    QStringList missing;
    for (int i = 0; i < m_selectors.size(); ++i) {
        const QString &selector = m_selectors[i];
        const DnsResult &result = *m_results[i];
        const QString name = selector + QStringLiteral("._domainkey.") + m_domain.ascii;
        // Under selectors staff named, every TXT record is taken as the key (a broken one is reported).
        const QStringList texts =
            txt::recordsWhere(result, [this](const QString &text) { return m_explicit || looksLikeDkimRecord(text); });
        if (!texts.isEmpty()) {
            ++found;
            if (texts.size() > 1) {
                Finding &f = report(int(DkimCase::Multiple), {selector, QString::number(texts.size())}, {name});
                f.data.insert(QStringLiteral("selector"), selector);
                f.data.insert(QStringLiteral("name"), name);
                f.data.insert(QStringLiteral("records"), texts);
            }
            for (const QString &text : std::as_const(texts)) {
                evaluate(selector, name, parseDkimRecord(text));
            }
        } else if (dns::isTemporaryFailure(result.status)) {
            ++failed;
            Finding &f = report(int(DkimCase::DnsFailure), {selector, text::dnsFailure(result)}, {name});
            f.data.insert(QStringLiteral("selector"), selector);
            f.data.insert(QStringLiteral("name"), name);
            f.data.insert(QStringLiteral("dns_status"), dns::statusName(result.status));
        } else {
            missing << selector;
        }
    }

    for (const QString &selector : std::as_const(m_invalidSelectors)) {
        report(int(DkimCase::InvalidSelector), {selector}).data.insert(QStringLiteral("selector"), selector);
    }
    if (m_explicit) {
        // Staff named these selectors, most likely from a message's
        // DKIM-Signature: a missing key there is a real fault.
        for (const QString &selector : std::as_const(missing)) {
            const QString name = selector + QStringLiteral("._domainkey.") + m_domain.ascii;
            Finding &f = report(int(DkimCase::SelectorNotFound), {selector}, {name});
            f.data.insert(QStringLiteral("selector"), selector);
            f.data.insert(QStringLiteral("name"), name);
        }
    } else if (found == 0 && failed == 0) {
        Finding &f = report(int(DkimCase::NotFound), {m_selectors.join(QStringLiteral(", "))});
        f.data.insert(QStringLiteral("selectors"), m_selectors);
    }
    emit finished(m_findings);
}

void DkimCheck::evaluate(const QString &selector, const QString &name, const DkimRecord &record)
{
    auto addFacts = [&](Finding &f) {
        f.data.insert(QStringLiteral("selector"), selector);
        f.data.insert(QStringLiteral("name"), name);
        f.data.insert(QStringLiteral("record"), record.text);
        f.data.insert(QStringLiteral("key_type"), record.keyTypeName);
        if (record.keyBits > 0) {
            f.data.insert(QStringLiteral("key_bits"), record.keyBits);
        }
        if (record.testing) {
            f.data.insert(QStringLiteral("testing"), true);
        }
    };

    // The verdict on the key first, then what qualifies it.
    if (record.revoked) {
        addFacts(report(int(DkimCase::Revoked), {selector}, {name}));
    } else if (!record.isBroken()) {
        if (record.keyType == DkimKeyType::Rsa && record.keyBits > 0 && record.keyBits < 1024) {
            addFacts(report(int(DkimCase::WeakKey), {selector, QString::number(record.keyBits)}, {name}));
        } else {
            const QString bits = record.keyBits > 0 ? QString::number(record.keyBits) : QStringLiteral("?");
            addFacts(report(int(DkimCase::Ok), {selector, keyTypeLabel(record), bits}, {name}));
            if (record.keyType == DkimKeyType::Rsa && record.keyBits >= 1024 && record.keyBits < 2048) {
                addFacts(report(int(DkimCase::ShortKey), {selector, QString::number(record.keyBits)}, {name}));
            }
            if (record.keyType == DkimKeyType::Ed25519) {
                addFacts(report(int(DkimCase::Ed25519), {selector}, {name}));
            }
        }
    }

    for (const DkimProblem &problem : record.problems) {
        const DkimCase id = problemCase(problem.kind);
        QString detail;
        switch (id) {
        case DkimCase::Syntax:
            detail = problem.value;
            break;
        case DkimCase::DuplicateTag:
            detail = problem.tag;
            break;
        case DkimCase::MalformedKey:
            detail = keyTypeLabel(record);
            break;
        default:
            detail = problem.value;
            break;
        }
        Finding &f = report(int(id), {selector, detail}, {name, detail});
        addFacts(f);
        f.data.insert(QStringLiteral("tag"), problem.tag);
        f.data.insert(QStringLiteral("value"), problem.value);
    }

    if (record.testing && !record.revoked) {
        addFacts(report(int(DkimCase::Testing), {selector}, {name}));
    }
}

} // namespace mt
