// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "costmodel.h"

#include "catalog/modelspec.h"

#include <algorithm>
#include <climits>
#include <cmath>

namespace {

constexpr double kSecondsPerDay = 86400.0;
constexpr double kTokensPerMillion = 1.0e6;
// Replica counts sit on exact integer boundaries (86,400 requests/day is exactly one replica with the
// defaults); this keeps rounding noise in the token arithmetic from adding a replica there.
constexpr double kReplicaTolerance = 1.0e-9;

int gpusPerReplica(const SelfHostingAssumptions &a)
{
    return std::max(1, a.gpusPerReplica);
}

/// Replicas per request/day at peak: replicas(R) = max(1, ceil(R × replicaSlope)).
double replicaSlope(const Workload &shape, const SelfHostingAssumptions &a)
{
    const double capacity = a.tokensPerSecondPerReplica * a.utilisation;
    const double tokensPerRequest = shape.inputTokens + shape.outputTokens;
    if (!(capacity > 0.0) || !(tokensPerRequest > 0.0) || !(a.peakFactor > 0.0))
        return 0.0; // no usable throughput model: one replica, as in the article's flat cost
    return tokensPerRequest * a.peakFactor / (kSecondsPerDay * capacity);
}

int replicasFor(double requestsPerDay, double slope)
{
    const double needed = requestsPerDay * slope;
    if (!(needed > 1.0))
        return 1;
    const double replicas = std::ceil(needed * (1.0 - kReplicaTolerance));
    return replicas >= double(INT_MAX) ? INT_MAX : std::max(1, int(replicas));
}

/// An option's cost as a function of volume: a line through the origin (API) or a staircase of
/// `stepUsd` per replica (self-hosted).
struct CostCurve
{
    bool staircase = false;
    double slope = 0.0;   ///< API: USD per month per request/day
    double stepUsd = 0.0; ///< self-hosted: USD per month per replica
};

CostCurve curveFor(const CostOption &option, const Workload &shape, const SelfHostingAssumptions &a)
{
    CostCurve curve;
    if (!option.model)
        return curve;
    const std::optional<double> hourly = selfHostedHourlyPrice(*option.model, a);
    if (option.selfHosted && hourly) {
        curve.staircase = true;
        curve.stepUsd = selfHostedMonthlyPerReplica(*hourly, a);
    } else {
        curve.slope = apiMonthlyCost(*option.model, {1.0, shape.inputTokens, shape.outputTokens});
    }
    return curve;
}

/// Where a line A·R meets a staircase S·max(1, ceil(c·R)) and the cheaper side changes, within
/// [lo, hi]. Within step k the line meets the tread at R = S·k/A; at the riser after step k the
/// line's value can fall between the two treads, and then the cheaper side flips without the
/// costs ever being equal.
QList<BreakEven> lineVersusStaircase(double lineSlope, double stepUsd, double c, double lo, double hi)
{
    QList<BreakEven> points;
    if (!(lineSlope > 0.0) || !(stepUsd > 0.0))
        return points; // one option is free: the other is never cheaper

    if (c <= 0.0) { // a single replica at any volume: one flat tread
        const double r = stepUsd / lineSlope;
        if (r > lo && r < hi)
            points.append({r, stepUsd, false});
        return points;
    }

    // The line gains a = A/c per step width while the staircase gains S per step: with a ≤ S the
    // staircase stays above the line (it starts above at R = 0+). With a > S crossings only happen
    // while k < a / (a − S); past that the line stays above.
    const double perStep = lineSlope / c;
    if (!(perStep > stepUsd))
        return points;
    const double lastCrossingStep = std::floor(perStep / (perStep - stepUsd)) + 1.0;
    const double firstStep = std::max(1.0, std::ceil(lo * c * (1.0 - kReplicaTolerance)));
    const double lastStep = std::min(std::max(1.0, std::ceil(hi * c * (1.0 - kReplicaTolerance))), lastCrossingStep);

    for (double k = firstStep; k <= lastStep; k += 1.0) {
        const double stepStart = std::max((k - 1.0) / c, lo);
        const double stepEnd = std::min(k / c, hi);
        const double tread = stepUsd * k;
        const double meet = tread / lineSlope;
        if (meet > stepStart && meet < stepEnd)
            points.append({meet, tread, false});
        const double riser = k / c;
        if (riser >= lo && riser < hi) {
            const double lineAtRiser = lineSlope * riser;
            if (lineAtRiser > tread && lineAtRiser < tread + stepUsd)
                points.append({riser, lineAtRiser, true});
        }
    }
    return points;
}

} // namespace

double apiMonthlyCost(const ModelSpec &model, const Workload &workload)
{
    return kDaysPerMonth *
        (workload.requestsPerDay * workload.inputTokens * model.inputPricePerMTok +
         workload.requestsPerDay * workload.outputTokens * model.outputPricePerMTok) /
        kTokensPerMillion;
}

double flatSelfHostedMonthlyCost(double hourlyUsd)
{
    return hourlyUsd * kHoursPerMonth;
}

int replicasNeeded(const Workload &workload, const SelfHostingAssumptions &assumptions)
{
    return replicasFor(workload.requestsPerDay, replicaSlope(workload, assumptions));
}

namespace {
double powerPerGpuMonth(const SelfHostingAssumptions &a)
{
    if (!(a.gpuWatts > 0.0) || !(a.electricityUsdPerKwh > 0.0))
        return 0.0;
    return a.gpuWatts / 1000.0 * kHoursPerMonth * a.electricityUsdPerKwh * std::max(1.0, a.pue);
}

double hardwarePerGpuMonth(const SelfHostingAssumptions &a)
{
    if (!(a.hardwareUsdPerGpu > 0.0) || !(a.amortisationMonths > 0.0))
        return 0.0;
    return a.hardwareUsdPerGpu / a.amortisationMonths;
}
} // namespace

double selfHostedMonthlyPerReplica(double hourlyUsd, const SelfHostingAssumptions &assumptions)
{
    return gpusPerReplica(assumptions) *
        (flatSelfHostedMonthlyCost(hourlyUsd) + powerPerGpuMonth(assumptions) + hardwarePerGpuMonth(assumptions));
}

double selfHostedMonthlyCost(double hourlyUsd, const Workload &workload, const SelfHostingAssumptions &assumptions)
{
    return replicasNeeded(workload, assumptions) * selfHostedMonthlyPerReplica(hourlyUsd, assumptions);
}

CostEstimate estimateCost(const ModelSpec &model, const Workload &workload, bool selfHosted,
                          const SelfHostingAssumptions &assumptions)
{
    CostEstimate estimate;
    const std::optional<double> hourly = selfHosted ? selfHostedHourlyPrice(model, assumptions) : std::nullopt;
    if (hourly) {
        estimate.selfHosted = true;
        estimate.replicas = replicasNeeded(workload, assumptions);
        const int gpus = gpusPerReplica(assumptions);
        estimate.hourlyUsdPerReplica = *hourly * gpus;
        // Component by component, each a whole month of every GPU; the sum is the article's
        // replicas × hourly × 720 when power and hardware are not counted.
        estimate.rentalUsd = estimate.replicas * flatSelfHostedMonthlyCost(estimate.hourlyUsdPerReplica);
        estimate.powerUsd = estimate.replicas * gpus * powerPerGpuMonth(assumptions);
        estimate.hardwareUsd = estimate.replicas * gpus * hardwarePerGpuMonth(assumptions);
        estimate.monthlyUsd = estimate.rentalUsd + estimate.powerUsd + estimate.hardwareUsd;
    } else {
        estimate.monthlyUsd = apiMonthlyCost(model, workload);
        estimate.priceKnown = hasKnownApiPrice(model);
    }
    const double requestsPerMonth = workload.requestsPerDay * kDaysPerMonth;
    estimate.perRequestUsd = requestsPerMonth > 0.0 ? estimate.monthlyUsd / requestsPerMonth : 0.0;
    return estimate;
}

bool defaultsToSelfHosted(const ModelSpec &model)
{
    // Asked for every model on every form change: the price decides first, the provider only
    // for the few models without an API price.
    return model.inputPricePerMTok == 0.0 && model.outputPricePerMTok == 0.0 &&
        (model.selfHostedPerHour.has_value() || model.isLocal());
}

bool hasKnownApiPrice(const ModelSpec &model)
{
    return model.inputPricePerMTok > 0.0 || model.outputPricePerMTok > 0.0 || model.isLocal();
}

std::optional<double> selfHostedHourlyPrice(const ModelSpec &model, const SelfHostingAssumptions &assumptions)
{
    if (assumptions.gpuHourlyUsd)
        return assumptions.gpuHourlyUsd;
    if (model.selfHostedPerHour)
        return model.selfHostedPerHour;
    if (model.isLocal())
        return 0.0;
    return std::nullopt;
}

QList<BreakEven> breakEvenPoints(const CostOption &a, const CostOption &b, const Workload &shape,
                                 const SelfHostingAssumptions &assumptions, double minRequests, double maxRequests)
{
    if (!a.model || !b.model || !(maxRequests > minRequests))
        return {};
    const CostCurve first = curveFor(a, shape, assumptions);
    const CostCurve second = curveFor(b, shape, assumptions);
    // Two lines through the origin, or two staircases over the same replica counts, are proportional:
    // one is cheaper (or they are equal) at every volume.
    if (first.staircase == second.staircase)
        return {};
    const CostCurve &line = first.staircase ? second : first;
    const CostCurve &stairs = first.staircase ? first : second;
    QList<BreakEven> points =
        lineVersusStaircase(line.slope, stairs.stepUsd, replicaSlope(shape, assumptions), minRequests, maxRequests);
    std::sort(points.begin(), points.end(),
              [](const BreakEven &x, const BreakEven &y) { return x.requestsPerDay < y.requestsPerDay; });
    return points;
}
