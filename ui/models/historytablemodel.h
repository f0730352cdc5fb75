// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include "store/runrepository.h"

#include <QAbstractTableModel>
#include <QList>

class Database;

/// The stored runs as a table that loads a page at a time (fetchMore), so that opening a history
/// of 100,000 runs reads one page, and sorting and filtering are SQL queries, not a proxy model.
class HistoryTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Id, Started, Origin, Prompt, Models, Responses, Errors, Latency, Ttft, OutputTokens, Cost, Rating, ColumnCount };
    Q_ENUM(Column)
    enum Role { RunIdRole = Qt::UserRole + 1 };

    explicit HistoryTableModel(QObject *parent = nullptr);

    /// The database to read; null empties the table.
    void setDatabase(Database *database);
    void setFilter(const RunFilter &filter);
    RunFilter filter() const { return m_filter; }
    void setPageSize(int rows) { m_pageSize = qMax(1, rows); }
    int pageSize() const { return m_pageSize; }
    /// Reads the first page again (after a new run, a delete or another database).
    void reload();

    qint64 runId(int row) const;
    const RunSummary &summary(int row) const { return m_rows.at(row); }
    /// How many runs the filter selects (one COUNT query; the table itself loads lazily).
    int totalCount() const { return m_total; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    void queryFailed(const QString &message);

private:
    QList<RunSummary> page(int offset) const;

    Database *m_database = nullptr;
    RunFilter m_filter;
    RunSort m_sort = RunSort::StartedAt;
    Qt::SortOrder m_order = Qt::DescendingOrder;
    QList<RunSummary> m_rows;
    int m_pageSize = 200;
    int m_total = 0;
    bool m_atEnd = true;
    bool m_busy = false;                 ///< inside a reset or a fetch
};
