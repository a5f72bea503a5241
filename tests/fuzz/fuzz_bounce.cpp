// libFuzzer entry point: any bytes through the whole bounce analysis (MIME,
// charsets, DSN, notices, classification). A crash, a hang or a sanitizer
// report is a bug.
#include "bounce/bounceanalyzer.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const mt::bounce::BounceReport report = mt::bounce::analyzeBounce(bytes);
    // Every recipient gets a verdict.
    for (const auto &recipient : report.recipients) {
        if (recipient.reason.isEmpty()) {
            __builtin_trap();
        }
    }
    return 0;
}
