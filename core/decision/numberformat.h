// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include <QString>

/// Plain numbers as the decision texts cite them. Dollar amounts go through formatUsd() (common/money.h).
namespace NumberFormat {
/// The shortest text that reads back as the same value, with English grouping like formatUsd():
/// 1000000 → "1,000,000", 0.95 → "0.95", 61538.46 → "61,538.46".
QString number(double value);
}
