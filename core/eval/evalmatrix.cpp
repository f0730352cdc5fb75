// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "evalmatrix.h"

#include <QSet>

EvalMatrix EvalMatrix::build(const EvalSet &set, const QList<EvalResult> &results, const QStringList &endpointOrder)
{
    EvalMatrix matrix;
    matrix.endpoints = endpointOrder;
    for (const EvalResult &result : results)
        if (!matrix.endpoints.contains(result.endpointName))
            matrix.endpoints.append(result.endpointName);
    for (int c = 0; c < set.cases.size(); ++c)
        matrix.caseLabels.append(set.caseLabel(c));

    // Repeats in order, so that "the first repeat" means the same thing whatever the completion order.
    QList<EvalResult> sorted = results;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const EvalResult &a, const EvalResult &b) { return a.repeat < b.repeat; });

    QList<QList<QList<const EvalResult *>>> grouped(set.cases.size(),
                                                    QList<QList<const EvalResult *>>(matrix.endpoints.size()));
    for (const EvalResult &result : sorted) {
        if (result.caseIndex < 0 || result.caseIndex >= set.cases.size())
            continue;
        grouped[result.caseIndex][matrix.endpoints.indexOf(result.endpointName)].append(&result);
    }

    for (int c = 0; c < set.cases.size(); ++c) {
        QList<EvalCell> row;
        for (int e = 0; e < matrix.endpoints.size(); ++e) {
            EvalCell cell;
            cell.caseIndex = c;
            cell.endpointName = matrix.endpoints.at(e);
            const QList<const EvalResult *> &runs = grouped.at(c).at(e);
            cell.runs = int(runs.size());
            double cost = 0;
            bool priced = !runs.isEmpty();
            const EvalResult *shown = nullptr;
            for (const EvalResult *run : runs) {
                cell.passes += run->passed ? 1 : 0;
                cell.error = cell.error || run->hasError();
                cell.score += run->score;
                cell.latencyMs += run->latencyMs;
                if (run->costUsd)
                    cost += *run->costUsd;
                else
                    priced = false;
                if (!shown && !run->passed)
                    shown = run;
            }
            if (!runs.isEmpty()) {
                cell.passed = cell.passes == cell.runs;
                cell.score /= cell.runs;
                cell.latencyMs /= cell.runs;
                if (priced)
                    cell.costUsd = cost / cell.runs;
                if (!shown)
                    shown = runs.first();
                cell.answer = shown->answer;
                cell.failureReasons = shown->failureReasons();
            }
            row.append(cell);
        }
        matrix.cells.append(row);
    }

    matrix.summaries = summarize(set, results, matrix.endpoints);
    return matrix;
}

QList<EvalEndpointSummary> EvalMatrix::summarize(const EvalSet &set, const QList<EvalResult> &results,
                                                 const QStringList &endpoints, const QList<bool> &includedCases)
{
    QList<EvalEndpointSummary> summaries;
    summaries.reserve(endpoints.size());
    for (const QString &endpoint : endpoints) {
        EvalEndpointSummary summary;
        summary.endpointName = endpoint;
        QSet<int> cases;
        QList<double> latencies;
        double weightSum = 0;
        double weightedPasses = 0;
        double judgeCost = 0;
        bool judgePriced = false;
        for (const EvalResult &result : results) {
            if (result.endpointName != endpoint || result.caseIndex < 0 || result.caseIndex >= set.cases.size())
                continue;
            if (summary.catalogModel.isEmpty())
                summary.catalogModel = result.catalogModel;
            if (!includedCases.isEmpty() && !includedCases.value(result.caseIndex))
                continue;
            ++summary.results;
            cases.insert(result.caseIndex);
            summary.passes += result.passed ? 1 : 0;
            summary.errors += result.hasError() ? 1 : 0;
            const double weight = set.cases.at(result.caseIndex).weight;
            weightSum += weight;
            weightedPasses += result.passed ? weight : 0.0;
            if (result.costUsd) {
                summary.costUsd += *result.costUsd;
                ++summary.pricedResults;
            }
            if (result.judgeCostUsd) {
                judgeCost += *result.judgeCostUsd;
                judgePriced = true;
            }
            if (result.error.isEmpty())
                latencies.append(result.latencyMs);
        }
        summary.cases = int(cases.size());
        if (summary.results > 0) {
            summary.passRate = double(summary.passes) / summary.results;
            summary.weightedPassRate = weightSum > 0 ? weightedPasses / weightSum : 0.0;
        }
        summary.interval = EvalStatistics::wilson(summary.passes, summary.results);
        if (summary.pricedResults > 0)
            summary.costPerCase = summary.costUsd / summary.pricedResults;
        if (judgePriced)
            summary.judgeCostUsd = judgeCost;
        summary.p50LatencyMs = EvalStatistics::percentile(latencies, 50);
        summary.p95LatencyMs = EvalStatistics::percentile(latencies, 95);
        summaries.append(summary);
    }
    return summaries;
}

const EvalEndpointSummary *EvalMatrix::summary(QStringView endpointName) const
{
    for (const EvalEndpointSummary &summary : summaries)
        if (summary.endpointName == endpointName)
            return &summary;
    return nullptr;
}

QString EvalMatrix::toText() const
{
    QStringList lines;
    lines.append(QStringLiteral("case | ") + endpoints.join(QStringLiteral(" | ")));
    for (qsizetype c = 0; c < cells.size(); ++c) {
        QStringList row{caseLabels.value(c)};
        for (const EvalCell &cell : cells.at(c)) {
            QString verdict = cell.isEmpty() ? QStringLiteral("-")
                : cell.passed                ? QStringLiteral("PASS")
                : cell.error                 ? QStringLiteral("ERROR")
                                             : QStringLiteral("FAIL");
            if (cell.runs > 1 && cell.passes > 0 && cell.passes < cell.runs)
                verdict += QStringLiteral(" %1/%2").arg(cell.passes).arg(cell.runs);
            row.append(verdict);
        }
        lines.append(row.join(QStringLiteral(" | ")));
    }
    return lines.join(QLatin1Char('\n'));
}

EvalRunComparison EvalRunComparison::compare(const EvalSet &set, const QList<EvalResult> &before,
                                             const QList<EvalResult> &after)
{
    EvalRunComparison comparison;
    const EvalMatrix old = EvalMatrix::build(set, before);
    const EvalMatrix now = EvalMatrix::build(set, after, old.endpoints);
    for (int e = 0; e < old.endpoints.size(); ++e) {
        const EvalEndpointSummary *a = old.summary(old.endpoints.at(e));
        const EvalEndpointSummary *b = now.summary(old.endpoints.at(e));
        if (!a || !b || a->results == 0 || b->results == 0)
            continue;
        comparison.endpoints.append({old.endpoints.at(e), a->passRate, b->passRate, b->passRate - a->passRate});
    }
    for (int c = 0; c < set.cases.size(); ++c) {
        for (int e = 0; e < old.endpoints.size(); ++e) {
            const EvalCell &was = old.cell(c, e);
            const EvalCell &is = now.cell(c, e);
            if (was.isEmpty() || is.isEmpty())
                continue;
            const EvalCaseChange change{c, set.caseLabel(c), old.endpoints.at(e)};
            if (was.passed && !is.passed)
                comparison.passToFail.append(change);
            else if (!was.passed && is.passed)
                comparison.failToPass.append(change);
            else
                ++comparison.unchanged;
        }
    }
    return comparison;
}
