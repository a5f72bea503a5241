#include "mimedecode.h"

#include "charsettables.h"

#include <QStringDecoder>

#include <algorithm>

namespace mt::bounce {

namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (c >= 'A' && c <= 'F') {
        return c - 'A' + 10;
    }
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    return -1;
}

QString decodeSingleByte(QByteArrayView bytes, const char16_t *high)
{
    QString text(bytes.size(), Qt::Uninitialized);
    QChar *out = text.data();
    for (const char c : bytes) {
        const auto b = static_cast<unsigned char>(c);
        *out++ = QChar(b < 0x80 ? char16_t(b) : high[b - 0x80]);
    }
    return text;
}

// ISO-2022-JP (RFC 1468): escape sequences switch between ASCII, JIS-Roman,
// half-width katakana and JIS X 0208; anything out of place becomes U+FFFD.
QString decodeIso2022Jp(QByteArrayView bytes)
{
    enum class Mode
    {
        Ascii,
        Kana,
        DoubleByte,
    };
    QString text;
    text.reserve(bytes.size());
    Mode mode = Mode::Ascii;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto c = static_cast<unsigned char>(bytes[i]);
        if (c == 0x1b && i + 2 < bytes.size()) {
            const char first = bytes[i + 1];
            const char second = bytes[i + 2];
            mode = first == '$' ? Mode::DoubleByte : (first == '(' && second == 'I') ? Mode::Kana : Mode::Ascii;
            i += 2;
            continue;
        }
        if (c == '\n' || c == '\r') {
            text += QChar(char16_t(c));
            continue;
        }
        if (c >= 0x80) {
            text += QChar(0xFFFD);
            continue;
        }
        if (mode == Mode::DoubleByte && c >= 0x21 && c <= 0x7e && i + 1 < bytes.size()) {
            const auto c2 = static_cast<unsigned char>(bytes[i + 1]);
            ++i;
            text += (c2 >= 0x21 && c2 <= 0x7e) ? QChar(kJisX0208[(c - 0x21) * 94 + (c2 - 0x21)]) : QChar(0xFFFD);
            continue;
        }
        if (mode == Mode::Kana && c >= 0x21 && c <= 0x5f) {
            text += QChar(char16_t(0xff61 + (c - 0x21)));
            continue;
        }
        text += QChar(char16_t(c));
    }
    return text;
}

QChar jisCharacter(int first, int second)
{
    return (first >= 0x21 && first <= 0x7e && second >= 0x21 && second <= 0x7e)
               ? QChar(kJisX0208[(first - 0x21) * 94 + (second - 0x21)])
               : QChar(0xFFFD);
}

// Decodes BYTES whose ASCII bytes stand for themselves; HIGH appends the
// character a byte above 0x7F starts (at index I) and returns how many
// bytes it used.
template <typename High> QString decodeMultiByte(QByteArrayView bytes, High high)
{
    QString text;
    text.reserve(bytes.size());
    for (qsizetype i = 0; i < bytes.size();) {
        const auto c = static_cast<unsigned char>(bytes[i]);
        if (c < 0x80) {
            text += QChar(char16_t(c));
            ++i;
            continue;
        }
        const int next = i + 1 < bytes.size() ? static_cast<unsigned char>(bytes[i + 1]) : -1;
        i += high(text, c, next);
    }
    return text;
}

// EUC-JP: JIS X 0208 with the high bit set, 0x8E + half-width katakana;
// JIS X 0212 (0x8F, three bytes) is too rare in mail to carry a table for.
QString decodeEucJp(QByteArrayView bytes)
{
    return decodeMultiByte(bytes, [](QString &text, int c, int next) {
        if (c == 0x8e && next >= 0xa1 && next <= 0xdf) {
            text += QChar(char16_t(0xff61 + (next - 0xa1)));
            return 2;
        }
        if (c >= 0xa1 && c <= 0xfe && next >= 0xa1 && next <= 0xfe) {
            text += jisCharacter(c - 0x80, next - 0x80);
            return 2;
        }
        text += QChar(0xFFFD);
        return c == 0x8f ? 3 : 1;
    });
}

// Shift_JIS (and Windows-31J without its vendor rows): a lead byte and a
// trail byte that map onto JIS X 0208's rows and cells; single bytes
// 0xA1-0xDF are half-width katakana.
QString decodeShiftJis(QByteArrayView bytes)
{
    return decodeMultiByte(bytes, [](QString &text, int c, int trail) {
        if (c >= 0xa1 && c <= 0xdf) {
            text += QChar(char16_t(0xff61 + (c - 0xa1)));
            return 1;
        }
        const bool lead = (c >= 0x81 && c <= 0x9f) || (c >= 0xe0 && c <= 0xef);
        if (!lead || trail < 0x40 || trail == 0x7f || trail > 0xfc) {
            text += QChar(0xFFFD);
            return 1;
        }
        int row = (c - (c <= 0x9f ? 0x70 : 0xb0)) << 1;
        int cell = 0;
        if (trail < 0x9f) {
            --row;
            cell = trail - (trail >= 0x80 ? 0x20 : 0x1f);
        } else {
            cell = trail - 0x7e;
        }
        text += jisCharacter(row, cell);
        return 2;
    });
}

// How unlikely TEXT is as Japanese: bytes it could not read, and half-width
// katakana, which mail hardly uses but misread double bytes often become.
int oddness(const QString &text)
{
    int score = 0;
    for (const QChar c : text) {
        score += c.unicode() == 0xFFFD ? 4 : (c.unicode() >= 0xff61 && c.unicode() <= 0xff9f) ? 1 : 0;
    }
    return score;
}

// Japanese text whose declaration may lie (EUC-JP or Shift_JIS labelled
// ISO-2022-JP is common): the likelier decoding, the declared one on a tie.
QString decodeJapanese(QByteArrayView bytes, const QString &declared)
{
    const bool sevenBit = std::all_of(bytes.begin(), bytes.end(), [](char c) { return (c & 0x80) == 0; });
    if (sevenBit) {
        return decodeIso2022Jp(bytes);
    }
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString asUtf8 = utf8(bytes);
    if (!utf8.hasError()) {
        return asUtf8;
    }
    const bool declaredShiftJis = declared.contains(QLatin1String("sjis")) ||
                                  declared.contains(QLatin1String("shift")) ||
                                  declared == QLatin1String("windows-31j") || declared == QLatin1String("cp932");
    QString first = declaredShiftJis ? decodeShiftJis(bytes) : decodeEucJp(bytes);
    QString second = declaredShiftJis ? decodeEucJp(bytes) : decodeShiftJis(bytes);
    return oddness(second) < oddness(first) ? second : first;
}

bool isJapaneseCharset(const QString &name)
{
    return name.startsWith(QLatin1String("iso-2022-jp")) || name.contains(QLatin1String("euc-jp")) ||
           name.contains(QLatin1String("shift_jis")) || name.contains(QLatin1String("shift-jis")) ||
           name.contains(QLatin1String("sjis")) || name == QLatin1String("windows-31j") ||
           name == QLatin1String("cp932") || name == QLatin1String("eucjp");
}

QString normalizedCharset(QByteArrayView charset)
{
    QString name = QString::fromLatin1(charset).trimmed().toLower();
    name.remove(QLatin1Char('"'));
    name.remove(QLatin1Char('\''));
    return name;
}

} // namespace

QByteArray decodeQuotedPrintable(QByteArrayView data)
{
    QByteArray out(data.size(), Qt::Uninitialized); // decoding never grows
    char *o = out.data();
    for (qsizetype i = 0; i < data.size(); ++i) {
        const char c = data[i];
        if (c != '=') {
            *o++ = c;
            continue;
        }
        // Soft line break: '=' then optional blanks then the end of the line.
        qsizetype j = i + 1;
        while (j < data.size() && (data[j] == ' ' || data[j] == '\t')) {
            ++j;
        }
        if (j < data.size() && (data[j] == '\n' || data[j] == '\r')) {
            if (data[j] == '\r' && j + 1 < data.size() && data[j + 1] == '\n') {
                ++j;
            }
            i = j;
            continue;
        }
        if (j == data.size()) {
            break;
        }
        if (i + 2 < data.size() && hexValue(data[i + 1]) >= 0 && hexValue(data[i + 2]) >= 0) {
            *o++ = char(hexValue(data[i + 1]) * 16 + hexValue(data[i + 2]));
            i += 2;
            continue;
        }
        *o++ = c;
    }
    out.truncate(o - out.data());
    return out;
}

QString decodeCharset(QByteArrayView bytes, QByteArrayView charset)
{
    const QString name = normalizedCharset(charset);
    if (name == QLatin1String("iso-8859-2") || name == QLatin1String("iso8859-2") || name == QLatin1String("latin2")) {
        return decodeSingleByte(bytes, kIso88592High);
    }
    if (name == QLatin1String("windows-1250") || name == QLatin1String("cp1250")) {
        return decodeSingleByte(bytes, kWindows1250High);
    }
    if (name == QLatin1String("iso-8859-15") || name == QLatin1String("latin9")) {
        return decodeSingleByte(bytes, kIso885915High);
    }
    if (name == QLatin1String("iso-8859-1") || name == QLatin1String("latin1") ||
        name == QLatin1String("windows-1252") || name == QLatin1String("cp1252")) {
        // Mislabelled Windows-1252 is far more common than C1 controls.
        return decodeSingleByte(bytes, kWindows1252High);
    }
    if (isJapaneseCharset(name)) {
        return decodeJapanese(bytes, name);
    }
    if (name.startsWith(QLatin1String("utf-16"))) {
        const auto encoding = name == QLatin1String("utf-16le")   ? QStringDecoder::Utf16LE
                              : name == QLatin1String("utf-16be") ? QStringDecoder::Utf16BE
                                                                  : QStringDecoder::Utf16;
        QStringDecoder decoder(encoding, QStringDecoder::Flag::Stateless);
        return decoder(bytes);
    }
    // Undeclared JIS: Japanese MTAs put it in delivery-status fields and headers.
    if (const qsizetype escape = bytes.indexOf('\x1b');
        escape >= 0 && (bytes.sliced(escape).contains("\x1b$B") || bytes.sliced(escape).contains("\x1b$@"))) {
        return decodeIso2022Jp(bytes);
    }
    // UTF-8, US-ASCII and everything unknown: UTF-8 when it is valid, which
    // ASCII always is; otherwise the most common single-byte charset.
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder(bytes);
    if (!decoder.hasError() || name == QLatin1String("utf-8") || name == QLatin1String("utf8")) {
        return text; // in declared UTF-8, invalid sequences become U+FFFD
    }
    return decodeSingleByte(bytes, kWindows1252High);
}

QString decodeHeaderValue(QByteArrayView value)
{
    if (!value.contains("=?")) {
        return decodeCharset(value, {});
    }
    QString out;
    qsizetype pos = 0;
    qsizetype pendingBlankStart = -1; // blanks after an encoded word, dropped if another follows
    while (pos < value.size()) {
        const qsizetype start = value.indexOf("=?", pos);
        if (start < 0) {
            break;
        }
        const qsizetype q1 = value.indexOf('?', start + 2);
        const qsizetype q2 = q1 < 0 ? -1 : value.indexOf('?', q1 + 1);
        const qsizetype end = q2 < 0 ? -1 : value.indexOf("?=", q2 + 1);
        if (q1 < 0 || q2 != q1 + 2 || end < 0) {
            out += decodeCharset(value.sliced(pos, start + 2 - pos), {});
            pos = start + 2;
            pendingBlankStart = -1;
            continue;
        }
        const QByteArrayView between = value.sliced(pos, start - pos);
        const bool onlyBlanks = between.trimmed().isEmpty();
        if (!(pendingBlankStart >= 0 && onlyBlanks)) {
            out += decodeCharset(between, {});
        }
        QByteArrayView charset = value.sliced(start + 2, q1 - start - 2);
        if (const qsizetype star = charset.indexOf('*'); star >= 0) {
            charset = charset.first(star); // RFC 2231 language suffix
        }
        const char encoding = value[q1 + 1];
        const QByteArrayView payload = value.sliced(q2 + 1, end - q2 - 1);
        QByteArray bytes;
        if (encoding == 'B' || encoding == 'b') {
            bytes = QByteArray::fromBase64(payload.toByteArray());
        } else {
            QByteArray underscores = payload.toByteArray();
            underscores.replace('_', ' ');
            bytes = decodeQuotedPrintable(underscores);
        }
        out += decodeCharset(bytes, charset);
        pos = end + 2;
        pendingBlankStart = pos;
    }
    out += decodeCharset(value.sliced(pos), {});
    return out;
}

} // namespace mt::bounce
