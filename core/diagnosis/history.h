#pragma once

#include "checks/finding.h"
#include "inputkind.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace mt {

// One check staff ran: enough to list it and to run it again.
struct HistoryEntry
{
    QString input;
    InputKind kind = InputKind::Empty;
    QDateTime time; // UTC
    Severity worst = Severity::Ok;
    int findingCount = 0;

    bool operator==(const HistoryEntry &other) const;
};

// The recent checks, newest first, kept in a JSON file. Bounded: at most
// maxEntries entries, and an input larger than maxInputSize is not kept
// (a 50 MB paste does not belong in a list). A file that cannot be read as
// history is moved aside (".corrupt") and the history starts empty.
class History final
{
public:
    static constexpr int maxEntries = 100;
    static constexpr qsizetype maxInputSize = 256 * 1024;

    // The default file: history.json in QStandardPaths::AppDataLocation.
    static QString defaultPath();

    explicit History(QString path);

    // Reads the file; false (and empty) when it was missing or corrupt.
    bool load();
    // Writes the file atomically (QSaveFile); false with error() on failure.
    bool save();
    QString error() const { return m_error; }
    QString path() const { return m_path; }

    // Adds ENTRY on top; the same input checked again moves to the top.
    // False when the entry is not kept (empty or too large an input).
    bool add(const HistoryEntry &entry);
    // Forgets the entry of INPUT (inputs are unique); false when there is none.
    bool remove(const QString &input);
    void clear() { m_entries.clear(); }
    const QList<HistoryEntry> &entries() const { return m_entries; }

private:
    QString m_path;
    QString m_error;
    QList<HistoryEntry> m_entries;
};

} // namespace mt
