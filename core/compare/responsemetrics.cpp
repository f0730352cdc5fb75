// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "compare/responsemetrics.h"

#include "catalog/catalog.h"

std::optional<PriceSnapshot> ResponseMetrics::price(const Endpoint &endpoint, const Catalog &catalog)
{
    if (endpoint.catalogModel.isEmpty())
        return std::nullopt;
    const ModelSpec *model = catalog.findModel(endpoint.catalogModel);
    if (!model)
        return std::nullopt;
    PriceSnapshot snapshot;
    snapshot.catalogModel = model->id;
    snapshot.inputPerMTok = model->inputPricePerMTok;
    snapshot.outputPerMTok = model->outputPricePerMTok;
    snapshot.catalogName = catalog.name;
    snapshot.catalogDate = catalog.date;
    return snapshot;
}

std::optional<double> ResponseMetrics::cost(const std::optional<PriceSnapshot> &price, const ChatResult &result)
{
    if (!price || !result.inputTokens || !result.outputTokens)
        return std::nullopt;
    return (double(*result.inputTokens) * price->inputPerMTok + double(*result.outputTokens) * price->outputPerMTok) /
        1e6;
}

std::optional<double> ResponseMetrics::tokensPerSecond(const ChatResult &result)
{
    if (!result.outputTokens || !result.ttftMs)
        return std::nullopt;
    const double generationMs = result.latencyMs - *result.ttftMs;
    // Below a millisecond the figure says more about the clock than about the endpoint.
    if (generationMs < 1.0)
        return std::nullopt;
    return double(*result.outputTokens) * 1000.0 / generationMs;
}

void ResponseMetrics::apply(ResponseRecord &response, const Catalog &catalog)
{
    response.price = price(response.endpoint, catalog);
    response.costUsd = cost(response.price, response.result);
    response.tokensPerSecond = tokensPerSecond(response.result);
}
