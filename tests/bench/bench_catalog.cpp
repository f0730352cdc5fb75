// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
// Catalog loading: importing LiteLLM's full price file (1.6 MB; the largest catalog a user
// imports) and loading the bundled "current" catalog the way the app does at start.
// Run: bench_catalog --benchmark_counters_tabular=true
#include "benchcatalogs.h"

#include <benchmark/benchmark.h>

namespace {

void BM_ImportLiteLlmFull(benchmark::State &state)
{
    const QByteArray &bytes = BenchCatalogs::liteLlmBytes();
    if (bytes.isEmpty()) {
        state.SkipWithError(BenchCatalogs::kMissing);
        return;
    }
    qsizetype models = 0;
    for (auto _ : state) {
        const Result<Catalog> c = importLiteLlmCatalog(bytes, QStringLiteral("model_prices_and_context_window.json"),
                                                       QStringLiteral("litellm"), QDate(2026, 3, 1));
        if (!c) {
            state.SkipWithError("import failed");
            return;
        }
        models = c->models.size();
    }
    state.SetBytesProcessed(int64_t(state.iterations()) * bytes.size());
    state.counters["models"] = double(models);
    state.counters["MB/s"] =
        benchmark::Counter(double(bytes.size()) * double(state.iterations()) / 1e6, benchmark::Counter::kIsRate);
}
BENCHMARK(BM_ImportLiteLlmFull)->Unit(benchmark::kMillisecond)->UseRealTime();

// Through the registry: resource read plus parse and validation, what the window waits for.
void BM_LoadBundledCurrent(benchmark::State &state)
{
    const CatalogRegistry registry(QStringLiteral("/nonexistent-user-catalogs"));
    qsizetype models = 0;
    for (auto _ : state) {
        const Result<Catalog> c = registry.load(QStringLiteral("current"));
        if (!c) {
            state.SkipWithError("bundled catalog failed to load");
            return;
        }
        models = c->models.size();
    }
    state.counters["models"] = double(models);
}
BENCHMARK(BM_LoadBundledCurrent)->Unit(benchmark::kMicrosecond)->UseRealTime();

// Writing the imported catalog in Rightsize's format: what "import" costs after parsing.
void BM_SerializeLiteLlmFull(benchmark::State &state)
{
    const auto &catalog = BenchCatalogs::liteLlm();
    if (!catalog) {
        state.SkipWithError(BenchCatalogs::kMissing);
        return;
    }
    qsizetype size = 0;
    for (auto _ : state)
        size = serializeRightsizeCatalog(*catalog).size();
    state.counters["bytes"] = double(size);
}
BENCHMARK(BM_SerializeLiteLlmFull)->Unit(benchmark::kMillisecond)->UseRealTime();

} // namespace

BENCHMARK_MAIN();
