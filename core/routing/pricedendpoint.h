// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include "providers/chatresult.h"
#include "providers/endpoint.h"
#include "secrets/apikeyfetch.h"

#include <QString>

#include <functional>
#include <optional>

/// USD per 1,000 tokens, as the article prices its router tiers ("$0.0001 per 1k tokens").
/// Input and output may differ; the article's flat price sets both to the same value.
struct TokenPrice
{
    double inputPer1k = 0.0;
    double outputPer1k = 0.0;

    static TokenPrice flat(double per1k) { return {per1k, per1k}; }
    double cost(qint64 inputTokens, qint64 outputTokens) const
    {
        return (double(inputTokens) * inputPer1k + double(outputTokens) * outputPer1k) / 1000.0;
    }
    bool operator==(const TokenPrice &other) const = default;
};

/// What one call, or a sum of calls, cost. `estimated` when a server sent no usage and the tokens
/// were counted from the text (4 characters a token, the usual rule of thumb for English).
/// A call to an endpoint without a price is counted in `unpricedCalls` and adds nothing to
/// `usd`: the sum is then only a lower bound (or unknown when no call was priced), never a
/// figure to show as it is. A failed call nobody bills counts as neither.
struct CallCost
{
    double usd = 0.0; ///< the priced calls only
    bool estimated = false;
    qint64 inputTokens = 0;
    qint64 outputTokens = 0;
    int pricedCalls = 0;
    int unpricedCalls = 0;

    /// Every call had a price (or none was billed): `usd` is the whole cost.
    bool known() const { return unpricedCalls == 0; }
    /// What can be said in dollars: the whole cost, a lower bound when some call was unpriced,
    /// nothing when no call had a price.
    std::optional<double> knownUsd() const
    {
        return unpricedCalls > 0 && pricedCalls == 0 ? std::nullopt : std::optional<double>(usd);
    }
    CallCost &operator+=(const CallCost &other);
};

/// A call cost as text, by the one rule for costs with unpriced parts (see formatCostUsd()):
/// "$x", "≈ $x" when tokens were estimated, "≥ $x (n call(s) unpriced)", or "unknown".
QString costText(const CallCost &cost);

/// An endpoint with what the router and the cascade need to know about it beyond the wire:
/// its price and its token limit.
struct PricedEndpoint
{
    Endpoint endpoint;
    /// Empty: no price is known (a model the catalog does not price). Such a call costs
    /// "unknown" — never $0.00, and never a stand-in such as the article's tier price.
    std::optional<TokenPrice> price;
    /// Where `price` comes from, in words: "catalog current, 2026-03-01", "the article's price";
    /// empty when there is no price.
    QString priceSource;
    int maxContextTokens = 0; ///< the model's limit (0: unknown); informative, not enforced

    /// The cost of `result` for a prompt of `promptText`. A failed call that reported no usage
    /// costs nothing (providers do not bill errors); otherwise missing token counts are estimated,
    /// and without a price the call is counted as unpriced.
    CallCost costOf(const ChatResult &result, const QString &promptText) const;
    /// What `inputTokens` and `outputTokens` would cost here: one call, priced or unpriced.
    CallCost costOf(qint64 inputTokens, qint64 outputTokens) const;
    bool operator==(const PricedEndpoint &other) const = default;
};

/// Tokens in `text` by the 4-characters rule (rounded up); used only when a server sent no usage.
qint64 estimateTokens(const QString &text);
