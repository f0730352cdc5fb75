// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
// Fuzzes NdjsonDecoder: no crash on any input, and the same objects and error (or none)
// whether the bytes arrive whole or in arbitrary chunks.
#include "providers/ndjsondecoder.h"

#include <cstdint>
#include <cstdlib>

namespace {
struct Outcome
{
    QList<std::string> objects;
    QString error;
    bool operator==(const Outcome &other) const = default;
};
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *bytes, size_t size)
{
    if (size < 1 || size > 64 * 1024)
        return 0;
    uint32_t seed = bytes[0];
    const char *data = reinterpret_cast<const char *>(bytes + 1);
    const qsizetype length = qsizetype(size - 1);

    auto decode = [&](bool chunked) {
        Outcome outcome;
        NdjsonDecoder decoder;
        const NdjsonDecoder::Callback collect = [&outcome](StreamJson::Element object) {
            outcome.objects.append(simdjson::minify(object));
        };
        for (qsizetype pos = 0; pos < length;) {
            seed = seed * 1103515245u + 12345u;
            const qsizetype chunk = chunked ? std::min<qsizetype>(length - pos, 1 + (seed >> 16) % 23) : length;
            const Status status = decoder.feed(QByteArrayView(data + pos, chunk), collect);
            pos += chunk;
            if (!status) {
                outcome.error = status.error();
                return outcome;
            }
        }
        const Status status = decoder.finish(collect);
        if (!status)
            outcome.error = status.error();
        return outcome;
    };
    if (!(decode(false) == decode(true)))
        std::abort();
    return 0;
}
