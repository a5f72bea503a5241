#include "inputfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace mt {
namespace {

InputFile failure(const char *source, QStringList args)
{
    return {{}, LocalizedText{"InputFile", source, std::move(args)}};
}

} // namespace

QString decodeInputBytes(const QByteArray &bytes)
{
    QByteArrayView view(bytes);
    if (view.startsWith("\xEF\xBB\xBF")) {
        view = view.sliced(3);
    }
    return QString::fromUtf8(view);
}

InputFile readInputFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        return failure(QT_TRANSLATE_NOOP("InputFile", "%1: no such file"), {path});
    }
    if (info.isDir()) {
        return failure(QT_TRANSLATE_NOOP("InputFile", "%1 is a folder, not a file"), {path});
    }
    if (info.size() > maxInputFileSize) {
        return failure(QT_TRANSLATE_NOOP("InputFile", "%1 is too large to be a message (%2 bytes)"),
                       {path, QString::number(info.size())});
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return failure(QT_TRANSLATE_NOOP("InputFile", "cannot read %1: %2"), {path, file.errorString()});
    }
    const QByteArray bytes = file.read(maxInputFileSize + 1);
    if (file.error() != QFileDevice::NoError) {
        return failure(QT_TRANSLATE_NOOP("InputFile", "cannot read %1: %2"), {path, file.errorString()});
    }
    return {decodeInputBytes(bytes), {}};
}

} // namespace mt
