// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "pricedendpoint.h"

qint64 estimateTokens(const QString &text)
{
    return (qint64(text.size()) + 3) / 4;
}

CallCost &CallCost::operator+=(const CallCost &other)
{
    usd += other.usd;
    estimated = estimated || other.estimated;
    inputTokens += other.inputTokens;
    outputTokens += other.outputTokens;
    return *this;
}

CallCost PricedEndpoint::costOf(const ChatResult &result, const QString &promptText) const
{
    CallCost cost;
    if (!result.ok() && !result.inputTokens && !result.outputTokens)
        return cost;
    cost.estimated = !result.inputTokens || !result.outputTokens;
    cost.inputTokens = result.inputTokens.value_or(estimateTokens(promptText));
    cost.outputTokens = result.outputTokens.value_or(estimateTokens(result.text));
    cost.usd = price.cost(cost.inputTokens, cost.outputTokens);
    return cost;
}
