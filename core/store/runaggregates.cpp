// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "runaggregates.h"

#include "repricing.h"

#include <QDateTime>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>

std::optional<double> median(QList<double> values)
{
    if (values.isEmpty())
        return std::nullopt;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2.0;
}

std::optional<double> percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return std::nullopt;
    std::sort(values.begin(), values.end());
    const auto rank = qsizetype(std::ceil(p / 100.0 * double(values.size())));
    return values.at(std::clamp<qsizetype>(rank, 1, values.size()) - 1);
}

namespace {
struct Samples
{
    EndpointAggregate aggregate;
    QSet<qint64> runs;
    QList<double> latency;
    QList<double> ttft;
    QList<double> tokensPerSecond;
    double wins = 0;
    double todayTotal = 0;
    QDateTime lastErrorAt;
};
} // namespace

QString endpointLabel(const Endpoint &endpoint)
{
    if (!endpoint.name.isEmpty())
        return endpoint.name;
    return QStringLiteral("%1 @ %2").arg(endpoint.model, endpoint.baseUrl.host());
}

QList<EndpointAggregate> aggregateByEndpoint(const QList<RunRecord> &runs, const QList<Vote> &votes,
                                             const Catalog *today)
{
    using Key = QPair<QString, QString>; // endpoint label, model
    QHash<Key, Samples> byEndpoint;
    QHash<QPair<qint64, int>, Key> endpointAt;
    for (const RunRecord &run : runs) {
        for (const ResponseRecord &response : run.responses) {
            const Key key{endpointLabel(response.endpoint), response.endpoint.model};
            endpointAt.insert({run.id, response.position}, key);
            Samples &s = byEndpoint[key];
            s.aggregate.endpoint = key.first;
            s.aggregate.model = key.second;
            s.runs.insert(run.id);
            ++s.aggregate.responses;
            using S = ResponseRecord::Status;
            const bool error = response.status == S::Failed || response.status == S::Interrupted;
            if (error || response.status == S::Complete)
                ++s.aggregate.finished;
            if (error) {
                ++s.aggregate.errors;
                if (response.result.error && (s.lastErrorAt.isNull() || run.startedAt >= s.lastErrorAt)) {
                    s.aggregate.lastError = response.result.error->message;
                    s.lastErrorAt = run.startedAt;
                }
            }
            if (response.status == S::Cancelled)
                ++s.aggregate.cancelled;
            if (response.status == S::Complete) {
                s.latency << response.result.latencyMs;
                if (response.result.ttftMs)
                    s.ttft << *response.result.ttftMs;
                if (response.tokensPerSecond)
                    s.tokensPerSecond << *response.tokensPerSecond;
            }
            if (response.costUsd) {
                ++s.aggregate.pricedResponses;
                s.aggregate.totalCostUsd += *response.costUsd;
            }
            if (today) {
                if (const auto cost = repricedCost(response, *today)) {
                    ++s.aggregate.repricedResponses;
                    s.todayTotal += *cost;
                }
            }
        }
    }
    for (const Vote &vote : votes) {
        const auto a = endpointAt.constFind({vote.runId, vote.positionA});
        const auto b = endpointAt.constFind({vote.runId, vote.positionB});
        if (a == endpointAt.cend() || b == endpointAt.cend())
            continue;
        const double scoreA = vote.outcome == Vote::Outcome::ABetter ? 1.0
            : vote.outcome == Vote::Outcome::Tie                     ? 0.5
                                                                     : 0.0;
        const double scoreB = vote.outcome == Vote::Outcome::BBetter ? 1.0
            : vote.outcome == Vote::Outcome::Tie                     ? 0.5
                                                                     : 0.0;
        Samples &sa = byEndpoint[*a];
        ++sa.aggregate.votes;
        sa.wins += scoreA;
        Samples &sb = byEndpoint[*b];
        ++sb.aggregate.votes;
        sb.wins += scoreB;
    }

    QList<EndpointAggregate> result;
    for (Samples &s : byEndpoint) {
        EndpointAggregate &m = s.aggregate;
        m.runs = int(s.runs.size());
        if (m.finished > 0)
            m.errorRate = double(m.errors) / m.finished;
        m.medianLatencyMs = median(s.latency);
        m.p95LatencyMs = percentile(s.latency, 95);
        m.medianTtftMs = median(s.ttft);
        m.p95TtftMs = percentile(s.ttft, 95);
        m.medianTokensPerSecond = median(s.tokensPerSecond);
        if (m.pricedResponses > 0)
            m.costPerRequestUsd = m.totalCostUsd / m.pricedResponses;
        if (today && m.repricedResponses > 0) {
            m.todayTotalCostUsd = s.todayTotal;
            m.todayCostPerRequestUsd = s.todayTotal / m.repricedResponses;
        }
        if (m.votes > 0)
            m.winRate = s.wins / m.votes;
        result.append(m);
    }
    std::sort(result.begin(), result.end(), [](const EndpointAggregate &a, const EndpointAggregate &b) {
        if (const int byName = a.endpoint.localeAwareCompare(b.endpoint))
            return byName < 0;
        return a.model.localeAwareCompare(b.model) < 0;
    });
    return result;
}
