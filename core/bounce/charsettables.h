#pragma once

namespace mt::bounce {

// Code points of bytes 0x80-0xFF in each charset (U+FFFD where undefined).
extern const char16_t kIso88592High[128];
extern const char16_t kWindows1250High[128];
extern const char16_t kWindows1252High[128];
extern const char16_t kIso885915High[128];

// JIS X 0208, the double-byte set of ISO-2022-JP: row (0-93) * 94 + cell (0-93).
extern const char16_t kJisX0208[94 * 94];

} // namespace mt::bounce
