// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
// Fuzzes importLiteLlmCatalog on every input, not only those the format detection sends it.
#include "catalogroundtrip.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *bytes, size_t size)
{
    return fuzzCatalogRoundTrip(bytes, size, [](const QByteArray &json) {
        return importLiteLlmCatalog(json, QStringLiteral("prices.json"), QStringLiteral("prices"), QDate(2026, 3, 1));
    });
}
