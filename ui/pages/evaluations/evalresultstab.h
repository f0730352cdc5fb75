// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include "common/result.h"
#include "eval/evalexport.h"
#include "eval/evalresult.h"
#include "eval/evalset.h"
#include "store/evalrepository.h"

#include <QWidget>

class EvalMatrixModel;
class EvalSummaryModel;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTextBrowser;
class QTimer;
class Workbench;

/// The Evaluations page's Results tab: the stored runs of the selected set, the case × endpoint
/// matrix of the one shown (the run in progress fills it as results arrive), the cell detail,
/// the per-endpoint summary, a comparison with another run, and "Use as quality". While the
/// metadata filter hides cases, the summary covers the cases it shows, and a note says so.
class EvalResultsTab : public QWidget
{
    Q_OBJECT
public:
    EvalResultsTab(Workbench &workbench, QWidget *parent = nullptr);

    /// Where runs are read from (not owned); null when no database is open.
    void setRepository(EvalRepository *repository);
    /// Lists the runs of `setName` (empty: no set) and shows `select`, else the one shown, else the newest.
    void listRuns(const QString &setName, qint64 select = 0);
    const QList<EvalRunInfo> &listedRuns() const { return m_runs; }

    /// The run in progress, shown from its start: `stored` are the results it resumes from.
    void followRun(qint64 runId, const EvalSet &set, const QStringList &endpoints, const QList<EvalResult> &stored);
    void addResult(const EvalResult &result);
    /// The followed run is over; its results stay on screen (and are listed again when stored).
    void endRun();
    const QList<EvalResult> &liveResults() const { return m_liveResults; }
    bool isFollowing() const { return m_following; }

    EvalMatrixModel *matrixModel() const { return m_matrixModel; }
    EvalSummaryModel *summaryModel() const { return m_summaryModel; }
    Status showRun(qint64 runId);
    qint64 shownRunId() const { return m_shownRunId; }
    void showCell(int caseIndex, int endpointIndex);
    QString cellDetailText() const;
    Status compareWith(qint64 otherRunId);
    QString comparisonText() const;
    /// The note over the summary while the metadata filter hides cases; empty otherwise.
    QString summaryNoteText() const;
    Status useAsQuality();
    /// Writes the shown run's results to `path` as `format` (promptfoo: promptfoo's results JSON).
    Status exportShownRun(const QString &path, EvalExport::Format format) const;

    static QString statusText(EvalRunInfo::Status status);

signals:
    void resumeRequested(qint64 runId);
    /// The list of runs was read again (a run may have become resumable).
    void runsListed();
    void statusMessage(const QString &message);
    void problem(const QString &message);

private:
    void showMatrix(const EvalSet &set, const QList<EvalResult> &results, const QStringList &endpoints);
    void refreshMatrix();
    void updateControls();
    void applyMetadataFilter();
    /// The summary of the shown run: of every case, or of those the metadata filter shows
    /// (`shownCases`: one flag per case of the shown set).
    void updateSummary(const QList<bool> &shownCases);
    void exportInteractive();

    Workbench &m_workbench;
    EvalRepository *m_repository = nullptr;
    QString m_setName;
    QList<EvalRunInfo> m_runs;

    // The run in progress.
    bool m_following = false;
    bool m_liveEnded = false; ///< the run followed last has ended; its results are still complete here
    qint64 m_liveRunId = 0;
    EvalSet m_liveSet;
    QStringList m_liveEndpoints;
    QList<EvalResult> m_liveResults;

    // The run shown in the matrix.
    qint64 m_shownRunId = 0;
    EvalSet m_shownSet;
    QList<EvalResult> m_shownResults;
    PromptfooRunInfo m_shownRun; ///< what a promptfoo export says about the shown run

    QComboBox *m_runCombo = nullptr;
    QComboBox *m_compareCombo = nullptr;
    QPushButton *m_resumeShown = nullptr;
    QPushButton *m_useAsQuality = nullptr;
    QPushButton *m_export = nullptr;
    QLineEdit *m_metadataFilter = nullptr;
    QLabel *m_runInfo = nullptr;
    QLabel *m_noResults = nullptr;
    QLabel *m_summaryNote = nullptr; ///< says which cases the summary covers while a filter is set
    QTableView *m_matrixView = nullptr;
    QTableView *m_summaryView = nullptr;
    QTextBrowser *m_detail = nullptr;
    QTextBrowser *m_comparison = nullptr;
    EvalMatrixModel *m_matrixModel = nullptr;
    EvalSummaryModel *m_summaryModel = nullptr;
    QTimer *m_refreshTimer = nullptr;
    QStringList m_rowLabels; ///< of the rows last measured
};
