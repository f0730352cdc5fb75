// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include "routing/cascade.h"
#include "routing/hybridrouter.h"

#include <QAbstractTableModel>

#include <optional>

/// A live routed or cascaded run, one row per call as it happens: which level or tier, the
/// endpoint, the answer's first line, its confidence (cascade only), cost, latency and outcome.
/// Rows are added when a call starts and completed when it ends.
class LiveRunModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Level, Endpoint, Answer, Confidence, Cost, Latency, Outcome, ColumnCount };
    Q_ENUM(Column)
    enum Role { AnswerTextRole = Qt::UserRole + 1 }; ///< the whole answer, on every column

    using QAbstractTableModel::QAbstractTableModel;

    void clear();
    /// A call to `endpoint` started; `label` names its level ("1") or tier ("Small").
    void startCall(const QString &label, const ::Endpoint &endpoint);
    /// Completes the row of `level` (its 0-based level is its row).
    void finishLevel(const CascadeLevelResult &level);
    /// Completes the last row with a router attempt and the text it streamed.
    void finishAttempt(const RouteAttempt &attempt, const QString &answer);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The cost by the one rule for costs (::costText()): "$x", "≈ $x" when the tokens were
    /// counted from the text, "≥ $x (n call(s) unpriced)", or "unknown" without a price.
    static QString costText(const CallCost &cost);

private:
    struct Row
    {
        QString label;
        ::Endpoint endpoint;
        QString answer;
        std::optional<CascadeLevelResult> level;
        std::optional<RouteAttempt> attempt;
    };
    QString text(const Row &row, int column) const;
    QString toolTip(const Row &row, int column) const;
    void rowChanged(int row);

    QList<Row> m_rows;
};
