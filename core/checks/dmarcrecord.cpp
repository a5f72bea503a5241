#include "dmarcrecord.h"

#include <QRegularExpression>

#include <algorithm>

namespace mt {
namespace {

std::optional<DmarcPolicy> parsePolicy(const QString &value)
{
    const QString v = value.toLower();
    if (v == QLatin1String("none")) {
        return DmarcPolicy::None;
    }
    if (v == QLatin1String("quarantine")) {
        return DmarcPolicy::Quarantine;
    }
    if (v == QLatin1String("reject")) {
        return DmarcPolicy::Reject;
    }
    return std::nullopt;
}

std::optional<DmarcAlignment> parseAlignment(const QString &value)
{
    const QString v = value.toLower();
    if (v == QLatin1String("r")) {
        return DmarcAlignment::Relaxed;
    }
    if (v == QLatin1String("s")) {
        return DmarcAlignment::Strict;
    }
    return std::nullopt;
}

// RFC 7489 6.4: dmarc-uri = URI [ "!" 1*DIGIT [ "k" / "m" / "g" / "t" ] ].
// Reports are only ever sent to mailto: URIs, so anything else (most often
// a bare address without "mailto:") is reported as invalid.
bool isValidReportUri(const QString &uri)
{
    static const QRegularExpression pattern(QStringLiteral("^mailto:([^@!\\s]+)@([A-Za-z0-9.-]+\\.[A-Za-z0-9-]+)"
                                                           "(![0-9]+[kmgt]?)?$"),
                                            QRegularExpression::CaseInsensitiveOption);
    return pattern.match(uri).hasMatch();
}

QStringList splitList(const QString &value, QChar separator)
{
    QStringList items = value.split(separator);
    for (QString &item : items) {
        item = item.trimmed();
    }
    return items;
}

bool isWsp(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t');
}

} // namespace

QString policyName(DmarcPolicy policy)
{
    switch (policy) {
    case DmarcPolicy::None:
        return QStringLiteral("none");
    case DmarcPolicy::Quarantine:
        return QStringLiteral("quarantine");
    case DmarcPolicy::Reject:
        return QStringLiteral("reject");
    }
    return {};
}

bool DmarcRecord::hasProblem(DmarcProblem::Kind kind) const
{
    return std::any_of(problems.cbegin(), problems.cend(), [kind](const DmarcProblem &p) { return p.kind == kind; });
}

bool DmarcRecord::isApplied() const
{
    if (hasProblem(DmarcProblem::VersionNotFirst) || hasProblem(DmarcProblem::BadVersion)) {
        return false;
    }
    return policy.has_value() || !aggregateReportUris.isEmpty();
}

DmarcPolicy DmarcRecord::appliedPolicy() const
{
    return policy.value_or(DmarcPolicy::None);
}

DmarcPolicy DmarcRecord::appliedSubdomainPolicy() const
{
    return policy ? subdomainPolicy.value_or(*policy) : DmarcPolicy::None;
}

QString DmarcRecord::corrected(const QString &reportAddress) const
{
    QStringList tags{QStringLiteral("v=DMARC1"), QStringLiteral("p=") + policyName(policy.value_or(DmarcPolicy::None))};
    if (subdomainPolicy) {
        tags << QStringLiteral("sp=") + policyName(*subdomainPolicy);
    }
    if (percent != 100) {
        tags << QStringLiteral("pct=%1").arg(percent);
    }
    tags << QStringLiteral("rua=") + (aggregateReportUris.isEmpty() ? QStringLiteral("mailto:") + reportAddress
                                                                    : aggregateReportUris.join(QLatin1Char(',')));
    if (!failureReportUris.isEmpty()) {
        tags << QStringLiteral("ruf=") + failureReportUris.join(QLatin1Char(','));
    }
    if (dkimAlignment == DmarcAlignment::Strict) {
        tags << QStringLiteral("adkim=s");
    }
    if (spfAlignment == DmarcAlignment::Strict) {
        tags << QStringLiteral("aspf=s");
    }
    if (failureOptions != QStringList{QStringLiteral("0")}) {
        tags << QStringLiteral("fo=") + failureOptions.join(QLatin1Char(':'));
    }
    if (reportInterval != 86400) {
        tags << QStringLiteral("ri=%1").arg(reportInterval);
    }
    return tags.join(QStringLiteral("; "));
}

bool looksLikeDmarcRecord(const QString &text)
{
    static const QRegularExpression version(QStringLiteral("(^|;)\\s*v\\s*=\\s*dmarc1"),
                                            QRegularExpression::CaseInsensitiveOption);
    return version.match(text).hasMatch();
}

DmarcRecord parseDmarcRecord(const QString &text)
{
    static const QRegularExpression tagName(QStringLiteral("^[A-Za-z][A-Za-z0-9_]*$"));

    DmarcRecord record;
    record.text = text;
    QStringList seen;
    bool policyTagSeen = false;
    bool policyValid = false;
    bool spInvalid = false;
    int index = 0;
    const QStringList parts = text.split(QLatin1Char(';'));
    for (int i = 0; i < parts.size(); ++i) {
        const QString part = parts[i].trimmed();
        if (part.isEmpty()) {
            // "v=DMARC1; p=none;" ends with a separator: allowed.
            continue;
        }
        const int equals = part.indexOf(QLatin1Char('='));
        const QString name = equals < 0 ? QString() : part.left(equals).trimmed();
        QString value = equals < 0 ? QString() : part.mid(equals + 1);
        while (!value.isEmpty() && isWsp(value.front())) {
            value.remove(0, 1);
        }
        if (equals < 0 || !tagName.match(name).hasMatch()) {
            record.problems << DmarcProblem{DmarcProblem::Syntax, {}, part};
            ++index;
            continue;
        }
        const QString tag = name.toLower();
        const bool first = index++ == 0;
        if (seen.contains(tag)) {
            record.problems << DmarcProblem{DmarcProblem::DuplicateTag, name, value};
            continue;
        }
        seen << tag;
        auto invalid = [&] { record.problems << DmarcProblem{DmarcProblem::InvalidValue, name, value}; };

        if (tag == QLatin1String("v")) {
            if (!first) {
                record.problems << DmarcProblem{DmarcProblem::VersionNotFirst, name, value};
            } else if (value != QLatin1String("DMARC1")) {
                record.problems << DmarcProblem{DmarcProblem::BadVersion, name, value};
            }
        } else if (tag == QLatin1String("p")) {
            policyTagSeen = true;
            record.policy = parsePolicy(value);
            policyValid = record.policy.has_value();
            if (!policyValid) {
                invalid();
            }
        } else if (tag == QLatin1String("sp")) {
            record.subdomainPolicy = parsePolicy(value);
            if (!record.subdomainPolicy) {
                spInvalid = true;
                invalid();
            }
        } else if (tag == QLatin1String("pct")) {
            bool ok = false;
            const int percent = value.toInt(&ok);
            if (ok && percent >= 0 && percent <= 100 && !value.startsWith(QLatin1Char('+'))) {
                record.percent = percent;
            } else {
                invalid();
            }
        } else if (tag == QLatin1String("rua") || tag == QLatin1String("ruf")) {
            QStringList valid;
            bool allValid = true;
            for (const QString &uri : splitList(value, QLatin1Char(','))) {
                if (isValidReportUri(uri)) {
                    valid << uri;
                } else {
                    allValid = false;
                }
            }
            if (!allValid) {
                invalid();
            }
            (tag == QLatin1String("rua") ? record.aggregateReportUris : record.failureReportUris) = valid;
        } else if (tag == QLatin1String("adkim") || tag == QLatin1String("aspf")) {
            const auto alignment = parseAlignment(value);
            if (!alignment) {
                invalid();
            } else {
                (tag == QLatin1String("adkim") ? record.dkimAlignment : record.spfAlignment) = *alignment;
            }
        } else if (tag == QLatin1String("fo")) {
            const QStringList options = splitList(value, QLatin1Char(':'));
            const QStringList known{QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("d"), QStringLiteral("s")};
            if (std::all_of(options.cbegin(), options.cend(),
                            [&](const QString &o) { return known.contains(o.toLower()); })) {
                record.failureOptions = options;
            } else {
                invalid();
            }
        } else if (tag == QLatin1String("rf")) {
            const QStringList formats = splitList(value, QLatin1Char(':'));
            if (std::all_of(formats.cbegin(), formats.cend(), [](const QString &f) {
                    return f.compare(QLatin1String("afrf"), Qt::CaseInsensitive) == 0;
                })) {
                record.reportFormats = formats;
            } else {
                invalid();
            }
        } else if (tag == QLatin1String("ri")) {
            bool ok = false;
            const quint32 interval = value.toUInt(&ok);
            if (ok && !value.startsWith(QLatin1Char('+'))) {
                record.reportInterval = interval;
            } else {
                invalid();
            }
        } else {
            record.problems << DmarcProblem{DmarcProblem::UnknownTag, name, value};
        }
    }
    if (!policyTagSeen) {
        record.problems << DmarcProblem{DmarcProblem::MissingPolicy, QStringLiteral("p"), {}};
    }
    if (!policyValid || spInvalid) {
        // RFC 7489 6.6.3: an invalid p or sp makes the whole policy fall back
        // to p=none (when rua is usable) or to nothing.
        record.policy.reset();
        record.subdomainPolicy.reset();
    }
    if (!seen.contains(QLatin1String("v"))) {
        record.problems.prepend(DmarcProblem{DmarcProblem::BadVersion, QStringLiteral("v"), {}});
    }
    return record;
}

} // namespace mt
