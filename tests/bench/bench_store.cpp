// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
// The run-history store at scale: inserting 100,000 responses, opening a history of 100,000 runs
// (first page and count), sorting by a metric, paging deep, and full-text search.
// Run a Release build: bench_store --benchmark_counters_tabular=true
#include "benchmain.h"
#include "store/database.h"
#include "store/runrepository.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTimeZone>

#include <benchmark/benchmark.h>

namespace {
const QStringList kWords =
    QStringLiteral(
        "the a river model answer token latency cost quality small large medium server prompt stream cache "
        "summary contract invoice customer ticket route cascade budget fast slow local cloud json table chart "
        "report question reason step check result value number price catalog endpoint context window")
        .split(QLatin1Char(' '));

QString sentence(QRandomGenerator &random, int words)
{
    QStringList out;
    for (int i = 0; i < words; ++i)
        out << kWords.at(random.bounded(int(kWords.size())));
    return out.join(QLatin1Char(' '));
}

/// `runs` runs of `perRun` responses; one response in a hundred mentions a heron.
QList<RunRecord> makeRuns(int first, int runs, int perRun, QRandomGenerator &random, int words = 60)
{
    QList<RunRecord> list;
    list.reserve(runs);
    const QDateTime start(QDate(2025, 1, 1), QTime(0, 0), QTimeZone::utc());
    for (int i = first; i < first + runs; ++i) {
        RunRecord run;
        run.startedAt = start.addSecs(qint64(i) * 60);
        run.origin = QStringLiteral("compare");
        run.prompt.user = sentence(random, 20);
        for (int p = 0; p < perRun; ++p) {
            ResponseRecord r;
            r.position = p;
            r.endpoint.name = QStringLiteral("endpoint-%1").arg(p);
            r.endpoint.model = QStringLiteral("model-%1").arg(p);
            r.endpoint.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:8080/v1"));
            r.status = ResponseRecord::Status::Complete;
            r.result.text = sentence(random, words);
            if (random.bounded(100) == 0)
                r.result.text += QStringLiteral(" heron");
            r.result.inputTokens = 40;
            r.result.outputTokens = 80;
            r.result.ttftMs = random.bounded(50, 400);
            r.result.latencyMs = *r.result.ttftMs + random.bounded(200, 3000);
            r.costUsd = 0.0001;
            run.responses.append(r);
        }
        list.append(run);
    }
    return list;
}

/// Inserts `runs` runs in transactions of 1,000 runs.
void fill(Database &db, int runs, int perRun)
{
    QRandomGenerator random(42);
    RunRepository repo(db);
    for (int first = 0; first < runs; first += 1000) {
        QList<RunRecord> batch = makeRuns(first, qMin(1000, runs - first), perRun, random);
        if (!repo.insertRuns(batch).ok())
            qFatal("insert failed");
    }
}

void BM_Insert100kResponses(benchmark::State &state)
{
    constexpr int kRunsCount = 25000;
    constexpr int kPerRun = 4;
    for (auto _ : state) {
        state.PauseTiming();
        QTemporaryDir dir;
        Database db;
        db.open(dir.filePath(QStringLiteral("insert.sqlite")));
        QRandomGenerator random(7);
        QList<QList<RunRecord>> batches;
        for (int first = 0; first < kRunsCount; first += 1000)
            batches.append(makeRuns(first, 1000, kPerRun, random, int(state.range(0))));
        RunRepository repo(db);
        state.ResumeTiming();
        for (QList<RunRecord> &batch : batches) {
            if (!repo.insertRuns(batch).ok())
                state.SkipWithError("insert failed");
        }
        state.PauseTiming(); // closing (PRAGMA optimize) and removing the file are not inserts
        db.close();
        state.ResumeTiming();
    }
    state.counters["responses"] = kRunsCount * kPerRun;
    state.counters["responses_per_s"] =
        benchmark::Counter(double(kRunsCount * kPerRun) * double(state.iterations()), benchmark::Counter::kIsRate);
}
// Words per answer: full-text indexing (FTS5 tokenising every word) dominates long answers.
BENCHMARK(BM_Insert100kResponses)
    ->ArgName("words")
    ->Arg(10)
    ->Arg(60)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(2)
    ->UseRealTime();

/// A history of 100,000 runs × 2 responses, built once.
struct History
{
    QTemporaryDir dir;
    QString path;
    History()
    {
        path = dir.filePath(QStringLiteral("history.sqlite"));
        Database db;
        db.open(path);
        fill(db, 100000, 2);
    }
};

History &history()
{
    static History h;
    return h;
}

void BM_OpenHistoryFirstPage(benchmark::State &state)
{
    const QString path = history().path;
    for (auto _ : state) {
        Database db;
        db.open(path);
        RunRepository repo(db);
        benchmark::DoNotOptimize(repo.listRuns({}, RunSort::StartedAt, Qt::DescendingOrder, 200).value().size());
        benchmark::DoNotOptimize(repo.countRuns({}).value());
    }
}
BENCHMARK(BM_OpenHistoryFirstPage)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_Page(benchmark::State &state)
{
    Database db;
    db.open(history().path);
    RunRepository repo(db);
    const RunSort sort = state.range(0) ? RunSort::Latency : RunSort::StartedAt;
    const int offset = int(state.range(1));
    for (auto _ : state)
        benchmark::DoNotOptimize(repo.listRuns({}, sort, Qt::DescendingOrder, 200, offset).value().size());
}
BENCHMARK(BM_Page)
    ->ArgNames({"by_latency", "offset"})
    ->Args({0, 0})
    ->Args({1, 0})
    ->Args({0, 99800})
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

/// What the History page does per search: first page, count, and whether the limit cut matches.
/// limited: the page's limit (the newest 1,000 matching answers and prompts, as
/// HistoryTableModel::kSearchLimit); unlimited: every match, as `history list --search` and exports.
void BM_Search(benchmark::State &state)
{
    Database db;
    db.open(history().path);
    RunRepository repo(db);
    RunFilter filter;
    filter.search = state.range(0) ? QStringLiteral("river") : QStringLiteral("heron");
    filter.searchLimit = state.range(1) ? 1000 : 0;
    int found = 0;
    int total = 0;
    for (auto _ : state) {
        found = int(repo.listRuns(filter, RunSort::StartedAt, Qt::DescendingOrder, 200).value().size());
        total = repo.countRuns(filter).value();
        benchmark::DoNotOptimize(repo.searchTruncated(filter).value());
    }
    state.counters["first_page_rows"] = found;
    state.counters["runs_counted"] = total;
}
BENCHMARK(BM_Search)
    ->ArgNames({"common_word", "limited"})
    ->Args({0, 1})
    ->Args({1, 1})
    ->Args({0, 0})
    ->Args({1, 0})
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv); // the SQL driver plugins are found through it
    return runBenchmarks(argc, argv);
}
