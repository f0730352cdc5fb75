// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include "decision/costmodel.h"

#include <QDate>
#include <QList>
#include <QPointF>
#include <QString>

struct Catalog;
struct ModelSpec;
struct Recommendation;
struct RecommendationInput;

/// The requests-per-day range of the cost-versus-volume chart (log-spaced).
struct VolumeRange
{
    double minRequestsPerDay = 10.0;
    double maxRequestsPerDay = 1.0e7;
    int samples = 61; ///< points of an API line; self-hosted steps add their edges
};

/// One model's monthly cost across the volume range.
struct CostCurve
{
    QString modelId;
    QString name;
    bool selfHosted = false;
    bool priceKnown = true;  ///< false: no real price, so no points (never a line at $0)
    QList<QPointF> points;   ///< (requests/day, USD/month); steps as vertical segments
    QList<double> stepEdges; ///< requests/day where one more replica is needed
    double costAtCurrentVolume = 0.0;
};

/// Where two of the charted options cost the same (breakEvenPoints()).
struct CostCurveBreakEven
{
    int first = -1; ///< index into CostCurveData::curves
    int second = -1;
    QString firstName;
    QString secondName;
    BreakEven point;
};

struct CostCurveData
{
    QString catalogName;
    QDate catalogDate;
    Workload shape; ///< requestsPerDay: the current volume
    SelfHostingAssumptions assumptions;
    VolumeRange range;
    QList<CostCurve> curves;
    QList<CostCurveBreakEven> breakEvens; ///< sorted by volume

    QString title() const;
    QString volumeAxisTitle() const;
    QString costAxisTitle() const;
    /// Catalog name and date and the costing assumptions, for the chart's footnote.
    QString footnote() const;

private:
    QString extras() const; ///< power, owned hardware and unpriced options, for the footnote
};

/// Volumes in [minRequests, maxRequests] at which replicasNeeded() increases, found exactly:
/// a first guess from the capacity per replica, then bisection on replicasNeeded() itself down
/// to floating-point resolution, so the edges agree with the cost model whatever its rounding.
/// Each edge is the smallest volume needing the larger replica count (within 1e-12 relative).
QList<double> replicaStepEdges(const Workload &shape, const SelfHostingAssumptions &assumptions, double minRequests,
                               double maxRequests);

/// A model's curve: API costs sampled log-spaced (a straight line on log–log axes); self-hosted
/// costs as exact steps at replicaStepEdges().
CostCurve buildCostCurve(const ModelSpec &model, bool selfHosted, const Workload &shape,
                         const SelfHostingAssumptions &assumptions, const VolumeRange &range = {});

/// Curves of the given options and the break-even volumes of every pair among them.
CostCurveData buildCostCurveData(const Catalog &catalog, const QList<CostOption> &options,
                                 const RecommendationInput &input, const VolumeRange &range = {});

/// The options the volume chart starts with: the first `maxCandidates` candidates, the task pick
/// and its alternative when the catalog has them, then the cheapest near misses until there are
/// at least `minimum` options. When none of them is self-hosted, the first that can be self-hosted is
/// added once more as self-hosted. Duplicates are dropped; pointers refer to the recommendation's catalog.
QList<CostOption> defaultVolumeSelection(const Recommendation &recommendation, int maxCandidates = 3, int minimum = 3);
