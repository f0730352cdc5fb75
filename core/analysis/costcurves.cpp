// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "costcurves.h"

#include "catalog/catalog.h"
#include "common/money.h"
#include "common/numberformat.h"
#include "decision/recommendation.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace {
/// Names the translation context of this file's messages where lupdate can see it.
class Texts
{
    Q_DECLARE_TR_FUNCTIONS(CostCurves)
};

// A runaway guard: beyond this many replica steps a curve is a ramp to the eye anyway.
constexpr int kMaxStepEdges = 20000;

int replicasAt(const Workload &shape, const SelfHostingAssumptions &assumptions, double requestsPerDay)
{
    Workload w = shape;
    w.requestsPerDay = requestsPerDay;
    return replicasNeeded(w, assumptions);
}

/// Smallest volume in (lo, hi] needing more than `replicas`, given replicasAt(lo) == replicas and
/// replicasAt(hi) > replicas.
double bisectEdge(const Workload &shape, const SelfHostingAssumptions &assumptions, int replicas, double lo, double hi)
{
    for (int i = 0; i < 200 && hi - lo > 1e-12 * hi; ++i) {
        const double mid = lo + (hi - lo) / 2.0;
        if (mid <= lo || mid >= hi)
            break;
        if (replicasAt(shape, assumptions, mid) > replicas)
            hi = mid;
        else
            lo = mid;
    }
    return hi;
}

} // namespace

QList<double> replicaStepEdges(const Workload &shape, const SelfHostingAssumptions &assumptions, double minRequests,
                               double maxRequests)
{
    QList<double> edges;
    if (!(minRequests < maxRequests))
        return edges;
    const int last = replicasAt(shape, assumptions, maxRequests);
    double lo = minRequests;
    int replicas = replicasAt(shape, assumptions, lo);
    // Volume one replica carries: the first guess for every edge (k × perReplica).
    const double tokensPerRequest = shape.inputTokens + shape.outputTokens;
    const double perReplica = tokensPerRequest > 0 && assumptions.peakFactor > 0
        ? assumptions.tokensPerSecondPerReplica * assumptions.utilisation * 86400.0 /
            (tokensPerRequest * assumptions.peakFactor)
        : 0.0;

    while (replicas < last && edges.size() < kMaxStepEdges) {
        double bracketLo = lo;
        double bracketHi = maxRequests;
        const double guess = perReplica * replicas;
        if (guess > lo && guess < maxRequests) {
            const double below = std::max(lo, guess * (1.0 - 1e-6));
            const double above = std::min(maxRequests, guess * (1.0 + 1e-6));
            if (replicasAt(shape, assumptions, below) == replicas && replicasAt(shape, assumptions, above) > replicas) {
                bracketLo = below;
                bracketHi = above;
            }
        }
        const double edge = bisectEdge(shape, assumptions, replicas, bracketLo, bracketHi);
        edges.append(edge);
        replicas = replicasAt(shape, assumptions, edge);
        lo = edge;
    }
    return edges;
}

CostCurve buildCostCurve(const ModelSpec &model, bool selfHosted, const Workload &shape,
                         const SelfHostingAssumptions &assumptions, const VolumeRange &range)
{
    CostCurve curve;
    curve.modelId = model.id;
    curve.name = model.displayName.isEmpty() ? model.id : model.displayName;
    auto costAt = [&](double requestsPerDay) {
        Workload w = shape;
        w.requestsPerDay = requestsPerDay;
        return estimateCost(model, w, selfHosted, assumptions);
    };
    const CostEstimate current = costAt(shape.requestsPerDay);
    curve.selfHosted = current.selfHosted;
    curve.priceKnown = current.priceKnown;
    curve.costAtCurrentVolume = current.monthlyUsd;
    if (!curve.priceKnown)
        return curve; // no line: one at $0 would say the model is free

    const double lo = range.minRequestsPerDay;
    const double hi = range.maxRequestsPerDay;
    if (!(lo > 0 && lo < hi))
        return curve;

    if (!curve.selfHosted) {
        const int n = std::max(2, range.samples);
        const double logLo = std::log10(lo);
        const double step = (std::log10(hi) - logLo) / (n - 1);
        for (int i = 0; i < n; ++i) {
            const double x = i == n - 1 ? hi : std::pow(10.0, logLo + step * i);
            curve.points.append(QPointF(x, costAt(x).monthlyUsd));
        }
        return curve;
    }

    curve.stepEdges = replicaStepEdges(shape, assumptions, lo, hi);
    double level = costAt(lo).monthlyUsd;
    curve.points.append(QPointF(lo, level));
    for (double edge : std::as_const(curve.stepEdges)) {
        const double next = costAt(edge).monthlyUsd;
        curve.points.append(QPointF(edge, level));
        curve.points.append(QPointF(edge, next));
        level = next;
    }
    curve.points.append(QPointF(hi, level));
    return curve;
}

CostCurveData buildCostCurveData(const Catalog &catalog, const QList<CostOption> &options,
                                 const RecommendationInput &input, const VolumeRange &range)
{
    CostCurveData data;
    data.catalogName = catalog.name;
    data.catalogDate = catalog.date;
    data.shape = input.workload();
    data.assumptions = input.selfHosting;
    data.range = range;
    for (const CostOption &option : options) {
        if (option.model)
            data.curves.append(buildCostCurve(*option.model, option.selfHosted, data.shape, data.assumptions, range));
    }
    for (int i = 0; i < options.size(); ++i) {
        for (int j = i + 1; j < options.size(); ++j) {
            if (!options.at(i).model || !options.at(j).model)
                continue;
            const QList<BreakEven> points = breakEvenPoints(options.at(i), options.at(j), data.shape, data.assumptions,
                                                            range.minRequestsPerDay, range.maxRequestsPerDay);
            for (const BreakEven &p : points)
                data.breakEvens.append({i, j, data.curves.at(i).name, data.curves.at(j).name, p});
        }
    }
    std::stable_sort(data.breakEvens.begin(), data.breakEvens.end(),
                     [](const CostCurveBreakEven &a, const CostCurveBreakEven &b) {
                         return a.point.requestsPerDay < b.point.requestsPerDay;
                     });
    return data;
}

QList<CostOption> defaultVolumeSelection(const Recommendation &recommendation, int maxCandidates, int minimum)
{
    QList<CostOption> result;
    auto add = [&](const ModelSpec *model, bool selfHosted) {
        if (!model)
            return;
        for (const CostOption &o : std::as_const(result)) {
            if (o.model == model && o.selfHosted == selfHosted)
                return;
        }
        result.append({model, selfHosted});
    };
    // The picks first, then the top candidates; a line at $0 for an unknown price would say free.
    for (const Pick *pick : {&recommendation.picks.value, &recommendation.picks.cheapest, &recommendation.picks.best}) {
        if (const Candidate *c = recommendation.pick(*pick))
            add(c->model, c->cost.selfHosted);
    }
    for (int i = 0, taken = 0; i < recommendation.candidates.size() && taken < maxCandidates; ++i) {
        const Candidate &c = recommendation.candidates.at(i);
        if (!c.cost.priceKnown)
            continue;
        add(c.model, c.cost.selfHosted);
        ++taken;
    }
    if (recommendation.task) {
        if (const ModelSpec *m = recommendation.task->recommendedModel;
            m && (defaultsToSelfHosted(*m) || hasKnownApiPrice(*m)))
            add(m, defaultsToSelfHosted(*m));
        if (const ModelSpec *m = recommendation.task->alternativeModel;
            m && (defaultsToSelfHosted(*m) || hasKnownApiPrice(*m)))
            add(m, defaultsToSelfHosted(*m));
    }
    for (int i = 0; i < recommendation.nearMisses.size() && result.size() < minimum; ++i) {
        if (recommendation.nearMisses.at(i).cost.priceKnown)
            add(recommendation.nearMisses.at(i).model, recommendation.nearMisses.at(i).cost.selfHosted);
    }
    // API lines through the origin never cross on log–log axes; the question the chart answers is
    // where self-hosting pays, so a self-hostable pick is also shown self-hosted.
    const bool anySelfHosted =
        std::any_of(result.cbegin(), result.cend(), [](const CostOption &o) { return o.selfHosted; });
    if (!anySelfHosted) {
        const QList<CostOption> chosen = result;
        for (const CostOption &o : chosen) {
            if (o.model->isSelfHosted()) {
                add(o.model, true);
                break;
            }
        }
    }
    return result;
}

QString CostCurveData::title() const
{
    return Texts::tr("Monthly cost versus volume");
}

QString CostCurveData::volumeAxisTitle() const
{
    return Texts::tr("Requests per day (log scale)");
}

QString CostCurveData::costAxisTitle() const
{
    return Texts::tr("Monthly cost (USD/month, log scale)");
}

QString CostCurveData::footnote() const
{
    static const QLocale us(QLocale::English, QLocale::UnitedStates);
    const QString gpu = assumptions.gpuHourlyUsd ? Texts::tr("GPU %1/h").arg(formatUsd(*assumptions.gpuHourlyUsd))
                                                 : Texts::tr("GPU $/h from the catalog");
    return QCoreApplication::translate(
               "CostCurves",
               "Catalog: %1 (%2) · %3 input + %4 output tokens per request · Self-hosting: %5, %6 tokens/s per "
               "replica, %7 % utilisation, peak ×%8")
               .arg(catalogName, catalogDate.toString(Qt::ISODate), us.toString(shape.inputTokens, 'f', 0),
                    us.toString(shape.outputTokens, 'f', 0), gpu,
                    us.toString(assumptions.tokensPerSecondPerReplica, 'f', 0),
                    us.toString(assumptions.utilisation * 100.0, 'f', 0), us.toString(assumptions.peakFactor, 'g', 3)) +
        extras();
}

QString CostCurveData::extras() const
{
    QString text;
    if (assumptions.gpuWatts > 0.0 && assumptions.electricityUsdPerKwh > 0.0)
        text +=
            Texts::tr(" · power %1 W per GPU at %2/kWh, PUE %3")
                .arg(NumberFormat::fixed(assumptions.gpuWatts, 0), formatUsd(assumptions.electricityUsdPerKwh),
                     QLocale(QLocale::English, QLocale::UnitedStates).toString(std::max(1.0, assumptions.pue), 'g', 3));
    if (assumptions.hardwareUsdPerGpu > 0.0)
        text +=
            Texts::tr(" · owned hardware %1 per GPU over %2 months")
                .arg(formatUsd(assumptions.hardwareUsdPerGpu), NumberFormat::fixed(assumptions.amortisationMonths, 0));
    for (const CostCurve &c : curves) {
        if (!c.priceKnown)
            text += Texts::tr(" · %1: price unknown, not drawn").arg(c.name);
    }
    return text;
}
