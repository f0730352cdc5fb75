// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include "providers/chatresult.h"
#include "providers/endpoint.h"
#include "secrets/apikeyfetch.h"

#include <QString>

#include <functional>

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

/// What one call cost. `estimated` when the server sent no usage and the tokens were
/// counted from the text (4 characters a token, the usual rule of thumb for English).
struct CallCost
{
    double usd = 0.0;
    bool estimated = false;
    qint64 inputTokens = 0;
    qint64 outputTokens = 0;

    CallCost &operator+=(const CallCost &other);
};

/// An endpoint with what the router and the cascade need to know about it beyond the wire:
/// its price and its token limit.
struct PricedEndpoint
{
    Endpoint endpoint;
    TokenPrice price;
    int maxContextTokens = 0; ///< the model's limit (0: unknown); informative, not enforced

    /// The cost of `result` for a prompt of `promptText`. A failed call that reported no usage
    /// costs nothing (providers do not bill errors); otherwise missing token counts are estimated.
    CallCost costOf(const ChatResult &result, const QString &promptText) const;
    bool operator==(const PricedEndpoint &other) const = default;
};

/// Tokens in `text` by the 4-characters rule (rounded up); used only when a server sent no usage.
qint64 estimateTokens(const QString &text);
