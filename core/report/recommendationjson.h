// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include <QJsonObject>

struct Catalog;
struct CostEstimate;
struct ModelSpec;
struct Recommendation;
struct RecommendationInput;

/// Machine-readable views of core values, as the command line's --json prints them.
namespace RecommendationJson {
QJsonObject recommendation(const Catalog &catalog, const RecommendationInput &input, const Recommendation &r);
/// One model's cost: model, monthly_cost_usd, cost_per_request_usd, quality, latency_ms, …
QJsonObject modelCost(const Catalog &catalog, const ModelSpec &model, const CostEstimate &cost,
                      const QString &benchmark);
QJsonObject model(const ModelSpec &model);
QJsonObject catalogSummary(const Catalog &catalog);
} // namespace RecommendationJson
