// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
// The recommendation per form change: every edit of the requirements form recomputes it over the
// whole catalog (Workbench::setInput), so it must stay well under a frame (target: well under
// 1 ms with the full catalog). Each iteration changes the input, as typing in the form does.
// The "full catalog" is LiteLLM's price file (~2,200 chat models) with synthetic scores, so the
// accuracy check runs on every model instead of skipping unscored ones.
// Run: bench_recommend --benchmark_counters_tabular=true
#include "analysis/costquality.h"
#include "benchcatalogs.h"
#include "decision/recommendation.h"

#include <benchmark/benchmark.h>

#include <algorithm>
#include <array>

namespace {

/// A few distinct form states, cycled so no iteration sees the input of the one before.
RecommendationInput formState(int64_t i)
{
    static constexpr std::array<double, 5> volumes{1000.0, 250.0, 40000.0, 5000.0, 120.0};
    static constexpr std::array<double, 5> accuracies{0.9, 0.5, 0.7, 0.6, 0.8};
    RecommendationInput input;
    input.requirements.requestsPerDay = volumes[size_t(i % 5)];
    input.requirements.minAccuracy = accuracies[size_t(i % 5)];
    input.requirements.maxCostPer1kRequests = 1.0 + double(i % 7);
    input.requirements.complexity = i % 3 == 0 ? Complexity::High : Complexity::Medium;
    return input;
}

void recommendOver(benchmark::State &state, const Catalog &catalog)
{
    int64_t i = 0;
    // Kept candidates and near misses over all iterations: the near misses' reasons are written
    // out, so their number says how much text each form change formats.
    double candidates = 0;
    double nearMisses = 0;
    for (auto _ : state) {
        const Recommendation r = recommend(catalog, formState(i++));
        candidates += double(r.candidates.size());
        nearMisses += double(r.nearMisses.size());
        benchmark::DoNotOptimize(r.candidates.data());
    }
    const double iterations = double(std::max<benchmark::IterationCount>(state.iterations(), 1));
    state.counters["models"] = double(catalog.models.size());
    state.counters["candidates"] = candidates / iterations;
    state.counters["nearMisses"] = nearMisses / iterations;
}

void BM_RecommendFullCatalog(benchmark::State &state)
{
    if (!BenchCatalogs::liteLlmScored()) {
        state.SkipWithError(BenchCatalogs::kMissing);
        return;
    }
    recommendOver(state, *BenchCatalogs::liteLlmScored());
}
BENCHMARK(BM_RecommendFullCatalog)->Unit(benchmark::kMicrosecond)->UseRealTime();

void BM_RecommendCurrent(benchmark::State &state)
{
    recommendOver(state, BenchCatalogs::current());
}
BENCHMARK(BM_RecommendCurrent)->Unit(benchmark::kMicrosecond)->UseRealTime();

// What the Cost explorer adds per form change while shown: recommendation plus the points and
// Pareto frontier of the cost/quality chart (not the drawing; see bench_charts).
void BM_RecommendAndCostQualityFullCatalog(benchmark::State &state)
{
    if (!BenchCatalogs::liteLlmScored()) {
        state.SkipWithError(BenchCatalogs::kMissing);
        return;
    }
    const Catalog &catalog = *BenchCatalogs::liteLlmScored();
    int64_t i = 0;
    qsizetype points = 0;
    for (auto _ : state) {
        const RecommendationInput input = formState(i++);
        const Recommendation r = recommend(catalog, input);
        const CostQualityData data = buildCostQualityData(catalog, input, r);
        points = data.points.size();
        benchmark::DoNotOptimize(points);
    }
    state.counters["points"] = double(points);
}
BENCHMARK(BM_RecommendAndCostQualityFullCatalog)->Unit(benchmark::kMicrosecond)->UseRealTime();

} // namespace

BENCHMARK_MAIN();
