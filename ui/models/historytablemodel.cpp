// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "historytablemodel.h"

#include "common/money.h"
#include "common/numberformat.h"
#include "store/database.h"
#include "store/storeworker.h"

#include <QLocale>

namespace {
std::optional<RunSort> sortFor(int column)
{
    switch (column) {
    case HistoryTableModel::Id:
        return RunSort::Id;
    case HistoryTableModel::Started:
        return RunSort::StartedAt;
    case HistoryTableModel::Responses:
        return RunSort::Responses;
    case HistoryTableModel::Errors:
        return RunSort::Errors;
    case HistoryTableModel::Latency:
        return RunSort::Latency;
    case HistoryTableModel::Ttft:
        return RunSort::Ttft;
    case HistoryTableModel::OutputTokens:
        return RunSort::OutputTokens;
    case HistoryTableModel::Cost:
        return RunSort::Cost;
    default:
        return std::nullopt;
    }
}

} // namespace

/// What one query brings back to the GUI thread.
struct HistoryTableModel::Page
{
    QList<RunSummary> rows;
    int total = -1; ///< -1: not counted (a further page)
    bool truncated = false;
    QString error;
};

HistoryTableModel::HistoryTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

HistoryTableModel::~HistoryTableModel() = default;

void HistoryTableModel::setDatabase(Database *database)
{
    // The old worker's connection belongs to the old file: it goes first.
    m_worker.reset();
    m_database = database;
    if (m_database && m_database->isOpen())
        m_worker = std::make_unique<StoreWorker>(*m_database);
    reload();
}

RunFilter HistoryTableModel::queryFilter() const
{
    RunFilter filter = m_filter;
    filter.searchLimit = kSearchLimit;
    return filter;
}

void HistoryTableModel::setLoading(bool loading, bool fetching)
{
    const bool before = isLoading();
    m_loading = loading;
    m_fetching = fetching;
    if (before != isLoading())
        emit loadingChanged(isLoading());
}

void HistoryTableModel::setFilter(const RunFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    reload();
}

void HistoryTableModel::reload()
{
    const quint64 generation = ++m_generation;
    if (!m_worker) {
        m_busy = true;
        beginResetModel();
        m_rows.clear();
        m_total = 0;
        m_truncated = false;
        m_atEnd = true;
        endResetModel();
        m_busy = false;
        setLoading(false, false);
        emit loaded();
        return;
    }
    // The rows shown stay (and stay usable) until the new ones arrive.
    setLoading(true, false);
    const RunFilter filter = queryFilter();
    const RunSort sort = m_sort;
    const Qt::SortOrder order = m_order;
    const int pageSize = m_pageSize;
    m_worker->post(
        this,
        [filter, sort, order, pageSize](StoreRepositories &store) {
            RunRepository &repo = store.runs();
            Page page;
            const Result<QList<RunSummary>> rows = repo.listRuns(filter, sort, order, pageSize, 0);
            const Result<int> count = repo.countRuns(filter);
            const Result<bool> truncated = repo.searchTruncated(filter);
            if (!rows.ok() || !count.ok() || !truncated.ok()) {
                page.error = !rows.ok() ? rows.error() : !count.ok() ? count.error() : truncated.error();
                return page;
            }
            page.rows = *rows;
            page.total = *count;
            page.truncated = *truncated;
            return page;
        },
        [this, generation](Page page) {
            if (generation != m_generation)
                return; // a newer filter or sort was asked for meanwhile
            if (!page.error.isEmpty())
                emit queryFailed(page.error);
            // Views may ask for more rows while they handle the reset; nothing more until it is done.
            m_busy = true;
            beginResetModel();
            m_atEnd = page.rows.size() < m_pageSize;
            m_rows = std::move(page.rows);
            m_total = qMax(0, page.total);
            m_truncated = page.truncated;
            endResetModel();
            m_busy = false;
            setLoading(false, false);
            emit loaded();
        });
}

qint64 HistoryTableModel::runId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

int HistoryTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HistoryTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RunSummary &s = m_rows.at(index.row());
    if (role == RunIdRole)
        return s.id;
    if (role == Qt::TextAlignmentRole) {
        const bool number = index.column() == Id || (index.column() >= Responses && index.column() <= Cost);
        return QVariant::fromValue(
            Qt::Alignment(number ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignLeft | Qt::AlignVCenter));
    }
    if (role == Qt::ToolTipRole && index.column() == Prompt)
        return s.prompt;
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case Id:
        return s.id;
    case Started:
        return QLocale().toString(s.startedAt.toLocalTime(), QLocale::ShortFormat);
    case Origin:
        return s.origin;
    case Prompt:
        return s.prompt.simplified().left(120);
    case Models:
        return s.models;
    case Responses:
        return s.responses;
    case Errors:
        return s.cancelled > 0 ? tr("%1, %n cancelled", nullptr, s.cancelled).arg(s.errors) : QString::number(s.errors);
    case Latency:
        return NumberFormat::localisedOrDash(s.maxLatencyMs);
    case Ttft:
        return NumberFormat::localisedOrDash(s.minTtftMs);
    case OutputTokens:
        return s.outputTokens ? QLocale().toString(*s.outputTokens) : QStringLiteral("—");
    case Cost:
        return s.costUsd ? formatUsd(*s.costUsd) : QStringLiteral("—");
    case Rating: {
        QStringList parts;
        if (s.thumbs > 0)
            parts << tr("+%1").arg(s.thumbs);
        else if (s.thumbs < 0)
            parts << QString::number(s.thumbs);
        if (s.votes > 0)
            parts << tr("%n vote(s)", nullptr, s.votes);
        return parts.join(QStringLiteral(" · "));
    }
    case ColumnCount:
        break;
    }
    return {};
}

QVariant HistoryTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Id:
        return tr("Run");
    case Started:
        return tr("Started");
    case Origin:
        return tr("Origin");
    case Prompt:
        return tr("Prompt");
    case Models:
        return tr("Models");
    case Responses:
        return tr("Answers");
    case Errors:
        return tr("Errors");
    case Latency:
        return tr("Slowest ms");
    case Ttft:
        return tr("First token ms");
    case OutputTokens:
        return tr("Output tokens");
    case Cost:
        return tr("Cost");
    case Rating:
        return tr("Rating");
    case ColumnCount:
        break;
    }
    return {};
}

bool HistoryTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_busy && !isLoading() && m_worker;
}

void HistoryTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    // One page at a time, appended when it arrives unless a reload overtook it.
    setLoading(false, true);
    const quint64 generation = m_generation;
    const RunFilter filter = queryFilter();
    const RunSort sort = m_sort;
    const Qt::SortOrder order = m_order;
    const int pageSize = m_pageSize;
    const int offset = int(m_rows.size());
    m_worker->post(
        this,
        [filter, sort, order, pageSize, offset](StoreRepositories &store) {
            RunRepository &repo = store.runs();
            Page page;
            const Result<QList<RunSummary>> rows = repo.listRuns(filter, sort, order, pageSize, offset);
            if (rows.ok())
                page.rows = *rows;
            else
                page.error = rows.error();
            return page;
        },
        [this, generation](Page page) {
            if (generation != m_generation)
                return;
            if (!page.error.isEmpty())
                emit queryFailed(page.error);
            m_busy = true;
            if (!page.rows.isEmpty()) {
                beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.rows.size() - 1));
                m_rows.append(page.rows);
                endInsertRows();
            }
            m_atEnd = !page.error.isEmpty() || page.rows.size() < m_pageSize;
            m_busy = false;
            setLoading(false, false);
        });
}

void HistoryTableModel::sort(int column, Qt::SortOrder order)
{
    const std::optional<RunSort> sort = sortFor(column);
    if (!sort || (*sort == m_sort && order == m_order))
        return;
    m_sort = *sort;
    m_order = order;
    reload();
}
