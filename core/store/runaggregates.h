// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include "compare/runrecord.h"
#include "compare/vote.h"

#include <QList>
#include <QString>

#include <optional>

struct Catalog;

/// Figures for one endpoint and model over a selection of runs. Endpoints, not the model ids their
/// servers report, are what is compared: two endpoints serving a model of the same name (a local
/// server and a hosted one, say) differ in price and speed, and blending them would hide exactly
/// that. An endpoint whose model was changed between runs gives one row per model.
///
/// Definitions: a response is *finished* when complete, failed or interrupted; errors are failed
/// or interrupted ones; cancelled responses are counted apart (a run the user stopped is neither a
/// success nor the endpoint's error); latency, TTFT and tokens/s come from complete responses only. The median
/// of an even count is the mean of the two middle values; p95 is the nearest-rank value (the
/// ⌈0.95·n⌉-th smallest). The win rate counts a win as 1 and a tie as ½ over every vote the model
/// took part in ("both bad" counts as a loss for both).
struct EndpointAggregate
{
    QString endpoint; ///< the endpoint's name, as the user named it
    QString model;    ///< the model it called
    int runs = 0;
    int responses = 0;
    int finished = 0;
    int errors = 0;
    int cancelled = 0;
    QString lastError; ///< the newest failure's message, for the tooltip
    std::optional<double> errorRate;
    std::optional<double> medianLatencyMs;
    std::optional<double> p95LatencyMs;
    std::optional<double> medianTtftMs;
    std::optional<double> p95TtftMs;
    std::optional<double> medianTokensPerSecond;
    int pricedResponses = 0;
    double totalCostUsd = 0; ///< at run-time prices
    std::optional<double> costPerRequestUsd;
    int repricedResponses = 0;
    std::optional<double> todayTotalCostUsd; ///< with today's catalog, when asked for
    std::optional<double> todayCostPerRequestUsd;
    int votes = 0;
    std::optional<double> winRate;
};

/// Median of the values; empty for none.
std::optional<double> median(QList<double> values);
/// Nearest-rank percentile (0 < p ≤ 100); empty for none.
std::optional<double> percentile(QList<double> values, double p);

/// The name a response's endpoint is shown under: its name, or model and server for an unnamed
/// ad-hoc target.
QString endpointLabel(const Endpoint &endpoint);

/// Aggregates per endpoint and model, sorted by endpoint name, then model. `today` adds the re-priced costs.
QList<EndpointAggregate> aggregateByEndpoint(const QList<RunRecord> &runs, const QList<Vote> &votes,
                                             const Catalog *today = nullptr);
