// libFuzzer entry point: any bytes through the key-free part of the message
// analysis (header fields, Received lines and the hop chain, DKIM and ARC
// signatures with their canonicalizations and body hashes, the receivers'
// Authentication-Results, the sanity checks), then every prepared
// signature's verification against a key record made of the same bytes.
// A crash, a hang or a sanitizer report is a bug.
#include "message/messageanalysis.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto analysis = mt::message::analyzeMessage(bytes, QDateTime::fromSecsSinceEpoch(1709542800, Qt::UTC));
    // Keys that are not keys: the fuzz input's first line as a TXT record.
    mt::dns::DnsResult key;
    key.status = mt::dns::DnsStatus::Answer;
    key.type = mt::dns::RecordType::TXT;
    mt::dns::ResourceRecord record;
    record.type = mt::dns::RecordType::TXT;
    record.strings << QString::fromLatin1(bytes.left(bytes.indexOf('\n')).left(2048));
    key.records << record;
    for (const auto &prepared : analysis->dkim) {
        mt::message::finishVerification(prepared, key);
    }
    for (const auto &set : analysis->arc.sets) {
        mt::message::finishVerification(set.seal, key);
        mt::message::finishVerification(set.messageSignature, key);
    }
    if (analysis->hops.sendingHop >= analysis->hops.hops.size()) {
        __builtin_trap();
    }
    return 0;
}
