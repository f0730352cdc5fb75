// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "paretofrontier.h"

#include <algorithm>
#include <limits>
#include <numeric>

QList<int> paretoFrontier(const QList<ParetoPoint> &points)
{
    QList<int> order(points.size());
    std::iota(order.begin(), order.end(), 0);
    // Cost ascending, then quality descending, then index so the output is deterministic.
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        const ParetoPoint &pa = points.at(a);
        const ParetoPoint &pb = points.at(b);
        if (pa.cost != pb.cost)
            return pa.cost < pb.cost;
        if (pa.quality != pb.quality)
            return pa.quality > pb.quality;
        return a < b;
    });

    QList<int> frontier;
    double bestCheaper = -std::numeric_limits<double>::infinity();
    qsizetype i = 0;
    while (i < order.size()) {
        // A group of equal cost: only its best quality can survive, and only when it beats every
        // strictly cheaper point.
        const double cost = points.at(order.at(i)).cost;
        const double groupBest = points.at(order.at(i)).quality;
        qsizetype j = i;
        while (j < order.size() && points.at(order.at(j)).cost == cost) {
            if (groupBest > bestCheaper && points.at(order.at(j)).quality == groupBest)
                frontier.append(order.at(j));
            ++j;
        }
        bestCheaper = std::max(bestCheaper, groupBest);
        i = j;
    }
    return frontier;
}
