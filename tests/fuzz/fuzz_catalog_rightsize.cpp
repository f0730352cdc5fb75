// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
// Fuzzes parseRightsizeCatalog: a catalog it accepts survives serializeRightsizeCatalog and a
// second parse unchanged.
#include "catalogroundtrip.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *bytes, size_t size)
{
    return fuzzCatalogRoundTrip(
        bytes, size, [](const QByteArray &json) { return parseRightsizeCatalog(json, QStringLiteral("fuzz.json")); });
}
