// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include <QString>

#include <array>
#include <optional>

/// The article's model size spectrum, smallest first.
enum class Tier { Tiny, Small, Medium, Large, Frontier };

inline constexpr std::array<Tier, 5> allTiers{Tier::Tiny, Tier::Small, Tier::Medium, Tier::Large, Tier::Frontier};

/// Stable lower-case identifier used in files, JSON and the command line ("tiny" … "frontier").
QString tierId(Tier tier);
std::optional<Tier> tierFromId(QStringView id);
/// Translated name for display ("Small").
QString tierDisplayName(Tier tier);

/// One row of the size spectrum table, as the article gives it.
struct TierSpectrumRow
{
    Tier tier;
    QString parameters; ///< e.g. "1–7B"
    QString examples;   ///< the article's examples, verbatim
    QString sweetSpot;
};
TierSpectrumRow tierSpectrumRow(Tier tier);

/// Tier by parameter count in billions: tiny < 1, small 1–7, medium above 7 up to 70,
/// large above 70. The shared bounds go to the smaller tier so that the article's own example
/// Llama-3-70B stays medium and a 7B model stays small.
Tier tierForParameterCount(double billions);

/// Tier of a model whose size is not published, by its blended API price per 1M tokens
/// ((3 × input + output) / 4, i.e. a 3:1 input:output mix): below $0.20 small, below $1.00 medium,
/// otherwise large. Price is the only size signal closed catalogs share; the bands follow where
/// the small, mid and flagship offerings of the big vendors sit. The catalog generator
/// (tools/catalog/build_current_catalog.py) applies the same rule.
Tier tierForPriceBand(double inputPerMTok, double outputPerMTok);

enum class TierBasis;
/// "parameters", "price_band", "score", "unknown"; empty for TierBasis::Catalog (as stated).
QString tierBasisId(TierBasis basis);
std::optional<TierBasis> tierBasisFromId(QStringView id);
/// Translated, to follow a tier name: "by parameter count", "guessed from the price band (size
/// not published)", … Empty for TierBasis::Catalog.
QString tierBasisDescription(TierBasis basis);
