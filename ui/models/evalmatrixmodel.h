// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include "eval/evalmatrix.h"

#include <QAbstractTableModel>

/// An evaluation run as a case × endpoint table: one row per case, one column per endpoint.
/// A cell reads "PASS", "FAIL" or "ERROR" with its score (and "k/n" when repeats disagree),
/// coloured by verdict; its tooltip gives the latency and the cost. A cell not run yet is empty.
class EvalMatrixModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        VerdictRole = Qt::UserRole + 1, ///< Verdict as int
        ScoreRole,                      ///< double, mean over repeats
        LatencyRole,                    ///< double ms, mean over repeats
        CostRole,                       ///< double USD per repeat, or invalid when unpriced
    };
    Q_ENUM(Role)
    enum class Verdict { NotRun, Pass, Fail, Error };
    Q_ENUM(Verdict)

    using QAbstractTableModel::QAbstractTableModel;

    /// Replaces the figures; keeps the view's selection when the shape (cases, endpoints) is the
    /// same, as it is while a run fills the table.
    void setMatrix(const EvalMatrix &matrix);
    const EvalMatrix &matrix() const { return m_matrix; }
    const EvalCell *cell(const QModelIndex &index) const;
    /// "PASS", "FAIL", "ERROR" or "" per row, cells joined by " | " (for tests and logs).
    QString verdictText() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static Verdict verdictOf(const EvalCell &cell);

private:
    EvalMatrix m_matrix;
};
