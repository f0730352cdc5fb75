// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "recommendation.h"

#include "catalog/catalog.h"
#include "common/money.h"
#include "numberformat.h"

#include <QCoreApplication>

#include <algorithm>
#include <bit>
#include <numeric>
#include <vector>

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

/// Sorts through an index: a Candidate is large, and with thousands of them moving indices rather
/// than candidates saves a good part of each form change. `less` is a strict
/// total order (it ends with the unique model id), so the result is the same as sorting in place.
template <typename Less>
void sortCandidates(QList<Candidate> &list, Less less)
{
    std::vector<qsizetype> order(size_t(list.size()));
    std::iota(order.begin(), order.end(), qsizetype(0));
    const QList<Candidate> &view = list;
    std::sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) { return less(view.at(a), view.at(b)); });
    QList<Candidate> sorted;
    sorted.reserve(list.size());
    for (const qsizetype i : order)
        sorted.append(std::move(list[i]));
    list = std::move(sorted);
}

/// Checks models against the requirements. Built once per recommendation: the texts shared by
/// every model (notes, limits) are translated and formatted once, and a model's reasons are only
/// written when it is kept, because with a catalog of thousands of models the formatting, not the
/// checking, would dominate each form change. A class also to give the texts their context.
class Constraints
{
    Q_DECLARE_TR_FUNCTIONS(Recommendation)
public:
    Constraints(const Requirements &req, const BenchmarkInfo *benchmark, const QString &benchmarkId);

    /// The constraints the model fails, as a bit set of 1 << Exclusion::Constraint.
    unsigned failures(const Candidate &c, const ModelSpec &model) const;
    /// Appends an exclusion for every failed constraint and a note for every one the model cannot
    /// be checked against.
    void describe(Candidate &c, const ModelSpec &model, unsigned failed) const;

private:
    static constexpr unsigned bit(Exclusion::Constraint constraint) { return 1u << unsigned(constraint); }

    const Requirements &m_req;
    const BenchmarkInfo *m_benchmark;
    QString m_latencyUnknown;
    QString m_accuracyNotChecked;       ///< why accuracy is never checked, or empty when it can be
    QString m_noScore;
    QString m_contextUnknown;
    QString m_maxLatency;
    QString m_maxCost;
    QString m_minAccuracy;
    QString m_contextLength;
};

Constraints::Constraints(const Requirements &req, const BenchmarkInfo *benchmark, const QString &benchmarkId)
    : m_req(req)
    , m_benchmark(benchmark)
    , m_latencyUnknown(tr("latency unknown: not checked"))
    , m_contextUnknown(tr("context window unknown: not checked"))
    , m_maxLatency(number(req.maxLatencyMs))
    , m_maxCost(formatUsd(req.maxCostPer1kRequests))
    , m_minAccuracy(number(req.minAccuracy))
    , m_contextLength(number(req.contextLength))
{
    // A rating (Elo) says which model is better, not what share of tasks it gets right, so it cannot
    // be held against a minimum accuracy.
    if (!benchmark)
        m_accuracyNotChecked = tr("minimum accuracy not checked: benchmark %1 is not in the catalog").arg(benchmarkId);
    else if (benchmark->kind != ScoreKind::Accuracy)
        m_accuracyNotChecked = tr("minimum accuracy not checked: %1 is a rating, not an accuracy").arg(benchmark->name);
    else
        m_noScore = tr("minimum accuracy not checked: no score on %1").arg(benchmark->name);
}

unsigned Constraints::failures(const Candidate &c, const ModelSpec &model) const
{
    unsigned failed = 0;
    if (model.typicalLatencyMs && *model.typicalLatencyMs > m_req.maxLatencyMs)
        failed |= bit(Exclusion::Constraint::Latency);
    if (c.costPer1kRequests > m_req.maxCostPer1kRequests)
        failed |= bit(Exclusion::Constraint::Cost);
    if (m_accuracyNotChecked.isEmpty() && c.accuracy && *c.accuracy < m_req.minAccuracy)
        failed |= bit(Exclusion::Constraint::Quality);
    if (model.contextWindow && *model.contextWindow < m_req.contextLength)
        failed |= bit(Exclusion::Constraint::Context);
    return failed;
}

void Constraints::describe(Candidate &c, const ModelSpec &model, unsigned failed) const
{
    if (!model.typicalLatencyMs) {
        c.notes.append(m_latencyUnknown);
    } else if (failed & bit(Exclusion::Constraint::Latency)) {
        c.exclusions.append({Exclusion::Constraint::Latency,
                             tr("Typical latency %1 ms is over the %2 ms limit")
                                 .arg(number(*model.typicalLatencyMs), m_maxLatency)});
    }

    if (failed & bit(Exclusion::Constraint::Cost)) {
        c.exclusions.append({Exclusion::Constraint::Cost,
                             tr("Cost %1 per 1,000 requests is over the %2 limit")
                                 .arg(formatUsd(c.costPer1kRequests), m_maxCost)});
    }

    if (!m_accuracyNotChecked.isEmpty()) {
        c.notes.append(m_accuracyNotChecked);
    } else if (!c.accuracy) {
        c.notes.append(m_noScore);
    } else if (failed & bit(Exclusion::Constraint::Quality)) {
        c.exclusions.append({Exclusion::Constraint::Quality,
                             tr("Accuracy %1 on %2 is under the minimum %3")
                                 .arg(number(*c.accuracy), m_benchmark->name, m_minAccuracy)});
    }

    if (!model.contextWindow) {
        c.notes.append(m_contextUnknown);
    } else if (failed & bit(Exclusion::Constraint::Context)) {
        c.exclusions.append({Exclusion::Constraint::Context,
                             tr("Context window %1 tokens is under the %2 tokens required")
                                 .arg(number(*model.contextWindow), m_contextLength)});
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
    const Constraints constraints(input.requirements, benchmark, result.qualityBenchmark);

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
        // Models failing two or more constraints are only counted: no texts for them.
        const unsigned failed = constraints.failures(c, model);
        if (std::popcount(failed) >= 2) {
            ++result.excludedCount;
            continue;
        }
        constraints.describe(c, model, failed);
        (failed == 0 ? result.candidates : result.nearMisses).append(std::move(c));
    }

    const Tier recommended = result.tier.tier;
    sortCandidates(result.candidates, [recommended](const Candidate &a, const Candidate &b) {
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
    sortCandidates(result.nearMisses, [](const Candidate &a, const Candidate &b) {
        if (a.cost.monthlyUsd != b.cost.monthlyUsd)
            return a.cost.monthlyUsd < b.cost.monthlyUsd;
        return a.model->id < b.model->id;
    });
    return result;
}
