// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
// Fuzzes SseDecoder and checks its central promise differentially: the events decoded from
// the whole input equal those decoded from the same bytes cut into arbitrary chunks.
#include "providers/ssedecoder.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *bytes, size_t size)
{
    if (size < 1)
        return 0;
    // The first byte seeds the chunk sizes; the rest is the stream.
    uint32_t seed = bytes[0];
    const char *data = reinterpret_cast<const char *>(bytes + 1);
    const qsizetype length = qsizetype(size - 1);

    QList<SseEvent> whole;
    SseDecoder wholeDecoder;
    wholeDecoder.feed(QByteArrayView(data, length), [&whole](const SseEvent &e) { whole.append(e); });
    const bool wholePending = wholeDecoder.finish();

    QList<SseEvent> chunked;
    SseDecoder chunkDecoder;
    for (qsizetype pos = 0; pos < length;) {
        seed = seed * 1103515245u + 12345u;
        const qsizetype chunk = std::min<qsizetype>(length - pos, 1 + (seed >> 16) % 17);
        chunkDecoder.feed(QByteArrayView(data + pos, chunk), [&chunked](const SseEvent &e) { chunked.append(e); });
        pos += chunk;
    }
    const bool chunkedPending = chunkDecoder.finish();

    if (whole != chunked || wholePending != chunkedPending)
        std::abort();
    for (const SseEvent &event : whole)
        (void)event.dataText(); // UTF-8 decoding of arbitrary bytes must be safe too
    return 0;
}
