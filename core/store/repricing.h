// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include "compare/runrecord.h"

#include <optional>

struct Catalog;

/// What a stored response would cost with today's catalog: the model is the one priced at run
/// time, else the endpoint's catalog model. Empty when unknown to the catalog or without usage
/// (priced as the runner prices, through ResponseMetrics).
std::optional<double> repricedCost(const ResponseRecord &response, const Catalog &catalog);

/// True when two costs differ by more than rounding (a millionth of a dollar).
bool costsDiffer(const std::optional<double> &a, const std::optional<double> &b);
