// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "historyaggregatemodel.h"

#include "common/money.h"
#include "common/numberformat.h"
#include "store/repricing.h"

#include <QFont>
#include <QLocale>

namespace {
QString percent(const std::optional<double> &share)
{
    return share ? QLocale().toString(*share * 100.0, 'f', 1) + QLatin1Char('%') : QStringLiteral("—");
}

QString usd(const std::optional<double> &value)
{
    return value ? formatUsd(*value) : QStringLiteral("—");
}
} // namespace

void HistoryAggregateModel::setAggregates(const QList<EndpointAggregate> &aggregates, bool repriced)
{
    beginResetModel();
    m_rows = aggregates;
    m_repriced = repriced;
    endResetModel();
}

int HistoryAggregateModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HistoryAggregateModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryAggregateModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const EndpointAggregate &m = m_rows.at(index.row());
    const std::optional<double> total = m.pricedResponses > 0 ? std::optional<double>(m.totalCostUsd) : std::nullopt;
    if (role == Qt::ToolTipRole && (index.column() == TodayTotalCost || index.column() == TodayCostPerRequest)) {
        return costsDiffer(total, m.todayTotalCostUsd)
            ? tr("At today's catalog prices; the run-time prices gave %1.").arg(usd(total))
            : tr("The same as at run time.");
    }
    if (role == Qt::ToolTipRole && index.column() == ErrorRate && !m.lastError.isEmpty())
        return tr("Latest error: %1").arg(m.lastError);
    if (role == Qt::FontRole && index.column() == TodayTotalCost && costsDiffer(total, m.todayTotalCostUsd)) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(
            Qt::Alignment((index.column() <= Model ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter));
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case Endpoint:
        return m.endpoint;
    case Model:
        return m.model;
    case Runs:
        return m.runs;
    case ErrorRate:
        return percent(m.errorRate);
    case Cancelled:
        return m.cancelled;
    case MedianLatency:
        return NumberFormat::localisedOrDash(m.medianLatencyMs);
    case P95Latency:
        return NumberFormat::localisedOrDash(m.p95LatencyMs);
    case MedianTtft:
        return NumberFormat::localisedOrDash(m.medianTtftMs);
    case P95Ttft:
        return NumberFormat::localisedOrDash(m.p95TtftMs);
    case TokensPerSecond:
        return NumberFormat::localisedOrDash(m.medianTokensPerSecond, 1);
    case TotalCost:
        return usd(total);
    case CostPerRequest:
        return usd(m.costPerRequestUsd);
    case TodayTotalCost:
        return m_repriced ? usd(m.todayTotalCostUsd) : QString();
    case TodayCostPerRequest:
        return m_repriced ? usd(m.todayCostPerRequestUsd) : QString();
    case WinRate:
        return percent(m.winRate);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant HistoryAggregateModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Endpoint:
        return tr("Endpoint");
    case Model:
        return tr("Model");
    case Runs:
        return tr("Runs");
    case ErrorRate:
        return tr("Errors");
    case Cancelled:
        return tr("Cancelled");
    case MedianLatency:
        return tr("Latency median ms");
    case P95Latency:
        return tr("Latency p95 ms");
    case MedianTtft:
        return tr("TTFT median ms");
    case P95Ttft:
        return tr("TTFT p95 ms");
    case TokensPerSecond:
        return tr("Tokens/s");
    case TotalCost:
        return tr("Cost");
    case CostPerRequest:
        return tr("Cost/request");
    case TodayTotalCost:
        return tr("Cost today");
    case TodayCostPerRequest:
        return tr("Cost/request today");
    case WinRate:
        return tr("Win rate");
    case ColumnCount:
        break;
    }
    return {};
}
