// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include <QString>

#include <optional>

/// A model's size as its name or its architecture tells it, in billions of parameters.
struct ModelSize
{
    double totalB = 0.0;           ///< every parameter: what has to be held in memory
    std::optional<double> activeB; ///< mixture of experts: parameters used per token
    bool fromArchitecture = false; ///< from the table of known mixture-of-experts models,
                                   ///< not read from the name itself
};

/// The size a model's name states ("llama-3.1-405b-instruct" → 405B; "qwen3-30b-a3b" → 30.5B in
/// all, 3.3B active), or nothing. Mixture-of-experts names state an expert's or the active size
/// ("mixtral-8x7b", "llama-4-maverick-17b-128e"), which would put a 400B model in the small tier;
/// those come from a table of the published architectures instead, and a name of that kind not in
/// the table gives nothing rather than a guess. The bundled catalog's generator
/// (tools/catalog/build_current_catalog.py) uses the same table.
std::optional<ModelSize> modelSizeFromName(QStringView name);
