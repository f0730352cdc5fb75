// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include <QList>
#include <QString>

#include <optional>

/// The quality a caller asks the router for.
enum class QualityLevel { Standard, Medium, High };

inline constexpr QualityLevel allQualityLevels[] = {QualityLevel::Standard, QualityLevel::Medium, QualityLevel::High};

/// Stable identifier for files, JSON and the command line: "standard", "medium", "high".
QString qualityLevelId(QualityLevel level);
std::optional<QualityLevel> qualityLevelFromId(QStringView id); ///< case-insensitive
QString qualityLevelDisplayName(QualityLevel level);            ///< translated

/// What the router decides on: the prompt and what the caller says about it.
struct RoutingRequest
{
    QString prompt;
    QString taskType;       ///< free text, e.g. "classification"; empty: not given
    bool reasoning = false; ///< multi-step reasoning requested
    QualityLevel quality = QualityLevel::Standard;

    /// Length in characters as a person counts them (Unicode code points, as the article's
    /// Python len() does), not UTF-16 units: an emoji is one character.
    qsizetype promptLength() const;
};
