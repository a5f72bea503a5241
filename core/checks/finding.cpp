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

} // namespace mt
