// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
// Fuzzes importCatalogJson, every format it detects (LiteLLM, models.dev, OpenRouter, Rightsize),
// as "Update prices" and file imports use it.
#include "catalogroundtrip.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *bytes, size_t size)
{
    return fuzzCatalogRoundTrip(bytes, size, [](const QByteArray &json) {
        return importCatalogJson(json, QStringLiteral("prices.json"), QStringLiteral("prices"), QDate(2026, 3, 1));
    });
}
