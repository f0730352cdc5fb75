// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include "common/result.h"
#include "eval/evalexport.h"
#include "eval/evalresult.h"
#include "eval/evalset.h"
#include "eval/pairwiseratings.h"
#include "eval/voteratings.h"
#include "store/evalrepository.h"

#include <QList>
#include <QSet>
#include <QWidget>

#include <memory>

class ApiKeyStore;
class ChatClient;
class Database;
class EndpointStore;
class EvalCasesTab;
class EvalMatrixModel;
class EvalRatingsTab;
class EvalResultsTab;
class EvalRunner;
class EvalRunTab;
class EvalSession;
class EvalSetsTab;
class EvalSummaryModel;
class PageServices;
class QDragEnterEvent;
class QDropEvent;
class QLabel;
class QShowEvent;
class QTabWidget;
class StoreWorker;
class Workbench;
struct EvalSessionOutcome;

/// The Evaluations page: the user's evaluation sets (import from CSV/JSONL/JSON by dialog or
/// drag and drop, edit cases and the prompt template), runs of a set across endpoints (repeat,
/// concurrency, a judge for rubrics; pause, cancel, resume after a restart) with results stored
/// as they arrive, and the case × endpoint matrix of any stored run with per-endpoint pass
/// rates, costs and latencies, a comparison of two runs of the same set, and "Use as quality",
/// which makes a run's pass rates the quality axis of the recommendation.
///
/// A frame around its parts: the Sets and Run panels on the left, the Results, Cases and
/// Ratings tabs on the right; the run itself is an EvalSession.
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
    EvalRunner *runner() const;
    EvalSession *session() const { return m_session; }

    // --- sets ---
    QStringList setNames() const;
    /// Imports a CSV, JSONL or JSON set, saves it under its name and selects it. A bad file
    /// changes nothing; the error (with the line and the field) is shown and returned.
    Status importFile(const QString &path);
    void selectSet(const QString &name);
    QString currentSetName() const;
    const EvalSet &currentSet() const;
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
    qint64 activeRunId() const;
    QString progressText() const;

    // --- results ---
    EvalMatrixModel *matrixModel() const;
    EvalSummaryModel *summaryModel() const;
    /// Shows a stored run's matrix (the run in progress is shown while it runs).
    Status showRun(qint64 runId);
    qint64 shownRunId() const;
    QList<EvalRunInfo> listedRuns() const;
    /// Shows the prompt, the answer and the failed assertions of a cell.
    void showCell(int caseIndex, int endpointIndex);
    QString cellDetailText() const;
    /// What changed from `otherRunId` (before) to the shown run (after).
    Status compareWith(qint64 otherRunId);
    QString comparisonText() const;
    /// Turns the shown run's pass rates into the catalog's measured quality and makes it the
    /// recommendation's quality benchmark.
    Status useAsQuality();
    /// Writes the shown run's results to `path` (the Results tab's Export…).
    Status exportShownRun(const QString &path, EvalExport::Format format) const;

    // --- ratings (the Ratings tab) ---
    /// Reads every stored vote of the database and recomputes the Bradley–Terry ratings with
    /// their bootstrap intervals; the error is shown and returned when the votes cannot be read.
    Status refreshRatings();
    const QList<ModelRating> &ratings() const;
    const StoredVotes &storedVotes() const;
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
    QWidget *buildResumeBar(QWidget *parent);
    void addShortcuts();
    void connectParts();
    void useRepository();
    void onStarted(qint64 runId);
    void onFinished(const EvalSessionOutcome &outcome);
    void onFailed(const QString &message);
    void updateControls();
    void updateResumeOffer();
    void showError(const QString &message);
    void clearError();

    Workbench &m_workbench;
    Services m_services;
    Database *m_database = nullptr;
    std::unique_ptr<EvalRepository> m_repository; ///< sets and the runs' list, read on this thread
    std::unique_ptr<StoreWorker> m_store;         ///< the run's writes
    EvalSession *m_session = nullptr;

    EvalCasesTab *m_cases = nullptr;
    EvalSetsTab *m_sets = nullptr;
    EvalRunTab *m_runTab = nullptr;
    EvalResultsTab *m_results = nullptr;
    EvalRatingsTab *m_ratings = nullptr;
    QTabWidget *m_tabs = nullptr;
    QLabel *m_error = nullptr;
    QWidget *m_resumeBar = nullptr;
    QLabel *m_resumeLabel = nullptr;
    qint64 m_resumeCandidate = 0;
    QSet<qint64> m_dismissedResumes; ///< interrupted runs the user chose not to resume now
};
