#include "pastebox.h"

#include <QMimeData>
#include <QUrl>

namespace mt {
namespace {

bool tooLargeToShow(const QString &text)
{
    if (text.size() > PasteBox::maxShownSize) {
        return true;
    }
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('\n')) {
            lineStart = i + 1;
        } else if (i - lineStart >= PasteBox::maxShownLine) {
            return true;
        }
    }
    return false;
}

// The beginning of TEXT, every line cut to what a text widget lays out fast.
QString preview(const QString &text)
{
    QString shown;
    qsizetype start = 0;
    while (start < text.size() && shown.size() < PasteBox::maxShownSize) {
        qsizetype end = text.indexOf(QLatin1Char('\n'), start);
        if (end < 0) {
            end = text.size();
        }
        const qsizetype length = end - start;
        shown += QStringView(text).mid(start, std::min(length, PasteBox::maxShownLine));
        if (length > PasteBox::maxShownLine) {
            shown += QChar(0x2026);
        }
        shown += QLatin1Char('\n');
        start = end + 1;
    }
    if (start < text.size()) {
        shown += QChar(0x2026);
    }
    return shown;
}

} // namespace

PasteBox::PasteBox(QWidget *parent)
    : QPlainTextEdit(parent)
{}

QString PasteBox::text() const
{
    return isShownInPart() ? m_full : toPlainText();
}

qsizetype PasteBox::textSize() const
{
    return isShownInPart() ? m_full.size() : document()->characterCount();
}

void PasteBox::setText(const QString &text)
{
    if (tooLargeToShow(text)) {
        m_full = text;
        setReadOnly(true);
        setPlainText(preview(text));
    } else {
        m_full = QString();
        setReadOnly(false);
        setPlainText(text);
    }
}

QString PasteBox::localFileIn(const QMimeData *source)
{
    if (!source || !source->hasUrls()) {
        return {};
    }
    for (const QUrl &url : source->urls()) {
        if (url.isLocalFile()) {
            return url.toLocalFile();
        }
    }
    return {};
}

bool PasteBox::canInsertFromMimeData(const QMimeData *source) const
{
    return !localFileIn(source).isEmpty() || QPlainTextEdit::canInsertFromMimeData(source);
}

void PasteBox::insertFromMimeData(const QMimeData *source)
{
    if (const QString path = localFileIn(source); !path.isEmpty()) {
        emit fileDropped(path); // its contents are the input, not its name
        return;
    }
    if (source->hasText()) {
        const QString text = source->text();
        if (tooLargeToShow(text)) {
            setText(text); // a paste this large is the whole input, not an insertion
            return;
        }
    }
    QPlainTextEdit::insertFromMimeData(source);
}

} // namespace mt
