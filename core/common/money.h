// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include <QString>

/// US dollars as people write them in a memo: "$1,650.00". Amounts under a cent keep three
/// significant digits ("$0.0055") so that per-request costs stay readable.
QString formatUsd(double amount);
