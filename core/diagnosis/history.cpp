#include "history.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

#include <optional>

namespace mt {
namespace {

constexpr int formatVersion = 1;

std::optional<InputKind> parseKind(const QString &id)
{
    for (const InputKind kind : {InputKind::Empty, InputKind::Address, InputKind::Domain, InputKind::IPv4,
                                 InputKind::IPv6, InputKind::Text, InputKind::Message}) {
        if (inputKindId(kind) == id) {
            return kind;
        }
    }
    return std::nullopt;
}

std::optional<Severity> parseSeverity(const QString &id)
{
    for (const Severity severity : {Severity::Ok, Severity::Info, Severity::Warning, Severity::Error}) {
        if (severityId(severity) == id) {
            return severity;
        }
    }
    return std::nullopt;
}

QJsonObject toJson(const HistoryEntry &entry)
{
    return {
        {QStringLiteral("input"), entry.input},
        {QStringLiteral("kind"), inputKindId(entry.kind)},
        {QStringLiteral("time"), entry.time.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("worst"), severityId(entry.worst)},
        {QStringLiteral("findings"), entry.findingCount},
    };
}

std::optional<HistoryEntry> fromJson(const QJsonValue &value)
{
    const QJsonObject object = value.toObject();
    const auto kind = parseKind(object.value(QStringLiteral("kind")).toString());
    const auto worst = parseSeverity(object.value(QStringLiteral("worst")).toString());
    HistoryEntry entry;
    entry.input = object.value(QStringLiteral("input")).toString();
    entry.time = QDateTime::fromString(object.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs);
    entry.findingCount = object.value(QStringLiteral("findings")).toInt(-1);
    if (!kind || !worst || entry.input.isEmpty() || !entry.time.isValid() || entry.findingCount < 0) {
        return std::nullopt;
    }
    entry.kind = *kind;
    entry.worst = *worst;
    entry.time = entry.time.toUTC();
    return entry;
}

} // namespace

bool HistoryEntry::operator==(const HistoryEntry &other) const
{
    return input == other.input && kind == other.kind && time == other.time && worst == other.worst &&
           findingCount == other.findingCount;
}

QString History::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("history.json"));
}

History::History(QString path)
    : m_path(std::move(path))
{}

bool History::load()
{
    m_entries.clear();
    m_error.clear();
    QFile file(m_path);
    if (!file.exists()) {
        return false;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = file.errorString();
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.read(64 * 1024 * 1024), &parseError);
    file.close();
    const QJsonObject root = document.object();
    const QJsonValue list = root.value(QStringLiteral("entries"));
    bool corrupt = parseError.error != QJsonParseError::NoError || !list.isArray() ||
                   root.value(QStringLiteral("version")).toInt() != formatVersion;
    if (!corrupt) {
        for (const QJsonValue &value : list.toArray()) {
            const auto entry = fromJson(value);
            if (!entry) {
                corrupt = true;
                break;
            }
            if (m_entries.size() < maxEntries) {
                m_entries.append(*entry);
            }
        }
    }
    if (corrupt) {
        // Keep the bad file for whoever wants to look, and start afresh.
        m_entries.clear();
        const QString aside = m_path + QStringLiteral(".corrupt");
        QFile::remove(aside);
        QFile::rename(m_path, aside);
        m_error = parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                               : QStringLiteral("not a history file");
        return false;
    }
    return true;
}

bool History::save()
{
    m_error.clear();
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QJsonArray list;
    for (const HistoryEntry &entry : std::as_const(m_entries)) {
        list.append(toJson(entry));
    }
    const QJsonObject root{{QStringLiteral("version"), formatVersion}, {QStringLiteral("entries"), list}};
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly)) {
        m_error = file.errorString();
        return false;
    }
    file.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        m_error = file.errorString();
        return false;
    }
    return true;
}

bool History::add(const HistoryEntry &entry)
{
    if (entry.input.trimmed().isEmpty() || entry.input.size() > maxInputSize) {
        return false;
    }
    m_entries.removeIf([&entry](const HistoryEntry &e) { return e.input == entry.input; });
    m_entries.prepend(entry);
    if (m_entries.size() > maxEntries) {
        m_entries.resize(maxEntries);
    }
    return true;
}

bool History::remove(const QString &input)
{
    return m_entries.removeIf([&input](const HistoryEntry &e) { return e.input == input; }) > 0;
}

} // namespace mt
