// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "recommendation.h"

#include "catalog/catalog.h"
#include "common/money.h"
#include "common/numberformat.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <limits>
#include <span>
#include <vector>

namespace {

using NumberFormat::number;
using NumberFormat::NumberText;

/// A derived figure (a percentage, a bar on a benchmark's scale) without the noise of its
/// arithmetic: 0.03 × 100 is 3.0000000000000004.
QString tidy(double value)
{
    return number(std::round(value * 1e6) / 1e6);
}

/// A quality score in a sentence: at most three decimals, so a measured pass rate of 2 of 3
/// reads "0.667", while published scores ("1427", "0.85") keep their digits.
QString scoreNumber(double value)
{
    return NumberFormat::upTo(value, 3);
}

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
            m_fallback = translated; // a sentence we cannot split safely: arg() on each use
            m_arguments = arguments;
            return;
        }
        const QString a{QChar(kFirstMarker)}, b{QChar(kFirstMarker + 1)}, c{QChar(kFirstMarker + 2)};
        const QString marked = arguments == 1 ? translated.arg(a)
            : arguments == 2                  ? translated.arg(a, b)
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
        QString text;     ///< fixed text before the argument
        int argument = 0; ///< which argument follows it
    };
    QList<Part> m_parts;
    QString m_tail;
    QString m_fallback;
    int m_arguments = 0;
};

/// Candidate groups: the recommended tier, then larger tiers nearest first, then smaller ones
/// nearest first, then models whose tier is unknown (no size and no real price).
constexpr int kUnknownTierGroup = 2 * int(allTiers.size()) + 1;

int tierGroup(const ModelSpec &model, Tier recommended)
{
    if (model.tierBasis == TierBasis::Unknown)
        return kUnknownTierGroup;
    const int distance = int(model.tier) - int(recommended);
    if (distance >= 0)
        return distance;
    return int(allTiers.size()) - distance;
}

/// A text made on first use: a recommendation needs only some of its sentences, and translating
/// and formatting the others would be most of the work on a small catalog.
class Lazy
{
public:
    template<typename Make>
    const QString &get(Make make) const
    {
        if (!m_text)
            m_text = make();
        return *m_text;
    }

private:
    mutable std::optional<QString> m_text;
};

/// Checks models against the requirements. Built once per recommendation: the texts shared by
/// every model (notes, limits, the sentences of the reasons) are translated and formatted once,
/// on first use, and a model's reasons are only written when it is kept, because with a catalog
/// of thousands of models the formatting, not the checking, would dominate each form change. A
/// class also to give the texts their context.
class Constraints
{
    Q_DECLARE_TR_FUNCTIONS(Recommendation)
public:
    Constraints(const RecommendationInput &input, const RuleConsequence &consequence, const BenchmarkInfo *benchmark,
                const QString &benchmarkId);

    /// The constraints the model fails, as a bit set of 1 << Exclusion::Constraint. A figure the
    /// catalog lacks fails nothing: unknowns() reports it.
    unsigned failures(const CostEstimate &cost, double costPer1kRequests, std::optional<double> quality,
                      std::optional<double> accuracy, const ModelSpec &model) const;
    /// The figures the requirements need that the model lacks (Candidate::Unknown bits).
    unsigned unknowns(const CostEstimate &cost, const ModelSpec &model) const;
    /// Appends an exclusion for every failed constraint and a note for every figure the model
    /// cannot be checked against.
    void describe(Candidate &c, const ModelSpec &model, unsigned failed) const;

    static constexpr unsigned bit(Exclusion::Constraint constraint) { return 1u << unsigned(constraint); }

private:
    /// Which note about the quality bar a model gets.
    enum class QualityNote {
        None,     ///< every scored model is checked, unscored ones too (no bar)
        Everyone, ///< no bar can apply: the benchmark is missing, or a rating without a minimum
        Unscored, ///< a bar applies; a model without a score cannot be held to it
    };

    const QString &qualityNote() const;
    const Sentence &latencyOver() const;
    const Sentence &costOver() const;
    const Sentence &accuracyUnder() const;
    const Sentence &ratingUnder() const;
    const Sentence &contextUnder() const;

    const Requirements &m_req;
    const RuleConsequence &m_consequence;
    const BenchmarkInfo *m_benchmark;
    QString m_benchmarkId;
    double m_minRating = 0.0;
    bool m_accuracyBar = false; ///< the benchmark is an accuracy: the minimum accuracy applies
    bool m_ratingBar = false;   ///< the benchmark is a rating with a minimum rating set
    QualityNote m_qualityNote = QualityNote::None;
    Lazy m_qualityNoteText;
    Lazy m_latencyUnknown;
    Lazy m_contextUnknown;
    Lazy m_priceUnknown;
    Lazy m_gpuPriceUnknown;
    Lazy m_hostedApi;
    Lazy m_sizeUnknown;
    Lazy m_maxLatency;
    Lazy m_maxCost;
    Lazy m_minAccuracy;
    Lazy m_minRatingText;
    Lazy m_contextLength;
    mutable std::optional<Sentence> m_latencyOver;
    mutable std::optional<Sentence> m_costOver;
    mutable std::optional<Sentence> m_accuracyUnder;
    mutable std::optional<Sentence> m_ratingUnder;
    mutable std::optional<Sentence> m_contextUnder;
    /// The notes for each combination of missing figures (bit 0 latency, 1 score, 2 context,
    /// 3 API price, 4 GPU price).
    mutable std::array<std::optional<QStringList>, 32> m_notes;
};

Constraints::Constraints(const RecommendationInput &input, const RuleConsequence &consequence,
                         const BenchmarkInfo *benchmark, const QString &benchmarkId)
    : m_req(input.requirements)
    , m_consequence(consequence)
    , m_benchmark(benchmark)
    , m_benchmarkId(benchmarkId)
    , m_minRating(input.minRating)
{
    // A rating (Elo) says which model is better, not what share of tasks it gets right, so it cannot
    // be held against a minimum accuracy; a minimum rating can.
    if (!benchmark) {
        m_qualityNote = QualityNote::Everyone;
    } else if (benchmark->kind != ScoreKind::Accuracy) {
        m_ratingBar = m_minRating > 0.0;
        m_qualityNote = m_ratingBar ? QualityNote::Unscored : QualityNote::Everyone;
    } else {
        m_accuracyBar = true;
        m_qualityNote = QualityNote::Unscored;
    }
}

const QString &Constraints::qualityNote() const
{
    return m_qualityNoteText.get([this] {
        if (!m_benchmark) {
            return m_benchmarkId.isEmpty()
                ? tr("minimum accuracy not checked: the catalog has no quality benchmark")
                : tr("minimum accuracy not checked: benchmark %1 is not in the catalog").arg(m_benchmarkId);
        }
        if (m_accuracyBar)
            return tr("minimum accuracy not checked: no score on %1").arg(m_benchmark->name);
        if (m_ratingBar)
            return tr("minimum rating not checked: no score on %1").arg(m_benchmark->name);
        return tr("minimum accuracy not checked: %1 is a rating, not an accuracy").arg(m_benchmark->name);
    });
}

const Sentence &Constraints::latencyOver() const
{
    if (!m_latencyOver)
        m_latencyOver.emplace(tr("Typical latency %1 ms is over the %2 ms limit"), 2);
    return *m_latencyOver;
}

const Sentence &Constraints::costOver() const
{
    if (!m_costOver)
        m_costOver.emplace(tr("Cost %1 per 1,000 requests is over the %2 limit"), 2);
    return *m_costOver;
}

const Sentence &Constraints::accuracyUnder() const
{
    if (!m_accuracyUnder)
        m_accuracyUnder.emplace(tr("Accuracy %1 on %2 is under the minimum %3"), 3);
    return *m_accuracyUnder;
}

const Sentence &Constraints::ratingUnder() const
{
    if (!m_ratingUnder)
        m_ratingUnder.emplace(tr("Rating %1 on %2 is under the minimum %3"), 3);
    return *m_ratingUnder;
}

const Sentence &Constraints::contextUnder() const
{
    if (!m_contextUnder)
        m_contextUnder.emplace(tr("Context window %1 tokens is under the %2 tokens required"), 2);
    return *m_contextUnder;
}

unsigned Constraints::failures(const CostEstimate &cost, double costPer1kRequests, std::optional<double> quality,
                               std::optional<double> accuracy, const ModelSpec &model) const
{
    unsigned failed = 0;
    if (model.typicalLatencyMs && *model.typicalLatencyMs > m_req.maxLatencyMs)
        failed |= bit(Exclusion::Constraint::Latency);
    if (cost.priceKnown && costPer1kRequests > m_req.maxCostPer1kRequests)
        failed |= bit(Exclusion::Constraint::Cost);
    if ((m_accuracyBar && accuracy && *accuracy < m_req.minAccuracy) ||
        (m_ratingBar && quality && *quality < m_minRating))
        failed |= bit(Exclusion::Constraint::Quality);
    if (model.contextWindow && *model.contextWindow < m_req.contextLength)
        failed |= bit(Exclusion::Constraint::Context);
    if (m_consequence.onDeviceOnly && !canRunOnDevice(model))
        failed |= bit(Exclusion::Constraint::OnDevice);
    return failed;
}

unsigned Constraints::unknowns(const CostEstimate &cost, const ModelSpec &model) const
{
    unsigned unknown = 0;
    if (!cost.priceKnown)
        unknown |= Candidate::UnknownPrice;
    if (m_consequence.latencyUnknownCounts && !model.typicalLatencyMs)
        unknown |= Candidate::UnknownLatency;
    if (m_consequence.contextUnknownCounts && !model.contextWindow)
        unknown |= Candidate::UnknownContext;
    return unknown;
}

void Constraints::describe(Candidate &c, const ModelSpec &model, unsigned failed) const
{
    // The notes depend only on which figures the model lacks: 32 possible lists, each built
    // once and then shared (QStringList is implicitly shared), so most kept models cost no
    // allocation for their notes.
    const bool noLatency = !model.typicalLatencyMs;
    const bool qualityNoted =
        m_qualityNote == QualityNote::Everyone || (m_qualityNote == QualityNote::Unscored && !c.quality);
    const bool noContext = !model.contextWindow;
    const bool noApiPrice = !c.cost.priceKnown && !c.cost.selfHosted;
    const bool noGpuPrice = !c.cost.priceKnown && c.cost.selfHosted;
    const unsigned kind = unsigned(noLatency) | unsigned(qualityNoted) << 1 | unsigned(noContext) << 2 |
        unsigned(noApiPrice) << 3 | unsigned(noGpuPrice) << 4;
    std::optional<QStringList> &notes = m_notes[kind];
    if (!notes) {
        QStringList list;
        if (noApiPrice)
            list.append(m_priceUnknown.get([] { return tr("price unknown: $0 in an API catalog is a placeholder"); }));
        if (noGpuPrice)
            list.append(
                m_gpuPriceUnknown.get([] { return tr("price unknown: no GPU price to cost self-hosting with"); }));
        if (noLatency) {
            list.append(m_latencyUnknown.get([this] {
                return m_consequence.latencyUnknownCounts
                    ? tr("latency unknown: not known to meet the %1 ms limit").arg(number(m_req.maxLatencyMs))
                    : tr("latency unknown: not checked");
            }));
        }
        if (qualityNoted)
            list.append(qualityNote());
        if (noContext) {
            list.append(m_contextUnknown.get([this] {
                return m_consequence.contextUnknownCounts
                    ? tr("context window unknown: not known to hold %1 tokens").arg(number(m_req.contextLength))
                    : tr("context window unknown: not checked");
            }));
        }
        notes = std::move(list);
    }
    c.notes = *notes;
    if (!model.notes.isEmpty())
        c.notes.append(model.notes);

    if (failed == 0)
        return;
    c.exclusions.reserve(std::popcount(failed));
    if (failed & bit(Exclusion::Constraint::OnDevice)) {
        c.exclusions.append({Exclusion::Constraint::OnDevice,
                             model.openWeights ? m_sizeUnknown.get([] {
                                 return tr("open weights of unpublished size: not known to run on-device");
                             })
                                               : m_hostedApi.get([] { return tr("hosted API: not on-device"); })});
    }
    if (failed & bit(Exclusion::Constraint::Latency)) {
        c.exclusions.append({Exclusion::Constraint::Latency,
                             latencyOver().fill(NumberText(*model.typicalLatencyMs).view(),
                                                m_maxLatency.get([this] { return number(m_req.maxLatencyMs); }))});
    }
    if (failed & bit(Exclusion::Constraint::Cost)) {
        c.exclusions.append({Exclusion::Constraint::Cost,
                             costOver().fill(formatUsd(c.costPer1kRequests),
                                             m_maxCost.get([this] { return formatUsd(m_req.maxCostPer1kRequests); }))});
    }
    if (failed & bit(Exclusion::Constraint::Quality)) {
        c.exclusions.append({Exclusion::Constraint::Quality,
                             m_accuracyBar
                                 ? accuracyUnder().fill(NumberText(*c.accuracy).view(), m_benchmark->name,
                                                        m_minAccuracy.get([this] { return number(m_req.minAccuracy); }))
                                 : ratingUnder().fill(NumberText(*c.quality).view(), m_benchmark->name,
                                                      m_minRatingText.get([this] { return number(m_minRating); }))});
    }
    if (failed & bit(Exclusion::Constraint::Context)) {
        c.exclusions.append({Exclusion::Constraint::Context,
                             contextUnder().fill(NumberText(*model.contextWindow).view(),
                                                 m_contextLength.get([this] { return number(m_req.contextLength); }))});
    }
}

/// A model checked against the requirements, before its texts are written. The kept models are
/// ordered first (through SortKey) and their Candidates (two lists each, ~180 bytes) are then
/// built once, in place, in their final order.
struct Checked
{
    const ModelSpec *model = nullptr;
    CostEstimate cost;
    std::optional<double> quality;
    std::optional<double> accuracy;
    const QualityScore *score = nullptr; ///< on the benchmark, when the model has one
    unsigned failed = 0;                 ///< Constraints::failures()
    unsigned unknowns = 0;               ///< Constraints::unknowns()
};

/// The evidence class of a kept model, the first thing compared within a tier group.
enum Class : quint8 {
    ScoredVerified = 0, ///< a score and every figure the requirements need
    ScoredUnverified = 1,
    UnscoredVerified = 2,
    UnscoredUnverified = 3,
};

/// What the orders compare, a fraction of a Checked's size: sorting moves these, not the Checked.
/// `primary` packs the order's leading fields and the first figure compared into one integer, so
/// that most comparisons are one instruction; the full comparison only breaks its ties.
struct SortKey
{
    quint64 primary = 0; ///< primaryKey()
    quint32 index = 0;   ///< into the Checked list
    quint8 group = 0;    ///< tierGroup() of the model
    quint8 cls = 0;      ///< Class
    quint8 band = 0;     ///< scored, priced: 0 within the value margin of the best of its group and class
    bool kept = false;   ///< fails no constraint
    bool priceUnknown = false;
};

/// A double as an unsigned integer of the same order (IEEE 754: flip the sign bit of positives,
/// every bit of negatives).
quint64 orderedBits(double value)
{
    const quint64 bits = std::bit_cast<quint64>(value == 0.0 ? 0.0 : value); // -0 sorts as 0
    return (bits >> 63) ? ~bits : (bits | (quint64(1) << 63));
}

bool scored(const SortKey &k)
{
    return k.cls == ScoredVerified || k.cls == ScoredUnverified;
}

/// group (4 bits) · class (2) · unknown price (1) · band (1) · the leading 56 bits of the first
/// figure compared: the cost, or minus the score for the scored models below the value margin
/// (and those without a price). Equal keys may still differ in the figure's last bits: the
/// comparators then look at it whole.
quint64 primaryKey(const SortKey &k, double monthlyUsd, double quality)
{
    const double figure = scored(k) && k.band == 1 ? -quality : monthlyUsd;
    return quint64(k.group) << 60 | quint64(k.cls) << 58 | quint64(k.priceUnknown) << 57 | quint64(k.band) << 56 |
        orderedBits(figure) >> 8;
}

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
        c.tierMatches = m.model->tier == recommended && m.model->tierBasis != TierBasis::Unknown;
        c.unknowns = m.unknowns;
        constraints.describe(c, *m.model, m.failed);
        if (m.score && m.score->low && m.score->high) {
            c.notes.append(Constraints::tr("measured: %1 (95 % interval %2–%3), %4")
                               .arg(scoreNumber(m.score->value), scoreNumber(*m.score->low),
                                    scoreNumber(*m.score->high), m.score->source));
        }
    }
}

/// The benchmark that decides quality, and why.
struct BenchmarkChoice
{
    QString id;
    BenchmarkSource source = BenchmarkSource::CatalogDefault;
    QString missingTaskBenchmark; ///< the task named this, the catalog lacks it
};

/// The user's own measurement that scores at least one model: an accuracy (pass rates) before a
/// rating, then the newest.
const BenchmarkInfo *measuredBenchmark(const Catalog &catalog)
{
    const BenchmarkInfo *chosen = nullptr;
    for (const BenchmarkInfo &b : catalog.benchmarks) {
        if (!b.isMeasured())
            continue;
        const bool scoresAny = std::any_of(catalog.models.cbegin(), catalog.models.cend(),
                                           [&b](const ModelSpec &m) { return m.score(b.id) != nullptr; });
        if (!scoresAny)
            continue;
        const auto rank = [](const BenchmarkInfo &x) { return x.kind == ScoreKind::Accuracy ? 1 : 0; };
        if (!chosen || rank(b) > rank(*chosen) || (rank(b) == rank(*chosen) && !(b.date < chosen->date)))
            chosen = &b;
    }
    return chosen;
}

BenchmarkChoice chooseBenchmark(const Catalog &catalog, const RecommendationInput &input, const TaskProfile *task)
{
    if (!input.qualityBenchmark.isEmpty())
        return {input.qualityBenchmark, BenchmarkSource::Chosen, {}};
    if (const BenchmarkInfo *measured = measuredBenchmark(catalog))
        return {measured->id, BenchmarkSource::Measured, {}};
    if (task && !task->benchmark.isEmpty()) {
        if (catalog.findBenchmark(task->benchmark))
            return {task->benchmark, BenchmarkSource::Task, {}};
        return {catalog.defaultBenchmark, BenchmarkSource::CatalogDefault, task->benchmark};
    }
    return {catalog.defaultBenchmark, BenchmarkSource::CatalogDefault, {}};
}

/// Texts of the recommendation as a whole: the benchmark, the quality bar, the picks, the summary.
class Explain
{
    Q_DECLARE_TR_FUNCTIONS(Recommendation)
public:
    static QString benchmark(const BenchmarkChoice &choice, const BenchmarkInfo *info, const TaskProfile *task)
    {
        if (choice.id.isEmpty())
            return tr("No quality benchmark: the catalog has none, so no model has evidence.");
        const QString name = info ? info->name : choice.id;
        switch (choice.source) {
        case BenchmarkSource::Chosen:
            return info ? tr("%1 decides quality: you chose it.").arg(name)
                        : tr("%1 decides quality: you chose it, but this catalog does not have it.").arg(name);
        case BenchmarkSource::Measured:
            return tr("%1 decides quality: your own measurement (%2), preferred over public benchmarks; each score "
                      "carries its 95 % interval.")
                .arg(name, info->source);
        case BenchmarkSource::Task:
            return task->benchmarkReason.isEmpty()
                ? tr("%1 decides quality: the benchmark of the task “%2”.").arg(name, task->name)
                : tr("%1 decides quality: the benchmark of the task “%2” (%3).")
                      .arg(name, task->name, task->benchmarkReason);
        case BenchmarkSource::CatalogDefault:
            break;
        }
        if (!choice.missingTaskBenchmark.isEmpty())
            return tr("%1 decides quality: the catalog's default, because the task's benchmark %2 is not in this "
                      "catalog.")
                .arg(name, choice.missingTaskBenchmark);
        if (task)
            return tr("%1 decides quality: the catalog's default (the task “%2” names no benchmark).")
                .arg(name, task->name);
        return tr("%1 decides quality: the catalog's default (no task chosen).").arg(name);
    }

    static QString qualityBar(const BenchmarkInfo *info, const RecommendationInput &input, double low, double high,
                              bool anyScore)
    {
        if (!info)
            return {};
        if (info->kind == ScoreKind::Accuracy) {
            if (info->scaleMax == 1.0)
                return tr("It is an accuracy: a model scoring under the minimum accuracy %1 is a near miss, and one "
                          "without a score is “no evidence”.")
                    .arg(number(input.requirements.minAccuracy));
            return tr("It is an accuracy: a model scoring under the minimum accuracy %1 (%2 on its scale) is a near "
                      "miss, and one without a score is “no evidence”.")
                .arg(number(input.requirements.minAccuracy), tidy(input.requirements.minAccuracy * info->scaleMax));
        }
        const QString range =
            anyScore ? tr(" (scores in this catalog run from %1 to %2)").arg(number(low), number(high)) : QString();
        if (input.minRating > 0.0)
            return tr("It is a rating: it ranks models but is not a share of tasks done right, so the minimum accuracy "
                      "does not apply. The quality bar is the minimum rating %1%2.")
                .arg(number(input.minRating), range);
        return tr("It is a rating: it ranks models but is not a share of tasks done right, so the minimum accuracy "
                  "does not apply. Set a minimum rating to hold models to a bar%1.")
            .arg(range);
    }

    /// "+58 rating points (+4 %)" or "+5.2 percentage points (+7 %)": `from` to `to`.
    static QString qualityDifference(const BenchmarkInfo *info, double from, double to)
    {
        const bool accuracy = info && info->kind == ScoreKind::Accuracy && info->scaleMax > 0.0;
        const double scale = accuracy ? 100.0 / info->scaleMax : 1.0;
        const double difference = (to - from) * scale;
        const QString points = signedNumber(difference, accuracy ? 1 : 0);
        const QString relative = from != 0.0 ? signedNumber((to - from) / std::abs(from) * 100.0, 0) : QString();
        if (accuracy) {
            return relative.isEmpty() ? tr("%1 percentage points").arg(points)
                                      : tr("%1 percentage points (%2 %)").arg(points, relative);
        }
        return relative.isEmpty() ? tr("%1 rating points").arg(points)
                                  : tr("%1 rating points (%2 %)").arg(points, relative);
    }

    /// "B costs 3.4× A for +58 rating points (+4 %)."
    static QString tradeOff(const BenchmarkInfo *info, const Candidate &dearer, const Candidate &cheaper)
    {
        const QString quality = qualityDifference(info, *cheaper.quality, *dearer.quality);
        const double a = cheaper.cost.monthlyUsd;
        const double b = dearer.cost.monthlyUsd;
        if (a > 0.0 && b >= a) {
            const double ratio = b / a;
            const QString times = ratio >= 10.0 ? number(std::round(ratio)) : number(std::round(ratio * 10.0) / 10.0);
            return tr("%1 costs %2× %3 for %4.").arg(name(dearer), times, name(cheaper), quality);
        }
        return tr("%1 costs %2 more per month than %3 for %4.")
            .arg(name(dearer), formatUsd(b - a), name(cheaper), quality);
    }

    static QString name(const Candidate &c)
    {
        return c.model->displayName.isEmpty() ? c.model->id : c.model->displayName;
    }

    static QString signedNumber(double value, int decimals)
    {
        const double factor = std::pow(10.0, decimals);
        const double rounded = std::round(value * factor) / factor;
        if (rounded == 0.0)
            return QStringLiteral("±0");
        return (rounded > 0 ? QStringLiteral("+") : QStringLiteral("−")) + number(std::abs(rounded));
    }

    static QString tierName(const ModelSpec &model)
    {
        return model.tierBasis == TierBasis::Unknown ? tr("unknown-tier") : tierDisplayName(model.tier).toLower();
    }
};

/// The cheapest priced API model of each tier that meets every requirement but the on-device one
/// (and, under rule 2, the latency limit, which is why the model is local). Collected in the
/// check loop as small records in one allocation; asked only for the few models served on the
/// user's hardware, each by one scan, so nothing is sorted when nobody asks.
class ApiPool
{
public:
    struct Entry
    {
        double quality;
        double monthlyUsd;
        const ModelSpec *model;
        Tier tier;
    };

    explicit ApiPool(std::vector<Entry> &entries)
        : m_entries(entries)
    {
        m_entries.clear();
    }

    void add(const Checked &m)
    {
        if (m.model->tierBasis == TierBasis::Unknown)
            return;
        m_entries.push_back(
            {m.quality.value_or(-std::numeric_limits<double>::infinity()), m.cost.monthlyUsd, m.model, m.model->tier});
    }

    /// The cheapest of `tier` scoring at least `quality`; without a quality, of the whole tier.
    /// Ties go to the first in catalog order.
    std::optional<ApiEquivalent> lookup(Tier tier, std::optional<double> quality) const
    {
        const Entry *best = nullptr;
        const double bar = quality.value_or(-std::numeric_limits<double>::infinity());
        for (const Entry &e : m_entries) {
            if (e.tier == tier && e.quality >= bar && (!best || e.monthlyUsd < best->monthlyUsd))
                best = &e;
        }
        if (!best)
            return std::nullopt;
        return ApiEquivalent{best->model, best->monthlyUsd};
    }

private:
    std::vector<Entry> &m_entries;
};

/// The per-model work lists, kept between calls: with a catalog of thousands of models they are a
/// few hundred kilobytes, and allocating and freeing them on every form change costs more than
/// filling them.
struct Scratch
{
    std::vector<Checked> checked;
    std::vector<SortKey> order;
    std::vector<ApiPool::Entry> pool;
};

} // namespace

Recommendation recommend(const Catalog &catalog, const RecommendationInput &input)
{
    Recommendation result;
    result.tier = decideTier(input.requirements);
    result.consequence = ruleConsequence(result.tier, input.requirements);

    const TaskProfile *task = input.task.isEmpty() ? nullptr : catalog.findTask(input.task);
    if (task) {
        result.task = TaskPick{task->id,
                               task->name,
                               task->recommended,
                               task->alternative,
                               task->reasoning,
                               resolveModel(catalog, task->recommended),
                               resolveModel(catalog, task->alternative)};
    }

    const BenchmarkChoice choice = chooseBenchmark(catalog, input, task);
    result.qualityBenchmark = choice.id;
    result.benchmarkSource = choice.source;
    const BenchmarkInfo *benchmark = catalog.findBenchmark(result.qualityBenchmark);
    result.benchmarkExplanation = Explain::benchmark(choice, benchmark, task);
    const Workload workload = input.workload();
    const RuleConsequence &consequence = result.consequence;
    const Constraints constraints(input, consequence, benchmark, result.qualityBenchmark);

    const Tier recommended = result.tier.tier;
    const bool accuracyScale = benchmark && benchmark->kind == ScoreKind::Accuracy && benchmark->scaleMax > 0.0;
    // Under rule 2 a hosted API's latency is why it cannot serve: its API equivalent ignores it.
    const unsigned poolIgnores = Constraints::bit(Exclusion::Constraint::OnDevice) |
        (consequence.onDeviceOnly ? Constraints::bit(Exclusion::Constraint::Latency) : 0u);
    thread_local Scratch scratch;
    ApiPool pool(scratch.pool);
    double lowScore = std::numeric_limits<double>::infinity();
    double highScore = -std::numeric_limits<double>::infinity();
    int modelsOfTier = 0;
    // The models kept and the near misses in one list each for all, split afterwards, in lists
    // kept from the last call: no allocation per form change once they have grown.
    std::vector<Checked> &checked = scratch.checked;
    std::vector<SortKey> &order = scratch.order;
    checked.clear();
    order.clear();
    checked.reserve(size_t(catalog.models.size()));
    order.reserve(size_t(catalog.models.size()));
    scratch.pool.reserve(size_t(catalog.models.size()));
    for (const ModelSpec &model : catalog.models) {
        Checked m;
        m.model = &model;
        const bool onDevice = consequence.onDeviceOnly && canRunOnDevice(model);
        const bool selfHosted = onDevice || defaultsToSelfHosted(model);
        m.cost = estimateCost(model, workload, selfHosted, input.selfHosting);
        if (onDevice && !m.cost.selfHosted) {
            // It can run on the user's hardware, but nothing says at what GPU price.
            m.cost = CostEstimate{};
            m.cost.selfHosted = true;
            m.cost.priceKnown = false;
        }
        if (const QualityScore *score = model.score(result.qualityBenchmark)) {
            m.score = score;
            m.quality = score->value;
            lowScore = std::min(lowScore, score->value);
            highScore = std::max(highScore, score->value);
            if (accuracyScale)
                m.accuracy = score->value / benchmark->scaleMax;
        }
        if (model.tier == recommended && model.tierBasis != TierBasis::Unknown)
            ++modelsOfTier;
        const double costPer1k = m.cost.perRequestUsd * 1000.0;
        m.failed = constraints.failures(m.cost, costPer1k, m.quality, m.accuracy, model);
        if (!m.cost.selfHosted && m.cost.priceKnown && (m.failed & ~poolIgnores) == 0)
            pool.add(m);
        // Models failing two or more constraints are only counted: no texts for them.
        if (std::popcount(m.failed) >= 2) {
            ++result.excludedCount;
            continue;
        }
        m.unknowns = constraints.unknowns(m.cost, model);
        const bool verified = m.unknowns == 0;
        const quint8 cls = m.quality ? (verified ? ScoredVerified : ScoredUnverified)
                                     : (verified ? UnscoredVerified : UnscoredUnverified);
        order.push_back({0, quint32(checked.size()), quint8(tierGroup(model, recommended)), cls, 0, m.failed == 0,
                         !m.cost.priceKnown});
        checked.push_back(m);
    }
    const auto nearMisses = std::partition(order.begin(), order.end(), [](const SortKey &k) { return k.kept; });

    // The value margin is measured from the best score of each group, among the models with every
    // figure (ScoredVerified) and, for when a tier has none, among the priced ones lacking one.
    std::array<std::array<double, 2>, kUnknownTierGroup + 1> best;
    for (auto &b : best)
        b.fill(-std::numeric_limits<double>::infinity());
    const auto quality = [&checked](const SortKey &k) { return checked[k.index].quality.value_or(0.0); };
    const auto cost = [&checked](const SortKey &k) { return checked[k.index].cost.monthlyUsd; };
    for (auto k = order.begin(); k != nearMisses; ++k) {
        if (scored(*k) && !k->priceUnknown)
            best[k->group][k->cls] = std::max(best[k->group][k->cls], quality(*k));
    }
    const double margin = std::clamp(input.valueMargin, 0.0, 1.0);
    const auto threshold = [&best, margin](int group, int cls) {
        return best[group][cls] - margin * std::abs(best[group][cls]);
    };
    for (auto k = order.begin(); k != order.end(); ++k) {
        if (k->kept && scored(*k))
            k->band = !k->priceUnknown && quality(*k) >= threshold(k->group, k->cls) ? 0 : 1;
        k->primary = k->kept ? primaryKey(*k, cost(*k), quality(*k))
                             : quint64(k->priceUnknown) << 63 | orderedBits(cost(*k)) >> 1;
    }

    // Both orders end with the unique model id: strict total orders, so the result does not depend
    // on the sort algorithm. Each compares what primaryKey() packs first, in the same order.
    const auto id = [&checked](const SortKey &k) -> const QString & { return checked[k.index].model->id; };
    std::sort(order.begin(), nearMisses, [&](const SortKey &a, const SortKey &b) {
        if (a.primary != b.primary)
            return a.primary < b.primary;
        if (a.group != b.group)
            return a.group < b.group;
        if (a.cls != b.cls)
            return a.cls < b.cls;
        const double qa = quality(a), qb = quality(b), ca = cost(a), cb = cost(b);
        if (scored(a)) {
            if (a.priceUnknown != b.priceUnknown)
                return b.priceUnknown;
            if (a.band != b.band)
                return a.band < b.band;
            if (a.band == 0) {
                // Good enough: the cheapest first. The first is the value pick.
                if (ca != cb)
                    return ca < cb;
                if (qa != qb)
                    return qa > qb;
            } else {
                if (qa != qb)
                    return qa > qb;
                if (ca != cb)
                    return ca < cb;
            }
            return id(a) < id(b);
        }
        if (a.priceUnknown != b.priceUnknown)
            return b.priceUnknown;
        if (ca != cb)
            return ca < cb;
        return id(a) < id(b);
    });
    std::sort(nearMisses, order.end(), [&](const SortKey &a, const SortKey &b) {
        if (a.primary != b.primary)
            return a.primary < b.primary;
        if (a.priceUnknown != b.priceUnknown)
            return b.priceUnknown;
        if (cost(a) != cost(b))
            return cost(a) < cost(b);
        return id(a) < id(b);
    });
    appendCandidates(result.candidates, std::span(order.begin(), nearMisses), checked, constraints, recommended);
    appendCandidates(result.nearMisses, std::span(nearMisses, order.end()), checked, constraints, recommended);

    // What the same traffic would cost on an API, for the models served on the user's hardware.
    const bool anySelfHosted = std::any_of(result.candidates.cbegin(), result.candidates.cend(),
                                           [](const Candidate &c) { return c.cost.selfHosted; });
    if (anySelfHosted) {
        for (Candidate &c : result.candidates) {
            if (!c.cost.selfHosted)
                continue;
            if (c.model->tierBasis != TierBasis::Unknown)
                c.apiEquivalent = pool.lookup(c.model->tier, c.quality);
            // The same model sold by an API is as comparable as it gets.
            if (c.model->isLocal() || !hasKnownApiPrice(*c.model))
                continue;
            const double own = apiMonthlyCost(*c.model, workload);
            if (!c.apiEquivalent || own < c.apiEquivalent->monthlyUsd)
                c.apiEquivalent = ApiEquivalent{c.model, own};
        }
    }

    result.qualityBar = Explain::qualityBar(benchmark, input, lowScore, highScore, std::isfinite(lowScore));

    // The tier shown first, and the picks.
    const std::span<const SortKey> kept(order.begin(), nearMisses);
    const QString recommendedName = tierDisplayName(recommended).toLower();
    if (!kept.empty()) {
        const Candidate &first = result.candidates.constFirst();
        result.shownTierKnown = first.model->tierBasis != TierBasis::Unknown;
        if (result.shownTierKnown)
            result.shownTier = first.model->tier;
        if (kept.front().group != 0) {
            const QString shown = Explain::tierName(*first.model);
            result.tierNote = modelsOfTier == 0
                ? Explain::tr("The catalog has no %1 model; showing %2 models instead.").arg(recommendedName, shown)
                : Explain::tr("None of the catalog's %n %1 model(s) meets the requirements; showing %2 models instead.",
                              nullptr, modelsOfTier)
                      .arg(recommendedName, shown);
        }
    }

    // Picks: from the first group with a scored candidate known to meet every requirement; when
    // there is none anywhere, from the first with a scored, priced one lacking a figure, and the
    // note says so.
    Picks &picks = result.picks;
    const bool anyVerified =
        std::any_of(kept.begin(), kept.end(), [](const SortKey &k) { return k.cls == ScoredVerified; });
    const quint8 pickClass = anyVerified ? ScoredVerified : ScoredUnverified;
    int pickGroup = -1;
    for (size_t i = 0; i < kept.size(); ++i) {
        const SortKey &k = kept[i];
        if (pickGroup >= 0 && k.group != pickGroup)
            break;
        if (k.cls != pickClass || k.priceUnknown)
            continue;
        if (pickGroup < 0) {
            pickGroup = k.group;
            picks.value.index = int(i);
            picks.best.index = int(i);
            picks.cheapest.index = int(i);
            picks.bestQuality = best[k.group][pickClass];
            picks.valueThreshold = threshold(k.group, pickClass);
        }
        const Candidate &c = result.candidates.at(qsizetype(i));
        const Candidate &b = result.candidates.at(picks.best.index);
        const Candidate &ch = result.candidates.at(picks.cheapest.index);
        if (*c.quality > *b.quality || (*c.quality == *b.quality && c.cost.monthlyUsd < b.cost.monthlyUsd))
            picks.best.index = int(i);
        if (c.cost.monthlyUsd < ch.cost.monthlyUsd ||
            (c.cost.monthlyUsd == ch.cost.monthlyUsd && *c.quality > *ch.quality))
            picks.cheapest.index = int(i);
    }
    const QString benchmarkName = benchmark ? benchmark->name : result.qualityBenchmark;
    if (picks.value) {
        const Candidate &v = result.candidates.at(picks.value.index);
        const Candidate &b = result.candidates.at(picks.best.index);
        const Candidate &ch = result.candidates.at(picks.cheapest.index);
        picks.tier = v.model->tier;
        const QString tierName = Explain::tierName(*v.model);
        picks.value.sentence = Explain::tr("%1 scores %2 on %3, within %4 % of the best %5 model (%6), at %7 a month: "
                                           "the cheapest that close to the best.")
                                   .arg(Explain::name(v), scoreNumber(*v.quality), benchmarkName, tidy(margin * 100.0),
                                        tierName, scoreNumber(*b.quality), formatUsd(v.cost.monthlyUsd));
        picks.best.sentence = picks.best.index == picks.value.index
            ? Explain::tr("%1 is also the best-scoring %2 model.").arg(Explain::name(b), tierName)
            : Explain::tradeOff(benchmark, b, v);
        picks.cheapest.sentence = picks.cheapest.index == picks.value.index
            ? Explain::tr("%1 is also the cheapest %2 model with evidence.").arg(Explain::name(ch), tierName)
            : Explain::tradeOff(benchmark, v, ch);
        if (pickClass == ScoredUnverified) {
            QStringList missing;
            if (v.unknowns & Candidate::UnknownLatency)
                missing.append(Explain::tr("its latency"));
            if (v.unknowns & Candidate::UnknownContext)
                missing.append(Explain::tr("its context window"));
            picks.note = Explain::tr("No candidate with a score on %1 is known to meet every requirement. These picks "
                                     "have evidence but lack a figure the requirements need (for %2: %3), so check it "
                                     "before relying on them.")
                             .arg(benchmarkName, Explain::name(v), missing.join(Explain::tr(" and ")));
        } else if (!kept.empty() && pickGroup != kept.front().group) {
            picks.note = Explain::tr("No %1 candidate has a score on %2 and every figure the requirements need; the "
                                     "picks come from %3, the nearest tier with evidence.")
                             .arg(Explain::tierName(*result.candidates.constFirst().model), benchmarkName, tierName);
        }
        // Evidence the tier rule overrides: a model of another tier at most as dear and better.
        const Candidate *outside = nullptr;
        for (size_t i = 0; i < kept.size() && pickClass == ScoredVerified; ++i) {
            const Candidate &c = result.candidates.at(qsizetype(i));
            if (kept[i].group == pickGroup || kept[i].cls != ScoredVerified || c.model->tierBasis == TierBasis::Unknown)
                continue;
            const bool dominates = c.cost.monthlyUsd <= v.cost.monthlyUsd && *c.quality >= *v.quality &&
                (c.cost.monthlyUsd < v.cost.monthlyUsd || *c.quality > *v.quality);
            if (dominates && (!outside || *c.quality > *outside->quality))
                outside = &c;
        }
        if (outside) {
            picks.outsideTier =
                Explain::tr("Outside the %1 tier, %2 (%3) costs %4 a month and scores %5: at least as "
                            "cheap and better than %6 on this evidence; the tier rule keeps it second.")
                    .arg(tierName, Explain::name(*outside), Explain::tierName(*outside->model),
                         formatUsd(outside->cost.monthlyUsd), scoreNumber(*outside->quality), Explain::name(v));
        }
    } else if (result.candidates.isEmpty()) {
        picks.note = Explain::tr("No model meets every requirement, so there is nothing to pick; the near misses show "
                                 "which limit to relax.");
    } else if (!benchmark) {
        picks.note = Explain::tr("This catalog has no quality benchmark, so no model has evidence and there is nothing "
                                 "to pick from: the list goes by tier and cost. Measure the candidates yourself "
                                 "(Evaluations) or use a catalog with public scores.");
    } else {
        // Candidates, but none with evidence and every figure. The closest near miss on the quality
        // bar, of the tier shown if it has one.
        const ModelSpec &shown = *result.candidates.constFirst().model;
        const Candidate *closest = nullptr;
        const auto sameTier = [&shown](const Candidate &c) {
            return c.model->tierBasis != TierBasis::Unknown && shown.tierBasis != TierBasis::Unknown &&
                c.model->tier == shown.tier;
        };
        for (const Candidate &c : std::as_const(result.nearMisses)) {
            if (!c.quality || c.exclusions.constFirst().constraint != Exclusion::Constraint::Quality)
                continue;
            const bool better = !closest || (sameTier(c) && !sameTier(*closest)) ||
                (sameTier(c) == sameTier(*closest) && *c.quality > *closest->quality);
            if (better)
                closest = &c;
        }
        const bool anyScored = std::any_of(result.candidates.cbegin(), result.candidates.cend(),
                                           [](const Candidate &c) { return c.hasEvidence(); });
        if (anyScored)
            picks.note = Explain::tr("No candidate with a score on %1 is known to meet every requirement: each lacks a "
                                     "figure they need (see the notes), so there is nothing to pick with confidence.")
                             .arg(benchmarkName);
        else if (closest)
            picks.note = Explain::tr("No candidate has a score on %1 that meets the quality bar, so there is no "
                                     "evidence to pick from; the closest is %2 (%3) at %4, a near miss. Relax the bar, "
                                     "choose another benchmark or measure the candidates yourself.")
                             .arg(benchmarkName, Explain::name(*closest), Explain::tierName(*closest->model),
                                  scoreNumber(*closest->quality));
        else
            picks.note = Explain::tr("No candidate has a score on %1, so there is no evidence to pick from: choose "
                                     "another benchmark or measure the candidates yourself.")
                             .arg(benchmarkName);
    }

    // What the summary counts: figures that are missing where they matter.
    UnknownCounts &u = result.unknowns;
    for (const Candidate &c : std::as_const(result.candidates)) {
        u.price += (c.unknowns & Candidate::UnknownPrice) ? 1 : 0;
        u.latency += (c.unknowns & Candidate::UnknownLatency) ? 1 : 0;
        u.context += (c.unknowns & Candidate::UnknownContext) ? 1 : 0;
        u.score += c.hasEvidence() ? 0 : 1;
    }
    if (u.score > 0 && benchmark)
        result.summary.append(Explain::tr("%n candidate(s) have no score on %1: listed after the scored ones of their "
                                          "tier as “no evidence”.",
                                          nullptr, u.score)
                                  .arg(benchmarkName));
    if (u.price > 0)
        result.summary.append(Explain::tr("%n candidate(s) have no known price: shown as unknown (never as $0.00) "
                                          "and ranked after the priced ones.",
                                          nullptr, u.price));
    if (u.latency > 0)
        result.summary.append(Explain::tr("%n candidate(s) have no latency figure: ranked after those known to meet "
                                          "the %1 ms limit.",
                                          nullptr, u.latency)
                                  .arg(number(input.requirements.maxLatencyMs)));
    if (u.context > 0)
        result.summary.append(Explain::tr("%n candidate(s) have no published context window: ranked after those known "
                                          "to hold %1 tokens.",
                                          nullptr, u.context)
                                  .arg(number(input.requirements.contextLength)));
    return result;
}
