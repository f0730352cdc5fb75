// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include <QList>

/// A point of the cost/quality plane: lower cost and higher quality are better.
struct ParetoPoint
{
    double cost = 0.0;
    double quality = 0.0;
};

/// Indices of the points no other point dominates, in ascending cost order.
///
/// Rule: p dominates q when p.cost <= q.cost and p.quality >= q.quality with at least one of the
/// two strict. Exact duplicates therefore do not dominate each other and are both on the frontier,
/// so a user sees every model that is equally good. Sort once and sweep: O(n log n).
QList<int> paretoFrontier(const QList<ParetoPoint> &points);
