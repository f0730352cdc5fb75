// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include <QString>

#include <optional>

enum class Complexity { Simple, Medium, High };

QString complexityId(Complexity c); ///< "simple", "medium", "high"
std::optional<Complexity> complexityFromId(QStringView id);
QString complexityDisplayName(Complexity c); ///< translated

/// A task's requirements, with the article's defaults.
struct Requirements
{
    Complexity complexity = Complexity::Medium;
    double maxLatencyMs = 1000.0;
    double maxCostPer1kRequests = 1.0; ///< USD per 1,000 requests
    double minAccuracy = 0.9;          ///< 0–1
    double requestsPerDay = 1000.0;
    bool multiStepReasoning = false;
    int contextLength = 4000; ///< tokens
};
