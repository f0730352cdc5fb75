// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include "store/runaggregates.h"

#include <QAbstractTableModel>

/// Per-endpoint figures over the runs the History page selects; with re-pricing on, the cost at
/// today's catalog prices appears beside the cost at run time.
class HistoryAggregateModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Endpoint,
        Model,
        Runs,
        ErrorRate,
        Cancelled,
        MedianLatency,
        P95Latency,
        MedianTtft,
        P95Ttft,
        TokensPerSecond,
        TotalCost,
        CostPerRequest,
        TodayTotalCost,
        TodayCostPerRequest,
        WinRate,
        ColumnCount
    };
    Q_ENUM(Column)

    using QAbstractTableModel::QAbstractTableModel;

    void setAggregates(const QList<EndpointAggregate> &aggregates, bool repriced);
    const QList<EndpointAggregate> &aggregates() const { return m_rows; }
    bool isRepriced() const { return m_repriced; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<EndpointAggregate> m_rows;
    bool m_repriced = false;
};
