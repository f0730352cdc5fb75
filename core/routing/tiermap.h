// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include "catalog/tier.h"
#include "pricedendpoint.h"

/// The router's three tiers, each an endpoint with its price and limit.
struct TierMap
{
    PricedEndpoint small;
    PricedEndpoint medium;
    PricedEndpoint large;

    /// The article's tiers: small = phi-3-mini on a local OpenAI-compatible server
    /// (http://127.0.0.1:8080/v1, 4,096 tokens, $0.0001 per 1k), medium = gpt-4o-mini
    /// (128k, $0.0003), large = gpt-4o (128k, $0.01), the latter two at api.openai.com
    /// with the key in OPENAI_API_KEY.
    static TierMap articleDefaults();

    /// The entry for small, medium or large (anything else answers small).
    const PricedEndpoint &at(Tier tier) const;
    PricedEndpoint &at(Tier tier);
    /// `tier` and every larger router tier, in order: the escalation path.
    static QList<Tier> escalationFrom(Tier tier);

    bool operator==(const TierMap &other) const = default;
};
