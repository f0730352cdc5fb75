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
