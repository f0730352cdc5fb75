// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "pricedendpoint.h"

#include "common/money.h"

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
    pricedCalls += other.pricedCalls;
    unpricedCalls += other.unpricedCalls;
    return *this;
}

QString costText(const CallCost &cost)
{
    return formatCostUsd(cost.usd, cost.pricedCalls, cost.unpricedCalls, cost.estimated);
}

CallCost PricedEndpoint::costOf(qint64 inputTokens, qint64 outputTokens) const
{
    CallCost cost;
    cost.inputTokens = inputTokens;
    cost.outputTokens = outputTokens;
    if (price) {
        cost.usd = price->cost(inputTokens, outputTokens);
        cost.pricedCalls = 1;
    } else {
        cost.unpricedCalls = 1;
    }
    return cost;
}

CallCost PricedEndpoint::costOf(const ChatResult &result, const QString &promptText) const
{
    CallCost cost;
    if (!result.ok() && !result.inputTokens && !result.outputTokens)
        return cost;
    cost = costOf(result.inputTokens.value_or(estimateTokens(promptText)),
                  result.outputTokens.value_or(estimateTokens(result.text)));
    cost.estimated = !result.inputTokens || !result.outputTokens;
    return cost;
}
