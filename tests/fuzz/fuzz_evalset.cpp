// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
// Fuzzes the evaluation-set importers: no crash on any input; the first byte picks CSV or
// JSONL (and whether a template is checked); whatever imports must survive a round trip
// through the own JSON format unchanged, and its assertions must check any answer.
#include "eval/evalsetformat.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *bytes, size_t size)
{
    if (size < 1 || size > 64 * 1024)
        return 0;
    const uint8_t mode = bytes[0];
    const QByteArray data(reinterpret_cast<const char *>(bytes + 1), qsizetype(size - 1));

    EvalSetFormat::ImportOptions options;
    options.sourceName = QStringLiteral("fuzz");
    if (mode & 2)
        options.prompt.user = QStringLiteral("{{q}} {{ a }}");
    const Result<EvalSet> set =
        (mode & 1) ? EvalSetFormat::importJsonl(data, options) : EvalSetFormat::importCsv(data, options);
    if (!set) {
        if (set.error().isEmpty())
            std::abort(); // a rejection must say why
        return 0;
    }
    const Result<EvalSet> back =
        EvalSetFormat::fromJson(EvalSetFormat::toJson(set.value()), QStringLiteral("fuzz.json"));
    if (!back || !(back.value() == set.value())) {
        // Say what differs, so that a crash file explains itself.
        fprintf(stderr, "round trip changed the set:\n%s\n%s\n", EvalSetFormat::toJson(set.value()).constData(),
                back ? EvalSetFormat::toJson(back.value()).constData() : qPrintable(back.error()));
        std::abort();
    }
    const EvalObservation observation{QString::fromUtf8(data.left(256)), 10, 0.001, 5};
    for (const EvalCase &evalCase : set->cases)
        for (const EvalAssertion &assertion : evalCase.assertions)
            (void)assertion.check(observation);
    return 0;
}
