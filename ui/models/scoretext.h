// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include <QString>

struct BenchmarkInfo;

/// A benchmark score as people read it: a rating to the whole point ("1427", as leaderboards
/// print them), an accuracy on a 0–100 scale to one decimal ("91.5"), on a 0–1 scale to three
/// ("0.915"); trailing zeros dropped. The stored value keeps its full precision.
QString scoreText(const BenchmarkInfo &benchmark, double value);
