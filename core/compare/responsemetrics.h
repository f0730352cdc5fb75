// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include "compare/runrecord.h"

#include <optional>

struct Catalog;

/// The derived figures of one response: price, cost and throughput. Unknown inputs give an
/// unknown figure, never zero, so a missing usage block cannot pass for a free answer.
class ResponseMetrics
{
public:
    /// The price of the endpoint's catalog model in `catalog`; empty when the endpoint names no
    /// catalog model or the catalog does not know it.
    static std::optional<PriceSnapshot> price(const Endpoint &endpoint, const Catalog &catalog);
    /// USD for the response's usage at `price`; empty when unpriced or either token count is unknown.
    static std::optional<double> cost(const std::optional<PriceSnapshot> &price, const ChatResult &result);
    /// Output tokens per second of generation (latency − time to first token); empty when the
    /// output tokens or the first-token time are unknown or the generation took no measurable time.
    static std::optional<double> tokensPerSecond(const ChatResult &result);
    /// Fills price, cost and tokens per second of `response` from its result.
    static void apply(ResponseRecord &response, const Catalog &catalog);
};
