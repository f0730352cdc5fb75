// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
// Fuzzes parseRightsizeCatalog: no crash on any input, and every catalog it accepts survives
// serializeRightsizeCatalog and a second parse unchanged, since importing a file keeps a
// serialized copy that must load back as what the user saw.
#include "catalog/catalogformat.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *bytes, size_t size)
{
    if (size > 256 * 1024)
        return 0;
    const QByteArray json = QByteArray::fromRawData(reinterpret_cast<const char *>(bytes), qsizetype(size));
    const Result<Catalog> first = parseRightsizeCatalog(json, QStringLiteral("fuzz.json"));
    if (!first) {
        if (first.error().isEmpty())
            std::abort(); // a rejection must say why
        return 0;
    }
    const QByteArray written = serializeRightsizeCatalog(*first);
    const Result<Catalog> second = parseRightsizeCatalog(written, QStringLiteral("fuzz.json"));
    if (!second) {
        std::fprintf(stderr, "re-parse failed: %s\n%s\n", qPrintable(second.error()), written.constData());
        std::abort();
    }
    if (!(*second == *first)) {
        std::fprintf(stderr, "round trip changed the catalog:\n%s\n", written.constData());
        std::abort();
    }
    return 0;
}
