// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include "decision/recommendation.h"

#include <QAbstractTableModel>

/// Candidates of a recommendation as table rows: ranked candidates, or near misses with why they
/// were excluded. Rows refer into the Workbench's catalog; the owner resets them on every
/// recommendation change, so the table never outlives the catalog it points into.
class CandidateTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Rank,
        Model,
        TierColumn,
        Quality, ///< the evidence and the costs first: the ranking goes by them, so they stay in view
        MonthlyCost,
        CostPerRequest,
        Provider,
        Size, ///< parameters in all, and active ones for a mixture of experts
        Latency,
        Context,
        Notes, ///< notes for candidates, exclusion reasons for near misses
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        SortRole = Qt::UserRole + 1, ///< numbers for numeric columns, so sorting is not by text
        ModelIdRole,
        PickRole, ///< "value", "best", "cheapest" (space-separated), or empty
    };

    explicit CandidateTableModel(QObject *parent = nullptr);

    /// Replaces the rows. `benchmarkId` names the benchmark whose score is shown as quality.
    void setCandidates(const QList<Candidate> &candidates, const QString &benchmarkId, const QString &benchmarkName);
    const Candidate &candidate(int row) const { return m_rows.at(row); }
    /// Marks the rows of the three picks (indices into the candidates; -1 for none): a light
    /// background, named in the rank's tooltip.
    void setPicks(int value, int best, int cheapest);
    /// Header of the Notes column, e.g. "Why excluded" for near misses.
    void setNotesTitle(const QString &title);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Per-request cost with five significant digits ("$0.0055", "$0.000195"); dollars and cents from $1.
    static QString formatPerRequest(double usd);

private:
    QVariant display(const Candidate &c, int row, int column) const;
    QStringList picksOf(int row) const;
    QVariant sortValue(const Candidate &c, int row, int column) const;
    QString toolTip(const Candidate &c, int row, int column) const;

    QList<Candidate> m_rows;
    QString m_benchmarkId;
    QString m_benchmarkName;
    QString m_notesTitle;
    int m_value = -1;
    int m_best = -1;
    int m_cheapest = -1;
};
