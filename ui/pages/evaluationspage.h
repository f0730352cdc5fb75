// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include "common/result.h"
#include "eval/evalresult.h"
#include "eval/evalrunner.h"
#include "eval/evalset.h"
#include "eval/pairwiseratings.h"
#include "eval/voteratings.h"
#include "store/evalrepository.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QWidget>

#include <memory>

class ApiKeyStore;
class ChatClient;
class Database;
class EndpointStore;
class PageServices;
class EvalMatrixModel;
class EvalSummaryModel;
class QComboBox;
class QDragEnterEvent;
class QDropEvent;
class QLabel;
class QListWidget;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QShowEvent;
class QSpinBox;
class QTabWidget;
class QTableView;
class QTableWidget;
class QTextBrowser;
class QTimer;
class Workbench;

/// The Evaluations page: the user's evaluation sets (import from CSV/JSONL/JSON by dialog or
/// drag and drop, edit cases and the prompt template), runs of a set across endpoints (repeat,
/// concurrency, a judge for rubrics; pause, cancel, resume after a restart) with results stored
/// as they arrive, and the case × endpoint matrix of any stored run with per-endpoint pass
/// rates, costs and latencies, a comparison of two runs of the same set, and "Use as quality",
/// which makes a run's pass rates the quality axis of the recommendation.
class EvaluationsPage : public QWidget
{
    Q_OBJECT
public:
    /// What the page works with; tests pass their own. Pointers are not owned.
    struct Services
    {
        EndpointStore *endpoints = nullptr;
        ApiKeyStore *keys = nullptr;
        ChatClient *client = nullptr;
    };

    /// The application's page, on the window's shared services.
    EvaluationsPage(Workbench &workbench, const PageServices &services, QWidget *parent = nullptr);
    EvaluationsPage(Workbench &workbench, const Services &services, QWidget *parent = nullptr);
    ~EvaluationsPage() override;

    /// The database sets and runs are stored in (not owned; the History page's). Without an open
    /// one, sets cannot be saved and the page says why.
    void setDatabase(Database *database);
    EvalRunner *runner() const { return m_runner; }

    // --- sets ---
    QStringList setNames() const;
    /// Imports a CSV, JSONL or JSON set, saves it under its name and selects it. A bad file
    /// changes nothing; the error (with the line and the field) is shown and returned.
    Status importFile(const QString &path);
    void selectSet(const QString &name);
    QString currentSetName() const;
    const EvalSet &currentSet() const { return m_set; }
    /// Saves the edited cases and template of the current set.
    Status saveCurrentSet();
    /// Deletes a saved set (no confirmation; the Delete button asks first). Its runs stay.
    Status deleteSet(const QString &name);

    // --- runs ---
    void reloadEndpoints();
    QStringList checkedEndpoints() const;
    void setCheckedEndpoints(const QStringList &names);
    /// Starts the current set on the checked endpoints; the error is shown and returned when it
    /// cannot start. The run continues asynchronously; runFinished() tells when it is over.
    Status run();
    /// Continues a cancelled or interrupted run: the cases already stored are not sent again.
    Status resumeRun(qint64 runId);
    void togglePause();
    void cancel();
    bool isRunning() const;
    qint64 activeRunId() const { return m_activeRunId; }
    QString progressText() const;

    // --- results ---
    EvalMatrixModel *matrixModel() const { return m_matrixModel; }
    EvalSummaryModel *summaryModel() const { return m_summaryModel; }
    /// Shows a stored run's matrix (the run in progress is shown while it runs).
    Status showRun(qint64 runId);
    qint64 shownRunId() const { return m_shownRunId; }
    QList<EvalRunInfo> listedRuns() const { return m_runs; }
    /// Shows the prompt, the answer and the failed assertions of a cell.
    void showCell(int caseIndex, int endpointIndex);
    QString cellDetailText() const;
    /// What changed from `otherRunId` (before) to the shown run (after).
    Status compareWith(qint64 otherRunId);
    QString comparisonText() const;
    /// Turns the shown run's pass rates into the catalog's measured quality and makes it the
    /// recommendation's quality benchmark.
    Status useAsQuality();

    // --- ratings (the Ratings tab) ---
    /// Reads every stored vote of the database and recomputes the Bradley–Terry ratings with
    /// their bootstrap intervals; the error is shown and returned when the votes cannot be read.
    Status refreshRatings();
    const QList<ModelRating> &ratings() const { return m_ratings; }
    const StoredVotes &storedVotes() const { return m_votes; }
    /// Makes the ratings the catalog's measured quality ("rating:compare") and the
    /// recommendation's quality benchmark.
    Status useRatingsAsQuality();
    /// Removes every measured quality (pass rates and ratings) from the catalog, for good (no
    /// confirmation; the button asks first).
    void forgetMeasuredQuality();

signals:
    void statusMessage(const QString &message);
    /// A run ended (finished or cancelled); its results are stored.
    void runFinished(qint64 runId, bool cancelled);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void build();
    QWidget *buildSetsPanel(QWidget *parent);
    QWidget *buildRunPanel(QWidget *parent);
    QWidget *buildResultsTab(QWidget *parent);
    QWidget *buildCasesTab(QWidget *parent);
    QWidget *buildRatingsTab(QWidget *parent);
    void fillRatings();
    void updateForgetButton();
    void reloadSets(const QString &select = {});
    void loadSet(const QString &name);
    void fillCaseTable();
    void caseEdited(int row, int column);
    void templateEdited();
    void addCase();
    void duplicateCase();
    void removeCases();
    void importInteractive();
    void newSet();
    void deleteInteractive();
    void reloadRuns(qint64 select = 0);
    void startRun(const EvalSet &set, const QList<Endpoint> &endpoints, const std::optional<Endpoint> &judge,
                  const EvalRunOptions &options, qint64 runId, const QSet<EvalKey> &finished);
    void launch(const QHash<QString, QString> &keys);
    void onResult(const EvalResult &result);
    void onProgress(const EvalProgress &progress);
    void onFinished(const EvalRunOutcome &outcome);
    void refreshMatrix();
    void showMatrix(const EvalSet &set, const QList<EvalResult> &results, const QStringList &endpoints);
    void updateControls();
    void updateResumeOffer();
    void showError(const QString &message);
    void clearError();
    void setDirty(bool dirty);
    Endpoint endpointForRun(const Endpoint &stored) const;
    static QString statusText(EvalRunInfo::Status status);

    Workbench &m_workbench;
    Services m_services;
    Database *m_database = nullptr;
    std::unique_ptr<EvalRepository> m_repository;
    EvalRunner *m_runner = nullptr;

    EvalSet m_set;                      ///< the selected set as edited
    bool m_dirty = false;
    bool m_filling = false;

    // The run in progress (or being prepared).
    struct Pending
    {
        EvalSet set;
        QList<Endpoint> endpoints;
        std::optional<Endpoint> judge;
        EvalRunOptions options;
        QSet<EvalKey> finished;
    };
    Pending m_pending;
    bool m_preparing = false;
    qint64 m_activeRunId = 0;
    QList<EvalResult> m_liveResults;
    QString m_storeProblem;

    // The run shown in the matrix.
    qint64 m_shownRunId = 0;
    EvalSet m_shownSet;
    QList<EvalResult> m_shownResults;
    QList<EvalRunInfo> m_runs;

    QListWidget *m_setList = nullptr;
    QLabel *m_noSets = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_newSet = nullptr;
    QPushButton *m_deleteSet = nullptr;
    QListWidget *m_endpointList = nullptr;
    QLabel *m_noEndpoints = nullptr;
    QComboBox *m_judge = nullptr;
    QSpinBox *m_repeat = nullptr;
    QSpinBox *m_concurrency = nullptr;
    QPushButton *m_run = nullptr;
    QPushButton *m_pause = nullptr;
    QPushButton *m_cancel = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_progressLabel = nullptr;
    QLabel *m_error = nullptr;
    QWidget *m_resumeBar = nullptr;
    QLabel *m_resumeLabel = nullptr;
    qint64 m_resumeCandidate = 0;
    QSet<qint64> m_dismissedResumes;    ///< interrupted runs the user chose not to resume now
    quint64 m_generation = 0;           ///< of the run being prepared, so a stale key lookup starts nothing

    QTabWidget *m_tabs = nullptr;
    QComboBox *m_runCombo = nullptr;
    QComboBox *m_compareCombo = nullptr;
    QPushButton *m_resumeShown = nullptr;
    QPushButton *m_useAsQuality = nullptr;
    QLabel *m_runInfo = nullptr;
    QLabel *m_noResults = nullptr;
    QTableView *m_matrixView = nullptr;
    QTableView *m_summaryView = nullptr;
    QTextBrowser *m_detail = nullptr;
    QTextBrowser *m_comparison = nullptr;
    EvalMatrixModel *m_matrixModel = nullptr;
    EvalSummaryModel *m_summaryModel = nullptr;
    QTimer *m_refreshTimer = nullptr;

    QLineEdit *m_setName = nullptr;
    QPlainTextEdit *m_system = nullptr;
    QPlainTextEdit *m_user = nullptr;
    QTableWidget *m_cases = nullptr;
    QPushButton *m_save = nullptr;
    QLabel *m_caseError = nullptr;
    QStringList m_variableColumns;

    StoredVotes m_votes;
    QList<ModelRating> m_ratings;
    QTableWidget *m_ratingsTable = nullptr;
    QLabel *m_noVotes = nullptr;
    QLabel *m_ratingsInfo = nullptr;
    QPushButton *m_refreshRatings = nullptr;
    QPushButton *m_useRatings = nullptr;
    QPushButton *m_forgetQuality = nullptr;
};
