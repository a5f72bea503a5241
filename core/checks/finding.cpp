#include "finding.h"

#include <QCoreApplication>

namespace mt {

QString severityId(Severity severity)
{
    switch (severity) {
    case Severity::Ok:
        return QStringLiteral("ok");
    case Severity::Info:
        return QStringLiteral("info");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Error:
        return QStringLiteral("error");
    }
    return {};
}

LocalizedText severityLabel(Severity severity)
{
    switch (severity) {
    case Severity::Ok:
        return {"Severity", QT_TRANSLATE_NOOP("Severity", "OK")};
    case Severity::Info:
        return {"Severity", QT_TRANSLATE_NOOP("Severity", "Info")};
    case Severity::Warning:
        return {"Severity", QT_TRANSLATE_NOOP("Severity", "Warning")};
    case Severity::Error:
        return {"Severity", QT_TRANSLATE_NOOP("Severity", "Error")};
    }
    return {};
}

QString outcomeId(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Problem:
        return QStringLiteral("problem");
    case Outcome::Fine:
        return QStringLiteral("fine");
    case Outcome::Inconclusive:
        return QStringLiteral("inconclusive");
    }
    return {};
}

QString actorId(Actor actor)
{
    switch (actor) {
    case Actor::Customer:
        return QStringLiteral("customer");
    case Actor::Recipient:
        return QStringLiteral("recipient");
    case Actor::Provider:
        return QStringLiteral("provider");
    }
    return {};
}

QString subjectKindId(SubjectKind kind)
{
    switch (kind) {
    case SubjectKind::Address:
        return QStringLiteral("address");
    case SubjectKind::Recipient:
        return QStringLiteral("recipient");
    case SubjectKind::Domain:
        return QStringLiteral("domain");
    case SubjectKind::Ip:
        return QStringLiteral("ip");
    case SubjectKind::Text:
        return QStringLiteral("text");
    }
    return {};
}

SubjectKind Finding::subjectKindOfCheck(const QString &check)
{
    if (check == QLatin1String("address")) {
        return SubjectKind::Address;
    }
    if (check == QLatin1String("bounce")) {
        return SubjectKind::Recipient;
    }
    if (check == QLatin1String("ptr") || check == QLatin1String("geoip")) {
        return SubjectKind::Ip;
    }
    return SubjectKind::Domain;
}

} // namespace mt
