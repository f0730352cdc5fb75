// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
// Fuzzes importCatalogJson, every format it detects (LiteLLM, models.dev, OpenRouter, Rightsize): no
// crash on any input, and every catalog it accepts is written in Rightsize's format and read back
// unchanged, as CatalogRegistry::importFile keeps it.
#include "catalog/catalogformat.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *bytes, size_t size)
{
    if (size > 256 * 1024)
        return 0;
    const QByteArray json = QByteArray::fromRawData(reinterpret_cast<const char *>(bytes), qsizetype(size));
    const Result<Catalog> imported =
        importCatalogJson(json, QStringLiteral("prices.json"), QStringLiteral("prices"), QDate(2026, 3, 1));
    if (!imported) {
        if (imported.error().isEmpty())
            std::abort(); // a rejection must say why
        return 0;
    }
    const QByteArray written = serializeRightsizeCatalog(*imported);
    const Result<Catalog> reread = parseRightsizeCatalog(written, QStringLiteral("prices.json"));
    if (!reread) {
        std::fprintf(stderr, "re-parse failed: %s\n%s\n", qPrintable(reread.error()), written.constData());
        std::abort();
    }
    if (!(*reread == *imported)) {
        std::fprintf(stderr, "round trip changed the catalog:\n%s\n", written.constData());
        std::abort();
    }
    return 0;
}
