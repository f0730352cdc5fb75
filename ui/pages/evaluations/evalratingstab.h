// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include "common/result.h"
#include "eval/voteratings.h"

#include <QWidget>

class Database;
class QLabel;
class QPushButton;
class QTableView;
class RatingTableModel;
class Workbench;

/// The Evaluations page's Ratings tab: Bradley–Terry ratings from the votes cast on the Compare
/// page, with "Use as quality" and "Forget measured quality".
class EvalRatingsTab : public QWidget
{
    Q_OBJECT
public:
    EvalRatingsTab(Workbench &workbench, QWidget *parent = nullptr);

    /// Where the votes are read from (not owned); null when no database is open.
    void setDatabase(Database *database);
    /// Reads every stored vote and recomputes the ratings; the error is shown and returned.
    Status refresh();
    const QList<ModelRating> &ratings() const;
    const StoredVotes &storedVotes() const { return m_votes; }
    RatingTableModel *model() const { return m_model; }
    /// Makes the ratings the catalog's measured quality and the recommendation's benchmark.
    Status useAsQuality();
    /// Removes every measured quality from the catalog (no confirmation).
    void forgetMeasuredQuality();

signals:
    void statusMessage(const QString &message);
    void problem(const QString &message);
    void problemsCleared();

private:
    void fill(const QList<ModelRating> &ratings);
    void updateForgetButton();

    Workbench &m_workbench;
    Database *m_database = nullptr;
    StoredVotes m_votes;
    RatingTableModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_noVotes = nullptr;
    QLabel *m_info = nullptr;
    QPushButton *m_refresh = nullptr;
    QPushButton *m_use = nullptr;
    QPushButton *m_forget = nullptr;
};
