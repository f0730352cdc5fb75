// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "scoretext.h"

#include "catalog/modelspec.h"
#include "common/numberformat.h"

#include <cmath>

QString scoreText(const BenchmarkInfo &benchmark, double value)
{
    const int decimals = benchmark.kind == ScoreKind::Rating ? 0 : benchmark.scaleMax <= 1.0 ? 3 : 1;
    const double scale = std::pow(10.0, decimals);
    const double rounded = std::round(value * scale) / scale;
    return NumberFormat::localisedShortest(rounded);
}
