// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include <QString>

/// US dollars as people write them in a memo: "$1,650.00". Amounts under a cent keep three
/// significant digits ("$0.0055") so that per-request costs stay readable.
QString formatUsd(double amount);

/// Like formatUsd(), but amounts under a dollar keep three significant digits ("$0.0144",
/// "$0.364"): totals over a few sample prompts, where two decimals would erase the differences.
QString formatUsdPrecise(double amount);

/// A cost summed over calls (or stored answers), some of which may have had no price — the one
/// rule for showing such a sum. `pricedUsd` is the sum over the `pricedCount` priced ones.
/// - nothing unpriced: the figure, "≈ $x" when `estimated` (tokens counted from the text);
/// - some unpriced, some priced: a lower bound, "≥ $x (n call(s) unpriced)";
/// - unpriced and none priced: "unknown".
/// An unpriced part is never shown as $0.00: that would read as free.
QString formatCostUsd(double pricedUsd, int pricedCount, int unpricedCount, bool estimated = false);
