// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "recommendation.h"

#include "catalog/catalog.h"
#include "common/money.h"
#include "numberformat.h"

#include <QCoreApplication>

#include <algorithm>

namespace {

using NumberFormat::number;

/// Lower-case letters and digits only: "Phi-3-Mini-128k-Instruct" → "phi3mini128kinstruct".
QString squashed(QStringView name)
{
    QString out;
    out.reserve(name.size());
    for (QChar c : name) {
        if (c.isLetterOrNumber())
            out += c.toLower();
    }
    return out;
}

const ModelSpec *findLoosely(const Catalog &catalog, QStringView name)
{
    if (const ModelSpec *model = catalog.findModel(name))
        return model;
    // A catalog names a model family member more precisely than the article ("phi-3-mini" →
    // "Phi-3-Mini-128k-Instruct"): take the shortest id that starts with the article's name.
    const QString wanted = squashed(name);
    if (wanted.size() < 4)
        return nullptr;
    const ModelSpec *best = nullptr;
    for (const ModelSpec &m : catalog.models) {
        const QString id = squashed(m.id);
        const QString display = squashed(m.displayName);
        if (!id.startsWith(wanted) && !display.startsWith(wanted))
            continue;
        if (!best || m.id.size() < best->id.size() || (m.id.size() == best->id.size() && m.id < best->id))
            best = &m;
    }
    return best;
}

/// The article names models loosely ("phi-3-mini (on-device)"): try the name as given, then without
/// the parenthesised remark, each exactly and then as the start of a catalog model's name.
const ModelSpec *resolveModel(const Catalog &catalog, const QString &name)
{
    if (name.isEmpty())
        return nullptr;
    if (const ModelSpec *model = findLoosely(catalog, name))
        return model;
    const QStringView trimmed = QStringView(name).trimmed();
    const qsizetype open = trimmed.lastIndexOf(u'(');
    if (!trimmed.endsWith(u')') || open <= 0)
        return nullptr;
    return findLoosely(catalog, trimmed.left(open).trimmed());
}

/// Candidate order: the recommended tier, then larger tiers nearest first, then smaller ones
/// nearest first.
int tierGroup(Tier model, Tier recommended)
{
    const int distance = int(model) - int(recommended);
    if (distance >= 0)
        return distance;
    return int(allTiers.size()) - distance;
}

/// A class only to give the texts their translation context.
class Constraints
{
    Q_DECLARE_TR_FUNCTIONS(Recommendation)
public:
    /// Appends an exclusion for every constraint the model fails and a note for every one it cannot be
    /// checked against.
    static void check(Candidate &c, const ModelSpec &model, const Requirements &req, const BenchmarkInfo *benchmark,
                      const QString &benchmarkId);
};

void Constraints::check(Candidate &c, const ModelSpec &model, const Requirements &req,
                        const BenchmarkInfo *benchmark, const QString &benchmarkId)
{
    if (!model.typicalLatencyMs) {
        c.notes.append(tr("latency unknown: not checked"));
    } else if (*model.typicalLatencyMs > req.maxLatencyMs) {
        c.exclusions.append({Exclusion::Constraint::Latency,
                             tr("Typical latency %1 ms is over the %2 ms limit")
                                 .arg(number(*model.typicalLatencyMs), number(req.maxLatencyMs))});
    }

    if (c.costPer1kRequests > req.maxCostPer1kRequests) {
        c.exclusions.append({Exclusion::Constraint::Cost,
                             tr("Cost %1 per 1,000 requests is over the %2 limit")
                                 .arg(formatUsd(c.costPer1kRequests), formatUsd(req.maxCostPer1kRequests))});
    }

    // A rating (Elo) says which model is better, not what share of tasks it gets right, so it cannot
    // be held against a minimum accuracy.
    if (!benchmark) {
        c.notes.append(tr("minimum accuracy not checked: benchmark %1 is not in the catalog").arg(benchmarkId));
    } else if (benchmark->kind != ScoreKind::Accuracy) {
        c.notes.append(tr("minimum accuracy not checked: %1 is a rating, not an accuracy").arg(benchmark->name));
    } else if (!c.accuracy) {
        c.notes.append(tr("minimum accuracy not checked: no score on %1").arg(benchmark->name));
    } else if (*c.accuracy < req.minAccuracy) {
        c.exclusions.append({Exclusion::Constraint::Quality,
                             tr("Accuracy %1 on %2 is under the minimum %3")
                                 .arg(number(*c.accuracy), benchmark->name, number(req.minAccuracy))});
    }

    if (!model.contextWindow) {
        c.notes.append(tr("context window unknown: not checked"));
    } else if (*model.contextWindow < req.contextLength) {
        c.exclusions.append({Exclusion::Constraint::Context,
                             tr("Context window %1 tokens is under the %2 tokens required")
                                 .arg(number(*model.contextWindow), number(req.contextLength))});
    }
}

}

Recommendation recommend(const Catalog &catalog, const RecommendationInput &input)
{
    Recommendation result;
    result.tier = decideTier(input.requirements);

    if (!input.task.isEmpty()) {
        if (const TaskProfile *task = catalog.findTask(input.task)) {
            result.task = TaskPick{task->id, task->name, task->recommended, task->alternative, task->reasoning,
                                   resolveModel(catalog, task->recommended),
                                   resolveModel(catalog, task->alternative)};
        }
    }

    result.qualityBenchmark = input.qualityBenchmark.isEmpty() ? catalog.defaultBenchmark : input.qualityBenchmark;
    const BenchmarkInfo *benchmark = catalog.findBenchmark(result.qualityBenchmark);
    const Workload workload = input.workload();

    for (const ModelSpec &model : catalog.models) {
        Candidate c;
        c.model = &model;
        c.cost = estimateCost(model, workload, defaultsToSelfHosted(model), input.selfHosting);
        c.costPer1kRequests = c.cost.perRequestUsd * 1000.0;
        if (const QualityScore *score = model.score(result.qualityBenchmark)) {
            c.quality = score->value;
            if (benchmark && benchmark->kind == ScoreKind::Accuracy && benchmark->scaleMax > 0.0)
                c.accuracy = score->value / benchmark->scaleMax;
        }
        c.tierMatches = model.tier == result.tier.tier;
        Constraints::check(c, model, input.requirements, benchmark, result.qualityBenchmark);

        switch (c.exclusions.size()) {
        case 0: result.candidates.append(std::move(c)); break;
        case 1: result.nearMisses.append(std::move(c)); break;
        default: ++result.excludedCount; break;
        }
    }

    const Tier recommended = result.tier.tier;
    std::sort(result.candidates.begin(), result.candidates.end(), [recommended](const Candidate &a, const Candidate &b) {
        const int groupA = tierGroup(a.model->tier, recommended);
        const int groupB = tierGroup(b.model->tier, recommended);
        if (groupA != groupB)
            return groupA < groupB;
        if (a.cost.monthlyUsd != b.cost.monthlyUsd)
            return a.cost.monthlyUsd < b.cost.monthlyUsd;
        if (a.quality.has_value() != b.quality.has_value())
            return a.quality.has_value();   // a known quality ranks above an unknown one
        if (a.quality && *a.quality != *b.quality)
            return *a.quality > *b.quality;
        return a.model->id < b.model->id;
    });
    std::sort(result.nearMisses.begin(), result.nearMisses.end(), [](const Candidate &a, const Candidate &b) {
        if (a.cost.monthlyUsd != b.cost.monthlyUsd)
            return a.cost.monthlyUsd < b.cost.monthlyUsd;
        return a.model->id < b.model->id;
    });
    return result;
}
