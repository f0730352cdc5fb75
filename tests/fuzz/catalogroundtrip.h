// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include "catalog/catalogformat.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

/// The catalog fuzzers' one check: `read` never crashes, a rejection says why, and every catalog
/// it accepts is written in Rightsize's format and read back unchanged, as importing a file keeps
/// a serialized copy that must load back as what the user saw.
template<typename Reader>
int fuzzCatalogRoundTrip(const uint8_t *bytes, size_t size, Reader read)
{
    if (size > 256 * 1024)
        return 0;
    const QByteArray json = QByteArray::fromRawData(reinterpret_cast<const char *>(bytes), qsizetype(size));
    const Result<Catalog> first = read(json);
    if (!first) {
        if (first.error().isEmpty())
            std::abort(); // a rejection must say why
        return 0;
    }
    const QByteArray written = serializeRightsizeCatalog(*first);
    const Result<Catalog> reread = parseRightsizeCatalog(written, QStringLiteral("fuzz.json"));
    if (!reread) {
        std::fprintf(stderr, "re-parse failed: %s\n%s\n", qPrintable(reread.error()), written.constData());
        std::abort();
    }
    if (!(*reread == *first)) {
        std::fprintf(stderr, "round trip changed the catalog:\n%s\n", written.constData());
        std::abort();
    }
    return 0;
}
