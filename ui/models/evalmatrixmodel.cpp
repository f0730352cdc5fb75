// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "models/evalmatrixmodel.h"

#include "common/money.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace {
// Light tints with dark text: readable in light and dark themes alike, and told apart by
// their words too (PASS/FAIL), not by colour alone.
const QColor kPass(0xc8, 0xe6, 0xc9);
const QColor kFail(0xff, 0xcd, 0xd2);
const QColor kError(0xff, 0xe0, 0xb2);
} // namespace

void EvalMatrixModel::setMatrix(const EvalMatrix &matrix)
{
    const bool sameShape = matrix.endpoints == m_matrix.endpoints && matrix.caseLabels == m_matrix.caseLabels;
    if (!sameShape) {
        beginResetModel();
        m_matrix = matrix;
        endResetModel();
        return;
    }
    // Only the cells that changed: a view repaints one cell for a one-cell dataChanged() but its
    // whole viewport for a range, and a run fills a few cells between refreshes.
    QList<QModelIndex> changed;
    for (int row = 0; row < matrix.cells.size() && row < m_matrix.cells.size(); ++row) {
        const QList<EvalCell> &before = m_matrix.cells.at(row);
        const QList<EvalCell> &after = matrix.cells.at(row);
        for (int column = 0; column < after.size() && column < before.size(); ++column) {
            if (!(after.at(column) == before.at(column)))
                changed.append(index(row, column));
        }
    }
    m_matrix = matrix;
    for (const QModelIndex &cell : std::as_const(changed))
        emit dataChanged(cell, cell);
}

const EvalCell *EvalMatrixModel::cell(const QModelIndex &index) const
{
    if (!index.isValid() || index.row() >= m_matrix.cells.size() ||
        index.column() >= m_matrix.cells.at(index.row()).size())
        return nullptr;
    return &m_matrix.cells.at(index.row()).at(index.column());
}

EvalMatrixModel::Verdict EvalMatrixModel::verdictOf(const EvalCell &cell)
{
    if (cell.isEmpty())
        return Verdict::NotRun;
    if (cell.passed)
        return Verdict::Pass;
    return cell.error ? Verdict::Error : Verdict::Fail;
}

QString EvalMatrixModel::verdictText() const
{
    QStringList lines;
    for (int row = 0; row < rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < columnCount(); ++column) {
            switch (verdictOf(m_matrix.cell(row, column))) {
            case Verdict::NotRun:
                cells << QString();
                break;
            case Verdict::Pass:
                cells << QStringLiteral("PASS");
                break;
            case Verdict::Fail:
                cells << QStringLiteral("FAIL");
                break;
            case Verdict::Error:
                cells << QStringLiteral("ERROR");
                break;
            }
        }
        lines << cells.join(QStringLiteral(" | "));
    }
    return lines.join(QLatin1Char('\n'));
}

int EvalMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_matrix.caseLabels.size());
}

int EvalMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_matrix.endpoints.size());
}

QVariant EvalMatrixModel::data(const QModelIndex &index, int role) const
{
    const EvalCell *c = cell(index);
    if (!c)
        return {};
    const Verdict verdict = verdictOf(*c);
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole: {
        if (verdict == Verdict::NotRun)
            return QString();
        const QString word = verdict == Verdict::Pass ? tr("PASS")
            : verdict == Verdict::Fail                ? tr("FAIL")
                                                      : tr("ERROR");
        if (c->runs > 1)
            return tr("%1 %2/%3 · %4").arg(word).arg(c->passes).arg(c->runs).arg(locale.toString(c->score, 'f', 2));
        return tr("%1 · %2").arg(word, locale.toString(c->score, 'f', 2));
    }
    case Qt::ToolTipRole: {
        if (verdict == Verdict::NotRun)
            return tr("Not run yet");
        const QString cost = c->costUsd ? formatUsd(*c->costUsd) : tr("unpriced");
        QString tip = tr("Score %1 · latency %2 ms · cost %3")
                          .arg(locale.toString(c->score, 'f', 2), locale.toString(c->latencyMs, 'f', 0), cost);
        if (c->runs > 1)
            tip += QLatin1Char('\n') + tr("%1 of %2 repeats passed (means shown)").arg(c->passes).arg(c->runs);
        if (!c->failureReasons.isEmpty())
            tip += QLatin1Char('\n') + c->failureReasons.join(QLatin1Char('\n'));
        return tip;
    }
    case Qt::BackgroundRole:
        switch (verdict) {
        case Verdict::Pass:
            return QBrush(kPass);
        case Verdict::Fail:
            return QBrush(kFail);
        case Verdict::Error:
            return QBrush(kError);
        case Verdict::NotRun:
            return {};
        }
        return {};
    case Qt::ForegroundRole:
        return verdict == Verdict::NotRun ? QVariant() : QVariant(QBrush(Qt::black));
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case VerdictRole:
        return int(verdict);
    case ScoreRole:
        return verdict == Verdict::NotRun ? QVariant() : QVariant(c->score);
    case LatencyRole:
        return verdict == Verdict::NotRun ? QVariant() : QVariant(c->latencyMs);
    case CostRole:
        return c->costUsd ? QVariant(*c->costUsd) : QVariant();
    default:
        return {};
    }
}

QVariant EvalMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    if (orientation == Qt::Horizontal)
        return m_matrix.endpoints.value(section);
    const QString label = m_matrix.caseLabels.value(section);
    if (role == Qt::ToolTipRole)
        return tr("Case %1: %2").arg(section + 1).arg(label);
    return label;
}
