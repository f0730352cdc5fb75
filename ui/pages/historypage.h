// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include "common/result.h"
#include "compare/runrecord.h"
#include "compare/vote.h"

#include <QCoroTask>
#include <QWidget>

#include <memory>

class ComparisonRunner;
class Database;
class HistoryAggregateModel;
class HistoryTableModel;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTimer;
class RunRecorder;
class Workbench;

/// Every stored run: a lazily loaded table with filters, full-text search and sorting by any
/// metric; the selected run's answers side by side; re-run, delete, export (CSV, JSON, JSONL);
/// per-model aggregates over the selection (or the whole filter), optionally re-priced with the
/// catalog in use. It also keeps the runs of a ComparisonRunner (attachRunner) and the votes.
///
/// When the database cannot be opened the page says why, with the path, and offers to open
/// another file or start a fresh one beside it — never overwriting the file it could not use.
class HistoryPage : public QWidget
{
    Q_OBJECT
public:
    explicit HistoryPage(Workbench &workbench, QWidget *parent = nullptr);
    ~HistoryPage() override;

    /// The database to show and write to (not owned). A closed one shows its lastError().
    void setDatabase(Database *database);
    Database *database() const { return m_database; }
    /// Records every run of `runner` in the database from now on.
    void attachRunner(ComparisonRunner *runner);

    HistoryTableModel *runModel() const { return m_runs; }
    HistoryAggregateModel *aggregateModel() const { return m_aggregates; }

    /// Applies a search at once (the search box waits for a pause in typing).
    void setSearchText(const QString &text);
    QList<qint64> selectedRunIds() const;
    /// Shows the run's answers side by side.
    void openRun(qint64 runId);
    qint64 openedRunId() const { return m_openedRun.id; }
    QStringList openedColumnTexts() const;
    void setRepriced(bool repriced);
    /// A list, count, search or aggregate query is running in the background.
    bool isBusy() const;

    /// Deletes on the store's thread; the page refreshes when it is done.
    QCoro::Task<Status> deleteRuns(QList<qint64> runIds);
    /// Runs by id (all of the current filter when empty) to a file; the format by extension.
    /// Reading and writing happen on the store's thread.
    QCoro::Task<Status> exportRuns(QString path, QList<qint64> runIds);

public slots:
    void refresh();
    void recordVote(const Vote &vote);
    void recordThumb(const Thumb &thumb);

signals:
    /// The user asked to run a stored run again (same prompt; endpoints of the run as defaults).
    void rerunRequested(const RunRecord &run);
    void statusMessage(const QString &message);
    /// isBusy() changed.
    void busyChanged(bool busy);

private:
    void build();
    void applyFilter();
    void updateAggregates();
    void updateButtons();
    void showProblem();
    void reopen(const QString &path);
    void openOtherFile();
    void startFresh();
    void deleteSelected();
    void exportSelected();
    void rerunOpened();
    void reloadFilterChoices();
    void showOpenedRun(const RunRecord &run);
    void makeRecorder();
    void updateCountAndEmptyState();
    void updateBusy();

    Workbench &m_workbench;
    Database *m_database = nullptr;
    ComparisonRunner *m_runner = nullptr;
    std::unique_ptr<RunRecorder> m_recorder;
    HistoryTableModel *m_runs = nullptr;
    HistoryAggregateModel *m_aggregates = nullptr;
    RunRecord m_openedRun;

    QStackedWidget *m_stack = nullptr;
    QLabel *m_problem = nullptr;
    QLabel *m_fileLabel = nullptr;
    QLineEdit *m_search = nullptr;
    QTimer *m_searchDelay = nullptr;
    QComboBox *m_endpoint = nullptr;
    QComboBox *m_model = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_rating = nullptr;
    QCheckBox *m_useDates = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QTableView *m_table = nullptr;
    QStackedWidget *m_tableStack = nullptr; ///< the table, or what to do when there is nothing to list
    QLabel *m_empty = nullptr;
    QProgressBar *m_busy = nullptr;
    quint64 m_aggregateGeneration = 0;
    bool m_aggregating = false;
    int m_opening = 0;            ///< runs being loaded to be shown
    int m_writing = 0;            ///< deletes and exports under way
    quint64 m_openGeneration = 0; ///< only the newest openRun() is shown
    bool m_wasBusy = false;
    QLabel *m_count = nullptr;
    QWidget *m_columns = nullptr;
    QHBoxLayout *m_columnsLayout = nullptr;
    QPushButton *m_rerun = nullptr;
    QPushButton *m_delete = nullptr;
    QPushButton *m_export = nullptr;
    QCheckBox *m_reprice = nullptr;
    QTableView *m_aggregateTable = nullptr;
};
