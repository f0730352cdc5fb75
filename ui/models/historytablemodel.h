// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include "store/runrepository.h"

#include <QAbstractTableModel>
#include <QList>

#include <memory>

class Database;
class StoreWorker;

/// The stored runs as a table that loads a page at a time (fetchMore), so that opening a history
/// of 100,000 runs reads one page, and sorting and filtering are SQL queries, not a proxy model.
///
/// Every query runs on a StoreWorker thread: the window never waits for SQLite. reload() keeps
/// the rows shown until the new ones arrive; a generation number drops the result of a query
/// overtaken by a newer filter or sort. A search counts only the newest kSearchLimit matching
/// answers and prompts (searchTruncated() says when that left older ones out).
class HistoryTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Id,
        Started,
        Origin,
        Prompt,
        Models,
        Responses,
        Errors,
        Latency,
        Ttft,
        OutputTokens,
        Cost,
        Rating,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role { RunIdRole = Qt::UserRole + 1 };

    static constexpr int kSearchLimit = 1000;

    explicit HistoryTableModel(QObject *parent = nullptr);
    ~HistoryTableModel() override;

    /// The database to read; null empties the table.
    void setDatabase(Database *database);
    void setFilter(const RunFilter &filter);
    RunFilter filter() const { return m_filter; }
    void setPageSize(int rows) { m_pageSize = qMax(1, rows); }
    int pageSize() const { return m_pageSize; }
    /// Reads the first page again (after a new run, a delete or another database), in the background.
    void reload();
    /// A reload or a page is being read.
    bool isLoading() const { return m_loading || m_fetching; }
    /// The worker the queries run on (null without a database); others may post their reads to it.
    StoreWorker *worker() const { return m_worker.get(); }
    /// The filter as queried, with the search limit.
    RunFilter queryFilter() const;
    /// The search left out matches older than the newest kSearchLimit.
    bool searchTruncated() const { return m_truncated; }

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
    void loadingChanged(bool loading);
    /// A reload finished: rows, totalCount() and searchTruncated() are the new ones.
    void loaded();

private:
    struct Page;
    void setLoading(bool loading, bool fetching);

    Database *m_database = nullptr;
    std::unique_ptr<StoreWorker> m_worker;
    quint64 m_generation = 0;
    bool m_loading = false;
    bool m_fetching = false;
    bool m_truncated = false;
    RunFilter m_filter;
    RunSort m_sort = RunSort::StartedAt;
    Qt::SortOrder m_order = Qt::DescendingOrder;
    QList<RunSummary> m_rows;
    int m_pageSize = 200;
    int m_total = 0;
    bool m_atEnd = true;
    bool m_busy = false; ///< inside a reset or an insertion
};
