// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
// The cost-versus-quality scatter with the full catalog, offscreen: building the chart (series,
// axes, frontier, footnote), rendering it to an image at screen resolution, and exporting a
// 300 dpi PNG. The full catalog is LiteLLM's price file with synthetic scores on every model
// (LiteLLM publishes no quality figures), so about 2,000 points are drawn rather than the few
// dozen a real scored catalog has: a deliberate worst case.
// Run: QT_QPA_PLATFORM=offscreen bench_charts --benchmark_counters_tabular=true
#include "analysis/costquality.h"
#include "benchcatalogs.h"
#include "benchmain.h"
#include "charts/costqualitychart.h"
#include "decision/recommendation.h"
#include "export/chartexport.h"

#include <benchmark/benchmark.h>

#include <QApplication>
#include <QFileInfo>
#include <QTemporaryDir>

#include <memory>

namespace {

const CostQualityData *fullData()
{
    static const std::optional<CostQualityData> data = []() -> std::optional<CostQualityData> {
        if (!BenchCatalogs::liteLlmScored())
            return std::nullopt;
        const Catalog &catalog = *BenchCatalogs::liteLlmScored();
        RecommendationInput input;
        input.requirements.minAccuracy = 0.5;
        return buildCostQualityData(catalog, input, recommend(catalog, input));
    }();
    return data ? &*data : nullptr;
}

void BM_BuildCostQualityChartFull(benchmark::State &state)
{
    const CostQualityData *data = fullData();
    if (!data) {
        state.SkipWithError(BenchCatalogs::kMissing);
        return;
    }
    for (auto _ : state) {
        std::unique_ptr<QChart> chart(buildCostQualityChart(*data));
        benchmark::DoNotOptimize(chart.get());
    }
    state.counters["points"] = double(data->points.size());
}
BENCHMARK(BM_BuildCostQualityChartFull)->Unit(benchmark::kMillisecond)->UseRealTime();

// The drawing alone, at the window's chart size: what a repaint of the page costs.
void BM_RenderCostQualityChartFull(benchmark::State &state)
{
    const CostQualityData *data = fullData();
    if (!data) {
        state.SkipWithError(BenchCatalogs::kMissing);
        return;
    }
    std::unique_ptr<QChart> chart(buildCostQualityChart(*data));
    for (auto _ : state) {
        const QImage image = renderChartImage(chart.get(), {1000, 650, 96});
        benchmark::DoNotOptimize(image.constBits());
    }
    state.counters["points"] = double(data->points.size());
}
BENCHMARK(BM_RenderCostQualityChartFull)->Unit(benchmark::kMillisecond)->UseRealTime();

// A print-quality file: 3000 × 2000 px at 300 dpi (10 × 6.7 in), built, drawn, PNG-encoded, written.
void BM_ExportPng300DpiFull(benchmark::State &state)
{
    const CostQualityData *data = fullData();
    if (!data) {
        state.SkipWithError(BenchCatalogs::kMissing);
        return;
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cost-quality.png"));
    std::unique_ptr<QChart> chart(buildCostQualityChart(*data));
    for (auto _ : state) {
        const Status status = exportChart(chart.get(), path, {3000, 2000, 300});
        if (!status.ok()) {
            state.SkipWithError("export failed");
            return;
        }
    }
    state.counters["points"] = double(data->points.size());
    state.counters["file_kB"] = double(QFileInfo(path).size()) / 1000.0;
}
BENCHMARK(BM_ExportPng300DpiFull)->Unit(benchmark::kMillisecond)->UseRealTime();

// The bundled catalog, for scale: what users see by default.
void BM_BuildAndRenderCostQualityCurrent(benchmark::State &state)
{
    const Catalog &catalog = BenchCatalogs::current();
    RecommendationInput input;
    const CostQualityData data = buildCostQualityData(catalog, input, recommend(catalog, input));
    for (auto _ : state) {
        std::unique_ptr<QChart> chart(buildCostQualityChart(data));
        const QImage image = renderChartImage(chart.get(), {1000, 650, 96});
        benchmark::DoNotOptimize(image.constBits());
    }
    state.counters["points"] = double(data.points.size());
}
BENCHMARK(BM_BuildAndRenderCostQualityCurrent)->Unit(benchmark::kMillisecond)->UseRealTime();

} // namespace

int main(int argc, char **argv)
{
    // Charts need a QApplication; no display is needed or wanted.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    return runBenchmarks(argc, argv);
}
