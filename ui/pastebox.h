#pragma once

#include <QPlainTextEdit>

namespace mt {

// The paste area. Text widgets lay out long lines slowly (a 1 MB line takes
// a minute), so a paste that is too large to show is kept whole and shown
// in part, read-only: the window stays responsive and nothing is lost.
class PasteBox final : public QPlainTextEdit
{
    Q_OBJECT

public:
    static constexpr qsizetype maxShownSize = 1024 * 1024;
    static constexpr qsizetype maxShownLine = 4096;

    explicit PasteBox(QWidget *parent = nullptr);

    // Everything pasted or typed, also when only part of it is shown.
    QString text() const;
    void setText(const QString &text);

    bool isShownInPart() const { return !m_full.isNull(); }
    qsizetype textSize() const;

    // The local file a drop or paste carries (a saved .eml), if any.
    static QString localFileIn(const QMimeData *source);

signals:
    // A file was dropped or pasted: the window reads it (off the GUI thread).
    void fileDropped(const QString &path);

protected:
    bool canInsertFromMimeData(const QMimeData *source) const override;
    void insertFromMimeData(const QMimeData *source) override;

private:
    QString m_full; // null unless shown in part
};

} // namespace mt
