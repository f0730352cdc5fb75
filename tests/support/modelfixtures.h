// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include "catalog/modelspec.h"

/// Minimal models for cost tests: only what the cost model reads.
namespace ModelFixtures {
/// Priced by the API, USD per 1M input and output tokens.
ModelSpec apiModel(const QString &id, double inputPerMTok, double outputPerMTok);
/// Self-hosted only, USD per GPU hour; open weights.
ModelSpec selfHostedModel(const QString &id, double hourlyUsd);
} // namespace ModelFixtures
