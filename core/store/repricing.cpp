// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "repricing.h"

#include "catalog/catalog.h"
#include "compare/responsemetrics.h"

#include <cmath>

std::optional<double> repricedCost(const ResponseRecord &response, const Catalog &catalog)
{
    Endpoint endpoint = response.endpoint;
    if (response.price && !response.price->catalogModel.isEmpty())
        endpoint.catalogModel = response.price->catalogModel;
    return ResponseMetrics::cost(ResponseMetrics::price(endpoint, catalog), response.result);
}

bool costsDiffer(const std::optional<double> &a, const std::optional<double> &b)
{
    if (a.has_value() != b.has_value())
        return true;
    return a && std::abs(*a - *b) > 1e-6;
}
