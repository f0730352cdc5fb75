// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include <QList>

#include <optional>

struct ModelSpec;

/// Volume and request shape the costs are computed for.
struct Workload
{
    double requestsPerDay = 1000.0;
    double inputTokens = 500.0;  ///< per request
    double outputTokens = 200.0; ///< per request
};

/// What it takes to serve a model yourself. With the defaults, one replica runs around the clock,
/// which is the article's flat hourly cost, and neither power nor owned hardware is
/// added (a rented GPU's hourly price includes both).
struct SelfHostingAssumptions
{
    std::optional<double> gpuHourlyUsd;        ///< overrides the model's self-hosted $/h when set
                                               ///< (0: hardware you own, nothing rented)
    double tokensPerSecondPerReplica = 2000.0; ///< input + output tokens one replica sustains
    double utilisation = 0.7;                  ///< share of that throughput usable in practice (0–1]
    double peakFactor = 2.0;                   ///< peak load over the daily average (≥ 1)
    int gpusPerReplica = 1;
    double gpuWatts = 0.0; ///< power per GPU at load; 0: power not counted
    double electricityUsdPerKwh = 0.0;
    double pue = 1.0;                 ///< power usage effectiveness: facility over IT power (≥ 1)
    double hardwareUsdPerGpu = 0.0;   ///< price of hardware you own, per GPU; 0: none
    double amortisationMonths = 36.0; ///< over which that price is written off
};

/// A model's cost at a workload.
struct CostEstimate
{
    double monthlyUsd = 0.0;
    double perRequestUsd = 0.0;
    bool selfHosted = false;
    /// False when the catalog has no real price: an API model listed at $0 in and out (a
    /// placeholder), or self-hosting without any GPU price. The figures are then 0 and must be
    /// shown as unknown, never as free.
    bool priceKnown = true;
    int replicas = 0;                 ///< self-hosted only
    double hourlyUsdPerReplica = 0.0; ///< self-hosted only: GPU rental of one replica
    double rentalUsd = 0.0;           ///< self-hosted only: the monthly cost split into GPU rental,
    double powerUsd = 0.0;            ///< power (watts × hours × $/kWh × PUE)
    double hardwareUsd = 0.0;         ///< and owned hardware written off over the amortisation months
};

inline constexpr double kDaysPerMonth = 30.0;
inline constexpr double kHoursPerMonth = 24.0 * kDaysPerMonth;

/// API cost per month: 30 × (requests/day × input tokens × input price + requests/day × output tokens × output price) / 1e6.
double apiMonthlyCost(const ModelSpec &model, const Workload &workload);
/// Self-hosted cost per month: hourly × 24 × 30.
double flatSelfHostedMonthlyCost(double hourlyUsd);
/// Replicas needed to carry the workload's peak token rate (at least 1).
int replicasNeeded(const Workload &workload, const SelfHostingAssumptions &assumptions);
/// Monthly cost of one replica: GPUs per replica × (hourly × 720 + power + owned hardware ÷
/// amortisation months), where power = watts ÷ 1000 × 720 × $/kWh × PUE.
double selfHostedMonthlyPerReplica(double hourlyUsd, const SelfHostingAssumptions &assumptions);
/// Monthly cost of self-hosting: replicas × selfHostedMonthlyPerReplica() — a step function of volume.
/// With the default assumptions, replicas × hourly × 720.
double selfHostedMonthlyCost(double hourlyUsd, const Workload &workload, const SelfHostingAssumptions &assumptions);

/// The model's cost: self-hosted when `selfHosted` and the model has (or the assumptions give) an hourly
/// price, else API. Cost per request = monthly / (requests/day × 30).
CostEstimate estimateCost(const ModelSpec &model, const Workload &workload, bool selfHosted,
                          const SelfHostingAssumptions &assumptions = {});

/// Whether a model is costed as self-hosted by default: it has no API price, and a self-hosted
/// price or a local server (ModelSpec::isLocal()) to run on.
bool defaultsToSelfHosted(const ModelSpec &model);

/// Whether the model's API price is a real figure. $0 for input and output in an API catalog is
/// a placeholder (previews, entries nobody priced) unless the model is local.
bool hasKnownApiPrice(const ModelSpec &model);

/// The GPU price self-hosting the model is costed at: the assumptions' override, else the
/// model's own, else $0 for a local model (hardware you already have); nothing when unknown.
std::optional<double> selfHostedHourlyPrice(const ModelSpec &model, const SelfHostingAssumptions &assumptions);

/// A costing option: a model, served by API or self-hosted.
struct CostOption
{
    const ModelSpec *model = nullptr;
    bool selfHosted = false;
};

/// A volume where the cheaper of two options changes: usually where they cost the same; at a step
/// of a self-hosted cost (`atStep`), where the staircase jumps over the API line without meeting it.
struct BreakEven
{
    double requestsPerDay = 0.0;
    double monthlyUsd = 0.0; ///< the common cost; at a step, the API cost there
    bool atStep = false;     ///< the self-hosted cost adds a replica here: the costs never meet
};

/// Volumes (requests/day, within [minRequests, maxRequests]) at which the cheaper of the two options
/// changes. Self-hosted costs are steps, so there can be several; API costs are straight lines.
QList<BreakEven> breakEvenPoints(const CostOption &a, const CostOption &b, const Workload &shape,
                                 const SelfHostingAssumptions &assumptions, double minRequests = 1.0,
                                 double maxRequests = 1.0e8);
