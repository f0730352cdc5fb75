// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "models/evalsummarymodel.h"

#include "common/money.h"

#include <QLocale>

void EvalSummaryModel::setSummaries(const QList<EvalEndpointSummary> &summaries)
{
    beginResetModel();
    m_rows = summaries;
    endResetModel();
}

int EvalSummaryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EvalSummaryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EvalSummaryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const EvalEndpointSummary &s = m_rows.at(index.row());
    const QLocale locale;
    auto percent = [&locale](double rate) { return tr("%1 %").arg(locale.toString(rate * 100.0, 'f', 1)); };
    auto ms = [&locale](const std::optional<double> &value) {
        return value ? tr("%1 ms").arg(locale.toString(*value, 'f', 0)) : tr("—");
    };
    if (role == ValueRole) {
        switch (index.column()) {
        case PassRate:
            return s.results > 0 ? QVariant(s.passRate) : QVariant();
        case Interval:
            return s.results > 0 ? QVariant(s.interval.low) : QVariant();
        case Results:
            return s.results;
        case Errors:
            return s.errors;
        case CostPerCase:
            return s.costPerCase ? QVariant(*s.costPerCase) : QVariant();
        case TotalCost:
            return s.pricedResults > 0 ? QVariant(s.costUsd) : QVariant();
        case P50Latency:
            return s.p50LatencyMs ? QVariant(*s.p50LatencyMs) : QVariant();
        case P95Latency:
            return s.p95LatencyMs ? QVariant(*s.p95LatencyMs) : QVariant();
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole)
        return index.column() <= Model ? int(Qt::AlignLeft | Qt::AlignVCenter) : int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Interval:
            return tr("95 % Wilson interval of the pass rate over %n results", nullptr, s.results);
        case CostPerCase:
        case TotalCost:
            if (s.pricedResults < s.results)
                return tr("%1 of %2 results priced (the endpoint's catalog model has no price, or the server sent "
                          "no usage)")
                    .arg(s.pricedResults)
                    .arg(s.results);
            return {};
        case Model:
            return s.catalogModel.isEmpty() ? tr("This endpoint names no catalog model: its results cannot become a "
                                                 "quality score")
                                            : s.catalogModel;
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Endpoint:
        return s.endpointName;
    case Model:
        return s.catalogModel.isEmpty() ? tr("—") : s.catalogModel;
    case PassRate:
        // No result yet (or none among the cases a filter shows): no rate, not 0 %.
        if (s.results == 0)
            return tr("no results");
        return tr("%1 (%2 of %3)").arg(percent(s.passRate)).arg(s.passes).arg(s.results);
    case Interval:
        if (s.results == 0)
            return tr("—");
        return tr("%1 – %2").arg(percent(s.interval.low), percent(s.interval.high));
    case Results:
        return s.results;
    case Errors:
        return s.errors;
    case CostPerCase:
        return s.costPerCase ? formatUsd(*s.costPerCase) : tr("unpriced");
    case TotalCost:
        return s.pricedResults > 0 ? formatUsd(s.costUsd) : tr("unpriced");
    case P50Latency:
        return ms(s.p50LatencyMs);
    case P95Latency:
        return ms(s.p95LatencyMs);
    default:
        return {};
    }
}

QVariant EvalSummaryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Endpoint:
        return tr("Endpoint");
    case Model:
        return tr("Catalog model");
    case PassRate:
        return tr("Pass rate");
    case Interval:
        return tr("95 % interval");
    case Results:
        return tr("Results");
    case Errors:
        return tr("Errors");
    case CostPerCase:
        return tr("Cost per case");
    case TotalCost:
        return tr("Total cost");
    case P50Latency:
        return tr("p50 latency");
    case P95Latency:
        return tr("p95 latency");
    default:
        return {};
    }
}
