// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
// Fuzzes the three wire formats' stream readers (the SSE or NDJSON decoder and the JSON of
// each event): no crash on any input, and the same answer whether the bytes arrive whole or
// in arbitrary chunks. The first byte picks the format and seeds the chunk sizes.
#include "providers/wireformat.h"

#include <cstdint>
#include <cstdlib>

namespace {
bool sameState(const StreamState &a, const StreamState &b)
{
    return a.text == b.text && a.logprobs == b.logprobs && a.inputTokens == b.inputTokens &&
        a.outputTokens == b.outputTokens && a.finishReason == b.finishReason && a.complete == b.complete &&
        a.error == b.error && a.errorType == b.errorType;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *bytes, size_t size)
{
    if (size < 1 || size > 64 * 1024)
        return 0;
    const EndpointKind kinds[] = {EndpointKind::OpenAi, EndpointKind::Anthropic, EndpointKind::Ollama};
    const EndpointKind kind = kinds[bytes[0] % 3];
    uint32_t seed = bytes[0];
    const char *data = reinterpret_cast<const char *>(bytes + 1);
    const qsizetype length = qsizetype(size - 1);

    auto read = [&](bool chunked) {
        StreamState state;
        const std::unique_ptr<WireFormat> wire = WireFormat::create(kind);
        for (qsizetype pos = 0; pos < length;) {
            seed = seed * 1103515245u + 12345u;
            const qsizetype chunk = chunked ? std::min<qsizetype>(length - pos, 1 + (seed >> 16) % 29) : length;
            wire->feed(QByteArrayView(data + pos, chunk), state);
            pos += chunk;
        }
        wire->finish(state);
        return state;
    };
    if (!sameState(read(false), read(true)))
        std::abort();
    return 0;
}
