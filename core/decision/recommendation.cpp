// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "recommendation.h"

#include "catalog/catalog.h"
#include "common/money.h"
#include "numberformat.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <bit>
#include <span>
#include <vector>

namespace {

using NumberFormat::number;
using NumberFormat::NumberText;

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

/// A translated sentence with %1, %2… split once into its fixed parts, so that filling it in for
/// each of a thousand models is one allocation and a few copies instead of parsing the template
/// again. The split is taken from QString::arg() itself (each argument a private-use character), so
/// the result is exactly what arg() would give, whatever order the translation puts them in.
class Sentence
{
public:
    Sentence(const QString &translated, int arguments)
    {
        static constexpr char16_t kFirstMarker = 0xE000;
        const auto isMarker = [](QChar c) { return c.unicode() >= kFirstMarker && c.unicode() < kFirstMarker + 3; };
        if (arguments < 1 || arguments > 3 || std::any_of(translated.cbegin(), translated.cend(), isMarker)) {
            m_fallback = translated;   // a sentence we cannot split safely: arg() on each use
            m_arguments = arguments;
            return;
        }
        const QString a{QChar(kFirstMarker)}, b{QChar(kFirstMarker + 1)}, c{QChar(kFirstMarker + 2)};
        const QString marked = arguments == 1 ? translated.arg(a)
                             : arguments == 2 ? translated.arg(a, b)
                                              : translated.arg(a, b, c);
        QString text;
        for (QChar ch : marked) {
            if (!isMarker(ch)) {
                text += ch;
                continue;
            }
            m_parts.append({text, int(ch.unicode() - kFirstMarker)});
            text.clear();
        }
        m_tail = text;
        m_arguments = arguments;
    }

    QString fill(QStringView a, QStringView b, QStringView c = {}) const
    {
        if (!m_fallback.isNull()) {
            return m_arguments == 2 ? m_fallback.arg(a, b) : m_fallback.arg(a, b, c);
        }
        const QStringView args[3] = {a, b, c};
        qsizetype size = m_tail.size();
        for (const Part &part : m_parts)
            size += part.text.size() + args[part.argument].size();
        // Sized once and written in place: no growth checks per piece.
        QString out(size, Qt::Uninitialized);
        QChar *to = out.data();
        const auto put = [&to](QStringView piece) {
            std::copy(piece.begin(), piece.end(), to);
            to += piece.size();
        };
        for (const Part &part : m_parts) {
            put(part.text);
            put(args[part.argument]);
        }
        put(m_tail);
        return out;
    }

private:
    struct Part
    {
        QString text;       ///< fixed text before the argument
        int argument = 0;   ///< which argument follows it
    };
    QList<Part> m_parts;
    QString m_tail;
    QString m_fallback;
    int m_arguments = 0;
};

/// Checks models against the requirements. Built once per recommendation: the texts shared by
/// every model (notes, limits, the sentences of the reasons) are translated and formatted once,
/// and a model's reasons are only written when it is kept, because with a catalog of thousands of
/// models the formatting, not the checking, would dominate each form change. A class also to give
/// the texts their context.
class Constraints
{
    Q_DECLARE_TR_FUNCTIONS(Recommendation)
public:
    Constraints(const Requirements &req, const BenchmarkInfo *benchmark, const QString &benchmarkId);

    /// The constraints the model fails, as a bit set of 1 << Exclusion::Constraint.
    unsigned failures(double costPer1kRequests, std::optional<double> accuracy, const ModelSpec &model) const;
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
    Sentence m_latencyOver;
    Sentence m_costOver;
    Sentence m_accuracyUnder;
    Sentence m_contextUnder;
    /// The notes for each combination of missing figures (bit 0 latency, 1 accuracy, 2 context).
    mutable std::array<std::optional<QStringList>, 8> m_notes;
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
    , m_latencyOver(tr("Typical latency %1 ms is over the %2 ms limit"), 2)
    , m_costOver(tr("Cost %1 per 1,000 requests is over the %2 limit"), 2)
    , m_accuracyUnder(tr("Accuracy %1 on %2 is under the minimum %3"), 3)
    , m_contextUnder(tr("Context window %1 tokens is under the %2 tokens required"), 2)
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

unsigned Constraints::failures(double costPer1kRequests, std::optional<double> accuracy, const ModelSpec &model) const
{
    unsigned failed = 0;
    if (model.typicalLatencyMs && *model.typicalLatencyMs > m_req.maxLatencyMs)
        failed |= bit(Exclusion::Constraint::Latency);
    if (costPer1kRequests > m_req.maxCostPer1kRequests)
        failed |= bit(Exclusion::Constraint::Cost);
    if (m_accuracyNotChecked.isEmpty() && accuracy && *accuracy < m_req.minAccuracy)
        failed |= bit(Exclusion::Constraint::Quality);
    if (model.contextWindow && *model.contextWindow < m_req.contextLength)
        failed |= bit(Exclusion::Constraint::Context);
    return failed;
}

void Constraints::describe(Candidate &c, const ModelSpec &model, unsigned failed) const
{
    // The notes depend only on which figures the model lacks: eight possible lists, each built
    // once and then shared (QStringList is implicitly shared), so most kept models cost no
    // allocation for their notes.
    const bool noLatency = !model.typicalLatencyMs;
    const bool accuracyNote = !m_accuracyNotChecked.isEmpty() || !c.accuracy;
    const bool noContext = !model.contextWindow;
    const unsigned kind = unsigned(noLatency) | unsigned(accuracyNote) << 1 | unsigned(noContext) << 2;
    std::optional<QStringList> &notes = m_notes[kind];
    if (!notes) {
        QStringList list;
        if (noLatency)
            list.append(m_latencyUnknown);
        if (accuracyNote)
            list.append(!m_accuracyNotChecked.isEmpty() ? m_accuracyNotChecked : m_noScore);
        if (noContext)
            list.append(m_contextUnknown);
        notes = std::move(list);
    }
    c.notes = *notes;

    if (failed == 0)
        return;
    c.exclusions.reserve(std::popcount(failed));
    if (failed & bit(Exclusion::Constraint::Latency)) {
        c.exclusions.append({Exclusion::Constraint::Latency,
                             m_latencyOver.fill(NumberText(*model.typicalLatencyMs).view(), m_maxLatency)});
    }
    if (failed & bit(Exclusion::Constraint::Cost)) {
        c.exclusions.append({Exclusion::Constraint::Cost, m_costOver.fill(formatUsd(c.costPer1kRequests), m_maxCost)});
    }
    if (failed & bit(Exclusion::Constraint::Quality)) {
        c.exclusions.append({Exclusion::Constraint::Quality,
                             m_accuracyUnder.fill(NumberText(*c.accuracy).view(), m_benchmark->name, m_minAccuracy)});
    }
    if (failed & bit(Exclusion::Constraint::Context)) {
        c.exclusions.append({Exclusion::Constraint::Context,
                             m_contextUnder.fill(NumberText(*model.contextWindow).view(), m_contextLength)});
    }
}

/// A model checked against the requirements, before its texts are written. The kept models are
/// ordered first (through SortKey) and their Candidates (two lists each, ~140 bytes) are then
/// built once, in place, in their final order.
struct Checked
{
    const ModelSpec *model = nullptr;
    CostEstimate cost;
    std::optional<double> quality;
    std::optional<double> accuracy;
    unsigned failed = 0;    ///< Constraints::failures()
};

/// What the orders compare, a third of a Checked's size: sorting moves these, not the Checked.
struct SortKey
{
    double monthlyUsd = 0.0;
    double quality = 0.0;
    int group = 0;              ///< tierGroup() of the model
    bool hasQuality = false;
    bool kept = false;          ///< fails no constraint
    quint32 index = 0;          ///< into the Checked list
};

void appendCandidates(QList<Candidate> &list, std::span<const SortKey> order, const std::vector<Checked> &checked,
                      const Constraints &constraints, Tier recommended)
{
    list.reserve(qsizetype(order.size()));
    for (const SortKey &key : order) {
        const Checked &m = checked[key.index];
        Candidate &c = list.emplace_back();
        c.model = m.model;
        c.cost = m.cost;
        c.costPer1kRequests = m.cost.perRequestUsd * 1000.0;
        c.quality = m.quality;
        c.accuracy = m.accuracy;
        c.tierMatches = m.model->tier == recommended;
        constraints.describe(c, *m.model, m.failed);
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

    const Tier recommended = result.tier.tier;
    const bool accuracyScale = benchmark && benchmark->kind == ScoreKind::Accuracy && benchmark->scaleMax > 0.0;
    // The models kept and the near misses in one list each for all, split afterwards: two
    // allocations per form change.
    std::vector<Checked> checked;
    std::vector<SortKey> order;
    checked.reserve(size_t(catalog.models.size()));
    order.reserve(size_t(catalog.models.size()));
    for (const ModelSpec &model : catalog.models) {
        Checked m;
        m.model = &model;
        m.cost = estimateCost(model, workload, defaultsToSelfHosted(model), input.selfHosting);
        if (const QualityScore *score = model.score(result.qualityBenchmark)) {
            m.quality = score->value;
            if (accuracyScale)
                m.accuracy = score->value / benchmark->scaleMax;
        }
        // Models failing two or more constraints are only counted: no texts for them.
        m.failed = constraints.failures(m.cost.perRequestUsd * 1000.0, m.accuracy, model);
        if (std::popcount(m.failed) >= 2) {
            ++result.excludedCount;
            continue;
        }
        order.push_back({m.cost.monthlyUsd, m.quality.value_or(0.0), tierGroup(model.tier, recommended),
                         m.quality.has_value(), m.failed == 0, quint32(checked.size())});
        checked.push_back(m);
    }
    const auto nearMisses = std::partition(order.begin(), order.end(), [](const SortKey &k) { return k.kept; });

    // Both orders end with the unique model id: strict total orders, so the result does not depend
    // on the sort algorithm.
    const auto id = [&checked](const SortKey &k) -> const QString & { return checked[k.index].model->id; };
    std::sort(order.begin(), nearMisses, [&id](const SortKey &a, const SortKey &b) {
        if (a.group != b.group)
            return a.group < b.group;
        if (a.monthlyUsd != b.monthlyUsd)
            return a.monthlyUsd < b.monthlyUsd;
        if (a.hasQuality != b.hasQuality)
            return a.hasQuality;   // a known quality ranks above an unknown one
        if (a.hasQuality && a.quality != b.quality)
            return a.quality > b.quality;
        return id(a) < id(b);
    });
    std::sort(nearMisses, order.end(), [&id](const SortKey &a, const SortKey &b) {
        if (a.monthlyUsd != b.monthlyUsd)
            return a.monthlyUsd < b.monthlyUsd;
        return id(a) < id(b);
    });
    appendCandidates(result.candidates, std::span(order.begin(), nearMisses), checked, constraints, recommended);
    appendCandidates(result.nearMisses, std::span(nearMisses, order.end()), checked, constraints, recommended);
    return result;
}
