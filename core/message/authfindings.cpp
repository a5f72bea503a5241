#include "authfindings.h"

#include "checks/casetable.h"
#include "checks/dkimcheck.h"
#include "checks/dmarccheck.h"
#include "checks/dmarcrecord.h"
#include "checks/organizationaldomain.h"
#include "checks/spfcheck.h"
#include "checks/txtrecords.h"

#include <QHostAddress>

namespace mt::message {
namespace {

struct StatusText
{
    DkimStatus id;
    Severity severity;
    const char *summary;
    const char *advice;                     // nullptr when there is nothing to do, or when KEY_FAULT says
    std::optional<DkimKeyFault> keyFault{}; // a fault of the key: the key check's advice
};

// Summary arguments: %1 the signing domain, %2 the selector, %3 the algorithm, %4 the key size, %5 the detail.
// Advice arguments: %1 the signing domain, %2 the key's DNS name. Faults of the key itself take the advice of
// the key check (checks/dkimcheck), so that the customer reads the same words for both.
constexpr StatusText statusTexts[] = {
    {DkimStatus::Pass, Severity::Ok,
     QT_TRANSLATE_NOOP("Findings", "The DKIM signature of %1 (selector \"%2\", %3, %4-bit key) verifies: the signed "
                                   "headers and the body arrived exactly as signed."),
     nullptr},
    {DkimStatus::BodyHashMismatch, Severity::Error,
     QT_TRANSLATE_NOOP("Findings", "The DKIM signature of %1 (selector \"%2\") fails: the body was changed after "
                                   "signing (a footer added by a mailing list, a forwarder or an antivirus, or "
                                   "re-encoded lines)."),
     QT_TRANSLATE_NOOP("Advice", "Find which server changes the message after %1 signed it (a footer, a "
                                 "disclaimer, an antivirus note) and turn that off, or sign after it.")},
    {DkimStatus::SignatureMismatch, Severity::Error,
     QT_TRANSLATE_NOOP("Findings", "The DKIM signature of %1 (selector \"%2\") fails: the signature does not match "
                                   "the signed headers (a signed header such as Subject was changed after signing, "
                                   "or the key in DNS is not the one the server signs with)."),
     QT_TRANSLATE_NOOP("Advice", "Compare the key published at %2 with the one the mail server signs with; if they "
                                 "match, a server on the way rewrites a signed header.")},
    {DkimStatus::KeyNotFound, Severity::Error,
     QT_TRANSLATE_NOOP("Findings", "The DKIM signature of %1 cannot be verified: no key is published under the "
                                   "selector \"%2\"."),
     nullptr, DkimKeyFault::NotFound},
    {DkimStatus::KeyRevoked, Severity::Error,
     QT_TRANSLATE_NOOP("Findings", "The DKIM signature of %1 fails: the key under the selector \"%2\" is revoked "
                                   "(empty p=)."),
     nullptr, DkimKeyFault::Revoked},
    {DkimStatus::KeyTooShort, Severity::Error,
     QT_TRANSLATE_NOOP("Findings", "The DKIM signature of %1 (selector \"%2\") is made with a %4-bit key; receivers "
                                   "following RFC 8301 ignore keys under 1024 bits."),
     nullptr, DkimKeyFault::TooShort},
    {DkimStatus::KeyInvalid, Severity::Error,
     QT_TRANSLATE_NOOP("Findings", "The DKIM signature of %1 fails: the record under the selector \"%2\" is not a "
                                   "usable %3 key (%5)."),
     nullptr, DkimKeyFault::Malformed},
    {DkimStatus::Expired, Severity::Error,
     QT_TRANSLATE_NOOP("Findings", "The DKIM signature of %1 (selector \"%2\") has expired (its x= time has "
                                   "passed), so it no longer counts."),
     QT_TRANSLATE_NOOP("Advice", "An expired signature is normal for an old message; for a new one, the signing "
                                 "server's clock or its expiry setting is wrong.")},
    {DkimStatus::FutureTimestamp, Severity::Error,
     QT_TRANSLATE_NOOP("Findings", "The DKIM signature of %1 (selector \"%2\") is dated in the future (t= is %5): "
                                   "the signing server's clock is ahead, and receivers may ignore such a signature "
                                   "(RFC 6376 3.5)."),
     QT_TRANSLATE_NOOP("Advice", "Set the clock of the mail server that signs for %1 correctly (automatic time "
                                 "from the network): it is ahead of the real time.")},
    {DkimStatus::IdentityMismatch, Severity::Error,
     QT_TRANSLATE_NOOP("Findings", "The DKIM signature of %1 is invalid: its identity (i=) is not in the domain %1."),
     QT_TRANSLATE_NOOP("Advice", "Correct the signing identity in the mail server's DKIM settings.")},
    {DkimStatus::Malformed, Severity::Error,
     QT_TRANSLATE_NOOP("Findings", "The DKIM signature of %1 cannot be read: %5."),
     QT_TRANSLATE_NOOP("Advice", "The signature was damaged on the way or written wrongly by the signing "
                                 "software; check the headers were copied completely.")},
    {DkimStatus::Unsupported, Severity::Error,
     QT_TRANSLATE_NOOP("Findings", "The DKIM signature of %1 uses the algorithm \"%3\", which no receiver knows."),
     QT_TRANSLATE_NOOP("Advice", "Sign with rsa-sha256 (or ed25519-sha256 in addition).")},
    {DkimStatus::DnsError, Severity::Warning,
     QT_TRANSLATE_NOOP("Findings", "The DKIM key of %1 under the selector \"%2\" could not be read now (%5), so the "
                                   "signature was not verified."),
     QT_TRANSLATE_NOOP("Advice", "Try again in a few minutes; if it persists, the DNS servers of %1 are not "
                                 "answering.")},
};

Finding authFinding(const char *code, Severity severity, const QString &subject, const char *summary,
                    const QStringList &args, const char *advice = nullptr, const QStringList &adviceArgs = {})
{
    Finding f(QStringLiteral("auth"), subject, severity, QLatin1String(code), {"Findings", summary, args});
    if (advice) {
        f.advice = {"Advice", advice, adviceArgs};
    }
    return f;
}

dns::DnsResult answerFor(const QHash<QString, dns::DnsResult> &answers, const QString &name)
{
    const auto it = answers.find(name);
    if (it != answers.end()) {
        return *it;
    }
    dns::DnsResult missing;
    missing.name = name;
    missing.status = dns::DnsStatus::Timeout;
    return missing;
}

bool aligned(const QString &a, const QString &b, DmarcAlignment mode)
{
    if (a.isEmpty() || b.isEmpty()) {
        return false;
    }
    if (a.compare(b, Qt::CaseInsensitive) == 0) {
        return true;
    }
    if (mode == DmarcAlignment::Strict) {
        return false;
    }
    const QString orgA = organizationalDomain(a.toLower());
    return !orgA.isEmpty() && orgA == organizationalDomain(b.toLower());
}

struct DkimOutcome
{
    QString domain;
    DkimVerification verification;
};

Finding dkimFinding(const PreparedSignature &prepared, const DkimVerification &v, const QString &check,
                    const QString &code)
{
    const DkimSignature &sig = prepared.signature;
    const StatusText &text = caseEntry(statusTexts, v.status);
    const QString name = keyName(sig);
    Finding f(check, sig.domain, text.severity, code,
              {"Findings",
               text.summary,
               {sig.domain, sig.selector, sig.algorithmName.isEmpty() ? QStringLiteral("?") : sig.algorithmName,
                QString::number(v.keyBits), v.detail.isEmpty() ? dkimStatusId(v.status) : v.detail}});
    if (text.keyFault) {
        f.advice = dkimKeyAdvice(*text.keyFault, sig.domain, name);
    } else if (text.advice) {
        f.advice = {"Advice", text.advice, {sig.domain, name}};
    }
    f.data.insert(QStringLiteral("result"), dkimStatusId(v.status));
    f.data.insert(QStringLiteral("d"), sig.domain);
    f.data.insert(QStringLiteral("s"), sig.selector);
    f.data.insert(QStringLiteral("a"), sig.algorithmName);
    f.data.insert(QStringLiteral("key_bits"), v.keyBits);
    if (!v.keyType.isEmpty()) {
        f.data.insert(QStringLiteral("key_type"), v.keyType);
    }
    f.data.insert(QStringLiteral("body_checked"), prepared.bodyChecked);
    if (!sig.identity.isEmpty()) {
        f.data.insert(QStringLiteral("i"), sig.identity);
    }
    if (sig.timestamp) {
        f.data.insert(QStringLiteral("t"), *sig.timestamp);
    }
    if (sig.bodyLength) {
        f.data.insert(QStringLiteral("l"), *sig.bodyLength);
        f.data.insert(QStringLiteral("body_length"), prepared.canonicalBodyLength);
    }
    return f;
}

} // namespace

QStringList dmarcNames(const QString &fromDomain)
{
    if (fromDomain.isEmpty()) {
        return {};
    }
    QStringList names{QStringLiteral("_dmarc.") + fromDomain};
    const QString org = organizationalDomain(fromDomain);
    if (!org.isEmpty() && org != fromDomain) {
        names << QStringLiteral("_dmarc.") + org;
    }
    return names;
}

Findings authFindings(const MessageAnalysis &analysis, const AuthAnswers &answers, const QString &providerInclude)
{
    Findings findings;
    const QString dkimCheck = QStringLiteral("dkim_verify");

    // DKIM, signature by signature.
    QList<DkimOutcome> dkim;
    for (const PreparedSignature &prepared : analysis.dkim) {
        const DkimVerification v = finishVerification(prepared, answerFor(answers.keys, keyName(prepared.signature)));
        dkim << DkimOutcome{prepared.signature.domain, v};
        Finding f = dkimFinding(prepared, v, dkimCheck, QStringLiteral("dkim_verify.") + dkimStatusId(v.status));
        if (v.status == DkimStatus::DnsError) {
            f.markInconclusive(); // the key could not be asked for: nothing is known yet
        }
        if (v.status == DkimStatus::Pass && v.weakHash) {
            f.severity = Severity::Warning;
            f.code = QStringLiteral("dkim_verify.pass_sha1");
            f.summary = {"Findings",
                         QT_TRANSLATE_NOOP("Findings", "The DKIM signature of %1 (selector \"%2\") verifies, but it "
                                                       "uses rsa-sha1, which RFC 8301 retired: many receivers "
                                                       "treat it as no signature."),
                         f.summary.args};
            f.advice = {"Advice", QT_TRANSLATE_NOOP("Advice", "Switch the mail server's DKIM signing to rsa-sha256.")};
        } else if (v.status == DkimStatus::Pass && prepared.signature.bodyLength &&
                   *prepared.signature.bodyLength < prepared.canonicalBodyLength) {
            f.severity = Severity::Warning;
            f.code = QStringLiteral("dkim_verify.pass_partial_body");
            f.summary = {"Findings",
                         QT_TRANSLATE_NOOP("Findings", "The DKIM signature of %1 (selector \"%2\") verifies, but it "
                                                       "covers only the first %3 bytes of the body (l=); the %4 "
                                                       "bytes after them are not signed and may have been added by "
                                                       "anyone."),
                         {prepared.signature.domain, prepared.signature.selector,
                          QString::number(*prepared.signature.bodyLength),
                          QString::number(prepared.canonicalBodyLength - *prepared.signature.bodyLength)}};
            f.advice = {"Advice", QT_TRANSLATE_NOOP("Advice", "Turn off the body length limit (l=) in the DKIM "
                                                              "settings: it lets others append text to signed "
                                                              "mail.")};
        } else if (v.status == DkimStatus::Pass && !prepared.bodyChecked) {
            f.severity = Severity::Ok;
            f.code = QStringLiteral("dkim_verify.pass_headers_only");
            f.summary = {"Findings",
                         QT_TRANSLATE_NOOP("Findings", "The DKIM signature of %1 (selector \"%2\", %3, %4-bit key) "
                                                       "verifies for the headers; the body was not pasted, so it "
                                                       "was not checked."),
                         f.summary.args};
        }
        if (v.testing) {
            f.data.insert(QStringLiteral("testing"), true);
        }
        findings << f;
    }
    if (analysis.unverifiedSignatures > 0) {
        Finding f(dkimCheck, analysis.fromDomain, Severity::Warning, QStringLiteral("dkim_verify.too_many"),
                  {"Findings",
                   QT_TRANSLATE_NOOP("Findings", "The message carries %1 DKIM signatures; the first %2 were "
                                                 "verified and the other %3 were not. Real mail has one to three: "
                                                 "so many suggest a broken signing setup or a crafted message, and "
                                                 "receivers may stop verifying early too."),
                   {QString::number(analysis.dkim.size() + analysis.unverifiedSignatures),
                    QString::number(analysis.dkim.size()), QString::number(analysis.unverifiedSignatures)}},
                  {"Advice", QT_TRANSLATE_NOOP("Advice", "Have the messages from %1 signed once per signing domain "
                                                         "(one DKIM-Signature each), not at every server on the "
                                                         "way.")});
        f.advice.args = QStringList{analysis.fromDomain};
        f.data.insert(QStringLiteral("verified"), int(analysis.dkim.size()));
        f.data.insert(QStringLiteral("unverified"), analysis.unverifiedSignatures);
        findings << f;
    }
    if (analysis.dkim.isEmpty()) {
        Finding f(dkimCheck, analysis.fromDomain, Severity::Warning, QStringLiteral("dkim_verify.none"),
                  {"Findings", QT_TRANSLATE_NOOP("Findings", "The message has no DKIM signature: receivers cannot "
                                                             "tell that it really comes from %1, and Gmail and "
                                                             "Yahoo require one from bulk senders.")},
                  {"Advice", QT_TRANSLATE_NOOP("Advice", "Turn on DKIM signing for %1 on the sending server and "
                                                         "publish its key in DNS.")});
        f.summary.args = QStringList{analysis.fromDomain};
        f.advice.args = QStringList{analysis.fromDomain};
        findings << f;
    }

    // ARC.
    QString arcResult = QStringLiteral("none");
    const ArcChain &arc = analysis.arc;
    if (arc.present()) {
        const QString arcCheck = QStringLiteral("arc");
        QString failure;
        int failedSet = 0;
        QVariantList sets;
        if (!arc.structureError.isEmpty()) {
            failure = arc.structureError;
        }
        for (const ArcSet &set : arc.sets) {
            const DkimVerification seal =
                finishVerification(set.seal, answerFor(answers.keys, keyName(set.seal.signature)));
            const DkimVerification ams = finishVerification(
                set.messageSignature, answerFor(answers.keys, keyName(set.messageSignature.signature)));
            sets << QVariantMap{{QStringLiteral("i"), set.instance},
                                {QStringLiteral("d"), set.seal.signature.domain},
                                {QStringLiteral("cv"), set.seal.signature.chainValidation},
                                {QStringLiteral("seal"), dkimStatusId(seal.status)},
                                {QStringLiteral("message_signature"), dkimStatusId(ams.status)},
                                {QStringLiteral("authentication_results"), set.authenticationResults}};
            if (failure.isEmpty() && seal.status != DkimStatus::Pass) {
                failure = QStringLiteral("the seal of set %1 (%2): %3")
                              .arg(set.instance)
                              .arg(set.seal.signature.domain, dkimStatusId(seal.status));
                failedSet = set.instance;
            }
            // Only the newest message signature must verify (RFC 8617 5.2).
            if (failure.isEmpty() && set.instance == arc.sets.size() && ams.status != DkimStatus::Pass) {
                failure = QStringLiteral("the message signature of set %1 (%2): %3")
                              .arg(set.instance)
                              .arg(set.messageSignature.signature.domain, dkimStatusId(ams.status));
                failedSet = set.instance;
            }
        }
        Finding f;
        const QString newest = arc.sets.isEmpty() ? QString() : arc.sets.last().seal.signature.domain;
        if (failure.isEmpty()) {
            arcResult = QStringLiteral("pass");
            f = Finding(arcCheck, newest, Severity::Ok, QStringLiteral("arc.pass"),
                        {"Findings",
                         QT_TRANSLATE_NOOP("Findings", "The ARC chain of %1 sets verifies (the newest by %2): the "
                                                       "forwarders' records of the authentication results they saw "
                                                       "can be trusted as far as their senders are."),
                         {QString::number(arc.sets.size()), newest}});
        } else {
            arcResult = QStringLiteral("fail");
            f = Finding(arcCheck, newest, Severity::Warning, QStringLiteral("arc.fail"),
                        {"Findings",
                         QT_TRANSLATE_NOOP("Findings", "The ARC chain does not verify (%1): the forwarders' claims "
                                                       "about the original authentication cannot be trusted."),
                         {failure}},
                        {"Advice", QT_TRANSLATE_NOOP("Advice", "Only matters for forwarded mail and mailing lists: "
                                                               "the forwarder's ARC signing is broken or a later "
                                                               "server changed the message.")});
            f.data.insert(QStringLiteral("failed_set"), failedSet);
            f.markStaffOnly(); // a forwarder's signing, nothing the sender can change
        }
        f.data.insert(QStringLiteral("sets"), sets);
        f.data.insert(QStringLiteral("claimed_cv"), arc.claimedResult);
        findings << f;
    }

    // SPF of the real path.
    QString spfResult;
    QString spfDomain;
    const QString sendingIp = analysis.hops.sendingIp;
    if (answers.spf) {
        const spf::Evaluation &e = *answers.spf;
        spfResult = spf::resultName(e.result);
        spfDomain = e.domain;
        const QStringList args{sendingIp, e.domain, spfResult};
        // The domain check's words and corrected record, with the server that sent the message allowed.
        const QString mechanism = QHostAddress(sendingIp).protocol() == QAbstractSocket::IPv6Protocol
                                      ? QStringLiteral("ip6:") + sendingIp
                                      : QStringLiteral("ip4:") + sendingIp;
        const LocalizedText spfAdvice = spfRecordAdvice(
            e.domain, e.record.isEmpty() ? QStringList() : QStringList{e.record}, providerInclude, {mechanism});
        Finding f;
        switch (e.result) {
        case spf::Result::Pass:
            f = authFinding("auth.spf_pass", Severity::Ok, e.domain,
                            QT_TRANSLATE_NOOP("Findings", "SPF passes: %1, which handed the message in, may send "
                                                          "for %2."),
                            args);
            break;
        case spf::Result::Fail:
            f = authFinding("auth.spf_fail", Severity::Error, e.domain,
                            QT_TRANSLATE_NOOP("Findings", "SPF fails: the SPF record of %2 does not allow %1, the "
                                                          "server that handed the message in, so receivers reject "
                                                          "the message or put it in spam. If %1 sends mail for %2 "
                                                          "(its mail server, a newsletter service, a CRM), the "
                                                          "record must list it; if not, the message is forged."),
                            args);
            f.advice = spfAdvice;
            break;
        case spf::Result::SoftFail:
        case spf::Result::Neutral:
        case spf::Result::None:
            f = authFinding("auth.spf_weak", Severity::Warning, e.domain,
                            QT_TRANSLATE_NOOP("Findings", "SPF gives \"%3\" for %1 sending for %2: not a pass, so "
                                                          "spam filters give the message no credit for it."),
                            args);
            f.advice = spfAdvice;
            break;
        case spf::Result::TempError:
            f = authFinding("auth.spf_dns_error", Severity::Warning, e.domain,
                            QT_TRANSLATE_NOOP("Findings", "SPF of %2 for %1 could not be evaluated now (%4)."),
                            args + QStringList{e.error});
            f.markInconclusive();
            break;
        case spf::Result::PermError:
            f = authFinding("auth.spf_error", Severity::Error, e.domain,
                            QT_TRANSLATE_NOOP("Findings", "SPF of %2 gives \"%3\" for %1 (%4): receivers treat the "
                                                          "record as broken."),
                            args + QStringList{e.error},
                            QT_TRANSLATE_NOOP("Advice", "Correct the SPF record of %2: a domain may publish only one "
                                                        "TXT record starting with \"v=spf1\", and every term of it "
                                                        "must be valid."),
                            {sendingIp, e.domain});
            if (!e.record.isEmpty()) {
                f.advice = spfAdvice;
            }
            break;
        }
        f.data.insert(QStringLiteral("ip"), sendingIp);
        f.data.insert(QStringLiteral("result"), spfResult);
        f.data.insert(QStringLiteral("mail_from"), analysis.mailFrom);
        f.data.insert(QStringLiteral("record"), e.record);
        findings << f;
    } else if (sendingIp.isEmpty()) {
        findings << authFinding("auth.no_path", Severity::Info, QString(),
                                QT_TRANSLATE_NOOP("Findings", "SPF was not evaluated: the headers do not show which "
                                                              "server handed the message in."),
                                {});
    }
    if (answers.heloSpf) {
        const spf::Evaluation &e = *answers.heloSpf;
        Finding f = authFinding("auth.helo_spf", e.result == spf::Result::Fail ? Severity::Warning : Severity::Info,
                                e.domain, QT_TRANSLATE_NOOP("Findings", "SPF for the HELO name %2 of %1 gives \"%3\"."),
                                {sendingIp, e.domain, spf::resultName(e.result)});
        f.data.insert(QStringLiteral("result"), spf::resultName(e.result));
        findings << f;
    }

    // DMARC from SPF and the verified DKIM domains.
    QString dmarcResult = QStringLiteral("none");
    if (!analysis.fromDomain.isEmpty()) {
        std::optional<DmarcRecord> record;
        QString recordDomain;
        bool dnsFailed = false;
        for (const QString &name : dmarcNames(analysis.fromDomain)) {
            const dns::DnsResult result = answerFor(answers.dmarc, name);
            if (result.status != dns::DnsStatus::Answer && result.status != dns::DnsStatus::NxDomain &&
                result.status != dns::DnsStatus::NoData) {
                dnsFailed = true;
                break;
            }
            const QStringList texts = txt::recordsWhere(result, looksLikeDmarcRecord);
            if (texts.size() == 1) {
                record = parseDmarcRecord(texts.first());
                recordDomain = name.mid(7);
                break;
            }
        }
        QStringList alignedDkim;
        for (const DkimOutcome &o : std::as_const(dkim)) {
            if (o.verification.status == DkimStatus::Pass &&
                aligned(o.domain, analysis.fromDomain, record ? record->dkimAlignment : DmarcAlignment::Relaxed)) {
                alignedDkim << o.domain;
            }
        }
        const bool spfAligned =
            spfResult == QLatin1String("pass") &&
            aligned(spfDomain, analysis.fromDomain, record ? record->spfAlignment : DmarcAlignment::Relaxed);
        Finding f;
        const QString from = analysis.fromDomain;
        if (dnsFailed) {
            dmarcResult = QStringLiteral("temperror");
            f = authFinding("auth.dmarc_dns_error", Severity::Warning, from,
                            QT_TRANSLATE_NOOP("Findings", "The DMARC policy of %1 could not be read now."), {from});
            f.markInconclusive();
        } else if (!record || !record->isApplied()) {
            f = authFinding("auth.dmarc_none", Severity::Warning, from,
                            QT_TRANSLATE_NOOP("Findings", "%1 publishes no DMARC policy, so nothing ties the From "
                                                          "address to SPF and DKIM; since 2024 Gmail and Yahoo "
                                                          "require one from bulk senders."),
                            {from});
            const QString org = organizationalDomain(from);
            f.advice = dmarcMissingAdvice(org.isEmpty() ? from : org);
        } else if (!alignedDkim.isEmpty() || spfAligned) {
            dmarcResult = QStringLiteral("pass");
            QStringList how;
            if (spfAligned) {
                how << QStringLiteral("SPF (%1)").arg(spfDomain);
            }
            if (!alignedDkim.isEmpty()) {
                how << QStringLiteral("DKIM (%1)").arg(alignedDkim.join(QStringLiteral(", ")));
            }
            f = authFinding("auth.dmarc_pass", Severity::Ok, from,
                            QT_TRANSLATE_NOOP("Findings", "DMARC passes for %1 through %2."),
                            {from, how.join(QStringLiteral(", "))});
        } else {
            dmarcResult = QStringLiteral("fail");
            const QString policy =
                policyName(recordDomain == from ? record->appliedPolicy() : record->appliedSubdomainPolicy());
            f = authFinding("auth.dmarc_fail", Severity::Error, from,
                            QT_TRANSLATE_NOOP("Findings", "DMARC fails for %1: neither SPF nor a verified DKIM "
                                                          "signature is aligned with the From domain. Its policy "
                                                          "p=%2 tells receivers what to do with such mail."),
                            {from, policy},
                            QT_TRANSLATE_NOOP("Advice", "Make the sending server sign with DKIM for %1 (d=%1), or "
                                                        "send with an envelope sender in %1 from a server its SPF "
                                                        "lists. If the message is not from you, it is forged and "
                                                        "the policy works as intended."),
                            {from});
            f.data.insert(QStringLiteral("policy"), policy);
        }
        f.data.insert(QStringLiteral("result"), dmarcResult);
        f.data.insert(QStringLiteral("spf_aligned"), spfAligned);
        f.data.insert(QStringLiteral("dkim_aligned"), alignedDkim);
        if (record) {
            f.data.insert(QStringLiteral("record"), record->text);
        }
        findings << f;
    }

    // What the receivers wrote, against what we computed.
    QHash<QString, QString> ours{{QStringLiteral("spf"), spfResult},
                                 {QStringLiteral("dmarc"), dmarcResult},
                                 {QStringLiteral("arc"), arc.present() ? arcResult : QString()}};
    // Only the newest of each kind: older ones were written by servers earlier on the path.
    bool seenResults = false;
    bool seenReceivedSpf = false;
    for (const ReceiverVerdict &verdict : analysis.verdicts) {
        bool &seen = verdict.receivedSpf ? seenReceivedSpf : seenResults;
        if (seen) {
            continue;
        }
        seen = true;
        for (const AuthClaim &claim : verdict.claims) {
            QString mine;
            QString what = claim.method;
            if (claim.method == QLatin1String("dkim")) {
                const QString d = claim.property.section(QLatin1Char('@'), -1).toLower();
                for (const DkimOutcome &o : std::as_const(dkim)) {
                    if (d.isEmpty() || o.domain == d) {
                        mine =
                            o.verification.status == DkimStatus::Pass ? QStringLiteral("pass") : QStringLiteral("fail");
                        if (mine == QLatin1String("pass")) {
                            break;
                        }
                    }
                }
                if (!d.isEmpty()) {
                    what += QStringLiteral(" (%1)").arg(d);
                }
            } else {
                mine = ours.value(claim.method);
            }
            if (mine.isEmpty() || claim.result.isEmpty() || mine == claim.result) {
                continue;
            }
            // Our SPF is for the path the headers show; a result for another sender means another path.
            Finding f = authFinding(
                "auth.disagreement", Severity::Warning, verdict.authservId,
                QT_TRANSLATE_NOOP("Findings", "%1 wrote %2=%3 into the headers, but checking "
                                              "now gives %4. The receiver may have seen another "
                                              "path, the DNS records may have changed since, or "
                                              "the header was forged by an earlier server."),
                {verdict.authservId.isEmpty() ? QStringLiteral("?") : verdict.authservId, what, claim.result, mine});
            f.data.insert(QStringLiteral("method"), claim.method);
            f.data.insert(QStringLiteral("theirs"), claim.result);
            f.data.insert(QStringLiteral("ours"), mine);
            f.markStaffOnly(); // which receiver saw which path is for staff to weigh
            findings << f;
        }
    }
    return findings;
}

} // namespace mt::message
