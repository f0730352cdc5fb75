// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "historytablemodel.h"

#include "common/money.h"
#include "store/database.h"

#include <QLocale>

namespace {
std::optional<RunSort> sortFor(int column)
{
    switch (column) {
    case HistoryTableModel::Id: return RunSort::Id;
    case HistoryTableModel::Started: return RunSort::StartedAt;
    case HistoryTableModel::Responses: return RunSort::Responses;
    case HistoryTableModel::Errors: return RunSort::Errors;
    case HistoryTableModel::Latency: return RunSort::Latency;
    case HistoryTableModel::Ttft: return RunSort::Ttft;
    case HistoryTableModel::OutputTokens: return RunSort::OutputTokens;
    case HistoryTableModel::Cost: return RunSort::Cost;
    default: return std::nullopt;
    }
}

QString milliseconds(const std::optional<double> &value)
{
    return value ? QLocale().toString(*value, 'f', 0) : QStringLiteral("—");
}
}

HistoryTableModel::HistoryTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void HistoryTableModel::setDatabase(Database *database)
{
    m_database = database;
    reload();
}

void HistoryTableModel::setFilter(const RunFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    reload();
}

QList<RunSummary> HistoryTableModel::page(int offset) const
{
    if (!m_database || !m_database->isOpen())
        return {};
    const Result<QList<RunSummary>> rows = RunRepository(*m_database).listRuns(m_filter, m_sort, m_order, m_pageSize, offset);
    if (!rows.ok()) {
        emit const_cast<HistoryTableModel *>(this)->queryFailed(rows.error());
        return {};
    }
    return *rows;
}

void HistoryTableModel::reload()
{
    // Views may ask for more rows while they handle the reset; nothing more until it is done.
    m_busy = true;
    beginResetModel();
    m_rows = page(0);
    const bool atEnd = m_rows.size() < m_pageSize;
    m_total = 0;
    if (m_database && m_database->isOpen()) {
        const Result<int> count = RunRepository(*m_database).countRuns(m_filter);
        m_total = count.ok() ? *count : int(m_rows.size());
    }
    m_atEnd = atEnd;
    endResetModel();
    m_busy = false;
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
        return QVariant::fromValue(Qt::Alignment(number ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignLeft | Qt::AlignVCenter));
    }
    if (role == Qt::ToolTipRole && index.column() == Prompt)
        return s.prompt;
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case Id: return s.id;
    case Started: return QLocale().toString(s.startedAt.toLocalTime(), QLocale::ShortFormat);
    case Origin: return s.origin;
    case Prompt: return s.prompt.simplified().left(120);
    case Models: return s.models;
    case Responses: return s.responses;
    case Errors: return s.errors;
    case Latency: return milliseconds(s.maxLatencyMs);
    case Ttft: return milliseconds(s.minTtftMs);
    case OutputTokens: return s.outputTokens ? QLocale().toString(*s.outputTokens) : QStringLiteral("—");
    case Cost: return s.costUsd ? formatUsd(*s.costUsd) : QStringLiteral("—");
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
    case ColumnCount: break;
    }
    return {};
}

QVariant HistoryTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Id: return tr("Run");
    case Started: return tr("Started");
    case Origin: return tr("Origin");
    case Prompt: return tr("Prompt");
    case Models: return tr("Models");
    case Responses: return tr("Answers");
    case Errors: return tr("Errors");
    case Latency: return tr("Slowest ms");
    case Ttft: return tr("First token ms");
    case OutputTokens: return tr("Output tokens");
    case Cost: return tr("Cost");
    case Rating: return tr("Rating");
    case ColumnCount: break;
    }
    return {};
}

bool HistoryTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_busy;
}

void HistoryTableModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd || m_busy)
        return;
    // Views ask for more from inside the insertion signals; one page at a time.
    m_busy = true;
    const QList<RunSummary> more = page(int(m_rows.size()));
    if (!more.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size() - 1));
        m_rows.append(more);
        endInsertRows();
    }
    m_atEnd = more.size() < m_pageSize;
    m_busy = false;
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
